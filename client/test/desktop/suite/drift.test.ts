// The drift scenario in a desktop VS Code's extension host, through the `vscode` API: the same workspace and
// emulator seed as the code-server suite (client/test/e2e/drift.e2e.ts). Every wait polls with a deadline.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';

const WORKSPACE = process.env.DRIFTLOG_E2E_WORKSPACE!;
const EMULATOR = process.env.DRIFTLOG_E2E_EMULATOR!;
const MAIN = vscode.Uri.file(join(WORKSPACE, 'main.tf'));

async function until<T>(what: string, read: () => T | Promise<T>, accept: (v: T) => boolean, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last = await read();
  while (!accept(last)) {
    if (Date.now() > deadline) throw new Error(`${what}: not seen within ${timeoutMs / 1000} s; last: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 200)); // poll interval of a deadline-bounded wait
    last = await read();
  }
  return last;
}

const driftlog = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'driftlog');
const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));
const changed = () => driftlog(MAIN).filter((d) => codeOf(d) === 'drift/changed');

function lineOf(text: string, needle: string, after?: string): number {
  const lines = text.split('\n');
  const from = after ? lines.findIndex((l) => l.includes(after)) : 0;
  const i = lines.findIndex((l, n) => n >= from && l.includes(needle));
  assert.ok(i >= 0, `no line contains ${needle}`);
  return i; // 0-based
}

async function liveTag(bucket: string): Promise<string | undefined> {
  const res = await fetch(`${EMULATOR}/_admin/resource?type=AWS::S3::Bucket&identifier=${bucket}`);
  const r = (await res.json()) as { properties: { Tags?: Array<{ Key: string; Value: string }> } };
  return r.properties.Tags?.find((t) => t.Key === 'Env')?.Value;
}

async function actionsAt(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range)) ?? [];
}

describe('Driftlog in desktop VS Code (emulator)', () => {
  let doc: vscode.TextDocument;

  before(async () => {
    const ext = vscode.extensions.getExtension('driftlog.driftlog');
    assert.ok(ext, 'the extension under development is loaded');
    doc = await vscode.workspace.openTextDocument(MAIN);
    await vscode.window.showTextDocument(doc);
    await until('the extension to activate', () => ext.isActive, Boolean);
  });

  it('scans in the background: a drift/changed diagnostic on each drifted tag, with the principal', async () => {
    const ds = await until('two drift/changed diagnostics', changed, (d) => d.length === 2, 120_000);
    const text = doc.getText();
    const lines = ds.map((d) => d.range.start.line).sort((a, b) => a - b);
    assert.deepEqual(lines, [lineOf(text, 'Env = "prod"', 'resource "aws_s3_bucket" "logs"'), lineOf(text, 'Env = "prod"', 'resource "aws_s3_bucket" "assets"')]);
    assert.ok(ds.some((d) => d.message.includes('user/carol')), ds.map((d) => d.message).join(' | '));
    assert.ok(driftlog(MAIN).some((d) => codeOf(d) === 'drift/missing'));
  });

  it('hover on the drifted resource names expected, live, the cloud principal and the git author', async () => {
    const pos = new vscode.Position(lineOf(doc.getText(), 'resource "aws_s3_bucket" "assets"'), 2);
    const text = await until(
      'a hover with carol and Alice',
      async () => {
        const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', MAIN, pos)) ?? [];
        return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
      },
      (t) => t.includes('user/carol') && t.includes('Alice Example'),
    );
    assert.match(text, /"prod"/);
    assert.match(text, /"dev"/);
  });

  it('"Accept live value into code" rewrites the value in the file', async () => {
    const d = changed().find((x) => x.message.includes('"dev"'))!;
    const accept = (await actionsAt(MAIN, d.range)).find((a) => a.title.startsWith('Accept live value'));
    assert.ok(accept?.edit, 'accept is offered as an edit');
    assert.ok(await vscode.workspace.applyEdit(accept.edit));
    if (accept.command) await vscode.commands.executeCommand(accept.command.command, ...(accept.command.arguments ?? []));
    await doc.save();
    assert.match(readFileSync(MAIN.fsPath, 'utf8'), /"dl-assets"\n  tags = \{\n    Env = "dev"/);
    await until('the accepted drift to go', changed, (ds) => ds.length === 1);
  });

  it('"Add import block" and the unmanaged import write valid import blocks', async () => {
    const fresh = await until('the not-in-state diagnostic', () => driftlog(MAIN).find((d) => codeOf(d) === 'drift/not-in-state'), Boolean);
    const add = (await actionsAt(MAIN, fresh!.range)).find((a) => a.title.startsWith('Add import block'));
    assert.ok(add?.edit);
    assert.ok(await vscode.workspace.applyEdit(add.edit));
    await doc.save();
    assert.match(readFileSync(MAIN.fsPath, 'utf8'), /import \{\n  to = aws_s3_bucket\.fresh\n  id = "dl-fresh"\n\}\n/);

    const stray = await until('the unmanaged diagnostic', () => driftlog(MAIN).find((d) => codeOf(d) === 'drift/unmanaged'), Boolean);
    const imp = (await actionsAt(MAIN, stray!.range)).find((a) => a.title.startsWith('Import dl-stray'));
    assert.ok(imp?.command);
    await vscode.commands.executeCommand(imp.command.command, ...(imp.command.arguments ?? []));
    const imports = join(WORKSPACE, 'imports.tf');
    await until('imports.tf', () => existsSync(imports), Boolean);
    await vscode.workspace.saveAll();
    const text = await until('the import in imports.tf', () => readFileSync(imports, 'utf8'), (t) => t.includes('id = "dl-stray"'));
    assert.match(text, /resource "aws_s3_bucket" "\w+" \{\n  bucket = "dl-stray"/);
  });

  it('"Driftlog: Scan Workspace" rescans; the log verifies with ssh-keygen on every batch', async () => {
    assert.equal(await liveTag('dl-logs'), 'test');
    await vscode.commands.executeCommand('driftlog.scanWorkspace');
    await until('only the logs drift left', changed, (ds) => ds.length === 1 && ds[0]!.message.includes('"test"'));
    const logDir = join(WORKSPACE, '.driftlog');
    const files = readdirSync(join(logDir, 'batches'), { recursive: true }).map(String).filter((f) => f.endsWith('.jsonl'));
    assert.ok(files.length >= 2, files.join(', '));
    for (const f of files) {
      const body = readFileSync(join(logDir, 'batches', f));
      const email = /"email":"([^"]+)"/.exec(body.toString('utf8'))?.[1];
      assert.ok(email);
      const r = spawnSync('ssh-keygen', ['-Y', 'verify', '-f', join(logDir, 'allowed_signers'), '-I', email, '-n', 'driftlog', '-s', join(logDir, 'batches', `${f}.sig`)], { input: body, encoding: 'utf8' });
      assert.equal(r.status, 0, `${f}: ${r.stdout}${r.stderr}`);
    }
  });

  it('the Drift view opens the source of a resource (driftlog.openLocation, as its items do)', async () => {
    const line = lineOf(readFileSync(MAIN.fsPath, 'utf8'), 'resource "aws_sns_topic" "alerts"');
    await vscode.commands.executeCommand('driftlog.showReport');
    await vscode.commands.executeCommand('driftlog.openLocation', MAIN.toString(), { start: { line, character: 0 }, end: { line, character: 0 } });
    const editor = await until('main.tf active at the alerts topic', () => vscode.window.activeTextEditor, (e) => e?.selection.active.line === line);
    assert.equal(editor!.document.uri.fsPath, MAIN.fsPath);
  });
});
