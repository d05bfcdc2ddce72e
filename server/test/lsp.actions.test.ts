// Quick fixes and hovers through the bundled language server, against the emulator over real HTTP and a real
// git repository: each action yields the right edit (or the right live change), and is recorded in the log.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CodeAction, Diagnostic, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { parse } from '../src/engine/hcl/parse';
import { startEmulator, type Emulator } from '../src/emulator';
import { RevertPlanRequest, RevertRequest, ServerCommands } from '../src/protocol';
import { applyLspEdits, TestClient, uri } from './support/lspClient';

const FIXTURE = join(__dirname, '..', '..', 'test-fixtures', 'scan', 'basic');
const SEED = join(__dirname, '..', '..', 'test-fixtures', 'scan', 'seed.json');

function git(cwd: string, env: Record<string, string>, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
}
const BOB = { GIT_AUTHOR_NAME: 'Bob Builder', GIT_AUTHOR_EMAIL: 'bob@example.com', GIT_COMMITTER_NAME: 'Bob Builder', GIT_COMMITTER_EMAIL: 'bob@example.com', GIT_AUTHOR_DATE: '2026-11-02T10:00:00Z', GIT_COMMITTER_DATE: '2026-11-02T10:00:00Z' };
const ALICE = { GIT_AUTHOR_NAME: 'Alice Example', GIT_AUTHOR_EMAIL: 'alice@example.com', GIT_COMMITTER_NAME: 'Alice Example', GIT_COMMITTER_EMAIL: 'alice@example.com', GIT_AUTHOR_DATE: '2026-11-20T10:00:00Z', GIT_COMMITTER_DATE: '2026-11-20T10:00:00Z' };

describe('code actions and hover from the language server', function () {
  this.timeout(90_000);
  let emu: Emulator;
  let root: string;
  let home: string;
  let client: TestClient;

  beforeEach(async () => {
    emu = await startEmulator({ seed: SEED, mutationDelayMs: 50 });
    root = mkdtempSync(join(tmpdir(), 'driftlog-actions-'));
    home = mkdtempSync(join(tmpdir(), 'driftlog-home-'));
    cpSync(FIXTURE, root, { recursive: true });
    // Bob writes the stack; Alice later changes the assets bucket's tags.
    const main = readFileSync(join(root, 'main.tf'), 'utf8');
    writeFileSync(join(root, 'main.tf'), main.replace(/(resource "aws_s3_bucket" "assets" \{\n  bucket = "dl-assets"\n  tags = \{\n    Env = )"prod"/, '$1"staging"'));
    git(root, {}, 'init', '-q', '-b', 'main');
    git(root, {}, 'config', 'user.name', 'Alice Example');
    git(root, {}, 'config', 'user.email', 'alice@example.com');
    git(root, BOB, 'add', '.');
    git(root, BOB, 'commit', '-qm', 'Stack by Bob');
    writeFileSync(join(root, 'main.tf'), main);
    git(root, ALICE, 'commit', '-qam', 'Assets bucket is prod');
    // Someone changes the assets bucket's tag in the console.
    await emu.admin.updateResource({ type: 'AWS::S3::Bucket', identifier: 'dl-assets', properties: { BucketName: 'dl-assets', Tags: [{ Key: 'Env', Value: 'dev' }] }, principal: 'carol' });
    client = await TestClient.start({
      root,
      init: { trusted: true },
      env: { ...process.env, ...emu.env('us-east-1'), XDG_CONFIG_HOME: home, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    });
  });
  afterEach(async () => {
    await client.stop();
    await emu.stop();
    rmSync(root, { recursive: true, force: true });
    rmSync(home, { recursive: true, force: true });
  });

  const mainTf = () => join(root, 'main.tf');
  async function diagnostic(code: string, text: string): Promise<Diagnostic> {
    return client.waitFor(`a ${code} diagnostic mentioning ${text}`, () =>
      client.diagnostics.get(uri(mainTf()))?.find((d) => d.code === code && JSON.stringify(d.message).includes(text)),
    );
  }
  async function actionsFor(d: Diagnostic, only?: string[]): Promise<CodeAction[]> {
    return (await client.codeActions(mainTf(), d.range, [d], only)) as CodeAction[];
  }
  function editedText(action: CodeAction, file: string, before: string): string {
    const changes = (action.edit?.documentChanges ?? []).filter((c): c is TextDocumentEdit => 'textDocument' in c && c.textDocument.uri === uri(file));
    return applyLspEdits(before, changes.flatMap((c) => c.edits as Array<{ range: Diagnostic['range']; newText: string }>));
  }
  function logLines(): string[] {
    const dir = join(root, '.driftlog', 'batches');
    return readdirSync(dir, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.jsonl'))
      .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n'));
  }

  it('accepts the live value into the code: one edit on the value, the squiggle goes, the log records it', async () => {
    const d = await diagnostic('drift/changed', 'tags.Env');
    const actions = await actionsFor(d);
    const accept = actions.find((a) => a.title.startsWith('Accept live value'));
    assert.ok(accept?.edit, actions.map((a) => a.title).join(' | '));
    const before = readFileSync(mainTf(), 'utf8');
    const after = editedText(accept, mainTf(), before);
    assert.equal(after, before.replace(/(resource "aws_s3_bucket" "assets" \{\n  bucket = "dl-assets"\n  tags = \{\n    Env = )"prod"/, '$1"dev"'));
    await client.open(mainTf(), before);
    await client.change(mainTf(), [{ text: after }]);
    await client.waitFor('the squiggle to go', () => !client.diagnostics.get(uri(mainTf()))?.some((x) => x.code === 'drift/changed'));
    await client.executeCommand(accept.command!.command, accept.command!.arguments!);
    assert.ok(logLines().some((l) => l.includes('"kind":"accept"') && l.includes('aws_s3_bucket.assets')));
  });

  it('reverts the live resource after the plan: AWS holds the code value, the rescan clears the drift, the log has the request token', async () => {
    const d = await diagnostic('drift/changed', 'tags.Env');
    const revert = (await actionsFor(d)).find((a) => a.title.startsWith('Revert live resource'));
    assert.ok(revert?.command && !revert.edit, 'revert is a command (confirmation first), never an edit');
    const args = revert.command.arguments![0];
    const plan = await client.conn.sendRequest(RevertPlanRequest, args);
    assert.equal(plan.ok, true, plan.reason);
    assert.deepEqual(plan.changes.map((c) => [c.path, c.live, c.code]), [['tags.Env', '"dev"', '"prod"']]);
    const r = await client.conn.sendRequest(RevertRequest, args);
    assert.equal(r.ok, true, r.message);
    const live = await emu.admin.getResource({ type: 'AWS::S3::Bucket', identifier: 'dl-assets' });
    assert.deepEqual((live?.properties as { Tags: unknown } | undefined)?.Tags, [{ Key: 'Env', Value: 'prod' }]);
    await client.waitFor('the drift to be gone after the rescan', () => !client.diagnostics.get(uri(mainTf()))?.some((x) => x.code === 'drift/changed'));
    assert.ok(logLines().some((l) => l.includes('"kind":"revert"') && r.requestToken && l.includes(r.requestToken)));
  });

  it('offers no quick fix to codeActionsOnSave or fix-all requests', async () => {
    const d = await diagnostic('drift/changed', 'tags.Env');
    assert.deepEqual(await actionsFor(d, ['source.fixAll']), []);
    assert.deepEqual(await actionsFor(d, ['source']), []);
  });

  it('adds an import block for a resource not in the state, and one with a resource block for an unmanaged one', async () => {
    const d = await diagnostic('drift/not-in-state', 'aws_s3_bucket.fresh');
    const imp = (await actionsFor(d)).find((a) => a.title.startsWith('Add import block'));
    assert.ok(imp?.edit);
    const before = readFileSync(mainTf(), 'utf8');
    const after = editedText(imp, mainTf(), before);
    const blocks = parse(after).body.blocks.filter((b) => b.type === 'import');
    assert.equal(blocks.length, 1);
    assert.equal(parse(after).errors.length, 0);
    assert.match(after, /import \{\n  to = aws_s3_bucket\.fresh\n  id = "dl-fresh"\n\}\n\n(# .*\n)*resource "aws_s3_bucket" "fresh"/);

    const u = await diagnostic('drift/unmanaged', 'dl-stray');
    const importStray = (await actionsFor(u)).find((a) => a.command?.command === ServerCommands.importUnmanaged);
    assert.ok(importStray?.command);
    await client.executeCommand(importStray.command.command, importStray.command.arguments!);
    const edit = await client.waitFor('the import edit', () => client.appliedEdits[0]);
    const created = (edit.edit.documentChanges ?? []).filter((c): c is TextDocumentEdit => 'textDocument' in c);
    assert.ok(created[0].textDocument.uri.endsWith('/imports.tf'));
    const text = applyLspEdits('', created[0].edits as Array<{ range: Diagnostic['range']; newText: string }>);
    assert.equal(parse(text).errors.length, 0, text);
    assert.match(text, /import \{\n  to = aws_s3_bucket\.\w+\n  id = "dl-stray"\n\}/);
    assert.match(text, /resource "aws_s3_bucket" "\w+" \{\n  bucket = "dl-stray"/);
    assert.match(text, /Owner\s*=\s*"someone"/);
  });

  it('ignores an attribute in lifecycle ignore_changes or in .driftlog/ignore', async () => {
    const d = await diagnostic('drift/changed', 'tags.Env');
    const actions = await actionsFor(d);
    const lifecycle = actions.find((a) => a.title.includes('lifecycle ignore_changes'));
    const before = readFileSync(mainTf(), 'utf8');
    const after = editedText(lifecycle!, mainTf(), before);
    assert.match(after, /resource "aws_s3_bucket" "assets" \{[^}]*\}\n\n?  lifecycle \{\n    ignore_changes = \[tags\]\n  \}\n\}/);
    const rule = actions.find((a) => a.title.includes('.driftlog/ignore'));
    const create = rule!.edit!.documentChanges!.find((c) => 'kind' in c && c.kind === 'create');
    assert.ok(create && 'uri' in create && create.uri.endsWith('/.driftlog/ignore'));
    const ruleText = editedText(rule!, join(root, '.driftlog', 'ignore'), '');
    assert.match(ruleText, /^aws_s3_bucket\.assets tags\.Env$/m);
  });

  it('hovers with expected and live values, the git author of the block, and the CloudTrail principal', async () => {
    await diagnostic('drift/changed', 'tags.Env');
    const text = readFileSync(mainTf(), 'utf8');
    const lines = text.split('\n');
    const header = lines.findIndex((l) => l.startsWith('resource "aws_s3_bucket" "assets"'));
    await client.waitFor('CloudTrail to name the principal in the diagnostic', () =>
      client.diagnostics.get(uri(mainTf()))?.some((x) => x.code === 'drift/changed' && JSON.stringify(x.message).includes('user/carol')),
    );
    const hover = await client.hover(mainTf(), { line: header, character: 12 });
    const md = JSON.stringify(hover?.contents);
    assert.match(md, /Alice Example/, md);
    assert.match(md, /Assets bucket is prod/);
    assert.match(md, /user\/carol/);
    assert.match(md, /prod/);
    assert.match(md, /dev/);
    const other = lines.findIndex((l) => l.startsWith('resource "aws_sqs_queue" "jobs"'));
    const hover2 = JSON.stringify((await client.hover(mainTf(), { line: other, character: 12 }))?.contents);
    assert.match(hover2, /Bob Builder/);
  });
});
