// `driftlog scan` end to end: the real CLI in a child process, the real AWS SDK, over HTTP to the local Cloud
// Control emulator, on test-fixtures/scan/basic (one resource per status).
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startEmulator, type Emulator } from '../src/emulator';
import type { ScanReport } from '../src/engine/scan/types';
import { parseArgs, UsageError } from '../src/cli/scan';

const ROOT = resolve(__dirname, '../..');
const CLI = join(ROOT, 'server/src/cli.ts');
// tsx's loader by path, so that the CLI also runs with a working directory outside the project.
const TSX = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
const FIXTURE = join(ROOT, 'test-fixtures/scan/basic');
const SEED = join(ROOT, 'test-fixtures/scan/seed.json');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runCli(args: string[], env: Record<string, string>, cwd = ROOT): Promise<Run> {
  return runProcess(process.execPath, ['--import', TSX, CLI, ...args], env, cwd);
}

function runProcess(cmd: string, args: string[], env: Record<string, string>, cwd = ROOT): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(cmd, args, { cwd, env: env as NodeJS.ProcessEnv });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/** Line (1-based) of the first line of `file` containing `text` after the line containing `after`. */
function lineOf(file: string, after: string, text: string): number {
  const lines = readFileSync(file, 'utf8').split('\n');
  const start = lines.findIndex((l) => l.includes(after));
  const i = lines.findIndex((l, n) => n >= start && l.includes(text));
  assert.ok(start >= 0 && i >= 0, `${text} after ${after} in ${file}`);
  return i + 1;
}

describe('driftlog scan arguments', () => {
  it('parses flags, in both --flag value and --flag=value forms', () => {
    const a = parseArgs(['infra', '--format=sarif', '--output', 'out.sarif', '--rate', '5.5', '--concurrency=4', '--no-log', '--region', 'eu-west-1']);
    assert.deepEqual(a, { dir: 'infra', format: 'sarif', output: 'out.sarif', rate: 5.5, concurrency: 4, log: false, help: false, region: 'eu-west-1' });
    assert.equal(parseArgs([]).dir, '.');
  });

  it('says what is wrong with bad values', () => {
    const bad: Array<[string[], RegExp]> = [
      [['--format', 'xml'], /--format must be text, json or sarif, got 'xml'/],
      [['--rate', '0'], /--rate needs a positive number, got '0'/],
      [['--concurrency', '2.5'], /--concurrency needs a positive whole number/],
      [['--endpoint', 'ftp://x'], /--endpoint must be an http\(s\) URL/],
      [['--output'], /--output needs a value/],
      [['--profile', '--no-log'], /--profile needs a value/],
      [['a', 'b'], /only one directory/],
      [['--bogus'], /unknown option '--bogus'/],
    ];
    for (const [argv, message] of bad) assert.throws(() => parseArgs(argv), (e: unknown) => e instanceof UsageError && message.test(e.message), argv.join(' '));
  });
});

describe('driftlog scan (CLI, emulator over HTTP)', function () {
  this.timeout(60_000);
  let emu: Emulator;
  let tmp: string;
  let work: string;
  let home: string;
  let env: Record<string, string>;

  before(async () => {
    emu = await startEmulator({ port: 0, seed: SEED, rngSeed: 1 });
    tmp = mkdtempSync(join(tmpdir(), 'driftlog-scan-cli-'));
    work = join(tmp, 'ws');
    home = join(tmp, 'home');
    cpSync(FIXTURE, work, { recursive: true });
    // A clean environment: no ~/.aws, no instance metadata, credentials and endpoint of the emulator only.
    env = {
      PATH: process.env.PATH ?? '',
      HOME: home,
      AWS_EC2_METADATA_DISABLED: 'true',
      ...emu.env('us-east-1'),
    };
  });

  after(async () => {
    await emu.stop();
    rmSync(tmp, { recursive: true, force: true });
  });

  beforeEach(() => emu.admin.resetCounters());

  it('reports every status as JSON, exactly a ScanReport, and exits 2 for drift', async () => {
    const r = await runCli(['scan', work, '--format', 'json', '--no-log'], env);
    assert.equal(r.code, 2, r.stderr);
    const report = JSON.parse(r.stdout) as ScanReport;
    assert.deepEqual(Object.keys(report).sort(), ['coverage', 'notes', 'resources', 'scannedAt', 'summary', 'version']);
    // Coverage: the workspace's resources (not the unmanaged one), and the type not checked with the reason.
    assert.deepEqual(report.coverage, {
      aws: 8,
      checked: 7,
      other: 0,
      unchecked: [{ type: 'aws_glue_job', count: 1, reason: 'not mapped to a Cloud Control type yet' }],
    });
    const by = new Map(report.resources.map((x) => [x.address, x]));
    const status = (a: string) => by.get(a)?.status;
    assert.equal(status('aws_s3_bucket.logs'), 'in_sync');
    assert.equal(status('aws_sqs_queue.jobs'), 'in_sync');
    assert.equal(status('aws_iam_role_policy.inline'), 'in_sync');
    assert.equal(status('aws_s3_bucket.assets'), 'drifted');
    assert.deepEqual(
      by.get('aws_s3_bucket.assets')!.differences.map(({ path, expected, actual, kind, source }) => ({ path, expected, actual, kind, source })),
      [{ path: 'tags.Env', expected: 'prod', actual: 'dev', kind: 'changed', source: 'config' }],
    );
    assert.equal(status('aws_sns_topic.alerts'), 'missing');
    assert.equal(status('aws_s3_bucket.fresh'), 'not_in_state');
    assert.equal(status('aws_glue_job.etl'), 'unsupported');
    const denied = by.get('aws_cloudwatch_log_group.app')!;
    assert.equal(denied.status, 'error');
    assert.match(denied.error ?? '', /AccessDeniedException/);
    assert.deepEqual(denied.differences, []);
    const unmanaged = report.resources.filter((x) => x.status === 'unmanaged');
    assert.deepEqual(unmanaged.map((x) => [x.cloudType, x.identifier, x.region]), [['AWS::S3::Bucket', 'dl-stray', 'us-east-1']]);
    // Every resource carries its file, range, type, identity.
    const logs = by.get('aws_s3_bucket.logs')!;
    assert.equal(logs.file, join(work, 'main.tf'));
    assert.equal(logs.range!.start.line + 1, lineOf(logs.file!, 'resource "aws_s3_bucket" "logs"', 'resource'));
    assert.equal(logs.cloudType, 'AWS::S3::Bucket');
    assert.equal(logs.identifier, 'dl-logs');
    assert.equal(logs.account, '111111111111');
    // The summary counts what is listed.
    for (const [s, n] of Object.entries(report.summary)) assert.equal(n, report.resources.filter((x) => x.status === s).length, s);
    assert.equal(report.resources.length, 9);
    // Types that could not be listed are named in notes.
    assert.ok(report.notes!.some((n) => n.includes('AWS::IAM::RolePolicy') && n.includes('ResourceModel')));
    assert.ok(report.notes!.some((n) => n.includes('AWS::Logs::LogGroup') && n.includes('could not list')));
  });

  it('writes SARIF 2.1.0 with a rule per status, results at the attribute, repo-relative URIs and fingerprints', async () => {
    const out = join(tmp, 'scan.sarif');
    const r = await runCli(['scan', work, '--format', 'sarif', '--output', out, '--no-log'], env);
    assert.equal(r.code, 2, r.stderr);
    assert.equal(r.stdout, '');
    const sarif = JSON.parse(readFileSync(out, 'utf8'));
    assert.equal(sarif.version, '2.1.0');
    assert.match(sarif.$schema, /sarif-2\.1\.0/);
    assert.equal(sarif.runs.length, 1);
    const run = sarif.runs[0];
    assert.equal(run.tool.driver.name, 'Driftlog');
    const rules = run.tool.driver.rules as Array<{ id: string; shortDescription: { text: string }; fullDescription: { text: string }; defaultConfiguration: { level: string } }>;
    assert.deepEqual(rules.map((x) => x.id), ['driftlog/drifted', 'driftlog/missing', 'driftlog/unmanaged', 'driftlog/not-in-state', 'driftlog/unsupported', 'driftlog/error']);
    for (const rule of rules) assert.ok(rule.shortDescription.text && rule.fullDescription.text && rule.defaultConfiguration.level);
    const results = run.results as Array<{
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: { startLine: number; startColumn?: number } } }>;
      partialFingerprints: Record<string, string>;
    }>;
    assert.deepEqual([...new Set(results.map((x) => x.ruleId))].sort(), rules.map((x) => x.id).sort());
    const fingerprints = new Set<string>();
    for (const res of results) {
      assert.equal(rules[res.ruleIndex].id, res.ruleId);
      assert.ok(res.message.text.length > 0);
      assert.ok(['error', 'warning', 'note'].includes(res.level));
      assert.equal(res.locations.length, 1);
      const loc = res.locations[0].physicalLocation;
      assert.equal(loc.artifactLocation.uriBaseId, '%SRCROOT%');
      // Outside a git repository, %SRCROOT% is the scanned directory.
      assert.equal(loc.artifactLocation.uri, 'main.tf');
      assert.ok(loc.region.startLine >= 1);
      const fp = Object.values(res.partialFingerprints)[0];
      assert.ok(fp && !fingerprints.has(fp));
      fingerprints.add(fp);
    }
    // The drift result points at the `tags` attribute of the assets bucket, 1-based.
    const drift = results.find((x) => x.ruleId === 'driftlog/drifted')!;
    assert.match(drift.message.text, /aws_s3_bucket\.assets.*tags\.Env/);
    assert.equal(drift.locations[0].physicalLocation.region.startLine, lineOf(join(work, 'main.tf'), '"aws_s3_bucket" "assets"', 'tags'));
    // An error is a note that says it is not drift.
    const err = results.find((x) => x.ruleId === 'driftlog/error')!;
    assert.equal(err.level, 'note');
    assert.match(err.message.text, /not drift/);
  });

  it('prints a table a person reads, and the call count on stderr', async () => {
    const r = await runCli(['scan', work, '--no-log'], env);
    assert.equal(r.code, 2, r.stderr);
    const lines = r.stdout.split('\n');
    assert.match(lines[0], /^STATUS\s+RESOURCE\s+IDENTIFIER\s+REGION\s+FILE\s+DETAIL$/);
    assert.ok(lines.some((l) => /^DRIFTED\s+aws_s3_bucket\.assets\s+dl-assets\s+us-east-1\s+main\.tf:\d+\s+1 difference$/.test(l)), r.stdout);
    // Identifiers as long as an SNS topic ARN are shown whole.
    assert.ok(lines.some((l) => /^MISSING\s+aws_sns_topic\.alerts\s+arn:aws:sns:us-east-1:111111111111:dl-alerts\s+us-east-1\s/.test(l)), r.stdout);
    assert.ok(lines.some((l) => l.trim() === 'tags.Env: "prod" in code, "dev" live'), r.stdout);
    assert.ok(lines.some((l) => /^MISSING\s+aws_sns_topic\.alerts/.test(l)));
    assert.ok(lines.some((l) => /^ERROR\s+aws_cloudwatch_log_group\.app.*AccessDeniedException/.test(l)));
    assert.ok(lines.some((l) => /^UNMANAGED\s+aws_s3_bucket\s+dl-stray/.test(l)));
    assert.ok(lines.includes('9 resources: 3 in sync, 1 drifted, 1 missing, 1 unmanaged, 1 not in state, 1 unsupported, 1 error'), r.stdout);
    // The coverage line, and the reason for each type not checked.
    assert.ok(lines.includes('coverage: 7 of 8 AWS resources checked (87.5%); not checked: aws_glue_job (1)'), r.stdout);
    assert.ok(lines.includes('  aws_glue_job: not mapped to a Cloud Control type yet'), r.stdout);
    // No progress line when stderr is not a terminal.
    assert.doesNotMatch(r.stderr, /scanning/);
    const counters = await emu.admin.counters();
    assert.match(r.stderr, new RegExp(`^${counters.total} API calls`, 'm'));
  });

  it('shows a live progress line on stderr when it is a terminal', async function () {
    if (!existsSync('/usr/bin/script')) this.skip();
    const quote = (a: string) => `'${a.replace(/'/g, `'\\''`)}'`;
    const cmd = [process.execPath, '--import', TSX, CLI, 'scan', work, '--no-log', '--output', join(tmp, 'tty.txt')].map(quote).join(' ');
    // util-linux `script` runs the command on a pseudo-terminal; -e passes its exit code on.
    const r = await runProcess('/usr/bin/script', ['-qfec', cmd, '/dev/null'], env);
    assert.equal(r.code, 2, r.stdout);
    assert.match(r.stdout, /\r\x1b\[2Kscanning .+: \d+\/\d+/);
    // The line is cleared before the report: the report file is unaffected.
    assert.doesNotMatch(readFileSync(join(tmp, 'tty.txt'), 'utf8'), /scanning/);
  });

  it('exits 0 when everything is in sync', async () => {
    const dir = join(tmp, 'insync');
    cpSync(FIXTURE, dir, { recursive: true });
    // Only the queue: its list holds nothing else, so nothing is unmanaged either.
    const main = readFileSync(join(dir, 'main.tf'), 'utf8');
    const queue = main.slice(main.indexOf('resource "aws_sqs_queue"'), main.indexOf('# missing'));
    writeFileSync(join(dir, 'main.tf'), `provider "aws" {\n  region = "us-east-1"\n}\n${queue}`);
    const state = JSON.parse(readFileSync(join(dir, 'terraform.tfstate'), 'utf8')) as { resources: Array<{ type: string }> };
    state.resources = state.resources.filter((x) => x.type === 'aws_sqs_queue');
    writeFileSync(join(dir, 'terraform.tfstate'), JSON.stringify(state));
    const r = await runCli(['scan', dir, '--format', 'json', '--no-log'], env);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    const report = JSON.parse(r.stdout) as ScanReport;
    assert.deepEqual(report.resources.map((x) => [x.address, x.status]), [['aws_sqs_queue.jobs', 'in_sync']]);
  });

  it('takes the endpoint from --endpoint, and from AWS_ENDPOINT_URL through the SDK itself', async () => {
    const { AWS_ENDPOINT_URL_CLOUDCONTROL, AWS_ENDPOINT_URL_CLOUDTRAIL, ...bare } = env;
    void AWS_ENDPOINT_URL_CLOUDTRAIL;
    const viaFlag = await runCli(['scan', work, '--format', 'json', '--no-log', '--endpoint', AWS_ENDPOINT_URL_CLOUDCONTROL], bare);
    assert.equal(viaFlag.code, 2, viaFlag.stderr);
    const viaEnv = await runCli(['scan', work, '--format', 'json', '--no-log'], { ...bare, AWS_ENDPOINT_URL: AWS_ENDPOINT_URL_CLOUDCONTROL });
    assert.equal(viaEnv.code, 2, viaEnv.stderr);
    assert.deepEqual(
      (JSON.parse(viaEnv.stdout) as ScanReport).resources.map((x) => x.status),
      (JSON.parse(viaFlag.stdout) as ScanReport).resources.map((x) => x.status),
    );
  });

  it('without credentials: says what was tried, scans nothing, exits 1', async () => {
    const { AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, ...noCreds } = env;
    void AWS_ACCESS_KEY_ID;
    void AWS_SECRET_ACCESS_KEY;
    const r = await runCli(['scan', work, '--format', 'json', '--no-log'], noCreds);
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /no AWS credentials for provider "aws" \(region us-east-1\)/);
    assert.match(r.stderr, /AWS_ACCESS_KEY_ID/);
    assert.match(r.stderr, /~\/\.aws\/credentials/);
    assert.match(r.stderr, /instance metadata/);
    assert.match(r.stderr, /Nothing was scanned/);
    assert.equal((await emu.admin.counters()).total, 0);
  });

  it('an unknown profile is named in the message', async () => {
    const { AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, ...noCreds } = env;
    void AWS_ACCESS_KEY_ID;
    void AWS_SECRET_ACCESS_KEY;
    const r = await runCli(['scan', work, '--profile', 'nope', '--no-log'], noCreds);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /profile "nope"/);
    assert.equal((await emu.admin.counters()).total, 0);
  });

  it("uses the provider block's profile (a variable's default) from the shared credentials file", async () => {
    const dir = join(tmp, 'profiled');
    cpSync(FIXTURE, dir, { recursive: true });
    const main = readFileSync(join(dir, 'main.tf'), 'utf8').replace(
      'provider "aws" {\n  region = "us-east-1"\n}',
      'variable "aws_profile" {\n  default = "scanner"\n}\n\nprovider "aws" {\n  region  = "us-east-1"\n  profile = var.aws_profile\n}',
    );
    writeFileSync(join(dir, 'main.tf'), main);
    const profHome = join(tmp, 'profhome');
    mkdirSync(join(profHome, '.aws'), { recursive: true });
    writeFileSync(
      join(profHome, '.aws', 'credentials'),
      `[scanner]\naws_access_key_id = ${env.AWS_ACCESS_KEY_ID}\naws_secret_access_key = ${env.AWS_SECRET_ACCESS_KEY}\n`,
    );
    const { AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, ...noCreds } = env;
    void AWS_ACCESS_KEY_ID;
    void AWS_SECRET_ACCESS_KEY;
    const r = await runCli(['scan', dir, '--format', 'json', '--no-log'], { ...noCreds, HOME: profHome });
    assert.equal(r.code, 2, r.stderr);
    const report = JSON.parse(r.stdout) as ScanReport;
    assert.equal(report.resources.find((x) => x.address === 'aws_s3_bucket.assets')?.status, 'drifted');
    // Without the profile's file, the same workspace has no credentials.
    const none = await runCli(['scan', dir, '--no-log'], noCreds);
    assert.equal(none.code, 1);
    assert.match(none.stderr, /profile "scanner"/);
  });

  it('--state reads the given state file (relative to the working directory); a malformed one stops the scan with its name', async () => {
    const dir = join(tmp, 'stateflag');
    cpSync(FIXTURE, dir, { recursive: true });
    cpSync(join(dir, 'terraform.tfstate'), join(tmp, 'elsewhere.tfstate'));
    rmSync(join(dir, 'terraform.tfstate'));
    const ok = await runCli(['scan', dir, '--state', 'elsewhere.tfstate', '--format', 'json', '--no-log'], env, tmp);
    assert.equal(ok.code, 2, ok.stderr);
    assert.equal((JSON.parse(ok.stdout) as ScanReport).resources.find((x) => x.address === 'aws_sns_topic.alerts')?.status, 'missing');
    writeFileSync(join(tmp, 'broken.tfstate'), '{"version": 4, "resources": [');
    const callsBefore = (await emu.admin.counters()).total;
    const bad = await runCli(['scan', dir, '--state', 'broken.tfstate', '--no-log'], env, tmp);
    assert.equal(bad.code, 1);
    assert.equal(bad.stdout, '');
    assert.match(bad.stderr, /broken\.tfstate/);
    assert.equal((await emu.admin.counters()).total, callsBefore, 'no call for an unusable state');
  });

  it('rejects bad arguments with a clear message and exit 1; --help exits 0', async () => {
    const unknown = await runCli(['scan', work, '--frobnicate'], env);
    assert.equal(unknown.code, 1);
    assert.match(unknown.stderr, /unknown option '--frobnicate'/);
    const noDir = await runCli(['scan', join(tmp, 'nowhere'), '--no-log'], env);
    assert.equal(noDir.code, 1);
    assert.match(noDir.stderr, /is not a directory/);
    const help = await runCli(['scan', '--help'], env);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /Usage: driftlog scan \[DIR\]/);
    assert.equal((await emu.admin.counters()).total, 0);
  });

  it('records the scan in the audit log unless --no-log', async () => {
    const repo = join(tmp, 'repo');
    cpSync(FIXTURE, repo, { recursive: true });
    const git = (...args: string[]) =>
      new Promise<void>((ok, ko) => spawn('git', args, { cwd: repo, env: env as NodeJS.ProcessEnv }).on('close', (c) => (c === 0 ? ok() : ko(new Error(`git ${args.join(' ')}: ${c}`)))));
    await git('init', '-q');
    await git('config', 'user.email', 'scanner@example.com');
    await git('config', 'user.name', 'Scanner');
    const r = await runCli(['scan', '.', '--format', 'json'], { ...env, XDG_CONFIG_HOME: join(home, '.config') }, repo);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /recorded in the audit log: .+ \(9 events\)/);
    const logDir = join(repo, '.driftlog');
    assert.ok(existsSync(logDir));
    const written = readdirSync(logDir, { recursive: true }).map(String);
    assert.ok(written.length > 0);
  });

  it('honours .driftlog/ignore: an ignored difference is neither reported nor counted as drift', async () => {
    const ws = join(tmp, 'ignored');
    cpSync(FIXTURE, ws, { recursive: true });
    mkdirSync(join(ws, '.driftlog'), { recursive: true });
    writeFileSync(join(ws, '.driftlog', 'ignore'), 'aws_s3_bucket.assets tags.Env  # the console tag is fine\n');
    const r = await runCli(['scan', ws, '--format', 'json', '--no-log'], env);
    const report = JSON.parse(r.stdout) as ScanReport;
    const assets = report.resources.find((x) => x.address === 'aws_s3_bucket.assets')!;
    assert.equal(assets.status, 'in_sync');
    assert.deepEqual(assets.differences, []);
    assert.equal(report.summary.drifted, 0);
    assert.match(r.stderr, /\.driftlog\/ignore: 1 difference\(s\)/);
    // Other drift (the missing topic, the unmanaged bucket) is still reported.
    assert.equal(r.code, 2);
  });
});
