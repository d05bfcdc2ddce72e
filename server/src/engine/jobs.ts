// A small job scheduler for the language server's background work (indexing, later scanning), after
// terraform-ls's: jobs have a key, a priority and a cancellation signal. Higher priority runs first, FIFO
// within a priority; a job queued again under the same key replaces the queued one (the newest text wins),
// and a job already running under that key is aborted. Jobs run one at a time, and the scheduler yields to
// the event loop between jobs so that requests (hover, symbols, code actions) are answered in between.

export const Priority = {
  /** Work for a document the user is looking at. */
  high: 2,
  /** Work triggered by a change on disk. */
  normal: 1,
  /** The initial walk of the workspace. */
  low: 0,
} as const;

export type JobFn = (signal: AbortSignal) => Promise<void> | void;

interface Job {
  key: string;
  priority: number;
  seq: number;
  run: JobFn;
  done: Array<(ok: boolean) => void>;
}

export class JobScheduler {
  private readonly queue: Job[] = [];
  private readonly running = new Map<string, AbortController>();
  private seq = 0;
  private pumping = false;
  private idleWaiters: Array<() => void> = [];

  constructor(private readonly onError: (key: string, err: unknown) => void = () => {}) {}

  /** Queue a job; resolves true when it ran to completion, false when it was replaced or cancelled. */
  enqueue(key: string, priority: number, run: JobFn): Promise<boolean> {
    return new Promise((resolve) => {
      const queued = this.queue.findIndex((j) => j.key === key);
      if (queued >= 0) {
        const [old] = this.queue.splice(queued, 1);
        for (const d of old.done) d(false);
        priority = Math.max(priority, old.priority);
      }
      this.running.get(key)?.abort();
      this.queue.push({ key, priority, seq: this.seq++, run, done: [resolve] });
      void this.pump();
    });
  }

  /** Raise the priority of a queued job (a file was opened while the walk was still queued). */
  promote(key: string, priority: number): void {
    const job = this.queue.find((j) => j.key === key);
    if (job && job.priority < priority) job.priority = priority;
  }

  /** Cancel a queued or running job. */
  cancel(key: string): void {
    const i = this.queue.findIndex((j) => j.key === key);
    if (i >= 0) for (const d of this.queue.splice(i, 1)[0].done) d(false);
    this.running.get(key)?.abort();
  }

  /** Cancel everything whose key starts with `prefix` (all of a workspace folder's jobs, say). */
  cancelAll(prefix = ''): void {
    for (const j of this.queue.filter((j) => j.key.startsWith(prefix))) this.cancel(j.key);
    for (const [key, c] of this.running) if (key.startsWith(prefix)) c.abort();
  }

  get pending(): number {
    return this.queue.length + this.running.size;
  }

  /** Resolves when no job is queued or running. */
  idle(): Promise<void> {
    if (this.pending === 0) return Promise.resolve();
    return new Promise((r) => this.idleWaiters.push(r));
  }

  private next(): Job | undefined {
    let best = -1;
    for (let i = 0; i < this.queue.length; i++) {
      const j = this.queue[i];
      const b = best >= 0 ? this.queue[best] : undefined;
      if (!b || j.priority > b.priority || (j.priority === b.priority && j.seq < b.seq)) best = i;
    }
    return best >= 0 ? this.queue.splice(best, 1)[0] : undefined;
  }

  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      for (let job = this.next(); job; job = this.next()) {
        const ctrl = new AbortController();
        this.running.set(job.key, ctrl);
        let ok = false;
        try {
          await job.run(ctrl.signal);
          ok = !ctrl.signal.aborted;
        } catch (err) {
          if (!ctrl.signal.aborted) this.onError(job.key, err);
        } finally {
          if (this.running.get(job.key) === ctrl) this.running.delete(job.key);
        }
        for (const d of job.done) d(ok);
        // Let pending LSP requests through before the next job.
        await new Promise<void>((r) => setImmediate(r));
      }
    } finally {
      this.pumping = false;
    }
    if (this.pending === 0) {
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      for (const w of waiters) w();
    }
  }
}
