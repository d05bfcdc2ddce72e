// The bundled language server, started over stdio and driven by a scripted client speaking real LSP.
import { strict as assert } from 'node:assert';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestClient, uri } from './support/lspClient';
import { DidChangeConfigurationNotification } from 'vscode-languageserver-protocol/node';

const MAIN_TF = `# Storage for the access logs
resource "aws_s3_bucket" "logs" {
  bucket = "acme-logs"
  tags = {
    Env = "prod"
  }
}

data "aws_iam_policy_document" "read" {
  statement {
    actions = ["s3:GetObject"]
  }
}

module "net" {
  source = "./modules/net"
}

resource "aws_sqs_queue" "jobs" {
  name = "jobs"
}
`;

function workspace(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'driftlog-lsp-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(root, rel, '..'), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
  return root;
}

describe('language server over stdio', function () {
  const cleanup: Array<() => Promise<void> | void> = [];
  afterEach(async () => {
    for (const c of cleanup.splice(0).reverse()) await c();
  });
  async function start(root: string, opts: Partial<Parameters<typeof TestClient.start>[0]> = {}): Promise<TestClient> {
    const client = await TestClient.start({ root, init: { trusted: false }, ...opts });
    cleanup.push(() => client.stop(), () => rmSync(root, { recursive: true, force: true }));
    return client;
  }

  it('lists resources, data sources and modules in the outline, with attributes as children', async () => {
    const root = workspace({ 'main.tf': MAIN_TF });
    const client = await start(root);
    await client.open(join(root, 'main.tf'), MAIN_TF);
    const symbols = await client.documentSymbols(join(root, 'main.tf'));
    assert.deepEqual(
      symbols.map((s) => s.name),
      ['aws_s3_bucket.logs', 'data.aws_iam_policy_document.read', 'module.net', 'aws_sqs_queue.jobs'],
    );
    const bucket = symbols[0];
    const lines = MAIN_TF.split('\n');
    assert.equal(bucket.range.start.line, lines.findIndex((l) => l.startsWith('resource "aws_s3_bucket"')));
    assert.equal(bucket.range.end.line, lines.indexOf('}'));
    assert.deepEqual(bucket.selectionRange, {
      start: { line: 1, character: 0 },
      end: { line: 1, character: 'resource "aws_s3_bucket" "logs"'.length },
    });
    assert.deepEqual(
      bucket.children?.map((c) => c.name),
      ['bucket', 'tags'],
    );
  });

  it('reports a syntax error where it is, with source driftlog and code hcl-syntax, and still indexes the rest', async () => {
    const broken = MAIN_TF.replace('bucket = "acme-logs"', 'bucket = "acme-logs" +');
    const root = workspace({ 'main.tf': broken });
    const client = await start(root);
    const path = join(root, 'main.tf');
    await client.open(path, broken);
    const diags = await client.waitFor('a syntax diagnostic', () => {
      const d = client.diagnostics.get(uri(path));
      return d && d.length > 0 ? d : undefined;
    });
    assert.equal(diags[0].source, 'driftlog');
    assert.equal(diags[0].code, 'hcl-syntax');
    const errLine = broken.split('\n').findIndex((l) => l.includes('"acme-logs" +'));
    assert.ok(diags[0].range.start.line >= errLine && diags[0].range.start.line <= errLine + 1, JSON.stringify(diags[0].range));
    const names = (await client.documentSymbols(path)).map((s) => s.name);
    assert.ok(names.includes('aws_sqs_queue.jobs'), `recovered blocks after the error: ${names}`);
    assert.ok(names.includes('module.net'));
  });

  it('moves ranges with an edit and clears the diagnostic when the error is fixed', async () => {
    const broken = 'resource "aws_sqs_queue" "a" {\n  name = \n}\n';
    const root = workspace({ 'q.tf': broken });
    const client = await start(root);
    const path = join(root, 'q.tf');
    await client.open(path, broken);
    const first = await client.waitFor('a diagnostic', () => client.diagnostics.get(uri(path))?.[0]);
    // Insert three comment lines at the top: the error and the symbol move down by three lines.
    await client.change(path, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '# a\n# b\n# c\n' }]);
    const moved = await client.waitFor('the moved diagnostic', () => {
      const d = client.diagnostics.get(uri(path))?.[0];
      return d && d.range.start.line === first.range.start.line + 3 ? d : undefined;
    });
    assert.equal(moved.range.start.character, first.range.start.character);
    const symbols = await client.documentSymbols(path);
    assert.equal(symbols[0].range.start.line, 3);
    // Fix the error: the squiggle goes away.
    await client.change(path, [{ range: { start: { line: 4, character: 9 }, end: { line: 4, character: 9 } }, text: '"jobs"' }]);
    await client.waitFor('no diagnostics', () => client.diagnostics.get(uri(path))?.length === 0);
  });

  it('indexes files it was never shown, honours driftlog.exclude, and re-walks when settings change', async () => {
    const root = workspace({
      'main.tf': MAIN_TF,
      'modules/net/vpc.tf': 'resource "aws_vpc" "main" {\n  cidr_block = "10.0.0.0/16"\n}\n',
      'legacy/old.tf': 'resource "aws_instance" "old" {\n  ami = "ami-1"\n}\n',
      '.terraform/modules/x/skip.tf': 'resource "aws_instance" "vendored" {}\n',
    });
    let settings: Record<string, unknown> = { exclude: ['legacy/**'] };
    const client = await TestClient.start({ root, init: { trusted: false }, settings: () => settings });
    cleanup.push(() => client.stop(), () => rmSync(root, { recursive: true, force: true }));
    await client.waitIndexed();
    const names = async (q: string): Promise<string[]> => (await client.workspaceSymbols(q)).map((s) => s.name).sort();
    assert.deepEqual(await names('aws_'), ['aws_s3_bucket.logs', 'aws_sqs_queue.jobs', 'aws_vpc.main', 'data.aws_iam_policy_document.read']);
    settings = { exclude: [] };
    const before = client.statuses.length;
    await client.conn.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    await client.waitFor('a second walk', () => client.statuses.slice(before).some((s) => s.state === 'idle'));
    assert.ok((await names('aws_')).includes('aws_instance.old'));
    assert.ok(!(await names('vendored')).length, '.terraform/ is never indexed');
  });

  it('skips a binary file with a clear message and keeps going', async () => {
    const root = workspace({ 'main.tf': MAIN_TF, 'blob.tf': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 0xff, 0xfe]) });
    const client = await start(root);
    const status = await client.waitIndexed();
    assert.equal(status.skipped, 1);
    await client.waitFor('a skip message naming the file', () => client.logs.some((l) => l.includes('blob.tf') && /skip/i.test(l)));
    assert.equal((await client.workspaceSymbols('logs')).length, 1);
  });

  describe('workspace trust', () => {
    // A stand-in `git` first on PATH records every run: the real spawn path, observed from outside.
    function probeEnv(): { env: NodeJS.ProcessEnv; marker: string } {
      const bin = mkdtempSync(join(tmpdir(), 'driftlog-bin-'));
      const marker = join(bin, 'ran');
      writeFileSync(join(bin, 'git'), `#!/bin/sh\necho "$@" >> '${marker}'\nexit 1\n`);
      chmodSync(join(bin, 'git'), 0o755);
      cleanup.push(() => rmSync(bin, { recursive: true, force: true }));
      return { env: { ...process.env, PATH: `${bin}:${process.env.PATH}` }, marker };
    }

    it('an untrusted workspace is indexed but spawns no process', async () => {
      const { env, marker } = probeEnv();
      const root = workspace({ 'main.tf': MAIN_TF });
      const client = await start(root, { init: { trusted: false }, env });
      await client.waitIndexed();
      await client.open(join(root, 'main.tf'), MAIN_TF);
      assert.equal((await client.documentSymbols(join(root, 'main.tf'))).length, 4);
      assert.equal(existsSync(marker), false, 'no git (or any other) process was started');
    });

    it('a trusted workspace (or trust granted later) may run git, which the probe sees', async () => {
      const { env, marker } = probeEnv();
      const root = workspace({ 'main.tf': MAIN_TF });
      const client = await start(root, { init: { trusted: false }, env });
      await client.waitIndexed();
      assert.equal(existsSync(marker), false);
      await client.conn.sendNotification('driftlog/trustGranted');
      await client.waitFor('git to run after trust', () => existsSync(marker) && readFileSync(marker, 'utf8').includes('rev-parse'));
    });
  });
});
