// The audit log's latest entries for an address (real signed batches), and the hover's Markdown: expected and live
// values, redaction (a secret's bytes never appear), checked time and staleness, the three sources and their plain
// "not available" sentences, Markdown escaping. One test builds the hover from all three real sources: a git
// repository, the emulator's CloudTrail, and the audit log.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator } from '../src/emulator';
import { CloudConnector } from '../src/engine/cloud/connect';
import {
  CloudHistory,
  CodeHistory,
  LogHistoryReader,
  NO_EVENTS,
  codeSpan,
  diagnosticSuffix,
  escapeMarkdown,
  hoverMarkdown,
  type CloudChange,
  type CodeChange,
  type LogHistory,
} from '../src/engine/history';
import { actionEvent, appendBatch, generateKeySeed, openLog, rawKeySigner, scanEvents, type Signer } from '../src/engine/log';
import type { ResourceResult } from '../src/engine/scan/types';

const SECRET = 'Sup3rS3cretPassw0rd-do-not-print';
const OLD_SECRET = 'OldS3cretPassw0rd-never-either';
const AWS_KEY = 'AKIAABCDEFGHIJKLMNOP';

function drifted(file = '/work/main.tf'): ResourceResult {
  return {
    address: 'aws_db_instance.main',
    type: 'aws_db_instance',
    file,
    range: { start: { line: 0, character: 0 }, end: { line: 6, character: 1 } },
    cloudType: 'AWS::RDS::DBInstance',
    identifier: 'main-db',
    region: 'us-east-1',
    status: 'drifted',
    differences: [
      { path: 'instance_class', expected: 'db.t3.small', actual: 'db.t3.large', kind: 'changed', source: 'config' },
      { path: 'password', expected: OLD_SECRET, actual: SECRET, kind: 'changed', source: 'state' },
      { path: 'tags.Note', expected: 'plain', actual: `key ${AWS_KEY} pasted`, kind: 'changed', source: 'config' },
    ],
  };
}

function mkRepo(): string {
  return mkdtempSync(join(tmpdir(), 'driftlog-history-hover-'));
}

/** The Markdown with backslash escapes undone: what the reader sees. */
function rendered(md: string): string {
  return md.replace(/\\(.)/g, '$1');
}

describe('history: audit log entries for an address', () => {
  let repo: string;
  let alice: Signer;
  let bob: Signer;
  before(() => {
    repo = mkRepo();
    alice = rawKeySigner(generateKeySeed());
    bob = rawKeySigner(generateKeySeed());
  });
  after(() => rmSync(repo, { recursive: true, force: true }));

  it('no log yet: said plainly', async () => {
    const l = await new LogHistoryReader().latest(repo, 'aws_db_instance.main');
    assert.equal(l.kind, 'none');
    assert.equal(l.kind === 'none' && l.message, 'Log: nothing recorded yet (no audit log in this repository)');
  });

  it('the latest detections and actions, newest first, with signer email and key fingerprint; a new batch is seen', async () => {
    const log = await openLog(repo, { create: true });
    const r = drifted(join(repo, 'main.tf'));
    await appendBatch(log, scanEvents([r, { ...r, address: 'aws_s3_bucket.other', type: 'aws_s3_bucket', differences: [], status: 'in_sync' }], { repoRoot: repo }), {
      signer: alice,
      author: { name: 'Alice', email: 'alice@example.com' },
      createdAt: new Date('2026-11-20T10:00:00Z'),
    });
    await appendBatch(log, [actionEvent('revert', r, { repoRoot: repo, requestToken: 'tok-123' })], {
      signer: bob,
      author: { name: 'Bob', email: 'bob@example.com' },
      createdAt: new Date('2026-11-21T11:00:00Z'),
    });
    const reader = new LogHistoryReader();
    const l = await reader.latest(repo, 'aws_db_instance.main');
    assert.ok(l.kind === 'found');
    assert.deepEqual(
      l.items.map((i) => [i.kind, i.status, i.createdAt, i.signer.email, i.signer.key, i.differences, i.requestToken ?? null]),
      [
        ['revert', 'drifted', '2026-11-21T11:00:00.000Z', 'bob@example.com', bob.publicKey.fingerprint, 3, 'tok-123'],
        ['scan', 'drifted', '2026-11-20T10:00:00.000Z', 'alice@example.com', alice.publicKey.fingerprint, 3, null],
      ],
    );
    assert.match(alice.publicKey.fingerprint, /^SHA256:/);
    // Cached until a batch is added.
    await appendBatch(log, scanEvents([{ ...r, status: 'in_sync', differences: [] }], { repoRoot: repo }), {
      signer: alice,
      author: { name: 'Alice', email: 'alice@example.com' },
      createdAt: new Date('2026-11-22T12:00:00Z'),
    });
    const again = await reader.latest(repo, 'aws_db_instance.main', { limit: 2 });
    assert.ok(again.kind === 'found');
    assert.deepEqual(again.items.map((i) => [i.kind, i.status]), [['scan', 'in_sync'], ['revert', 'drifted']]);
    const other = await reader.latest(repo, 'aws_s3_bucket.other');
    assert.ok(other.kind === 'found' && other.items.length === 1);
  });
});

describe('history: hover Markdown', () => {
  const now = new Date('2026-11-28T12:00:00Z');
  const commit: CodeChange = {
    kind: 'found',
    commit: {
      hash: 'a'.repeat(40),
      shortHash: 'aaaaaaa',
      authorName: 'Alice *Author*',
      authorEmail: 'alice@example.com',
      authorTime: new Date('2026-11-10T12:00:00Z'),
      committerTime: new Date('2026-11-10T12:00:00Z'),
      subject: 'Smaller DB <script>alert(1)</script> [link](http://x) `tick`',
    },
    uncommittedLines: 0,
    lines: 7,
  };
  const cloud: CloudChange = {
    kind: 'found',
    principal: 'arn:aws:iam::123456789012:user/alice',
    principalType: 'IAMUser',
    eventName: 'ModifyDBInstance',
    time: new Date('2026-11-20T09:30:00Z'),
    region: 'us-east-1',
    matchedName: 'main-db',
  };
  const log: LogHistory = {
    kind: 'found',
    address: 'aws_db_instance.main',
    unreadable: [],
    items: [{ kind: 'scan', status: 'drifted', createdAt: '2026-11-27T10:00:00.000Z', signer: { email: 'ci@example.com', key: 'SHA256:abcdef' }, batch: 'x', differences: 3 }],
  };

  it('header: status, every difference expected against live, secrets redacted, checked time, the three sources', () => {
    const md = hoverMarkdown({ result: drifted(), checkedAt: '2026-11-28T11:55:00Z', now, code: commit, cloud, log });
    const text = rendered(md);
    assert.ok(md.startsWith('**`aws_db_instance.main`** · drifted (3 differences)'), md);
    assert.ok(md.includes('- `instance_class`: expected `"db.t3.small"` (config), live `"db.t3.large"`'), md);
    assert.ok(md.includes('- `password`: expected _(redacted)_ (state), live _(redacted)_'), md);
    assert.ok(md.includes('- `tags.Note`: expected `"plain"` (config), live _(redacted)_'), md);
    for (const secret of [SECRET, OLD_SECRET, AWS_KEY]) assert.ok(!md.includes(secret), `no ${secret} in the hover`);
    assert.ok(md.includes('Checked 5 minutes ago (2026-11-28 11:55 UTC)'), md);
    assert.ok(!md.includes('stale'));
    assert.ok(text.includes('**Code** `aaaaaaa` Alice *Author* <alice@example.com>, 2026-11-10 (18 days ago): Smaller DB <script>alert(1)</script> [link](http://x) `tick`'), text);
    assert.ok(md.includes('**Cloud** `arn:aws:iam::123456789012:user/alice` · ModifyDBInstance · 2026-11-20 09:30 UTC (8 days ago)'), md);
    assert.ok(text.includes('- 2026-11-27 10:00 UTC (1 day ago) · scan: drifted (3 differences) · signed by ci@example.com `SHA256:abcdef`'), text);
    // Nothing from outside turns into Markdown or HTML.
    assert.ok(!/(^|[^\\])<script>/.test(md) && !/(^|[^\\])\[link\]/.test(md) && !/(^|[^\\])\*Author\*/.test(md), md);
  });

  it('attribute: expected and live of that attribute only; a secret attribute stays redacted', () => {
    const md = hoverMarkdown({ result: drifted(), attribute: 'instance_class', checkedAt: '2026-11-28T11:00:00Z', now, cloud });
    assert.ok(md.startsWith('**`aws_db_instance.main`** `instance_class` · live value differs'), md);
    assert.ok(md.includes('- Expected (config): `"db.t3.small"`\n- Live: `"db.t3.large"`'), md);
    assert.ok(!md.includes('password'));
    assert.ok(md.includes('Checked 1 hour ago (2026-11-28 11:00 UTC) · **stale**: older than the 15-minute scan interval'), md);
    const secret = hoverMarkdown({ result: drifted(), attribute: 'password', now });
    assert.ok(secret.includes('- Expected (state): _(redacted)_\n- Live: _(redacted)_'), secret);
    assert.ok(!secret.includes(SECRET) && !secret.includes(OLD_SECRET));
    // An attribute with no difference.
    assert.ok(hoverMarkdown({ result: drifted(), attribute: 'engine', now }).startsWith('**`aws_db_instance.main`** `engine` · in sync'));
    // The scan interval is a setting.
    assert.ok(!hoverMarkdown({ result: drifted(), attribute: 'instance_class', checkedAt: '2026-11-28T11:00:00Z', intervalMinutes: 120, now }).includes('stale'));
  });

  it('missing sources are said plainly; uncommitted lines; not scanned yet; an error reason with a secret redacted', () => {
    const md = hoverMarkdown({
      address: 'aws_s3_bucket.logs',
      type: 'aws_s3_bucket',
      now,
      code: { kind: 'found', uncommittedLines: 4, lines: 4 },
      cloud: { kind: 'unavailable', reason: 'access denied (cloudtrail:LookupEvents)', message: 'CloudTrail not available: access denied (cloudtrail:LookupEvents)' },
      log: { kind: 'none', address: 'aws_s3_bucket.logs', message: 'Log: nothing recorded for aws_s3_bucket.logs yet', unreadable: [] },
    });
    const text = rendered(md);
    assert.ok(md.includes('_Not checked yet._'), md);
    assert.ok(text.includes('**Code** not committed yet'), text);
    assert.ok(text.includes('**Cloud** CloudTrail not available: access denied (cloudtrail:LookupEvents)'), text);
    assert.ok(text.includes('**Log** Log: nothing recorded for aws_s3_bucket.logs yet'), text);
    const none = rendered(hoverMarkdown({ address: 'a.b', now, cloud: { kind: 'none', message: NO_EVENTS }, code: { kind: 'unavailable', message: 'Git: not a git repository (/tmp/x)' } }));
    assert.ok(none.includes('**Cloud** CloudTrail: no events in the last 90 days'), none);
    assert.ok(none.includes('**Code** Git: not a git repository (/tmp/x)'), none);
    const leaky: CodeChange = { kind: 'found', commit: { ...(commit as { commit: NonNullable<Extract<CodeChange, { kind: 'found' }>['commit']> }).commit, subject: `Rotate ${AWS_KEY}` }, uncommittedLines: 0, lines: 7 };
    const subject = hoverMarkdown({ address: 'a.b', now, code: leaky });
    assert.ok(!subject.includes(AWS_KEY) && rendered(subject).includes('Rotate (redacted)'), subject);
    const partly = rendered(hoverMarkdown({ address: 'a.b', now, code: { ...commit, uncommittedLines: 2 } as CodeChange }));
    assert.ok(partly.includes('**Code** not committed yet (2 of 7 lines); last commit `aaaaaaa` Alice'), partly);
    const err: ResourceResult = { ...drifted(), status: 'error', differences: [], error: `AccessDeniedException: key ${AWS_KEY} may not GetResource` };
    const e = hoverMarkdown({ result: err, now });
    assert.ok(e.includes('could not be checked') && e.includes('Reason: AccessDeniedException: key (redacted) may not GetResource'), e);
    assert.ok(!e.includes(AWS_KEY));
  });

  it('values are code spans that survive backticks; text is escaped', () => {
    assert.equal(codeSpan('a`b'), '``a`b``');
    assert.equal(codeSpan('`x`'), '`` `x` ``');
    assert.equal(escapeMarkdown('# *a* [b](c) <i>\nx'), '\\# \\*a\\* \\[b\\](c) \\<i\\> x');
    const r: ResourceResult = { ...drifted(), differences: [{ path: 'description', expected: 'say `hi`', actual: 'x'.repeat(300), kind: 'changed', source: 'config' }] };
    const md = hoverMarkdown({ result: r, now });
    assert.ok(md.includes('expected ``"say `hi`"``'), md);
    assert.ok(md.includes('…`'), 'long values are cut');
    assert.ok(!md.includes('x'.repeat(200)));
  });

  it('diagnosticSuffix: "changed by <principal> on <day>", nothing when unknown', () => {
    assert.equal(diagnosticSuffix(cloud), 'changed by arn:aws:iam::123456789012:user/alice on 2026-11-20');
    assert.equal(diagnosticSuffix({ kind: 'none', message: NO_EVENTS }), undefined);
    assert.equal(diagnosticSuffix(undefined), undefined);
  });
});

describe('history: the hover from the three real sources', () => {
  it('git author, CloudTrail principal of an out-of-band change, log signer; the secret never appears', async function () {
    this.timeout(30_000);
    const repo = mkRepo();
    const emu = await startEmulator({ seed: join(__dirname, '..', '..', 'test-fixtures', 'history', 'seed.json'), rngSeed: 3 });
    const saved = { ...process.env };
    const cloudHistory = new CloudHistory();
    const connector = new CloudConnector();
    try {
      const file = join(repo, 'main.tf');
      writeFileSync(file, 'resource "aws_instance" "web" {\n  ami           = "ami-01"\n  instance_type = "t3.small"\n}\n');
      const git = (args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
      git(['init', '-q', '-b', 'main']);
      git(['add', '-A']);
      git(['-c', 'commit.gpgsign=false', '-c', 'user.name=Alice Author', '-c', 'user.email=alice@example.com', 'commit', '-q', '-m', 'Web instance']);

      await emu.admin.updateResource({ type: 'AWS::EC2::Instance', identifier: 'i-0aaaaaaaaaaaaaaa1', properties: { InstanceType: 't3.large' }, principal: 'mallory' });
      Object.assign(process.env, emu.env('us-east-1'));
      delete process.env['AWS_PROFILE'];
      const conn = await connector.connect({ providerKey: 'aws', region: 'us-east-1' });

      const result: ResourceResult = {
        address: 'aws_instance.web',
        type: 'aws_instance',
        file,
        range: { start: { line: 0, character: 0 }, end: { line: 3, character: 1 } },
        cloudType: 'AWS::EC2::Instance',
        identifier: 'i-0aaaaaaaaaaaaaaa1',
        region: 'us-east-1',
        status: 'drifted',
        differences: [
          { path: 'instance_type', expected: 't3.small', actual: 't3.large', kind: 'changed', source: 'config', range: { start: { line: 2, character: 2 }, end: { line: 2, character: 28 } } },
          { path: 'user_data', expected: `export TOKEN=${SECRET}`, actual: `export TOKEN=${OLD_SECRET}`, kind: 'changed', source: 'config' },
        ],
      };
      const signer = rawKeySigner(generateKeySeed());
      const logDir = await openLog(repo, { create: true });
      await appendBatch(logDir, scanEvents([result], { repoRoot: repo }), { signer, author: { name: 'CI', email: 'ci@example.com' } });

      const [code, cloud, log] = await Promise.all([
        new CodeHistory().lastCodeChange(repo, file, 0, 3),
        cloudHistory.lastCloudChange(conn, { cloudType: result.cloudType, identifier: result.identifier, region: result.region }),
        new LogHistoryReader().latest(repo, result.address),
      ]);
      const header = hoverMarkdown({ result, checkedAt: new Date(), code, cloud, log });
      const attr = hoverMarkdown({ result, attribute: 'instance_type', checkedAt: new Date(), code, cloud, log });
      for (const md of [header, attr]) {
        assert.ok(md.includes('Alice Author'), md);
        assert.ok(md.includes('`arn:aws:iam::123456789012:user/mallory` · UpdateInstance'), md);
        assert.ok(rendered(md).includes(`signed by ci@example.com \`${signer.publicKey.fingerprint}\``), md);
        assert.ok(!md.includes(SECRET) && !md.includes(OLD_SECRET), 'no secret');
        assert.ok(!md.includes('stale'));
      }
      assert.ok(attr.includes('- Expected (config): `"t3.small"`\n- Live: `"t3.large"`'), attr);
      assert.ok(header.includes('- `user_data`: expected _(redacted)_ (config), live _(redacted)_'), header);
      assert.equal(diagnosticSuffix(cloud), `changed by arn:aws:iam::123456789012:user/mallory on ${new Date().toISOString().slice(0, 10)}`);
    } finally {
      for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
      Object.assign(process.env, saved);
      cloudHistory.destroy();
      connector.destroy();
      await emu.stop();
      rmSync(repo, { recursive: true, force: true });
    }
  });
});
