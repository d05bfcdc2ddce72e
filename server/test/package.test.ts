// `npm run package` builds a .vsix that holds only what VS Code runs, and what it holds runs on its own.
// The .vsix is a zip: its central directory is read here directly, and its files are inflated with node's zlib.
import { strict as assert } from 'node:assert';
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { startEmulator } from '../src/emulator';
import type { ScanReport } from '../src/engine/scan/types';

const ROOT = join(__dirname, '..', '..');
const VSIX = join(ROOT, 'dist', 'driftlog.vsix');

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  localHeaderOffset: number;
}

/** Lists a zip's entries from its central directory (no zip64: a .vsix of a few hundred KB never needs it). */
function listZip(zip: Buffer): ZipEntry[] {
  // The end-of-central-directory record is the last thing in the file, followed by at most a 64 KB comment.
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  assert.ok(eocd >= 0, 'not a zip file: no end-of-central-directory record');
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    assert.equal(zip.readUInt32LE(p), 0x02014b50, `bad central directory entry ${i}`);
    const nameLength = zip.readUInt16LE(p + 28);
    const extraLength = zip.readUInt16LE(p + 30);
    const commentLength = zip.readUInt16LE(p + 32);
    entries.push({
      name: zip.toString('utf8', p + 46, p + 46 + nameLength),
      method: zip.readUInt16LE(p + 10),
      compressedSize: zip.readUInt32LE(p + 20),
      localHeaderOffset: zip.readUInt32LE(p + 42),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function readEntry(zip: Buffer, e: ZipEntry): Buffer {
  const h = e.localHeaderOffset;
  assert.equal(zip.readUInt32LE(h), 0x04034b50, `bad local header for ${e.name}`);
  const start = h + 30 + zip.readUInt16LE(h + 26) + zip.readUInt16LE(h + 28);
  const data = zip.subarray(start, start + e.compressedSize);
  if (e.method === 0) return Buffer.from(data);
  assert.equal(e.method, 8, `${e.name}: unexpected compression method ${e.method}`);
  return inflateRawSync(data);
}

/** The end of a process's stderr, without the minified source line Node prints above a stack trace. */
function tail(text: string): string {
  return text
    .split('\n')
    .filter((line) => line.length < 400)
    .slice(-25)
    .join('\n');
}

/** Sends one LSP request over stdio to a freshly started server and resolves with the response. */
function lspInitialize(serverJs: string, cwd: string): Promise<{ result?: { capabilities?: unknown }; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [serverJs, '--stdio'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = Buffer.alloc(0);
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`no initialize response within 15 s; stderr:\n${tail(stderr)}`));
    }, 15_000);
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}) before answering; stderr:\n${tail(stderr)}`));
    });
    child.stdout.on('data', (d: Buffer) => {
      out = Buffer.concat([out, d]);
      const text = out.toString('utf8');
      const m = /Content-Length: (\d+)\r\n\r\n/.exec(text);
      if (!m) return;
      const bodyStart = out.indexOf('\r\n\r\n') + 4;
      if (out.length < bodyStart + Number(m[1])) return;
      const msg = JSON.parse(out.subarray(bodyStart, bodyStart + Number(m[1])).toString('utf8'));
      if (msg.id !== 1) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      child.kill();
      resolve({ result: msg.result, stderr });
    });
    const body = JSON.stringify({
      jsonrpc: '2.0',
      id: 1,
      method: 'initialize',
      params: { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: { trusted: false } },
    });
    child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  });
}

describe('npm run package', function () {
  this.timeout(180_000);
  let zip: Buffer;
  let entries: ZipEntry[];
  let extracted: string;

  before(() => {
    execFileSync('npm', ['run', 'package'], { cwd: ROOT, stdio: 'pipe' });
    zip = readFileSync(VSIX);
    entries = listZip(zip);
    // Extracted outside the project, so nothing can be resolved from the project's node_modules.
    extracted = mkdtempSync(join(tmpdir(), 'driftlog-vsix-'));
    for (const e of entries) {
      if (e.name.endsWith('/')) continue;
      const to = join(extracted, e.name);
      mkdirSync(dirname(to), { recursive: true });
      writeFileSync(to, readEntry(zip, e));
    }
  });

  after(() => {
    if (extracted) rmSync(extracted, { recursive: true, force: true });
  });

  it('holds no node_modules, sources, tests, fixtures or source maps', () => {
    const names = entries.map((e) => e.name);
    const forbidden: [RegExp, string][] = [
      [/(^|\/)node_modules\//, 'node_modules'],
      [/\.(ts|tsx|mts|cts)$/, 'TypeScript sources'],
      [/(^|\/)(server|client)\/(src|test)\//, 'sources or tests'],
      [/(^|\/)test(s)?\/|\.test\.|\.e2e\./, 'tests'],
      [/(^|\/)test-fixtures\//, 'fixtures'],
      [/\.map$/, 'source maps'],
      [/(^|\/)(bench|scripts|coverage|test-results)\//, 'bench, scripts or test output'],
      [/\.vsix$/, 'an earlier .vsix'],
    ];
    for (const [pattern, what] of forbidden) {
      const bad = names.filter((n) => pattern.test(n));
      assert.deepEqual(bad, [], `the .vsix must not hold ${what}`);
    }
  });

  it('holds exactly the bundles, their schema data, the manifest, README, LICENSE, CHANGELOG and the icon', () => {
    const names = entries.map((e) => e.name).sort();
    assert.deepEqual(names, [
      '[Content_Types].xml',
      'extension.vsixmanifest',
      'extension/LICENSE.txt',
      'extension/changelog.md',
      'extension/dist/cfn-shapes.json',
      'extension/dist/cli.js',
      'extension/dist/extension.js',
      'extension/dist/server.js',
      'extension/images/icon.png',
      'extension/package.json',
      'extension/readme.md',
    ]);
  });

  it('ships a 128x128 PNG icon named by package.json', () => {
    const pkg = JSON.parse(readFileSync(join(extracted, 'extension', 'package.json'), 'utf8'));
    assert.equal(pkg.icon, 'images/icon.png');
    const png = readFileSync(join(extracted, 'extension', pkg.icon));
    assert.equal(png.toString('latin1', 1, 4), 'PNG');
    assert.equal(png.toString('latin1', 12, 16), 'IHDR');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
  });

  it('bundles require nothing at run time but Node built-ins and vscode (hcl2json is for tests only)', () => {
    const builtins = new Set(builtinModules);
    // Required inside try/catch by the AWS SDK, which falls back when they are absent (CRT and SigV4a signers).
    const optional = new Set(['@aws-sdk/signature-v4-crt', '@aws-sdk/signature-v4a']);
    for (const file of ['extension.js', 'server.js', 'cli.js']) {
      const code = readFileSync(join(extracted, 'extension', 'dist', file), 'utf8');
      const required = [...code.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]!);
      // A relative require in a single-file bundle names a file the .vsix does not hold (e.g. a UMD module's
      // internal require that the bundler could not follow).
      const unshipped = [...new Set(required)].filter(
        (id) => !id.startsWith('node:') && !builtins.has(id) && !builtins.has(id.split('/')[0]!) && id !== 'vscode' && !optional.has(id),
      );
      assert.deepEqual(unshipped, [], `dist/${file} requires modules the .vsix does not ship`);
      assert.ok(!code.includes('@cdktf/hcl2json'), `dist/${file} mentions @cdktf/hcl2json`);
    }
  });

  it('the packaged CLI runs on its own, outside the project', () => {
    const out = execFileSync(process.execPath, [join(extracted, 'extension', 'dist', 'cli.js'), '--help'], {
      cwd: extracted,
      encoding: 'utf8',
    });
    assert.match(out, /Usage: driftlog <command>/);
  });

  it('the packaged CLI compares live resources with the schema data it ships (a scan against the emulator)', async () => {
    const emu = await startEmulator({ port: 0, seed: join(ROOT, 'test-fixtures/scan/seed.json'), rngSeed: 1 });
    const work = join(extracted, 'ws');
    cpSync(join(ROOT, 'test-fixtures/scan/basic'), work, { recursive: true });
    try {
      const out = await new Promise<{ code: number | null; stdout: string; stderr: string }>((done, fail) => {
        const child = spawn(process.execPath, [join(extracted, 'extension', 'dist', 'cli.js'), 'scan', work, '--format', 'json', '--no-log'], {
          cwd: extracted,
          env: { PATH: process.env.PATH ?? '', HOME: extracted, AWS_EC2_METADATA_DISABLED: 'true', ...emu.env('us-east-1') },
        });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        child.on('error', fail);
        child.on('close', (code) => done({ code, stdout, stderr }));
      });
      assert.equal(out.code, 2, out.stderr);
      const report = JSON.parse(out.stdout) as ScanReport;
      const status = (a: string) => report.resources.find((r) => r.address === a)?.status;
      assert.equal(status('aws_s3_bucket.logs'), 'in_sync');
      assert.equal(status('aws_s3_bucket.assets'), 'drifted');
      assert.ok(!report.resources.some((r) => r.status === 'error' && /schema data/.test(r.error ?? '')), 'the shapes file is found beside the bundle');
    } finally {
      await emu.stop();
    }
  });

  it('the packaged language server starts on its own and answers initialize', async () => {
    const { result, stderr } = await lspInitialize(join(extracted, 'extension', 'dist', 'server.js'), extracted);
    assert.ok(result?.capabilities, `no capabilities in the initialize result; stderr:\n${tail(stderr)}`);
  });
});
