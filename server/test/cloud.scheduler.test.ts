import { strict as assert } from 'node:assert';
import { CallError, RequestScheduler, classifyError } from '../src/engine/cloud/scheduler';

function awsError(name: string, status: number, message = name): Error {
  const e = new Error(message) as Error & { $metadata: { httpStatusCode: number } };
  e.name = name;
  e.$metadata = { httpStatusCode: status };
  return e;
}

/** A call that resolves only when released, and rejects when its signal aborts (as the SDK does). */
function gatedCall(log: string[], name: string, gate: Promise<void>) {
  return (signal: AbortSignal) =>
    new Promise<string>((resolve, reject) => {
      log.push(name);
      signal.addEventListener('abort', () => reject(Object.assign(new Error('aborted'), { name: 'AbortError' })));
      void gate.then(() => resolve(name));
    });
}

describe('RequestScheduler', () => {
  it('runs higher priority first, FIFO within a priority', async () => {
    const s = new RequestScheduler({ concurrency: 1, rate: 1000, burst: 1000 });
    const order: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const first = s.run({ bucket: 'a', call: gatedCall(order, 'first', gate) });
    const rest = [
      s.run({ bucket: 'a', priority: 0, call: async () => void order.push('low-1') }),
      s.run({ bucket: 'b', priority: 2, call: async () => void order.push('high') }),
      s.run({ bucket: 'a', priority: 0, call: async () => void order.push('low-2') }),
      s.run({ bucket: 'a', priority: 1, call: async () => void order.push('normal') }),
    ];
    release();
    await Promise.all([first, ...rest]);
    assert.deepEqual(order, ['first', 'high', 'normal', 'low-1', 'low-2']);
  });

  it('never has more calls in flight than the concurrency bound', async () => {
    const s = new RequestScheduler({ concurrency: 3, rate: 10_000, burst: 10_000 });
    let inFlight = 0;
    let peak = 0;
    const jobs = Array.from({ length: 20 }, () =>
      s.run({
        bucket: 'a',
        call: async () => {
          inFlight++;
          peak = Math.max(peak, inFlight);
          await new Promise((r) => setImmediate(r));
          inFlight--;
        },
      }),
    );
    await Promise.all(jobs);
    assert.equal(peak, 3);
    assert.equal(s.stats.calls, 20);
  });

  it('paces calls of one bucket at the configured rate, and buckets independently', async () => {
    const s = new RequestScheduler({ concurrency: 16, rate: 20, burst: 1 });
    const starts: Record<string, number[]> = { a: [], b: [] };
    const t0 = Date.now();
    await Promise.all(
      ['a', 'b'].flatMap((bucket) => Array.from({ length: 6 }, () => s.run({ bucket, call: async () => void starts[bucket].push(Date.now() - t0) }))),
    );
    for (const b of ['a', 'b']) {
      // 6 calls at 20/s with a burst of 1: the 6th starts no earlier than 5 intervals of 50 ms (less timer slack).
      assert.ok(starts[b][5] >= 5 * 50 - 10, `bucket ${b}: 6th call at ${starts[b][5]} ms`);
    }
    // The two buckets ran side by side: b did not wait for a.
    assert.ok(starts.b[0] < starts.a[5], 'bucket b waited behind bucket a');
  });

  it('retries throttling, 5xx and connection resets, then succeeds; counts every attempt', async () => {
    const s = new RequestScheduler({ rate: 1000, burst: 1000, baseDelayMs: 1, maxDelayMs: 5 });
    const failures = [awsError('ThrottlingException', 400), awsError('ServiceInternalErrorException', 500), Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })];
    let n = 0;
    const v = await s.run({
      bucket: 'a',
      call: async () => {
        if (n < failures.length) throw failures[n++];
        return 'ok';
      },
    });
    assert.equal(v, 'ok');
    assert.equal(s.stats.calls, 4);
    assert.equal(s.stats.retries, 3);
    assert.equal(s.stats.throttled, 1);
    assert.equal(s.stats.serverErrors, 1);
    assert.equal(s.stats.networkErrors, 1);
  });

  it('lowers the bucket rate on throttling (AIMD) and raises it back on success', async () => {
    const s = new RequestScheduler({ rate: 1000, burst: 1000, baseDelayMs: 1, maxDelayMs: 2 });
    let first = true;
    await s.run({
      bucket: 'a',
      call: async () => {
        if (first) {
          first = false;
          throw awsError('ThrottlingException', 400);
        }
      },
    });
    const after = s.currentRate('a');
    assert.ok(after < 1000, `rate after throttling: ${after}`);
    await Promise.all(Array.from({ length: 50 }, () => s.run({ bucket: 'a', call: async () => {} })));
    assert.ok(s.currentRate('a') > after);
  });

  it('does not retry a client error and reports its code and reason', async () => {
    const s = new RequestScheduler({ baseDelayMs: 1 });
    await assert.rejects(
      s.run({ bucket: 'a', label: 'GetResource AWS::IAM::Role r', call: async () => Promise.reject(awsError('AccessDeniedException', 403, 'not authorized')) }),
      (e: unknown) => e instanceof CallError && e.kind === 'client' && e.code === 'AccessDeniedException' && e.attempts === 1 && /GetResource AWS::IAM::Role r: AccessDeniedException: not authorized/.test(e.message),
    );
    assert.equal(s.stats.calls, 1);
  });

  it('gives up after maxAttempts and says so', async () => {
    const s = new RequestScheduler({ maxAttempts: 3, rate: 1000, burst: 1000, baseDelayMs: 1, maxDelayMs: 2 });
    await assert.rejects(
      s.run({ bucket: 'a', call: async () => Promise.reject(awsError('ThrottlingException', 400, 'Rate exceeded')) }),
      (e: unknown) => e instanceof CallError && e.kind === 'throttled' && e.attempts === 3 && /gave up after 3 attempts/.test(e.message),
    );
    assert.equal(s.stats.calls, 3);
  });

  it('aborts a call that exceeds the per-call timeout, and retries it', async () => {
    const s = new RequestScheduler({ timeoutMs: 30, maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 2, rate: 1000, burst: 1000 });
    const aborted: boolean[] = [];
    await assert.rejects(
      s.run({
        bucket: 'a',
        call: (signal) =>
          new Promise((_, reject) =>
            signal.addEventListener('abort', () => {
              aborted.push(true);
              reject(new Error('aborted'));
            }),
          ),
      }),
      (e: unknown) => e instanceof CallError && e.kind === 'timeout' && /timed out after 30 ms/.test(e.message),
    );
    assert.deepEqual(aborted, [true, true]);
    assert.equal(s.stats.timeouts, 2);
  });

  it('cancellation rejects queued jobs at once, aborts calls in flight and issues nothing more', async () => {
    const ctrl = new AbortController();
    const s = new RequestScheduler({ concurrency: 2, rate: 1000, burst: 1000, signal: ctrl.signal });
    const started: string[] = [];
    const never = new Promise<void>(() => {});
    const jobs = Array.from({ length: 10 }, (_, i) => s.run({ bucket: 'a', call: gatedCall(started, `j${i}`, never) }));
    assert.equal(started.length, 2);
    ctrl.abort();
    const results = await Promise.allSettled(jobs);
    assert.ok(results.every((r) => r.status === 'rejected' && r.reason instanceof CallError && r.reason.kind === 'cancelled'));
    assert.equal(started.length, 2);
    assert.equal(s.stats.calls, 2);
    await assert.rejects(s.run({ bucket: 'a', call: async () => 'late' }), (e: unknown) => e instanceof CallError && e.kind === 'cancelled');
    assert.equal(s.stats.calls, 2);
  });

  it('classifies SDK errors', () => {
    assert.equal(classifyError(awsError('ThrottlingException', 400)), 'throttled');
    assert.equal(classifyError(awsError('Whatever', 429)), 'throttled');
    assert.equal(classifyError(awsError('InternalFailure', 500)), 'server');
    assert.equal(classifyError(awsError('Unknown', 503)), 'server');
    assert.equal(classifyError(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' })), 'network');
    assert.equal(classifyError(awsError('ResourceNotFoundException', 404)), 'client');
    assert.equal(classifyError(awsError('TypeNotFoundException', 400)), 'client');
  });
});
