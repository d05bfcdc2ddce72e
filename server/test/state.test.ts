import { strict as assert } from 'node:assert';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { AddressInfo } from 'node:net';
import { CreateBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { parse } from '../src/engine/hcl/parse';
import type { BackendInfo } from '../src/engine/index/model';
import { loadState, StateError } from '../src/engine/compare/api';

const FIX = path.resolve(__dirname, '../../test-fixtures/state');

/** s3rver ships no types: the part of its API used here. */
interface S3rver {
  run(): Promise<AddressInfo>;
  close(): Promise<void>;
}
const S3rverCtor = require('s3rver') as new (opts: { port: number; address: string; silent: boolean; directory: string }) => S3rver;

function backendFrom(hcl: string, file = '/w/main.tf'): BackendInfo {
  const parsed = parse(hcl);
  assert.deepEqual(parsed.errors, []);
  const tf = parsed.body.blocks.find((b) => b.type === 'terraform')!;
  const be = tf.body.blocks.find((b) => b.type === 'backend')!;
  const config: BackendInfo['config'] = {};
  for (const a of be.body.attributes) config[a.name] = a.expr;
  return { type: be.labels[0], file, moduleDir: path.dirname(file), block: be, config };
}

async function rejectsWith(p: Promise<unknown>, code: string, ...fragments: string[]): Promise<StateError> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof StateError, `expected a StateError, got ${String(e)}`);
    assert.equal(e.code, code);
    for (const f of fragments) assert.ok(e.message.includes(f), `message should contain ${JSON.stringify(f)}: ${e.message}`);
    return e;
  }
  assert.fail('expected a rejection');
}

describe('state: loading', () => {
  const saved = process.env.TF_WORKSPACE;
  beforeEach(() => delete process.env.TF_WORKSPACE);
  after(() => {
    if (saved === undefined) delete process.env.TF_WORKSPACE;
    else process.env.TF_WORKSPACE = saved;
  });

  it('reads the local backend: managed instances with module, count and for_each addresses; data sources and deposed objects dropped', async () => {
    const st = (await loadState({ moduleDir: path.join(FIX, 'local') }))!;
    assert.equal(st.format, 'v4');
    assert.equal(st.workspace, 'default');
    assert.equal(st.lineage, '3f6c1c2a-0000-4000-8000-000000000001');
    assert.deepEqual(
      st.instances.map((i) => i.address),
      ['aws_s3_bucket.logs', 'aws_db_instance.main', 'module.net.aws_subnet.private["a"]', 'module.net.aws_subnet.private["b"]', 'aws_instance.web[0]', 'aws_instance.web[1]'],
    );
    const db = st.instances.find((i) => i.type === 'aws_db_instance')!;
    assert.equal(db.attributes.identifier, 'main-db', 'the deposed object is not the instance');
    assert.deepEqual(db.sensitivePaths, ['password']);
    assert.equal(db.providerConfig, 'provider["registry.terraform.io/hashicorp/aws"].west');
    assert.equal(st.instances.find((i) => i.address === 'aws_instance.web[1]')!.indexKey, 1);
  });

  it('reads terraform.tfstate.d/<workspace> for a non-default workspace (option, TF_WORKSPACE, .terraform/environment)', async () => {
    const st = (await loadState({ moduleDir: path.join(FIX, 'local'), workspace: 'staging' }))!;
    assert.equal(st.workspace, 'staging');
    assert.equal(st.lineage, '3f6c1c2a-0000-4000-8000-0000000000aa');
    process.env.TF_WORKSPACE = 'staging';
    assert.equal((await loadState({ moduleDir: path.join(FIX, 'local') }))!.serial, 2);
    delete process.env.TF_WORKSPACE;
    const dir = mkdtempSync(path.join(tmpdir(), 'dl-state-'));
    try {
      cpSync(path.join(FIX, 'local'), dir, { recursive: true });
      mkdirSync(path.join(dir, '.terraform'));
      writeFileSync(path.join(dir, '.terraform', 'environment'), 'staging');
      assert.equal((await loadState({ moduleDir: dir }))!.workspace, 'staging');
      assert.equal((await loadState({ moduleDir: dir }))!.serial, 2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a workspace without a state file has no state (every resource is then not_in_state)', async () => {
    assert.equal(await loadState({ moduleDir: path.join(FIX, 'local'), workspace: 'prod' }), undefined);
  });

  it('honours the local backend path and an explicit state path', async () => {
    const be = backendFrom('terraform {\n  backend "local" {\n    path = "terraform.tfstate.d/staging/terraform.tfstate"\n  }\n}\n');
    assert.equal((await loadState({ moduleDir: path.join(FIX, 'local'), backend: be }))!.serial, 2);
    const st = (await loadState({ moduleDir: FIX, statePath: 'local/terraform.tfstate' }))!;
    assert.equal(st.serial, 7);
    assert.equal(st.source, path.join(FIX, 'local/terraform.tfstate'));
  });

  it('reads terraform show -json output, child modules included, with sensitive paths', async () => {
    const st = (await loadState({ moduleDir: FIX, statePath: 'show.json' }))!;
    assert.equal(st.format, 'show-json');
    assert.deepEqual(
      st.instances.map((i) => i.address),
      ['aws_s3_bucket.logs', 'aws_ssm_parameter.token', 'module.net.aws_subnet.private["a"]', 'module.net.module.sub[0].aws_vpc.this'],
    );
    assert.deepEqual(st.instances.find((i) => i.type === 'aws_ssm_parameter')!.sensitivePaths, ['value']);
    assert.equal(st.instances[0].providerConfig, 'provider["registry.terraform.io/hashicorp/aws"]');
  });

  it('malformed JSON, an unknown version, a missing explicit file: clear messages naming the file', async () => {
    await rejectsWith(loadState({ moduleDir: FIX, statePath: 'malformed.tfstate' }), 'malformed', path.join(FIX, 'malformed.tfstate'), 'not valid JSON');
    await rejectsWith(loadState({ moduleDir: FIX, statePath: 'v3.tfstate' }), 'unknown-version', 'v3.tfstate', 'version 3', 'before 0.12');
    await rejectsWith(loadState({ moduleDir: FIX, statePath: 'v5.tfstate' }), 'unknown-version', 'v5.tfstate', 'version 5', 'reads version 4');
    await rejectsWith(loadState({ moduleDir: FIX, statePath: 'nope.tfstate' }), 'read-failed', 'nope.tfstate', 'does not exist');
  });

  it('another workspace\'s state is refused: by its location, and by lineage', async () => {
    await rejectsWith(
      loadState({ moduleDir: FIX, statePath: 'local/terraform.tfstate.d/staging/terraform.tfstate', workspace: 'prod' }),
      'wrong-workspace',
      "workspace 'staging'",
      "selected workspace is 'prod'",
    );
    // The same file is fine when staging is the selected workspace.
    assert.equal((await loadState({ moduleDir: FIX, statePath: 'local/terraform.tfstate.d/staging/terraform.tfstate', workspace: 'staging' }))!.serial, 2);
    await rejectsWith(
      loadState({ moduleDir: path.join(FIX, 'local'), expectedLineage: '3f6c1c2a-0000-4000-8000-0000000000aa' }),
      'wrong-workspace',
      'lineage 3f6c1c2a-0000-4000-8000-000000000001',
    );
  });

  it('an unsupported backend says how to proceed', async () => {
    const be = backendFrom('terraform {\n  backend "remote" {\n    organization = "acme"\n  }\n}\n');
    await rejectsWith(loadState({ moduleDir: '/w', backend: be }), 'unsupported-backend', "'remote' backend", 'terraform show -json');
  });
});

describe('state: S3 backend over HTTP (s3rver)', function () {
  let server: S3rver;
  let endpoint: string;
  let dir: string;
  const clients: S3Client[] = [];
  const client = (region?: string) => {
    const c = new S3Client({
      region: region ?? 'us-east-1',
      endpoint,
      forcePathStyle: true,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
    clients.push(c);
    return c;
  };

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'dl-s3rver-'));
    server = new S3rverCtor({ port: 0, address: '127.0.0.1', silent: true, directory: dir });
    const addr = await server.run();
    endpoint = `http://127.0.0.1:${addr.port}`;
    const c = client();
    await c.send(new CreateBucketCommand({ Bucket: 'tf-state' }));
    const text = (f: string) => readFileSync(path.join(FIX, f), 'utf8');
    await c.send(new PutObjectCommand({ Bucket: 'tf-state', Key: 'app/terraform.tfstate', Body: text('local/terraform.tfstate') }));
    await c.send(new PutObjectCommand({ Bucket: 'tf-state', Key: 'workspaces/staging/app/terraform.tfstate', Body: text('local/terraform.tfstate.d/staging/terraform.tfstate') }));
    await c.send(new PutObjectCommand({ Bucket: 'tf-state', Key: 'broken/terraform.tfstate', Body: '{"version": 4,' }));
  });
  after(async () => {
    for (const c of clients) c.destroy();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const hcl = (key: string, extra = '') =>
    `terraform {\n  backend "s3" {\n    bucket = "tf-state"\n    key    = "${key}"\n    region = "eu-central-1"\n${extra}  }\n}\n`;

  it('reads the default workspace at the key, with the region of the backend block', async () => {
    const regions: Array<string | undefined> = [];
    const st = (await loadState({
      moduleDir: '/w',
      backend: backendFrom(hcl('app/terraform.tfstate')),
      s3: (r) => {
        regions.push(r);
        return client(r);
      },
    }))!;
    assert.equal(st.source, 's3://tf-state/app/terraform.tfstate');
    assert.equal(st.instances.length, 6);
    assert.deepEqual(regions, ['eu-central-1']);
  });

  it('passes the backend block\'s profile, role, endpoint and path style to the client factory', async () => {
    const seen: unknown[] = [];
    const extra = '    profile = "state-reader"\n    use_path_style = true\n    endpoints = {\n      s3 = "http://127.0.0.1:1"\n    }\n    assume_role = {\n      role_arn = "arn:aws:iam::123456789012:role/state"\n    }\n';
    await loadState({
      moduleDir: '/w',
      backend: backendFrom(hcl('app/terraform.tfstate', extra)),
      s3: (r, settings) => {
        seen.push(settings);
        return client(r);
      },
    });
    assert.deepEqual(seen, [{ profile: 'state-reader', roleArn: 'arn:aws:iam::123456789012:role/state', endpoint: 'http://127.0.0.1:1', forcePathStyle: true }]);
  });

  it('reads another workspace under workspace_key_prefix', async () => {
    const st = (await loadState({
      moduleDir: '/w',
      workspace: 'staging',
      backend: backendFrom(hcl('app/terraform.tfstate', '    workspace_key_prefix = "workspaces"\n')),
      s3: client,
    }))!;
    assert.equal(st.source, 's3://tf-state/workspaces/staging/app/terraform.tfstate');
    assert.equal(st.serial, 2);
  });

  it('partial configuration: bucket and key from what terraform init recorded in .terraform/terraform.tfstate', async () => {
    const be = backendFrom('terraform {\n  backend "s3" {}\n}\n', path.join(FIX, 'partial', 'main.tf'));
    const st = (await loadState({ moduleDir: path.join(FIX, 'partial'), workspace: 'staging', backend: be, s3: client }))!;
    assert.equal(st.source, 's3://tf-state/workspaces/staging/app/terraform.tfstate');
    await rejectsWith(loadState({ moduleDir: '/w', backend: backendFrom('terraform {\n  backend "s3" {}\n}\n'), s3: client }), 'unsupported-backend', 'no literal bucket and key', 'terraform init');
  });

  it('a missing object is no state; a malformed one is an error naming the object', async () => {
    assert.equal(await loadState({ moduleDir: '/w', workspace: 'qa', backend: backendFrom(hcl('app/terraform.tfstate')), s3: client }), undefined);
    await rejectsWith(loadState({ moduleDir: '/w', backend: backendFrom(hcl('broken/terraform.tfstate')), s3: client }), 'malformed', 's3://tf-state/broken/terraform.tfstate');
  });

  it('a bucket that does not exist is a read error, not "no state"', async () => {
    const be = backendFrom(hcl('app/terraform.tfstate').replace('tf-state', 'no-such-bucket'));
    await rejectsWith(loadState({ moduleDir: '/w', backend: be, s3: client }), 'read-failed', 's3://no-such-bucket/app/terraform.tfstate', 'NoSuchBucket');
  });
});
