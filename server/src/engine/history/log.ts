// "Who changed it last" in the audit log: the latest detections and actions recorded for a Terraform address, with
// who signed them (email, name, key fingerprint) and when, through the log engine's `show`. Batches are immutable
// and named by their hash, so an answer stays right until the set of batch files changes: it is cached per
// address and dropped when a batch is added (or removed). What is shown is what the batches say; whether their
// signatures hold is `driftlog log verify`'s job.
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import type { EventKind, Log } from '../log';
import { listBatchFiles, LogError, openLog, show } from '../log';
import type { ResourceStatus } from '../scan/types';

export interface LogHistoryItem {
  kind: EventKind;
  status?: ResourceStatus;
  /** ISO time the batch was written. */
  createdAt: string;
  signer: { name?: string; email: string; key?: string };
  /** Repository-relative path of the batch file. */
  batch: string;
  /** How many differences the event recorded. */
  differences: number;
  requestToken?: string;
  branch?: string;
}

export type LogHistory =
  | { kind: 'found'; address: string; items: LogHistoryItem[]; unreadable: string[] }
  | { kind: 'none'; address: string; message: string; unreadable: string[] }
  | { kind: 'unavailable'; message: string };

export interface LogHistoryOptions {
  /** Log directory, relative to the repository root (default `.driftlog`). */
  logDir?: string;
  /** Newest entries returned (default 3). */
  limit?: number;
}

interface Cached {
  signature: string;
  answer: Promise<LogHistory>;
}

export class LogHistoryReader {
  private readonly answers = new Map<string, Cached>();
  /** Key fingerprints by batch name: a batch never changes under its name. */
  private readonly keys = new Map<string, string | undefined>();
  private readonly logs = new Map<string, Promise<Log>>();

  /** The latest entries for `address` (newest first). Never throws. */
  async latest(repoRoot: string, address: string, opts: LogHistoryOptions = {}): Promise<LogHistory> {
    const limit = Math.max(1, opts.limit ?? 3);
    let log: Log;
    try {
      log = await this.open(repoRoot, opts.logDir);
    } catch (e) {
      if (e instanceof LogError && /does not exist/.test(e.message)) {
        return { kind: 'none', address, message: 'Log: nothing recorded yet (no audit log in this repository)', unreadable: [] };
      }
      return { kind: 'unavailable', message: `Log: ${e instanceof LogError ? e.message : `cannot read the audit log (${(e as Error).message})`}` };
    }
    let signature: string;
    try {
      const { batches } = await listBatchFiles(log);
      signature = `${batches.length}:${batches.map((b) => b.name).sort().join(',')}`;
    } catch (e) {
      return { kind: 'unavailable', message: `Log: cannot list the batches (${(e as Error).message})` };
    }
    const key = JSON.stringify([log.dir, address, limit]);
    const hit = this.answers.get(key);
    if (hit && hit.signature === signature) return hit.answer;
    const answer = this.read(log, address, limit);
    this.answers.set(key, { signature, answer });
    return answer;
  }

  /** Forget every cached answer (they also expire by themselves when a batch is added). */
  clear(): void {
    this.answers.clear();
    this.logs.clear();
  }

  private open(repoRoot: string, logDir: string | undefined): Promise<Log> {
    const k = JSON.stringify([repoRoot, logDir ?? null]);
    let p = this.logs.get(k);
    if (!p) {
      p = openLog(repoRoot, { logDir });
      this.logs.set(k, p);
      p.catch(() => this.logs.delete(k)); // a log created later is found on the next ask
    }
    return p;
  }

  private async read(log: Log, address: string, limit: number): Promise<LogHistory> {
    try {
      const { entries, unreadable } = await show(log, { resource: address, limit });
      const items: LogHistoryItem[] = [];
      for (const e of entries.slice().reverse()) {
        items.push({
          kind: e.event.kind,
          status: e.event.status,
          createdAt: e.createdAt,
          signer: { name: e.author.name, email: e.author.email, key: await this.keyOf(log, e.batch, e.rel) },
          batch: e.rel,
          differences: e.event.differences?.length ?? 0,
          requestToken: e.event.requestToken,
          branch: e.branch,
        });
      }
      if (items.length === 0) return { kind: 'none', address, message: `Log: nothing recorded for ${address} yet`, unreadable };
      return { kind: 'found', address, items, unreadable };
    } catch (e) {
      return { kind: 'unavailable', message: `Log: cannot read the audit log (${(e as Error).message})` };
    }
  }

  /** The signer's key fingerprint from the batch header (its first line). */
  private async keyOf(log: Log, name: string, rel: string): Promise<string | undefined> {
    if (this.keys.has(name)) return this.keys.get(name);
    let key: string | undefined;
    try {
      const text = await fs.readFile(join(log.repoRoot, rel), 'utf8');
      const header = JSON.parse(text.slice(0, text.indexOf('\n') >= 0 ? text.indexOf('\n') : undefined)) as { author?: { key?: unknown } };
      key = typeof header.author?.key === 'string' ? header.author.key : undefined;
    } catch {
      key = undefined;
    }
    this.keys.set(name, key);
    return key;
  }
}
