// CloudTrail's "who changed it last", against the local emulator over real HTTP with the real
// @aws-sdk/client-cloudtrail: the principal of an out-of-band change, read-only events skipped, the plain sentences
// for a missing source, the 2-per-second pace of LookupEvents (measured by the emulator's own request log), the
// cache and its invalidation, global services looked up in us-east-1, fallback names, cancellation.
import { strict as assert } from 'node:assert';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { startEmulator, type Emulator } from '../src/emulator';
import { CloudConnector, type CloudConnection } from '../src/engine/cloud/connect';
import { ACCESS_DENIED, CloudHistory, diagnosticSuffix, NO_EVENTS, type CloudChange, type CloudTrailTarget } from '../src/engine/history';

const SEED = join(__dirname, '..', '..', 'test-fixtures', 'history', 'seed.json');
const ACCOUNT = '123456789012';

/** Sets the emulator's environment (endpoints, keys, region, account) for the duration of a suite. */
function useEnv(vars: Record<string, string>): () => void {
  const saved: Record<string, string | undefined> = {};
  for (const k of [...Object.keys(vars), 'AWS_PROFILE', 'AWS_ENDPOINT_URL', 'AWS_SESSION_TOKEN']) saved[k] = process.env[k];
  delete process.env['AWS_PROFILE'];
  delete process.env['AWS_ENDPOINT_URL'];
  delete process.env['AWS_SESSION_TOKEN'];
  Object.assign(process.env, vars);
  return () => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
}

function found(c: CloudChange): Extract<CloudChange, { kind: 'found' }> {
  assert.equal(c.kind, 'found', `expected a change, got ${JSON.stringify(c)}`);
  return c as Extract<CloudChange, { kind: 'found' }>;
}

async function lookups(emu: Emulator): Promise<number> {
  return (await emu.admin.counters()).byOperation['LookupEvents'] ?? 0;
}

describe('history: CloudTrail last change (emulator, real SDK)', () => {
  let emu: Emulator;
  let restore: () => void;
  let connector: CloudConnector;
  let conn: CloudConnection;
  let history: CloudHistory;

  before(async () => {
    emu = await startEmulator({ seed: SEED, rngSeed: 1 });
    // The CloudTrail endpoint comes from AWS_ENDPOINT_URL_CLOUDTRAIL, read by the SDK itself; credentials and
    // account from the same chain the cloud layer uses.
    restore = useEnv(emu.env('us-east-1'));
    connector = new CloudConnector();
    conn = await connector.connect({ providerKey: 'aws', region: 'us-east-1' });
  });
  after(async () => {
    history?.destroy();
    connector?.destroy();
    restore?.();
    await emu?.stop();
  });
  beforeEach(() => {
    history?.destroy();
    history = new CloudHistory();
  });

  it('names the principal of an out-of-band change, with the event and its time', async () => {
    const at = '2026-11-20T09:30:00.000Z';
    await emu.admin.updateResource({ type: 'AWS::EC2::Instance', identifier: 'i-0aaaaaaaaaaaaaaa1', properties: { InstanceType: 't3.large' }, principal: 'alice', eventTime: at });
    const c = found(await history.lastCloudChange(conn, { cloudType: 'AWS::EC2::Instance', identifier: 'i-0aaaaaaaaaaaaaaa1' }));
    assert.equal(c.principal, `arn:aws:iam::${ACCOUNT}:user/alice`);
    assert.equal(c.principalType, 'IAMUser');
    assert.equal(c.eventName, 'UpdateInstance');
    assert.equal(c.time.toISOString(), at);
    assert.equal(diagnosticSuffix(c), `changed by arn:aws:iam::${ACCOUNT}:user/alice on 2026-11-20`);
  });

  it('skips read-only events: a later Describe* by someone else is not the last change', async () => {
    await emu.admin.updateResource({ type: 'AWS::S3::Bucket', identifier: 'history-rate-1', properties: { Tags: [{ Key: 'a', Value: 'b' }] }, principal: 'carol', eventTime: '2026-11-21T10:00:00Z' });
    await emu.admin.updateResource({ type: 'AWS::S3::Bucket', identifier: 'history-rate-1', properties: {}, principal: 'reader', eventName: 'GetBucketTagging', eventTime: '2026-11-22T10:00:00Z' });
    await emu.admin.updateResource({ type: 'AWS::S3::Bucket', identifier: 'history-rate-1', properties: {}, principal: 'reader', eventName: 'ListObjects', eventTime: '2026-11-22T11:00:00Z' });
    const c = found(await history.lastCloudChange(conn, { cloudType: 'AWS::S3::Bucket', identifier: 'history-rate-1' }));
    assert.equal(c.principal, `arn:aws:iam::${ACCOUNT}:user/carol`);
    assert.equal(c.eventName, 'UpdateBucket');
  });

  it('says plainly when CloudTrail has no events for the resource, and does not throw', async () => {
    const c = await history.lastCloudChange(conn, { cloudType: 'AWS::S3::Bucket', identifier: 'history-quiet' });
    assert.deepEqual(c, { kind: 'none', message: NO_EVENTS });
    assert.equal(NO_EVENTS, 'CloudTrail: no events in the last 90 days');
    assert.equal(diagnosticSuffix(c), undefined);
  });

  it('a wrongly signed request (credentials the emulator does not hold) is "not available" with the reason', async () => {
    const wrong: CloudTrailTarget = {
      region: 'us-east-1',
      bucket: `${ACCOUNT}|us-east-1`,
      credentials: async () => ({ accessKeyId: emu.credentials.accessKeyId, secretAccessKey: 'not-the-right-secret-at-all' }),
    };
    const c = await history.lastCloudChange(wrong, { cloudType: 'AWS::S3::Bucket', identifier: 'history-quiet' });
    assert.ok(c.kind === 'unavailable');
    assert.match(c.message, /^CloudTrail not available: InvalidSignatureException: The request signature we calculated does not match/);
    assert.ok(!c.message.includes('not-the-right-secret'), 'no secret in the message');
    const unknown: CloudTrailTarget = { ...wrong, credentials: async () => ({ accessKeyId: 'AKIDNOBODYKNOWS00000', secretAccessKey: 'x' }) };
    const u = await history.lastCloudChange(unknown, { cloudType: 'AWS::S3::Bucket', identifier: 'history-quiet' });
    assert.ok(u.kind === 'unavailable');
    assert.match(u.message, /^CloudTrail not available: UnrecognizedClientException: The security token included in the request is invalid/);
  });

  it('answers from the cache until invalidated (after a revert or a rescan), then sees the newer change', async () => {
    await emu.admin.updateResource({ type: 'AWS::S3::Bucket', identifier: 'history-rate-2', properties: { Tags: [] }, principal: 'dave' });
    const before = await lookups(emu);
    const a = found(await history.lastCloudChange(conn, { cloudType: 'AWS::S3::Bucket', identifier: 'history-rate-2' }));
    assert.equal(a.principal, `arn:aws:iam::${ACCOUNT}:user/dave`);
    await emu.admin.updateResource({ type: 'AWS::S3::Bucket', identifier: 'history-rate-2', properties: { Tags: [{ Key: 'x', Value: 'y' }] }, principal: 'erin' });
    const b = found(await history.lastCloudChange(conn, { cloudType: 'AWS::S3::Bucket', identifier: 'history-rate-2' }));
    assert.equal(b.principal, a.principal, 'cached answer');
    assert.equal(await lookups(emu), before + 1, 'one LookupEvents for two asks');
    history.invalidate('history-rate-2');
    const c = found(await history.lastCloudChange(conn, { cloudType: 'AWS::S3::Bucket', identifier: 'history-rate-2' }));
    assert.equal(c.principal, `arn:aws:iam::${ACCOUNT}:user/erin`);
    assert.equal(await lookups(emu), before + 2);
  });

  it('the cache expires after its TTL', async () => {
    let now = 1_000_000;
    const h = new CloudHistory({ ttlMs: 60_000, now: () => now });
    try {
      const before = await lookups(emu);
      await h.lastCloudChange(conn, { cloudType: 'AWS::S3::Bucket', identifier: 'history-quiet' });
      now += 59_000;
      await h.lastCloudChange(conn, { cloudType: 'AWS::S3::Bucket', identifier: 'history-quiet' });
      assert.equal(await lookups(emu), before + 1);
      now += 2_000;
      await h.lastCloudChange(conn, { cloudType: 'AWS::S3::Bucket', identifier: 'history-quiet' });
      assert.equal(await lookups(emu), before + 2);
    } finally {
      h.destroy();
    }
  });

  it('IAM (a global service) is looked up in us-east-1 whatever the provider region', async () => {
    await emu.admin.updateResource({ type: 'AWS::IAM::Role', identifier: 'history-app', properties: { Description: 'changed' }, principal: 'arn:aws:sts::123456789012:assumed-role/admin/frank' });
    const west = await connector.connect({ providerKey: 'aws.west', region: 'eu-west-1' });
    const c = found(await history.lastCloudChange(west, { cloudType: 'AWS::IAM::Role', identifier: 'history-app', region: 'eu-west-1' }));
    assert.equal(c.region, 'us-east-1');
    assert.equal(c.principal, 'arn:aws:sts::123456789012:assumed-role/admin/frank');
    assert.equal(c.principalType, 'AssumedRole');
  });

  it('falls back to the parts of a compound identifier (the role of a role policy)', async () => {
    // No event names "inline|history-app" itself; the role's does.
    const c = found(await history.lastCloudChange(conn, { cloudType: 'AWS::IAM::RolePolicy', identifier: 'inline|history-app' }));
    assert.equal(c.matchedName, 'history-app');
    assert.equal(c.principal, 'arn:aws:sts::123456789012:assumed-role/admin/frank');
  });

  it('a cancelled hover stops its queued lookups', async () => {
    const ctrl = new AbortController();
    const before = await lookups(emu);
    const names = ['history-rate-3', 'history-rate-4', 'history-rate-5', 'history-rate-6'];
    const asks = names.map((n) => history.lastCloudChange(conn, { cloudType: 'AWS::S3::Bucket', identifier: n }, { signal: ctrl.signal }));
    const first = await asks[0]!; // the burst lets two go at once; the others wait for tokens
    ctrl.abort();
    const rest = await Promise.all(asks.slice(1));
    assert.notDeepEqual(first, { kind: 'unavailable', reason: 'cancelled', message: 'CloudTrail not available: cancelled' });
    assert.ok(rest.some((r) => r.kind === 'unavailable' && r.reason === 'cancelled'), JSON.stringify(rest));
    assert.ok((await lookups(emu)) - before < names.length, 'fewer calls than asks');
    // Nothing cancelled stays in the cache: the next ask looks up again and answers.
    const again = await history.lastCloudChange(conn, { cloudType: 'AWS::S3::Bucket', identifier: 'history-rate-6' });
    assert.equal(again.kind, 'none');
  });
});

describe('history: CloudTrail access denied', () => {
  let server: Server;
  let url: string;
  before(async () => {
    // A CloudTrail endpoint that denies LookupEvents the way AWS does (the emulator grants every key CloudTrail).
    server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        const body = JSON.stringify({
          __type: 'AccessDeniedException',
          Message: 'User: arn:aws:iam::123456789012:user/viewer is not authorized to perform: cloudtrail:LookupEvents because no identity-based policy allows the cloudtrail:LookupEvents action',
        });
        res.writeHead(400, { 'Content-Type': 'application/x-amz-json-1.1', 'x-amzn-ErrorType': 'AccessDeniedException', 'Content-Length': Buffer.byteLength(body) });
        res.end(body);
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((r) => server.close(() => r())));

  it('says "CloudTrail not available: access denied (cloudtrail:LookupEvents)", once per failure TTL', async () => {
    const h = new CloudHistory({ endpoint: url });
    try {
      const target: CloudTrailTarget = { region: 'us-east-1', bucket: `${ACCOUNT}|us-east-1`, credentials: async () => ({ accessKeyId: 'AKIDVIEWER0000000000', secretAccessKey: 's' }) };
      const c = await h.lastCloudChange(target, { cloudType: 'AWS::S3::Bucket', identifier: 'b' });
      assert.deepEqual(c, { kind: 'unavailable', reason: ACCESS_DENIED, message: 'CloudTrail not available: access denied (cloudtrail:LookupEvents)' });
      assert.equal(h.stats.calls, 1, 'access denied is final: not retried');
      await h.lastCloudChange(target, { cloudType: 'AWS::S3::Bucket', identifier: 'b' });
      assert.equal(h.stats.calls, 1, 'the failure is cached for a while');
    } finally {
      h.destroy();
    }
  });
});

describe('history: LookupEvents pace (2 per second per account and region)', () => {
  let emu: Emulator;
  let restore: () => void;
  let connector: CloudConnector;
  before(async () => {
    // The emulator enforces AWS's limit too: a client that went faster would be throttled.
    emu = await startEmulator({ seed: SEED, rngSeed: 2, faults: { lookupRate: 2 } });
    restore = useEnv(emu.env('us-east-1'));
    connector = new CloudConnector();
  });
  after(async () => {
    connector?.destroy();
    restore?.();
    await emu?.stop();
  });

  it('N lookups for N resources are spread over at least (N-2)/2 s by the emulator\'s clock, and all answer', async function () {
    this.timeout(30_000);
    const names = ['history-rate-1', 'history-rate-2', 'history-rate-3', 'history-rate-4', 'history-rate-5', 'history-rate-6'];
    for (const [i, n] of names.entries()) await emu.admin.updateResource({ type: 'AWS::S3::Bucket', identifier: n, properties: { Tags: [] }, principal: `user${i + 1}` });
    const conn = await connector.connect({ providerKey: 'aws', region: 'us-east-1' });
    const h = new CloudHistory();
    try {
      // Warm the client (credentials, first connection) so that arrival times follow send times closely.
      await h.lastCloudChange(conn, { cloudType: 'AWS::S3::Bucket', identifier: 'history-quiet' });
      await emu.admin.resetCounters();
      const answers = await Promise.all(names.map((n) => h.lastCloudChange(conn, { cloudType: 'AWS::S3::Bucket', identifier: n })));
      answers.forEach((a, i) => assert.equal(found(a).principal, `arn:aws:iam::${ACCOUNT}:user/user${i + 1}`));
      const times = (await emu.admin.requests())
        .filter((r) => r.operation === 'LookupEvents')
        .map((r) => Date.parse(r.time))
        .sort((a, b) => a - b);
      const n = times.length;
      assert.ok(n >= names.length);
      const span = (times[n - 1]! - times[0]!) / 1000;
      assert.ok(span >= (names.length - 2) / 2 - 0.02, `span ${span.toFixed(3)} s for ${n} calls`);
      // The token bucket's property on every window: at most 2 + 2 * t calls in t seconds (give or take 50 ms of
      // network jitter between sending and arrival).
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
          const t = (times[j]! - times[i]!) / 1000;
          assert.ok(j - i + 1 <= 2 + 2 * (t + 0.05), `${j - i + 1} calls within ${t.toFixed(3)} s`);
        }
      }
    } finally {
      h.destroy();
    }
  });

  it('throttled lookups are retried with back-off until they answer', async function () {
    this.timeout(30_000);
    await emu.admin.setFaults({ lookupRate: 2, throttleRate: 0.5 });
    const conn = await connector.connect({ providerKey: 'aws', region: 'us-east-1' });
    const h = new CloudHistory({ baseDelayMs: 50, maxAttempts: 12 });
    try {
      await emu.admin.resetCounters();
      const names = ['history-rate-1', 'history-rate-2', 'history-rate-3', 'history-rate-4'];
      const answers = await Promise.all(names.map((n) => h.lastCloudChange(conn, { cloudType: 'AWS::S3::Bucket', identifier: n })));
      answers.forEach((a, i) => assert.equal(found(a).principal, `arn:aws:iam::${ACCOUNT}:user/user${i + 1}`));
      const c = await emu.admin.counters();
      assert.ok((c.byOutcome['throttled'] ?? 0) > 0, `the emulator throttled some calls: ${JSON.stringify(c.byOutcome)}`);
      assert.equal(h.stats.throttled, (c.byOutcome['throttled'] ?? 0) + (c.byOutcome['rate-limited'] ?? 0));
      assert.equal(h.stats.calls, c.byOperation['LookupEvents']);
    } finally {
      h.destroy();
      await emu.admin.setFaults({ lookupRate: 2 });
    }
  });
});
