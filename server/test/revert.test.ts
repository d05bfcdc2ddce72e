// "Revert live resource to code": the plan (patch and change list) from the real parser, state loader and drift
// engine, and its application through the real AWS SDK over HTTP against the emulator. After a successful revert,
// a GetResource shows the code's values and a fresh comparison finds no drift.
import { strict as assert } from 'node:assert';
import { join, resolve } from 'node:path';
import { GetResourceCommand } from '@aws-sdk/client-cloudcontrol';
import { loadSeedFile, startEmulator, type Emulator } from '../src/emulator';
import { getResource } from '../src/engine/cloud/calls';
import { CloudConnector, type CloudConnection } from '../src/engine/cloud/connect';
import { RequestScheduler } from '../src/engine/cloud/scheduler';
import { compareResource, expectedValues, loadState, resolveInstances, type ResourceInstance } from '../src/engine/compare/api';
import { applyRevert, describePlan, planRevert, revertEvent, type RevertOutcome, type RevertPlan, type RevertProgress } from '../src/engine/revert';
import { loadWorkspace } from '../src/engine/scan/workspace';

const ROOT = resolve(__dirname, '../..');
const WS = join(ROOT, 'test-fixtures/revert/workspace');
const SEED = join(ROOT, 'test-fixtures/revert/seed.json');
const PASSWORD = 'Zq7-revert-Passw0rd-not-real';
const REGION = 'us-east-1';

describe('revert live resource to code (emulator over HTTP, real SDK)', function () {
  this.timeout(60_000);
  let instances: ResourceInstance[];
  let emu: Emulator;
  let connector: CloudConnector;
  let conn: CloudConnection;
  let savedEnv: NodeJS.ProcessEnv;

  before(async () => {
    const ws = await loadWorkspace(WS);
    const state = await loadState({ moduleDir: WS });
    instances = resolveInstances(ws.scanInput.modules, state, { rootDir: WS });
  });

  /** Starts an emulator and connects to it through the cloud layer with the given credential's keys in the environment. */
  async function start(opts: { mutationDelayMs?: number; credential?: number } = {}): Promise<void> {
    emu = await startEmulator({ seed: SEED, rngSeed: 1, mutationDelayMs: opts.mutationDelayMs ?? 300 });
    const cred = loadSeedFile(SEED).credentials[opts.credential ?? 0]!;
    Object.assign(process.env, emu.env(REGION), {
      AWS_ACCESS_KEY_ID: cred.accessKeyId,
      AWS_SECRET_ACCESS_KEY: cred.secretAccessKey,
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    });
    delete process.env.AWS_PROFILE;
    connector = new CloudConnector({ endpoint: emu.url });
    conn = await connector.connect({ providerKey: 'aws', region: REGION });
  }

  beforeEach(() => {
    savedEnv = { ...process.env };
  });

  afterEach(async () => {
    connector?.destroy();
    await emu?.stop();
    for (const k of Object.keys(process.env)) if (!(k in savedEnv)) delete process.env[k];
    Object.assign(process.env, savedEnv);
  });

  const inst = (address: string): ResourceInstance => {
    const i = instances.find((x) => x.address === address);
    assert.ok(i, `no instance ${address}; have ${instances.map((x) => x.address).join(', ')}`);
    return i;
  };

  /** The live properties through the SDK (GetResource). */
  async function live(address: string): Promise<Record<string, unknown>> {
    const i = inst(address);
    const out = await conn.client.send(new GetResourceCommand({ TypeName: i.cloudType, Identifier: i.identifier }));
    return JSON.parse(out.ResourceDescription!.Properties!) as Record<string, unknown>;
  }

  async function plan(address: string, attributes?: string[]): Promise<RevertPlan> {
    const i = inst(address);
    const found = await getResource(conn, i.cloudType!, i.identifier!, { scheduler: new RequestScheduler() });
    assert.ok(found, `${address} exists live`);
    return planRevert(i, expectedValues(i), found.properties, attributes ? { attributes } : {});
  }

  async function apply(p: RevertPlan, extra: Parameters<typeof applyRevert>[4] = {}): Promise<{ outcome: RevertOutcome; progress: RevertProgress[] }> {
    const progress: RevertProgress[] = [];
    const outcome = await applyRevert(conn, p.cloudType!, p.identifier!, p.patch, {
      pollMs: 20,
      ...extra,
      onProgress: (e) => {
        progress.push(e);
        extra.onProgress?.(e);
      },
    });
    return { outcome, progress };
  }

  /** A fresh comparison of the resource against the code finds no drift. */
  async function assertInSync(address: string): Promise<void> {
    const i = inst(address);
    const r = compareResource(i, expectedValues(i), await live(address), { writeOnly: i.mapping?.writeOnly });
    assert.equal(r.status, 'in_sync', `${address} after the revert: ${JSON.stringify(r.differences)}`);
  }

  it('a drifted string attribute: one replace, progress until SUCCESS, then the code\'s value live and no drift', async () => {
    await start();
    const p = await plan('aws_instance.web');
    assert.equal(p.status, 'ready', p.reason);
    assert.deepEqual(p.patch, [{ op: 'replace', path: '/InstanceType', value: 't3.small' }]);
    assert.deepEqual(
      p.changes.map((c) => [c.path, c.property, c.live, c.code, c.reason]),
      [['instance_type', '/InstanceType', '"t3.large"', '"t3.small"', 'drift']],
    );
    // `monitoring` depends on a data source: its value is unknown, so it is named as not revertable.
    assert.deepEqual(p.unknown.map((u) => u.attribute), ['monitoring']);
    assert.match(p.unknown[0].reason, /monitoring cannot be reverted: its value in the code is not known/);
    assert.match(describePlan(p), /instance_type: "t3.large" -> "t3.small"/);
    assert.match(describePlan(p), /Not reverted: monitoring/);

    await emu.admin.resetCounters();
    const { outcome, progress } = await apply(p);
    assert.equal(outcome.status, 'SUCCESS', outcome.error);
    assert.match(outcome.requestToken ?? '', /^[0-9a-f-]{36}$/);
    assert.deepEqual([...new Set(progress.map((e) => e.phase))], ['sending', 'waiting', 'done']);
    assert.ok(progress.some((e) => e.phase === 'waiting' && e.status === 'IN_PROGRESS' && e.requestToken === outcome.requestToken));
    const counters = await emu.admin.counters();
    assert.equal(counters.byOperation.UpdateResource, 1);
    assert.ok((counters.byOperation.GetResourceRequestStatus ?? 0) >= 1);
    // The request token is the one Cloud Control keeps: its history says who reverted.
    const requests = await emu.admin.requests();
    assert.ok(requests.some((r) => r.operation === 'UpdateResource' && r.principalArn === 'arn:aws:iam::111111111111:user/reverter'));

    assert.equal((await live('aws_instance.web')).InstanceType, 't3.small');
    await assertInSync('aws_instance.web');
    assert.equal((await plan('aws_instance.web')).status, 'in_sync');
  });

  it('tags: the whole list replaced (changed, removed and added keys at once), the AWS-reserved tag kept', async () => {
    await start();
    const p = await plan('aws_s3_bucket.logs');
    assert.equal(p.status, 'ready', p.reason);
    const expectedTags = [
      { Key: 'Env', Value: 'prod' },
      { Key: 'Team', Value: 'data' },
      { Key: 'aws:cloudformation:stack-name', Value: 'legacy' },
    ];
    assert.deepEqual(p.patch, [{ op: 'replace', path: '/Tags', value: expectedTags }]);
    assert.ok(!p.patch.some((o) => o.path.startsWith('/Tags/')), 'never element by element');
    assert.deepEqual(
      p.changes.map((c) => [c.path, c.live, c.code]).sort(),
      [
        ['tags.Env', '"staging"', '"prod"'],
        ['tags.Owner', '"bob"', '(absent)'],
        ['tags.Team', '(absent)', '"data"'],
      ],
    );
    const { outcome } = await apply(p);
    assert.equal(outcome.status, 'SUCCESS', outcome.error);
    assert.deepEqual((await live('aws_s3_bucket.logs')).Tags, expectedTags);
    await assertInSync('aws_s3_bucket.logs');
  });

  it('a nested property that is gone: added whole with booleans, then the next attribute below it', async () => {
    await start();
    const p = await plan('aws_s3_bucket_public_access_block.logs');
    assert.equal(p.status, 'ready', p.reason);
    assert.deepEqual(p.patch, [
      { op: 'add', path: '/PublicAccessBlockConfiguration', value: { BlockPublicAcls: true } },
      { op: 'add', path: '/PublicAccessBlockConfiguration/BlockPublicPolicy', value: true },
    ]);
    const { outcome } = await apply(p);
    assert.equal(outcome.status, 'SUCCESS', outcome.error);
    assert.deepEqual((await live('aws_s3_bucket_public_access_block.logs')).PublicAccessBlockConfiguration, { BlockPublicAcls: true, BlockPublicPolicy: true });
    await assertInSync('aws_s3_bucket_public_access_block.logs');
    // The bucket's own drifted tags were left alone: another resource's revert patches only its sub-tree.
    assert.deepEqual((await live('aws_s3_bucket.logs')).Tags, [
      { Key: 'Env', Value: 'staging' },
      { Key: 'aws:cloudformation:stack-name', Value: 'legacy' },
      { Key: 'Owner', Value: 'bob' },
    ]);
  });

  it('a JSON policy document: sent as a document (not a string), read back equal to the code', async () => {
    await start();
    const p = await plan('aws_iam_role.app');
    assert.equal(p.status, 'ready', p.reason);
    const doc = {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { Service: 'ec2.amazonaws.com' } }],
    };
    assert.deepEqual(p.patch, [{ op: 'replace', path: '/AssumeRolePolicyDocument', value: doc }]);
    const { outcome } = await apply(p);
    assert.equal(outcome.status, 'SUCCESS', outcome.error);
    assert.deepEqual((await live('aws_iam_role.app')).AssumeRolePolicyDocument, doc);
    await assertInSync('aws_iam_role.app');
  });

  it('write-only values the code knows are re-sent with `add`, listed without their value', async () => {
    await start();
    const p = await plan('aws_ssm_parameter.config');
    assert.equal(p.status, 'ready', p.reason);
    assert.deepEqual(p.patch, [
      { op: 'replace', path: '/Value', value: 'v2' },
      { op: 'add', path: '/Description', value: 'Feature flags' },
      { op: 'add', path: '/Tier', value: 'Standard' },
    ]);
    assert.deepEqual(
      p.changes.map((c) => [c.path, c.reason, c.code]),
      [
        ['value', 'drift', '"v2"'],
        ['description', 'write-only', '(redacted)'],
        ['tier', 'write-only', '(redacted)'],
      ],
    );
    const { outcome } = await apply(p);
    assert.equal(outcome.status, 'SUCCESS', outcome.error);
    // Cloud Control never returns write-only properties: the stored resource shows the value came back.
    const stored = await emu.admin.getResource({ type: 'AWS::SSM::Parameter', identifier: '/dl/config' });
    assert.equal(stored?.properties.Description, 'Feature flags', 'the hand-made description is replaced by the code\'s');
    assert.equal((await live('aws_ssm_parameter.config')).Description, undefined);
    assert.equal((await live('aws_ssm_parameter.config')).Value, 'v2');
    await assertInSync('aws_ssm_parameter.config');
  });

  it('a sensitive write-only value is re-sent but never shown in the change list or the dialog text', async () => {
    await start();
    const p = await plan('aws_db_instance.main');
    assert.equal(p.status, 'ready', p.reason);
    assert.deepEqual(p.patch[0], { op: 'replace', path: '/DBInstanceClass', value: 'db.t3.small' });
    assert.ok(p.patch.some((o) => o.op === 'add' && o.path === '/MasterUserPassword' && 'value' in o && o.value === PASSWORD));
    assert.ok(!JSON.stringify(p.changes).includes(PASSWORD), 'the change list holds no secret');
    assert.ok(!describePlan(p).includes(PASSWORD), 'the dialog text holds no secret');
    assert.ok(!JSON.stringify(p.result).includes(PASSWORD), 'the comparison result holds no secret');
    const row = p.changes.find((c) => c.path === 'password');
    assert.deepEqual(row && [row.reason, row.code, row.sensitive], ['write-only', '(redacted)', true]);
    const { outcome } = await apply(p);
    assert.equal(outcome.status, 'SUCCESS', outcome.error);
    assert.ok(!JSON.stringify(outcome).includes(PASSWORD));
    await assertInSync('aws_db_instance.main');
    // The log entry: the request token, the values before and after, the patch's paths, never the password.
    const event = revertEvent(p, outcome, { repoRoot: WS });
    assert.equal(event.kind, 'revert');
    assert.equal(event.requestToken, outcome.requestToken);
    assert.deepEqual(event.before, { instance_class: 'db.t3.medium' });
    assert.deepEqual(event.after, { instance_class: 'db.t3.small' });
    assert.match(event.note ?? '', /^revert SUCCESS \(patch: replace \/DBInstanceClass, add \/MasterUserPassword\)$/);
    assert.equal(event.file, 'main.tf');
    assert.ok(!JSON.stringify(event).includes(PASSWORD));
  });

  it('a drifted create-only attribute refuses the revert, says why, and no API call is made', async () => {
    await start();
    const p = await plan('aws_instance.batch');
    assert.equal(p.status, 'refused');
    assert.deepEqual(p.patch, []);
    assert.deepEqual(p.createOnly.map((c) => c.attribute), ['ami']);
    assert.match(p.reason ?? '', /ami is create-only \(AWS::EC2::Instance property ImageId\): changing it replaces the resource/);
    assert.match(p.reason ?? '', /run `terraform apply`/);
    assert.match(describePlan(p), /ami is create-only/);
    await emu.admin.resetCounters();
    const { outcome } = await apply(p);
    assert.equal(outcome.status, 'FAILED');
    assert.match(outcome.error ?? '', /nothing was sent/);
    assert.equal((await emu.admin.counters()).total, 0, 'no API call');
    assert.equal((await emu.admin.getResource({ type: 'AWS::EC2::Instance', identifier: 'i-0batch0000000000001' }))?.properties.InstanceType, 't3.large', 'not half-reverted');
  });

  it('AWS refusing a create-only change (NotUpdatableException) comes back as a clear failure', async () => {
    await start();
    const p = await plan('aws_instance.batch');
    const { outcome } = await applyRevert(conn, p.cloudType!, p.identifier!, [{ op: 'replace', path: '/ImageId', value: 'ami-0bbb2222' }], { pollMs: 20 }).then((o) => ({ outcome: o }));
    assert.equal(outcome.status, 'FAILED');
    assert.equal(outcome.errorCode, 'NotUpdatableException');
    assert.equal(outcome.requestToken, undefined);
    assert.match(outcome.error ?? '', /create-only property would change .*ImageId.*run `terraform apply`/);
  });

  it('a FAILED request is surfaced with its reason', async () => {
    await start({ mutationDelayMs: 2_000 }); // room for the out-of-band delete while the request runs
    const p = await plan('aws_cloudwatch_log_group.app');
    assert.deepEqual(p.patch, [{ op: 'replace', path: '/RetentionInDays', value: 30 }]);
    let deleted: Promise<void> | undefined;
    const { outcome } = await apply(p, {
      onProgress: (e) => {
        // While the update runs, someone deletes the log group: the handler fails.
        if (e.phase === 'waiting' && !deleted) deleted = emu.admin.deleteResource({ type: 'AWS::Logs::LogGroup', identifier: '/dl/revert/app', principal: 'mallory' });
      },
    });
    await deleted;
    assert.equal(outcome.status, 'FAILED');
    assert.ok(outcome.requestToken);
    assert.equal(outcome.errorCode, 'NotFound');
    assert.match(outcome.error ?? '', /AWS could not apply the revert: Resource of type 'AWS::Logs::LogGroup' with identifier '\/dl\/revert\/app' was not found/);
  });

  it('cancellation while the request runs calls CancelResourceRequest and leaves the resource as it was', async () => {
    await start({ mutationDelayMs: 60_000 });
    const p = await plan('aws_cloudwatch_log_group.app');
    await emu.admin.resetCounters();
    const ctrl = new AbortController();
    const { outcome, progress } = await apply(p, {
      signal: ctrl.signal,
      onProgress: (e) => {
        if (e.phase === 'waiting') ctrl.abort();
      },
    });
    assert.equal(outcome.status, 'CANCEL_COMPLETE', outcome.error);
    assert.ok(outcome.requestToken);
    assert.ok(progress.some((e) => e.phase === 'cancelling'));
    const counters = await emu.admin.counters();
    assert.equal(counters.byOperation.UpdateResource, 1);
    assert.equal(counters.byOperation.CancelResourceRequest, 1);
    assert.equal((await live('aws_cloudwatch_log_group.app')).RetentionInDays, 7);
  });

  it('a request still running at the deadline is reported as such, with its token', async () => {
    await start({ mutationDelayMs: 60_000 });
    const p = await plan('aws_cloudwatch_log_group.app');
    const { outcome } = await apply(p, { deadlineMs: 150 });
    assert.equal(outcome.status, 'TIMED_OUT');
    assert.ok(outcome.requestToken);
    assert.match(outcome.error ?? '', /still IN_PROGRESS after \d+ s; the update goes on in AWS/);
  });

  it('cancellation before anything is sent sends nothing', async () => {
    await start();
    const p = await plan('aws_cloudwatch_log_group.app');
    await emu.admin.resetCounters();
    const ctrl = new AbortController();
    ctrl.abort();
    const { outcome } = await apply(p, { signal: ctrl.signal });
    assert.equal(outcome.status, 'CANCEL_COMPLETE');
    assert.equal(outcome.requestToken, undefined);
    assert.equal((await emu.admin.counters()).total, 0);
  });

  it('access denied, a concurrent operation, throttling and 5xx after retries come back as outcomes with reasons, not exceptions', async () => {
    await start({ credential: 1 });
    const p = await plan('aws_cloudwatch_log_group.app');
    const denied = (await apply(p)).outcome;
    assert.equal(denied.status, 'FAILED');
    assert.equal(denied.errorCode, 'AccessDeniedException');
    assert.match(denied.error ?? '', /^access denied: .*not authorized to perform: cloudformation:UpdateResource/);
    connector.destroy();
    await emu.stop();

    await start({ mutationDelayMs: 2_000 }); // room for the second request while the first runs
    const q = await plan('aws_cloudwatch_log_group.app');
    let second: Promise<RevertOutcome> | undefined;
    const first = await apply(q, {
      onProgress: (e) => {
        if (e.phase === 'waiting' && !second) second = applyRevert(conn, q.cloudType!, q.identifier!, q.patch, { pollMs: 20 });
      },
    });
    const busy = await second!;
    assert.equal(first.outcome.status, 'SUCCESS', first.outcome.error);
    assert.equal(busy.status, 'FAILED');
    assert.equal(busy.errorCode, 'ConcurrentOperationException');
    assert.match(busy.error ?? '', /another operation on this resource is still in progress/);

    const r = await plan('aws_iam_role.app');
    await emu.admin.setFaults({ throttleRate: 1 });
    await emu.admin.resetCounters();
    const scheduler = new RequestScheduler({ maxAttempts: 3, baseDelayMs: 5, maxDelayMs: 20 });
    const throttled = (await apply(r, { scheduler })).outcome;
    assert.equal(throttled.status, 'FAILED');
    assert.equal(throttled.requestToken, undefined);
    assert.match(throttled.error ?? '', /AWS kept throttling the request \(3 attempts\); nothing was changed/);
    assert.equal((await emu.admin.counters()).byOperation.UpdateResource, 3);
    await emu.admin.setFaults({ errorRate: 1 });
    const broken = (await apply(r, { scheduler })).outcome;
    assert.equal(broken.status, 'UNKNOWN');
    assert.match(broken.error ?? '', /gave up after 3 attempts\)\. The update may or may not have reached AWS: rescan the resource/);
    await emu.admin.setFaults({});
    assert.equal(((await live('aws_iam_role.app')).AssumeRolePolicyDocument as { Statement: Array<{ Principal: { Service: string } }> }).Statement[0].Principal.Service, 'lambda.amazonaws.com');
  });

  it('only the attributes asked for', async () => {
    await start();
    const p = await plan('aws_s3_bucket.logs', ['tags']);
    assert.equal(p.status, 'ready');
    const none = await plan('aws_s3_bucket.logs', ['bucket']);
    assert.equal(none.status, 'in_sync');
    assert.deepEqual(none.patch, []);
  });
});
