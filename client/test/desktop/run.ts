// `npm run test:desktop`: the drift scenario in a desktop VS Code, through @vscode/test-electron. The extension
// runs from this working tree (after `npm run build`); the specs (client/test/desktop/suite/) run with mocha
// inside the extension host and use the `vscode` API. The emulator runs in this process and its endpoint and test
// credentials reach the extension host through `extensionTestsEnv`.
//
// VS Code comes from VSCODE_EXECUTABLE (the path of a desktop `code` binary), else from @vscode/test-electron's
// download. Where neither works (no internet, as on the project's build machine) the suite says plainly that it
// did NOT run and why, and exits 0 without any pass count: the code-server suite (`npm run test:e2e`) is the
// real-editor test there.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { build } from 'esbuild';
import { startEmulator } from '../../../server/src/emulator';
// @ts-expect-error: a plain .mjs module without types, shared with the code-server suite
import { gitHistory } from '../../../scripts/e2eWorkspace.mjs';

const ROOT = resolve(__dirname, '..', '..', '..');
const FIXTURE = join(ROOT, 'test-fixtures', 'e2e', 'drift');
const OUT = join(ROOT, 'test-results', 'desktop');
const DOWNLOAD_TIMEOUT_MS = 120_000;

const say = (msg: string) => process.stdout.write(`[desktop] ${msg}\n`);

function notRun(reason: string): never {
  say('DID NOT RUN: the desktop VS Code suite needs a desktop VS Code, and none could be had.');
  say(`reason: ${reason}`);
  say('Set VSCODE_EXECUTABLE to a desktop VS Code binary to run it. The real-editor test here is `npm run test:e2e` (code-server).');
  process.exit(0);
}

async function vscodeExecutable(): Promise<string> {
  const given = process.env.VSCODE_EXECUTABLE;
  if (given) {
    if (!existsSync(given)) notRun(`VSCODE_EXECUTABLE names ${given}, which does not exist`);
    return given;
  }
  say('VSCODE_EXECUTABLE is not set: trying to download VS Code (@vscode/test-electron)');
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      downloadAndUnzipVSCode({ cachePath: join(ROOT, '.vscode-test') }),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${DOWNLOAD_TIMEOUT_MS / 1000} s`)), DOWNLOAD_TIMEOUT_MS);
      }),
    ]);
  } catch (err) {
    notRun(`the VS Code download failed: ${(err as Error).message.split('\n')[0]}`);
  } finally {
    clearTimeout(timer);
  }
}

async function main(): Promise<number> {
  const executable = await vscodeExecutable();
  say(`VS Code: ${executable}`);

  const b = spawnSync(process.execPath, [join(ROOT, 'esbuild.mjs')], { cwd: ROOT, encoding: 'utf8' });
  if (b.status !== 0) throw new Error(`npm run build failed:\n${b.stdout}${b.stderr}`);
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  // The specs, bundled for the extension host: `vscode` comes from the host, mocha from node_modules.
  await build({
    entryPoints: [join(__dirname, 'suite', 'index.ts')],
    outfile: join(OUT, 'suite.js'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: true,
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });

  const tmp = mkdtempSync(join(tmpdir(), 'driftlog-desktop-'));
  const workspace = join(tmp, 'workspace');
  cpSync(FIXTURE, workspace, { recursive: true });
  gitHistory(workspace);
  const emu = await startEmulator({ seed: join(FIXTURE, 'seed.json'), mutationDelayMs: 100 });
  say(`emulator at ${emu.url}; workspace ${workspace}`);
  try {
    await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: join(OUT, 'suite.js'),
      launchArgs: [workspace, '--disable-workspace-trust', '--disable-extensions', '--user-data-dir', join(tmp, 'user-data'), '--skip-welcome', '--skip-release-notes'],
      extensionTestsEnv: {
        ...emu.env('us-east-1'),
        AWS_CONFIG_FILE: join(tmp, 'no-aws-config'),
        AWS_SHARED_CREDENTIALS_FILE: join(tmp, 'no-aws-credentials'),
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
        DRIFTLOG_E2E_WORKSPACE: workspace,
        DRIFTLOG_E2E_EMULATOR: emu.url,
      },
    });
    return 0;
  } catch (err) {
    process.stderr.write(`[desktop] FAILED: ${(err as Error).message}\n`);
    return 1;
  } finally {
    await emu.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (err: Error) => {
    process.stderr.write(`[desktop] ${err.stack ?? err.message}\n`);
    process.exit(1);
  },
);
