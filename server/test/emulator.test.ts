// The local Cloud Control emulator, exercised through the real AWS SDK clients over HTTP: every operation, the
// errors a scan must classify, pagination, hidden write-only properties, asynchronous mutations, CloudTrail events
// of out-of-band changes, SigV4 rejection and fault injection.
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import {
  CancelResourceRequestCommand,
  CloudControlClient,
  CreateResourceCommand,
  DeleteResourceCommand,
  GetResourceCommand,
  GetResourceRequestStatusCommand,
  ListResourceRequestsCommand,
  ListResourcesCommand,
  paginateListResources,
  UpdateResourceCommand,
  type ProgressEvent,
} from '@aws-sdk/client-cloudcontrol';
import { CloudTrailClient, LookupEventsCommand } from '@aws-sdk/client-cloudtrail';
import { SignatureV4 } from '@smithy/signature-v4';
import { AdminClient, startEmulator, type Emulator, type Seed } from '../src/emulator';
import { loadSeedFile } from '../src/emulator/seed';
import { NodeSha256 } from './support/sha256';

const SEED_FILE = join(__dirname, '..', '..', 'test-fixtures', 'emulator', 'seed.json');
const SEED: Seed = loadSeedFile(SEED_FILE);
const MAIN = SEED.credentials[0]!;
const AUDITOR = SEED.credentials[1]!;
const OTHER = SEED.credentials[2]!;

type Cred = { accessKeyId: string; secretAccessKey: string };

function cc(emu: Emulator, cred: Cred = MAIN, region = 'us-east-1', extra: Record<string, unknown> = {}): CloudControlClient {
  return new CloudControlClient({
    endpoint: emu.url,
    region,
    credentials: { accessKeyId: cred.accessKeyId, secretAccessKey: cred.secretAccessKey },
    maxAttempts: 1,
    ...extra,
  });
}

/** The error a promise rejects with (fails the test when it resolves). */
async function rejection(p: Promise<unknown>): Promise<Error & { $metadata?: { httpStatusCode?: number; attempts?: number }; $fault?: string; code?: string }> {
  try {
    await p;
  } catch (e) {
    return e as Error;
  }
  assert.fail('expected the call to fail');
}

/** Polls GetResourceRequestStatus until the request leaves IN_PROGRESS, with a deadline. */
async function settle(client: CloudControlClient, token: string, deadlineMs = 10_000): Promise<ProgressEvent> {
  const end = Date.now() + deadlineMs;
  for (;;) {
    const { ProgressEvent: pe } = await client.send(new GetResourceRequestStatusCommand({ RequestToken: token }));
    if (pe?.OperationStatus !== 'IN_PROGRESS' && pe?.OperationStatus !== 'PENDING') return pe!;
    if (Date.now() > end) assert.fail(`request ${token} still ${pe?.OperationStatus} after ${deadlineMs} ms`);
    await new Promise<void>((r) => setTimeout(r, 10)); // poll interval, bounded by the deadline above
  }
}

function props(s: string | undefined): Record<string, unknown> {
  assert.ok(s, 'Properties present');
  return JSON.parse(s) as Record<string, unknown>;
}

/** A request signed by @smithy/signature-v4 (an independent signer), sent with fetch. */
async function signedFetch(
  emu: Emulator,
  opts: { target: string; body: string; cred?: Cred; service?: string; signingDate?: Date; tamper?: (b: string) => string },
): Promise<{ status: number; body: Record<string, unknown>; errorType: string | null }> {
  const url = new URL(emu.url);
  const cred = opts.cred ?? MAIN;
  const signer = new SignatureV4({
    credentials: { accessKeyId: cred.accessKeyId, secretAccessKey: cred.secretAccessKey },
    region: 'us-east-1',
    service: opts.service ?? 'cloudcontrolapi',
    sha256: NodeSha256,
  });
  const signed = await signer.sign(
    {
      method: 'POST',
      protocol: 'http:',
      hostname: url.hostname,
      port: Number(url.port),
      path: '/',
      headers: { host: url.host, 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': opts.target },
      body: opts.body,
      query: {},
    },
    { signingDate: opts.signingDate },
  );
  const res = await fetch(emu.url + '/', {
    method: 'POST',
    headers: Object.fromEntries(Object.entries(signed.headers).filter(([k]) => k !== 'host')),
    body: opts.tamper ? opts.tamper(opts.body) : opts.body,
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown>, errorType: res.headers.get('x-amzn-errortype') };
}

describe('emulator: reads through @aws-sdk/client-cloudcontrol', () => {
  let emu: Emulator;
  before(async () => {
    emu = await startEmulator({ seed: SEED_FILE, rngSeed: 1 });
  });
  after(() => emu.stop());

  it('GetResource returns the properties as a JSON string, with generated read-only values', async () => {
    const out = await cc(emu).send(new GetResourceCommand({ TypeName: 'AWS::S3::Bucket', Identifier: 'driftlog-logs' }));
    assert.equal(out.TypeName, 'AWS::S3::Bucket');
    assert.equal(out.ResourceDescription?.Identifier, 'driftlog-logs');
    const p = props(out.ResourceDescription?.Properties);
    assert.deepEqual(p['VersioningConfiguration'], { Status: 'Enabled' });
    assert.equal(p['Arn'], 'arn:aws:s3:::driftlog-logs');
  });

  it('never returns write-only properties, nested ones included', async () => {
    const user = props((await cc(emu).send(new GetResourceCommand({ TypeName: 'AWS::IAM::User', Identifier: 'alice' }))).ResourceDescription?.Properties);
    assert.deepEqual(user['LoginProfile'], { PasswordResetRequired: false });
    assert.equal(user['Arn'], 'arn:aws:iam::111111111111:user/alice');
    const inst = props((await cc(emu).send(new GetResourceCommand({ TypeName: 'AWS::EC2::Instance', Identifier: 'i-0123456789abcdef0' }))).ResourceDescription?.Properties);
    assert.equal(inst['InstanceType'], 't3.small');
    assert.equal('UserData' in inst, false);
    // The admin view (the test back door) still holds the write-only value.
    const stored = await emu.admin.getResource({ type: 'AWS::IAM::User', identifier: 'alice' });
    assert.equal((stored?.properties['LoginProfile'] as Record<string, unknown>)['Password'], 'not-a-real-password-1');
  });

  it('throws the named exceptions for a missing resource and an unknown type', async () => {
    const nf = await rejection(cc(emu).send(new GetResourceCommand({ TypeName: 'AWS::S3::Bucket', Identifier: 'no-such-bucket' })));
    assert.equal(nf.name, 'ResourceNotFoundException');
    assert.equal(nf.$metadata?.httpStatusCode, 404);
    assert.match(nf.message, /no-such-bucket/);
    const tnf = await rejection(cc(emu).send(new GetResourceCommand({ TypeName: 'AWS::Nope::Thing', Identifier: 'x' })));
    assert.equal(tnf.name, 'TypeNotFoundException');
    assert.equal(tnf.$metadata?.httpStatusCode, 404);
    const ltnf = await rejection(cc(emu).send(new ListResourcesCommand({ TypeName: 'AWS::Nope::Thing' })));
    assert.equal(ltnf.name, 'TypeNotFoundException');
  });

  it('answers ListResources per list mode: full, identifiers only, needs a model, no handler', async () => {
    const full = await cc(emu).send(new ListResourcesCommand({ TypeName: 'AWS::IAM::User' }));
    assert.equal(full.TypeName, 'AWS::IAM::User');
    const alice = props(full.ResourceDescriptions?.[0]?.Properties);
    assert.equal(alice['Path'], '/');
    assert.deepEqual(alice['LoginProfile'], { PasswordResetRequired: false }, 'write-only hidden in lists too');

    const ids = await cc(emu).send(new ListResourcesCommand({ TypeName: 'AWS::EC2::Instance' }));
    assert.deepEqual(ids.ResourceDescriptions, [{ Identifier: 'i-0123456789abcdef0', Properties: JSON.stringify({ InstanceId: 'i-0123456789abcdef0' }) }]);

    const needs = await rejection(cc(emu).send(new ListResourcesCommand({ TypeName: 'AWS::IAM::RolePolicy' })));
    assert.equal(needs.name, 'InvalidRequestException');
    assert.equal(needs.$metadata?.httpStatusCode, 400);
    const withModel = await cc(emu).send(new ListResourcesCommand({ TypeName: 'AWS::IAM::RolePolicy', ResourceModel: JSON.stringify({ RoleName: 'app-role' }) }));
    assert.deepEqual(withModel.ResourceDescriptions?.map((d) => d.Identifier), ['read-logs|app-role']);

    const none = await rejection(cc(emu).send(new ListResourcesCommand({ TypeName: 'AWS::EC2::VPCGatewayAttachment' })));
    assert.equal(none.name, 'UnsupportedActionException');
    assert.equal(none.$metadata?.httpStatusCode, 405);
  });

  it('joins compound primary identifiers with | in schema order', async () => {
    const out = await cc(emu).send(new GetResourceCommand({ TypeName: 'AWS::IAM::RolePolicy', Identifier: 'write-logs|other-role' }));
    assert.equal(props(out.ResourceDescription?.Properties)['RoleName'], 'other-role');
  });

  it('paginates ListResources with MaxResults and NextToken, every resource once', async () => {
    for (let i = 0; i < 23; i++) {
      await emu.admin.createResource({ type: 'AWS::S3::Bucket', properties: { BucketName: `page-${String(i).padStart(2, '0')}` } });
    }
    const seen: string[] = [];
    let pages = 0;
    for await (const page of paginateListResources({ client: cc(emu), pageSize: 7 }, { TypeName: 'AWS::S3::Bucket' })) {
      pages++;
      assert.ok((page.ResourceDescriptions?.length ?? 0) <= 7);
      seen.push(...(page.ResourceDescriptions ?? []).map((d) => d.Identifier!));
    }
    assert.equal(seen.length, 26);
    assert.equal(new Set(seen).size, 26);
    assert.equal(pages, 4);
    const bad = await rejection(cc(emu).send(new ListResourcesCommand({ TypeName: 'AWS::S3::Bucket', NextToken: 'garbage!' })));
    assert.equal(bad.name, 'InvalidRequestException');
    const tooMany = await rejection(cc(emu).send(new ListResourcesCommand({ TypeName: 'AWS::S3::Bucket', MaxResults: 1000 })));
    assert.equal(tooMany.name, 'ValidationException');
  });

  it('keeps accounts and regions apart: the region comes from the signature scope, the account from the key', async () => {
    const eu = await cc(emu, MAIN, 'eu-west-1').send(new ListResourcesCommand({ TypeName: 'AWS::S3::Bucket' }));
    assert.deepEqual(eu.ResourceDescriptions?.map((d) => d.Identifier), ['driftlog-eu-archive']);
    const other = await cc(emu, OTHER).send(new ListResourcesCommand({ TypeName: 'AWS::S3::Bucket' }));
    assert.deepEqual(other.ResourceDescriptions?.map((d) => d.Identifier), ['other-account-bucket']);
    const missing = await rejection(cc(emu, OTHER).send(new GetResourceCommand({ TypeName: 'AWS::S3::Bucket', Identifier: 'driftlog-logs' })));
    assert.equal(missing.name, 'ResourceNotFoundException');
  });

  it('refuses what the credential is denied with AccessDeniedException', async () => {
    const ok = await cc(emu, AUDITOR).send(new GetResourceCommand({ TypeName: 'AWS::S3::Bucket', Identifier: 'driftlog-logs' }));
    assert.equal(ok.ResourceDescription?.Identifier, 'driftlog-logs');
    const type = await rejection(cc(emu, AUDITOR).send(new GetResourceCommand({ TypeName: 'AWS::IAM::User', Identifier: 'alice' })));
    assert.equal(type.name, 'AccessDeniedException');
    assert.match(type.message, /arn:aws:iam::111111111111:user\/auditor is not authorized to perform: cloudformation:GetResource/);
    const op = await rejection(
      cc(emu, AUDITOR).send(new UpdateResourceCommand({ TypeName: 'AWS::S3::Bucket', Identifier: 'driftlog-logs', PatchDocument: '[]' })),
    );
    assert.equal(op.name, 'AccessDeniedException');
  });

  it('selects the endpoint from AWS_ENDPOINT_URL_CLOUDCONTROL like any SDK client', async () => {
    const saved = { ...process.env };
    try {
      Object.assign(process.env, emu.env());
      const client = new CloudControlClient({ maxAttempts: 1 });
      const out = await client.send(new GetResourceCommand({ TypeName: 'AWS::S3::Bucket', Identifier: 'driftlog-assets' }));
      assert.equal(out.ResourceDescription?.Identifier, 'driftlog-assets');
    } finally {
      for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
      Object.assign(process.env, saved);
    }
  });
});

describe('emulator: SigV4', () => {
  let emu: Emulator;
  before(async () => {
    emu = await startEmulator({ seed: SEED_FILE, rngSeed: 2 });
  });
  after(() => emu.stop());

  it('accepts a request signed by an independent signer (@smithy/signature-v4)', async () => {
    const r = await signedFetch(emu, { target: 'CloudApiService.GetResource', body: JSON.stringify({ TypeName: 'AWS::S3::Bucket', Identifier: 'driftlog-logs' }) });
    assert.equal(r.status, 200);
    assert.equal((r.body['ResourceDescription'] as Record<string, unknown>)['Identifier'], 'driftlog-logs');
  });

  it('rejects a wrong secret with InvalidSignatureException through the SDK', async () => {
    const e = await rejection(cc(emu, { accessKeyId: MAIN.accessKeyId, secretAccessKey: 'not-the-secret' }).send(new GetResourceCommand({ TypeName: 'AWS::S3::Bucket', Identifier: 'driftlog-logs' })));
    assert.equal(e.name, 'InvalidSignatureException');
    assert.equal(e.$metadata?.httpStatusCode, 400);
    assert.match(e.message, /signature we calculated does not match/);
  });

  it('rejects an unknown access key with UnrecognizedClientException', async () => {
    const e = await rejection(cc(emu, { accessKeyId: 'AKIDUNKNOWN000000000', secretAccessKey: 'x' }).send(new ListResourcesCommand({ TypeName: 'AWS::S3::Bucket' })));
    assert.equal(e.name, 'UnrecognizedClientException');
    const t = await rejection(
      new CloudTrailClient({ endpoint: emu.url, region: 'us-east-1', maxAttempts: 1, credentials: { accessKeyId: 'AKIDUNKNOWN000000000', secretAccessKey: 'x' } }).send(new LookupEventsCommand({})),
    );
    assert.equal(t.name, 'UnrecognizedClientException');
  });

  it('rejects a body changed after signing, a request for another service, a stale date and a missing header', async () => {
    const body = JSON.stringify({ TypeName: 'AWS::S3::Bucket', Identifier: 'driftlog-logs' });
    const tampered = await signedFetch(emu, { target: 'CloudApiService.GetResource', body, tamper: (b) => b.replace('driftlog-logs', 'driftlog-assets') });
    assert.equal(tampered.status, 400);
    assert.equal(tampered.errorType, 'InvalidSignatureException');
    assert.equal(tampered.body['__type'], 'InvalidSignatureException');
    const wrongService = await signedFetch(emu, { target: 'CloudApiService.GetResource', body, service: 'cloudtrail' });
    assert.equal(wrongService.errorType, 'InvalidSignatureException');
    assert.match(String(wrongService.body['message']), /cloudcontrolapi/);
    const stale = await signedFetch(emu, { target: 'CloudApiService.GetResource', body, signingDate: new Date(Date.now() - 20 * 60 * 1000) });
    assert.equal(stale.errorType, 'InvalidSignatureException');
    assert.match(String(stale.body['message']), /Signature expired/);
    const unsigned = await fetch(emu.url + '/', { method: 'POST', headers: { 'x-amz-target': 'CloudApiService.GetResource', 'content-type': 'application/x-amz-json-1.0' }, body });
    assert.equal(unsigned.status, 400);
    assert.equal(unsigned.headers.get('x-amzn-errortype'), 'MissingAuthenticationTokenException');
  });

  it('answers an unknown operation with UnknownOperationException', async () => {
    const r = await signedFetch(emu, { target: 'CloudApiService.DescribeEverything', body: '{}' });
    assert.equal(r.status, 400);
    assert.equal(r.errorType, 'UnknownOperationException');
  });
});

describe('emulator: mutations, resource requests and CloudTrail', () => {
  let emu: Emulator;
  before(async () => {
    // Long enough that a status read right after the call still sees IN_PROGRESS.
    emu = await startEmulator({ seed: SEED_FILE, rngSeed: 3, mutationDelayMs: 600 });
  });
  after(() => emu.stop());

  it('applies an RFC 6902 UpdateResource asynchronously: IN_PROGRESS, then SUCCESS, then the new value is live', async () => {
    const client = cc(emu);
    const patch = [
      { op: 'replace', path: '/VersioningConfiguration/Status', value: 'Suspended' },
      { op: 'add', path: '/Tags/1', value: { Key: 'Owner', Value: 'ops' } },
    ];
    const { ProgressEvent: started } = await client.send(
      new UpdateResourceCommand({ TypeName: 'AWS::S3::Bucket', Identifier: 'driftlog-logs', PatchDocument: JSON.stringify(patch) }),
    );
    assert.equal(started?.OperationStatus, 'IN_PROGRESS');
    assert.equal(started?.Operation, 'UPDATE');
    assert.equal(started?.Identifier, 'driftlog-logs');
    assert.ok(started?.RequestToken);
    assert.ok(started?.EventTime instanceof Date);
    const during = await client.send(new GetResourceRequestStatusCommand({ RequestToken: started.RequestToken }));
    assert.equal(during.ProgressEvent?.OperationStatus, 'IN_PROGRESS');
    const before = props((await client.send(new GetResourceCommand({ TypeName: 'AWS::S3::Bucket', Identifier: 'driftlog-logs' }))).ResourceDescription?.Properties);
    assert.deepEqual(before['VersioningConfiguration'], { Status: 'Enabled' }, 'not applied before completion');
    const second = await rejection(client.send(new UpdateResourceCommand({ TypeName: 'AWS::S3::Bucket', Identifier: 'driftlog-logs', PatchDocument: '[]' })));
    assert.equal(second.name, 'ConcurrentOperationException');

    const done = await settle(client, started.RequestToken!);
    assert.equal(done.OperationStatus, 'SUCCESS');
    const after = props((await client.send(new GetResourceCommand({ TypeName: 'AWS::S3::Bucket', Identifier: 'driftlog-logs' }))).ResourceDescription?.Properties);
    assert.deepEqual(after['VersioningConfiguration'], { Status: 'Suspended' });
    assert.deepEqual(after['Tags'], [{ Key: 'Env', Value: 'prod' }, { Key: 'Owner', Value: 'ops' }]);

    const listed = await client.send(new ListResourceRequestsCommand({ ResourceRequestStatusFilter: { Operations: ['UPDATE'], OperationStatuses: ['SUCCESS'] } }));
    assert.ok(listed.ResourceRequestStatusSummaries?.some((s) => s.RequestToken === started.RequestToken));

    // CloudTrail has the call with the principal of the signing key.
    const trail = new CloudTrailClient({ endpoint: emu.url, region: 'us-east-1', maxAttempts: 1, credentials: MAIN });
    const ev = await trail.send(new LookupEventsCommand({ LookupAttributes: [{ AttributeKey: 'ResourceName', AttributeValue: 'driftlog-logs' }] }));
    const e = ev.Events?.find((x) => x.EventName === 'UpdateResource' && !JSON.parse(x.CloudTrailEvent!).errorCode);
    assert.ok(e, 'UpdateResource event recorded');
    assert.equal(e.Username, 'driftlog-ci');
    assert.deepEqual(e.Resources, [{ ResourceType: 'AWS::S3::Bucket', ResourceName: 'driftlog-logs' }]);
    const record = JSON.parse(e.CloudTrailEvent!) as { userIdentity: { arn: string }; eventSource: string };
    assert.equal(record.userIdentity.arn, MAIN.principalArn);
    assert.equal(record.eventSource, 'cloudcontrolapi.amazonaws.com');
  });

  it('refuses changes to create-only (NotUpdatableException) and read-only (InvalidRequestException) properties', async () => {
    const client = cc(emu);
    const createOnly = await rejection(
      client.send(new UpdateResourceCommand({ TypeName: 'AWS::EC2::Instance', Identifier: 'i-0123456789abcdef0', PatchDocument: JSON.stringify([{ op: 'replace', path: '/ImageId', value: 'ami-1' }]) })),
    );
    assert.equal(createOnly.name, 'NotUpdatableException');
    assert.match(createOnly.message, /\/properties\/ImageId/);
    const readOnly = await rejection(
      client.send(new UpdateResourceCommand({ TypeName: 'AWS::S3::Bucket', Identifier: 'driftlog-assets', PatchDocument: JSON.stringify([{ op: 'replace', path: '/Arn', value: 'arn:x' }]) })),
    );
    assert.equal(readOnly.name, 'InvalidRequestException');
    const badPatch = await rejection(
      client.send(new UpdateResourceCommand({ TypeName: 'AWS::S3::Bucket', Identifier: 'driftlog-assets', PatchDocument: JSON.stringify([{ op: 'test', path: '/Tags/0/Value', value: 'dev' }]) })),
    );
    assert.equal(badPatch.name, 'InvalidRequestException');
    const missing = await rejection(client.send(new UpdateResourceCommand({ TypeName: 'AWS::S3::Bucket', Identifier: 'gone', PatchDocument: '[]' })));
    assert.equal(missing.name, 'ResourceNotFoundException');
    // A write-only value may be re-sent (the revert action does so), and stays hidden.
    const ok = await client.send(
      new UpdateResourceCommand({
        TypeName: 'AWS::EC2::Instance',
        Identifier: 'i-0123456789abcdef0',
        PatchDocument: JSON.stringify([
          { op: 'replace', path: '/InstanceType', value: 't3.medium' },
          { op: 'replace', path: '/UserData', value: 'bmV3' },
        ]),
      }),
    );
    assert.equal((await settle(client, ok.ProgressEvent!.RequestToken!)).OperationStatus, 'SUCCESS');
    const live = props((await client.send(new GetResourceCommand({ TypeName: 'AWS::EC2::Instance', Identifier: 'i-0123456789abcdef0' }))).ResourceDescription?.Properties);
    assert.equal(live['InstanceType'], 't3.medium');
    assert.equal('UserData' in live, false);
    assert.equal((await emu.admin.getResource({ type: 'AWS::EC2::Instance', identifier: 'i-0123456789abcdef0' }))?.properties['UserData'], 'bmV3');
  });

  it('creates (with generated identifiers) and deletes asynchronously; a duplicate create FAILS with AlreadyExists', async () => {
    const client = cc(emu);
    const created = await client.send(new CreateResourceCommand({ TypeName: 'AWS::EC2::Instance', DesiredState: JSON.stringify({ ImageId: 'ami-2', InstanceType: 't3.micro' }) }));
    assert.equal(created.ProgressEvent?.Operation, 'CREATE');
    assert.equal(created.ProgressEvent?.OperationStatus, 'IN_PROGRESS');
    const id = created.ProgressEvent?.Identifier;
    assert.match(id ?? '', /^i-[0-9a-f]{17}$/);
    assert.equal((await settle(client, created.ProgressEvent!.RequestToken!)).OperationStatus, 'SUCCESS');
    const got = await client.send(new GetResourceCommand({ TypeName: 'AWS::EC2::Instance', Identifier: id }));
    assert.equal(props(got.ResourceDescription?.Properties)['InstanceType'], 't3.micro');

    const dup = await client.send(new CreateResourceCommand({ TypeName: 'AWS::S3::Bucket', DesiredState: JSON.stringify({ BucketName: 'driftlog-scratch' }) }));
    const failed = await settle(client, dup.ProgressEvent!.RequestToken!);
    assert.equal(failed.OperationStatus, 'FAILED');
    assert.equal(failed.ErrorCode, 'AlreadyExists');
    const withReadOnly = await client.send(new CreateResourceCommand({ TypeName: 'AWS::S3::Bucket', DesiredState: JSON.stringify({ BucketName: 'ro', Arn: 'arn:aws:s3:::ro' }) }));
    const roFailed = await settle(client, withReadOnly.ProgressEvent!.RequestToken!);
    assert.equal(roFailed.OperationStatus, 'FAILED');
    assert.equal(roFailed.ErrorCode, 'InvalidRequest');

    const del = await client.send(new DeleteResourceCommand({ TypeName: 'AWS::EC2::Instance', Identifier: id, ClientToken: 'delete-once' }));
    assert.equal(del.ProgressEvent?.Operation, 'DELETE');
    // The same ClientToken is the same request (idempotent retry), not a second operation.
    const retried = await client.send(new DeleteResourceCommand({ TypeName: 'AWS::EC2::Instance', Identifier: id, ClientToken: 'delete-once' }));
    assert.equal(retried.ProgressEvent?.RequestToken, del.ProgressEvent?.RequestToken);
    const conflict = await rejection(client.send(new UpdateResourceCommand({ TypeName: 'AWS::EC2::Instance', Identifier: id, PatchDocument: '[]', ClientToken: 'delete-once' })));
    assert.equal(conflict.name, 'ClientTokenConflictException');
    assert.equal((await settle(client, del.ProgressEvent!.RequestToken!)).OperationStatus, 'SUCCESS');
    const gone = await rejection(client.send(new GetResourceCommand({ TypeName: 'AWS::EC2::Instance', Identifier: id })));
    assert.equal(gone.name, 'ResourceNotFoundException');
  });

  it('cancels an in-progress request; a finished one cannot be cancelled; an unknown token is RequestTokenNotFound', async () => {
    const client = cc(emu);
    const del = await client.send(new DeleteResourceCommand({ TypeName: 'AWS::S3::Bucket', Identifier: 'driftlog-scratch' }));
    const cancelled = await client.send(new CancelResourceRequestCommand({ RequestToken: del.ProgressEvent!.RequestToken }));
    assert.equal(cancelled.ProgressEvent?.OperationStatus, 'CANCEL_COMPLETE');
    assert.ok((await emu.admin.getResource({ type: 'AWS::S3::Bucket', identifier: 'driftlog-scratch' })), 'still there');
    const again = await rejection(client.send(new CancelResourceRequestCommand({ RequestToken: del.ProgressEvent!.RequestToken })));
    assert.equal(again.name, 'ConcurrentModificationException');
    const unknown = await rejection(client.send(new GetResourceRequestStatusCommand({ RequestToken: 'no-such-token' })));
    assert.equal(unknown.name, 'RequestTokenNotFoundException');
  });

  it('records an out-of-band change made through the admin HTTP API with the named principal', async () => {
    const admin = new AdminClient(emu.url);
    await admin.updateResource({
      type: 'AWS::S3::Bucket',
      identifier: 'driftlog-assets',
      patch: [{ op: 'replace', path: '/Tags/0/Value', value: 'staging' }],
      principal: 'alice',
      eventName: 'PutBucketTagging',
      eventTime: '2026-11-20T10:00:00Z',
    });
    const live = props((await cc(emu).send(new GetResourceCommand({ TypeName: 'AWS::S3::Bucket', Identifier: 'driftlog-assets' }))).ResourceDescription?.Properties);
    assert.deepEqual(live['Tags'], [{ Key: 'Env', Value: 'staging' }]);

    const saved = { ...process.env };
    try {
      Object.assign(process.env, emu.env());
      const trail = new CloudTrailClient({ maxAttempts: 1 });
      const out = await trail.send(new LookupEventsCommand({ LookupAttributes: [{ AttributeKey: 'ResourceName', AttributeValue: 'driftlog-assets' }], MaxResults: 5 }));
      // Newest first: the two refused UpdateResource calls of the earlier test come before alice's older change.
      assert.deepEqual(out.Events?.map((x) => x.EventName), ['UpdateResource', 'UpdateResource', 'PutBucketTagging']);
      const e = out.Events?.[2];
      assert.equal(e?.Username, 'alice');
      assert.equal(e?.EventSource, 's3.amazonaws.com');
      assert.equal(e?.EventTime?.toISOString(), '2026-11-20T10:00:00.000Z');
      assert.deepEqual(e?.Resources, [{ ResourceType: 'AWS::S3::Bucket', ResourceName: 'driftlog-assets' }]);
      const rec = JSON.parse(e!.CloudTrailEvent!) as { userIdentity: { arn: string; type: string }; eventName: string };
      assert.equal(rec.userIdentity.arn, 'arn:aws:iam::111111111111:user/alice');
      assert.equal(rec.userIdentity.type, 'IAMUser');

      const two = await rejection(
        trail.send(new LookupEventsCommand({ LookupAttributes: [{ AttributeKey: 'ResourceName', AttributeValue: 'a' }, { AttributeKey: 'Username', AttributeValue: 'b' }] })),
      );
      assert.equal(two.name, 'InvalidLookupAttributesException');
      const range = await rejection(trail.send(new LookupEventsCommand({ StartTime: new Date('2026-11-02'), EndTime: new Date('2026-11-01') })));
      assert.equal(range.name, 'InvalidTimeRangeException');
      // Paging through every event of the region, newest first, each once.
      const ids: string[] = [];
      let token: string | undefined;
      let last = Infinity;
      do {
        const page = await trail.send(new LookupEventsCommand({ MaxResults: 2, NextToken: token }));
        for (const ev of page.Events ?? []) {
          ids.push(ev.EventId!);
          assert.ok(ev.EventTime!.getTime() <= last, 'newest first');
          last = ev.EventTime!.getTime();
        }
        token = page.NextToken;
      } while (token);
      assert.equal(new Set(ids).size, ids.length);
      assert.equal(ids.length, (await emu.admin.events({ region: 'us-east-1', account: '111111111111' })).length);
    } finally {
      for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
      Object.assign(process.env, saved);
    }
  });

  it('an assumed-role principal shows its session name as the CloudTrail user name', async () => {
    const client = cc(emu, OTHER);
    const up = await client.send(
      new UpdateResourceCommand({ TypeName: 'AWS::S3::Bucket', Identifier: 'other-account-bucket', PatchDocument: JSON.stringify([{ op: 'add', path: '/Tags', value: [] }]) }),
    );
    await settle(client, up.ProgressEvent!.RequestToken!);
    const trail = new CloudTrailClient({ endpoint: emu.url, region: 'us-east-1', maxAttempts: 1, credentials: OTHER });
    const out = await trail.send(new LookupEventsCommand({ LookupAttributes: [{ AttributeKey: 'Username', AttributeValue: 'ci-session' }] }));
    assert.equal(out.Events?.length, 1);
    assert.equal(JSON.parse(out.Events![0]!.CloudTrailEvent!).userIdentity.type, 'AssumedRole');
  });
});

describe('emulator: request counters and the admin API', () => {
  let emu: Emulator;
  before(async () => {
    emu = await startEmulator({ seed: SEED_FILE, rngSeed: 4 });
  });
  after(() => emu.stop());

  it('counts every API request per operation, not admin calls, and resets', async () => {
    const admin = new AdminClient(emu.url);
    await admin.resetCounters();
    assert.deepEqual(await admin.counters(), { total: 0, byOperation: {}, byOutcome: {} });
    const client = cc(emu);
    await client.send(new GetResourceCommand({ TypeName: 'AWS::S3::Bucket', Identifier: 'driftlog-logs' }));
    await rejection(client.send(new GetResourceCommand({ TypeName: 'AWS::S3::Bucket', Identifier: 'nope' })));
    await client.send(new ListResourcesCommand({ TypeName: 'AWS::S3::Bucket' }));
    await admin.listResources();
    const c = await admin.counters();
    assert.equal(c.total, 3);
    assert.deepEqual(c.byOperation, { GetResource: 2, ListResources: 1 });
    assert.deepEqual(c.byOutcome, { ok: 2, 'client-error': 1 });
    const log = await admin.requests();
    assert.deepEqual(log.map((r) => [r.operation, r.status, r.errorCode ?? null]), [
      ['GetResource', 200, null],
      ['GetResource', 404, 'ResourceNotFoundException'],
      ['ListResources', 200, null],
    ]);
    assert.equal(log[0]!.principalArn, MAIN.principalArn);
    await admin.resetCounters();
    assert.equal((await admin.counters()).total, 0);
  });

  it('creates, reads and deletes resources out of band, with clear errors for bad admin input', async () => {
    const admin = new AdminClient(emu.url);
    const made = await admin.createResource({ type: 'AWS::EC2::Instance', properties: { ImageId: 'ami-9', InstanceType: 't3.nano' }, principal: 'bob' });
    assert.match(made.identifier, /^i-[0-9a-f]{17}$/);
    assert.equal(made.account, '111111111111');
    assert.equal(made.region, 'us-east-1');
    const listed = await cc(emu).send(new ListResourcesCommand({ TypeName: 'AWS::EC2::Instance' }));
    assert.ok(listed.ResourceDescriptions?.some((d) => d.Identifier === made.identifier));
    await admin.deleteResource({ type: 'AWS::EC2::Instance', identifier: made.identifier, principal: 'bob' });
    assert.equal(await admin.getResource({ type: 'AWS::EC2::Instance', identifier: made.identifier }), undefined);
    const events = (await admin.events()).filter((e) => (e['resources'] as Array<{ ARN: string }>)[0]!.ARN === made.identifier);
    assert.deepEqual(events.map((e) => e['eventName']), ['CreateInstance', 'DeleteInstance']);
    await assert.rejects(admin.updateResource({ type: 'AWS::S3::Bucket', identifier: 'nope', properties: { A: 1 } }), /not found/);
    await assert.rejects(admin.createResource({ type: 'AWS::Nope::X', properties: {} }), /cannot be found/);
    await assert.rejects(admin.setFaults({ errorRate: 3 }), /between 0 and 1/);
    const res = await fetch(emu.url + '/_admin/nothing');
    assert.equal(res.status, 404);
  });
});

describe('emulator: fault injection seen through the SDK', () => {
  const get = (client: CloudControlClient) => client.send(new GetResourceCommand({ TypeName: 'AWS::S3::Bucket', Identifier: 'driftlog-logs' }));
  let emu: Emulator | undefined;
  afterEach(async () => {
    await emu?.stop();
    emu = undefined;
  });

  it('rate limit per account and region: a token bucket, ThrottlingException (429) beyond it', async () => {
    emu = await startEmulator({ seed: SEED_FILE, rngSeed: 5, faults: { rate: 5, burst: 5 } });
    const client = cc(emu);
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => get(client)));
    const ok = results.filter((r) => r.status === 'fulfilled').length;
    const errors = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as Error & { $metadata: { httpStatusCode: number } }] : []));
    assert.ok(ok >= 5 && ok <= 8, `about the burst succeeds (got ${ok})`);
    assert.ok(errors.every((e) => e.name === 'ThrottlingException' && e.$metadata.httpStatusCode === 429));
    // Another region has its own bucket.
    await cc(emu, MAIN, 'eu-west-1').send(new GetResourceCommand({ TypeName: 'AWS::S3::Bucket', Identifier: 'driftlog-eu-archive' }));
    const c = await emu.admin.counters();
    assert.equal(c.byOutcome['rate-limited'], errors.length);
  });

  it('random throttling is retried by the SDK as a throttle; at rate 1 it gives up after maxAttempts', async () => {
    emu = await startEmulator({ seed: SEED_FILE, rngSeed: 6, faults: { throttleRate: 1 } });
    const e = await rejection(get(cc(emu, MAIN, 'us-east-1', { maxAttempts: 2 })));
    assert.equal(e.name, 'ThrottlingException');
    assert.equal(e.$metadata?.attempts, 2);
    await emu.admin.setFaults({ throttleRate: 0.4 });
    const client = cc(emu, MAIN, 'us-east-1', { maxAttempts: 10 });
    // Sequential calls: with a seeded generator the sequence of throttles is the same on every run.
    for (let i = 0; i < 4; i++) assert.equal((await get(client)).ResourceDescription?.Identifier, 'driftlog-logs');
    assert.ok(((await emu.admin.counters()).byOutcome['throttled'] ?? 0) > 2, 'some calls were throttled and retried');
  });

  it('LookupEvents has its own rate (AWS allows 2 per second per account and region)', async () => {
    emu = await startEmulator({ seed: SEED_FILE, rngSeed: 11, faults: { lookupRate: 2 } });
    const trail = new CloudTrailClient({ endpoint: emu.url, region: 'us-east-1', maxAttempts: 1, credentials: MAIN });
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => trail.send(new LookupEventsCommand({}))));
    const names = results.map((r) => (r.status === 'fulfilled' ? 'ok' : (r.reason as Error).name)).sort();
    assert.deepEqual(names.slice(0, 3), ['ThrottlingException', 'ThrottlingException', 'ThrottlingException']);
    assert.deepEqual(names.slice(3), ['ok', 'ok']);
    // Cloud Control calls are not limited by it.
    await Promise.all(Array.from({ length: 5 }, () => get(cc(emu!))));
  });

  it('5xx rate: ServiceInternalErrorException with status 502, a server fault', async () => {
    emu = await startEmulator({ seed: SEED_FILE, rngSeed: 7, faults: { errorRate: 1 } });
    const e = await rejection(get(cc(emu)));
    assert.equal(e.name, 'ServiceInternalErrorException');
    assert.equal(e.$metadata?.httpStatusCode, 502);
    assert.equal(e.$fault, 'server');
  });

  it('connection resets surface as ECONNRESET', async () => {
    emu = await startEmulator({ seed: SEED_FILE, rngSeed: 8, faults: { resetRate: 1 } });
    const e = await rejection(get(cc(emu)));
    assert.equal(e.code, 'ECONNRESET');
    assert.equal((await emu.admin.counters()).byOutcome['reset'], 1);
  });

  it('timeouts never answer: the client-side timeout fires, and stop() still ends promptly', async () => {
    emu = await startEmulator({ seed: SEED_FILE, rngSeed: 9, faults: { timeoutRate: 1 } });
    const e = await rejection(get(cc(emu, MAIN, 'us-east-1', { requestHandler: { requestTimeout: 300, throwOnRequestTimeout: true } })));
    assert.equal(e.name, 'TimeoutError');
    assert.equal((await emu.admin.counters()).byOutcome['timeout'], 1);
  });

  it('latency is added to every request', async () => {
    emu = await startEmulator({ seed: SEED_FILE, rngSeed: 10, faults: { latency: { kind: 'uniform', min: 120, max: 160 } } });
    const t0 = process.hrtime.bigint();
    await get(cc(emu));
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    assert.ok(ms >= 115, `took ${ms} ms`);
  });

  it('the same --seed-rng gives the same fault sequence', async () => {
    const outcomes = async (rngSeed: number) => {
      const e = await startEmulator({ seed: SEED_FILE, rngSeed, faults: { errorRate: 0.5 } });
      try {
        const client = cc(e);
        const seq: string[] = [];
        for (let i = 0; i < 24; i++) seq.push(await get(client).then(() => 'ok', (err: Error) => err.name));
        return seq.join(',');
      } finally {
        await e.stop();
      }
    };
    const a = await outcomes(42);
    assert.equal(await outcomes(42), a);
    assert.notEqual(await outcomes(43), a);
    assert.match(a, /ok/);
    assert.match(a, /ServiceInternalErrorException/);
  });
});
