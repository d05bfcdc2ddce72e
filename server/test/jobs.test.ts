import { strict as assert } from 'node:assert';
import { JobScheduler, Priority } from '../src/engine/jobs';

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('JobScheduler', () => {
  it('runs higher priority first and FIFO within a priority', async () => {
    const s = new JobScheduler();
    const order: string[] = [];
    // The first job starts at once; the rest queue behind it.
    const gate = deferred();
    const first = s.enqueue('first', Priority.low, () => gate.promise);
    const rest = [
      s.enqueue('low-a', Priority.low, () => void order.push('low-a')),
      s.enqueue('high', Priority.high, () => void order.push('high')),
      s.enqueue('low-b', Priority.low, () => void order.push('low-b')),
      s.enqueue('normal', Priority.normal, () => void order.push('normal')),
    ];
    gate.resolve();
    await Promise.all([first, ...rest]);
    assert.deepEqual(order, ['high', 'normal', 'low-a', 'low-b']);
  });

  it('replaces a queued job with the same key, keeping the higher priority', async () => {
    const s = new JobScheduler();
    const ran: string[] = [];
    const gate = deferred();
    void s.enqueue('blocker', Priority.low, () => gate.promise);
    const old = s.enqueue('file.tf', Priority.high, () => void ran.push('old text'));
    const other = s.enqueue('other.tf', Priority.normal, () => void ran.push('other'));
    const fresh = s.enqueue('file.tf', Priority.low, () => void ran.push('new text'));
    gate.resolve();
    assert.equal(await old, false);
    assert.equal(await fresh, true);
    await other;
    assert.deepEqual(ran, ['new text', 'other']);
  });

  it('aborts a running job when it is cancelled, and reports it as not completed', async () => {
    const s = new JobScheduler();
    const started = deferred();
    const job = s.enqueue('walk', Priority.low, (signal) => {
      started.resolve();
      return new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve()));
    });
    await started.promise;
    s.cancelAll();
    assert.equal(await job, false);
    await s.idle();
    assert.equal(s.pending, 0);
  });

  it('reports a failing job and goes on with the next', async () => {
    const errors: string[] = [];
    const s = new JobScheduler((key) => errors.push(key));
    const bad = s.enqueue('bad', Priority.normal, () => {
      throw new Error('boom');
    });
    const good = s.enqueue('good', Priority.normal, () => {});
    assert.equal(await bad, false);
    assert.equal(await good, true);
    assert.deepEqual(errors, ['bad']);
  });
});
