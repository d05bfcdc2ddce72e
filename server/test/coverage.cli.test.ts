// `driftlog coverage [DIR]`: the resource blocks of a workspace by type, which are checked (as what) and why the
// others are not; no state, no credentials, no cloud call.
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(__dirname, '../..');
const CLI = join(ROOT, 'server/src/cli.ts');
const TSX = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;

function runCli(args: string[], cwd = ROOT): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    // No AWS variables at all: the command must not need any.
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('AWS_')));
    const child = spawn(process.execPath, ['--import', TSX, CLI, ...args], { cwd, env: { ...env, AWS_EC2_METADATA_DISABLED: 'true' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

interface CoverageJson {
  root: string;
  aws: number;
  checkable: number;
  other: number;
  types: Array<{ type: string; count: number; cloudType?: string; reason?: string }>;
  filesWithSyntaxErrors?: number;
}

describe('driftlog coverage', function () {
  this.timeout(60_000);
  let dir: string;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'driftlog-coverage-cli-'));
    writeFileSync(
      join(dir, 'main.tf'),
      [
        'resource "aws_vpc" "main" { cidr_block = "10.0.0.0/16" }',
        'resource "aws_route_table_association" "a" {',
        '  count     = 3',
        '  subnet_id = "subnet-1"',
        '}',
        'resource "aws_network_acl_rule" "in" { rule_number = 100 }',
        'resource "aws_network_acl_rule" "out" { rule_number = 200 }',
        'resource "aws_glue_job" "etl" { name = "etl" }',
        'resource "awscc_s3_bucket" "cc" {}',
        'resource "random_password" "db" { length = 16 }',
        'data "aws_caller_identity" "me" {}',
        'module "net" { source = "./modules/net" }',
      ].join('\n'),
    );
    mkdirSync(join(dir, 'modules/net'), { recursive: true });
    writeFileSync(join(dir, 'modules/net/main.tf'), 'resource "aws_vpc" "inner" { cidr_block = "10.1.0.0/16" }\n');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('counts resource blocks by type (modules included, data sources not), with what each is checked as or why not', async () => {
    const r = await runCli(['coverage', dir, '--json']);
    assert.equal(r.code, 0, r.stderr);
    const c = JSON.parse(r.stdout) as CoverageJson;
    assert.equal(c.aws, 7, 'aws_* and awscc_* blocks');
    assert.equal(c.checkable, 4, 'two VPCs, the association block, the awscc bucket');
    assert.equal(c.other, 1, 'random_password is another provider');
    const by = new Map(c.types.map((t) => [t.type, t]));
    assert.deepEqual(by.get('aws_vpc'), { type: 'aws_vpc', count: 2, cloudType: 'AWS::EC2::VPC' });
    assert.deepEqual(by.get('aws_route_table_association'), { type: 'aws_route_table_association', count: 1, cloudType: 'AWS::EC2::SubnetRouteTableAssociation' });
    assert.equal(by.get('awscc_s3_bucket')?.cloudType, 'AWS::S3::Bucket');
    assert.match(by.get('aws_network_acl_rule')!.reason!, /^no Cloud Control counterpart \(AWS::EC2::NetworkAclEntry/);
    assert.equal(by.get('aws_network_acl_rule')!.count, 2);
    assert.equal(by.get('aws_glue_job')!.reason, 'not mapped to a Cloud Control type yet');
    assert.equal(by.get('random_password')!.reason, 'not an AWS resource type');
    assert.ok(!by.has('aws_caller_identity'), 'data sources are not counted');
    // Most blocks first.
    assert.deepEqual(c.types.slice(0, 2).map((t) => t.type), ['aws_network_acl_rule', 'aws_vpc']);
  });

  it('prints a table with the share, and other providers apart; --verbose names the arguments left out', async () => {
    const r = await runCli(['coverage', dir]);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.split('\n');
    assert.match(lines[0], /^TYPE\s+BLOCKS\s+CHECKED AS$/);
    assert.ok(lines.some((l) => /^aws_vpc\s+2\s+AWS::EC2::VPC$/.test(l)), r.stdout);
    assert.ok(lines.some((l) => /^aws_network_acl_rule\s+2\s+not checked: no Cloud Control counterpart/.test(l)), r.stdout);
    assert.ok(lines.includes('Other providers (not counted): random_password (1)'), r.stdout);
    assert.ok(lines.includes('4 of 7 AWS resource blocks can be checked (57.1%), 3 of 5 types; not checked: 3 block(s) of 2 type(s)'), r.stdout);
    const v = await runCli(['coverage', dir, '--verbose']);
    assert.match(v.stdout, /gateway_id not compared: a gateway association is AWS::EC2::GatewayRouteTableAssociation/);
  });

  it('a file with a syntax error is named on stderr; the rest is still counted', async () => {
    const bad = mkdtempSync(join(tmpdir(), 'driftlog-coverage-bad-'));
    try {
      writeFileSync(join(bad, 'ok.tf'), 'resource "aws_vpc" "a" { cidr_block = "10.0.0.0/16" }\n');
      writeFileSync(join(bad, 'broken.tf'), 'resource "aws_vpc" "b" {\n');
      const r = await runCli(['coverage', bad, '--json']);
      assert.equal(r.code, 0);
      assert.match(r.stderr, /broken\.tf: 1 syntax error\(s\)/);
      assert.equal((JSON.parse(r.stdout) as CoverageJson).filesWithSyntaxErrors, 1);
    } finally {
      rmSync(bad, { recursive: true, force: true });
    }
  });

  it('bad usage exits 1 with a message; --help exits 0', async () => {
    const missing = await runCli(['coverage', join(dir, 'nope')]);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /nope: no such directory/);
    const two = await runCli(['coverage', dir, dir]);
    assert.equal(two.code, 1);
    assert.match(two.stderr, /at most one directory/);
    const flag = await runCli(['coverage', '--frobnicate']);
    assert.equal(flag.code, 1);
    assert.match(flag.stderr, /frobnicate/);
    const help = await runCli(['coverage', '--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /Usage: driftlog coverage \[DIR\]/);
  });
});
