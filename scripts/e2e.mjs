// `npm run test:e2e`: the real-editor suite. Packages the extension, makes sure code-server and Chromium are
// installed (in a cache outside the project, see scripts/codeServer.mjs), installs the .vsix into a fresh
// code-server, opens a copy of a fixture workspace in it and runs the mocha specs client/test/e2e/*.e2e.ts, which
// drive Chromium with playwright-core. Screenshots and code-server's logs go to test-results/e2e/.
// Exits non-zero on any failure; stops every process it started, also on failure and Ctrl-C.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM, EDITOR_SETTINGS, ensure, installExtension, startCodeServer, stopAll } from './codeServer.mjs';
import { demoSeed, prepareDemoWorkspace } from './demoWorkspace.mjs';
import { gitHistory } from './e2eWorkspace.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS = join(ROOT, 'test-results', 'e2e');
// DRIFTLOG_E2E_VSIX: test an already built .vsix instead of packaging the working tree.
const PREBUILT = process.env.DRIFTLOG_E2E_VSIX;
const VSIX = PREBUILT ? resolve(PREBUILT) : join(ROOT, 'dist', 'driftlog.vsix');

/**
 * Each suite runs its specs against its own code-server, on a fresh copy of its fixture workspace.
 * `trust: false` opens the folder untrusted (workspace trust stays on).
 */
const BASIC_SPECS = ['workbench', 'outline', 'diagnostics'].map((n) => `client/test/e2e/${n}.e2e.ts`);
/**
 * `seed`: an emulator is started from this seed for the suite (its endpoint and test credentials go into
 * code-server's environment, its URL to the specs as DRIFTLOG_E2E_EMULATOR). `history`: the workspace copy becomes
 * a git repository with commits by two authors (gitHistory in scripts/e2eWorkspace.mjs), so the hover has a code author to name.
 */
const SUITES = [
  { name: 'basic', fixture: 'test-fixtures/e2e/basic', trust: true, specs: BASIC_SPECS },
  { name: 'demo', demo: true, trust: true, specs: ['client/test/e2e/demo.e2e.ts'] },
  { name: 'drift', fixture: 'test-fixtures/e2e/drift', seed: 'seed.json', history: true, trust: true, specs: ['client/test/e2e/drift.e2e.ts'] },
  { name: 'untrusted', fixture: 'test-fixtures/e2e/drift', seed: 'seed.json', history: true, trust: false, specs: ['client/test/e2e/untrusted.e2e.ts'] },
];

const say = (msg) => process.stdout.write(`[e2e] ${msg}\n`);
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

/** Everything to undo, newest first: stops processes, removes temp dirs. */
const cleanups = [];
let mocha;

async function cleanup() {
  if (mocha && mocha.exitCode === null && mocha.signalCode === null) {
    mocha.kill('SIGTERM');
    await new Promise((r) => {
      const t = setTimeout(() => {
        mocha.kill('SIGKILL');
        r();
      }, 10_000);
      mocha.once('exit', () => {
        clearTimeout(t);
        r();
      });
    });
  }
  while (cleanups.length) {
    try {
      await cleanups.pop()();
    } catch (err) {
      process.stderr.write(`[e2e] cleanup: ${err.message}\n`);
    }
  }
  await stopAll();
}

let interrupted = false;
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    if (interrupted) return;
    interrupted = true;
    say(`${sig}: stopping everything started by this run`);
    cleanup().finally(() => process.exit(sig === 'SIGINT' ? 130 : 143));
  });
}

/** Pids of live processes whose command line names `path` (this run's unique temp dir): leftovers, if any. */
function processesMentioning(path) {
  if (!existsSync('/proc')) return [];
  const pids = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(path)) pids.push(Number(entry));
    } catch {
      /* exited meanwhile */
    }
  }
  return pids;
}

function runMocha(specs, env) {
  const mochaBin = join(ROOT, 'node_modules', 'mocha', 'bin', 'mocha.js');
  const args = [
    mochaBin,
    '--no-config',
    '--require', 'tsx/cjs',
    '--extension', 'ts',
    '--require', 'client/test/e2e/hooks.ts',
    '--timeout', '120000',
    '--reporter', 'spec',
    // Extra arguments go to mocha, e.g. `npm run test:e2e -- --grep outline`.
    ...process.argv.slice(2),
    ...specs,
  ];
  return new Promise((resolve) => {
    mocha = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: 'inherit' });
    mocha.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/**
 * Starts the emulator (the packaged CLI: `driftlog emulator`) from `seedFile` on a free port. Resolves with its URL,
 * the environment the AWS SDK needs to reach it with the seed's first test credentials, and stop().
 */
async function startEmulator(seedFile) {
  const seed = JSON.parse(readFileSync(seedFile, 'utf8'));
  const cred = seed.credentials[0];
  const region = Object.keys(seed.resources?.[cred.account] ?? {})[0] ?? 'us-east-1';
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'emulator', '--seed', seedFile, '--port', '0', '--mutation-delay', '100'], {
    cwd: ROOT,
    env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const url = await new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`the emulator did not start within 20 s:\n${out}`)), 20_000);
    const onData = (chunk) => {
      out += chunk.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolvePromise(m[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the emulator exited before it listened (${signal ?? `exit ${code}`}):\n${out}`));
    });
  });
  const stop = () =>
    new Promise((resolvePromise) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolvePromise();
      child.once('exit', () => resolvePromise());
      child.kill('SIGTERM');
    });
  const env = {
    AWS_ENDPOINT_URL_CLOUDCONTROL: url,
    AWS_ENDPOINT_URL_CLOUDTRAIL: url,
    AWS_ACCESS_KEY_ID: cred.accessKeyId,
    AWS_SECRET_ACCESS_KEY: cred.secretAccessKey,
    AWS_REGION: region,
    // Nothing from the machine's own AWS set-up may reach the test: no profile, no shared files.
    AWS_CONFIG_FILE: join(tmpdir(), 'driftlog-e2e-no-aws-config'),
    AWS_SHARED_CREDENTIALS_FILE: join(tmpdir(), 'driftlog-e2e-no-aws-credentials'),
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  };
  return { url, env, stop };
}

async function runSuite(suite, run, extensionsDir) {
  const tmp = join(run, suite.name);
  const workspace = join(tmp, 'workspace');
  const userDataDir = join(tmp, 'user-data');
  // The demo suite runs on `npm run demo`'s workspace: test-fixtures/demo with its two-author git history, and
  // the demo's seed (its CloudTrail events moved within the last 90 days).
  if (suite.demo) prepareDemoWorkspace(workspace);
  else cpSync(join(ROOT, suite.fixture), workspace, { recursive: true });
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify(EDITOR_SETTINGS, null, 2));

  if (suite.history) gitHistory(workspace);
  let emulator;
  // Not under `tmp`: the emulator outlives code-server there, and leftovers are looked for by that path.
  const seedFile = suite.demo ? join(run, `seed-${suite.name}.json`) : suite.seed && join(ROOT, suite.fixture, suite.seed);
  if (suite.demo) writeFileSync(seedFile, JSON.stringify(demoSeed(), null, 2));
  if (seedFile) {
    emulator = await startEmulator(seedFile);
    cleanups.push(() => emulator.stop());
    say(`[${suite.name}] emulator listening at ${emulator.url}`);
  }

  say(`[${suite.name}] starting code-server on ${suite.demo ? 'the demo workspace' : suite.fixture} (copied to ${workspace}, trust: ${suite.trust})`);
  const server = await startCodeServer({ workspace, userDataDir, extensionsDir, trust: suite.trust, env: emulator?.env ?? {} });
  cleanups.push(async () => {
    await server.stop();
    const left = processesMentioning(tmp);
    if (left.length) {
      const what = left.map((pid) => {
        try {
          return `${pid} (${readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim().slice(0, 200)})`;
        } catch {
          return String(pid);
        }
      });
      for (const pid of left) process.kill(pid, 'SIGKILL');
      throw new Error(`[${suite.name}] processes outlived code-server's process group: ${what.join(', ')}`);
    }
    writeFileSync(join(RESULTS, `code-server-${suite.name}.log`), server.output());
    const logs = join(userDataDir, 'logs');
    if (existsSync(logs)) cpSync(logs, join(RESULTS, `logs-${suite.name}`), { recursive: true });
    say(`[${suite.name}] code-server stopped (process group ${server.pid} is gone)`);
  });
  say(`[${suite.name}] code-server listening at ${server.url} (${elapsed()})`);

  const code = await runMocha(suite.specs, {
    DRIFTLOG_E2E_URL: server.url,
    DRIFTLOG_E2E_WORKSPACE: workspace,
    DRIFTLOG_E2E_RESULTS: join(RESULTS, suite.name),
    DRIFTLOG_E2E_CHROMIUM: CHROMIUM,
    DRIFTLOG_E2E_EMULATOR: emulator?.url ?? '',
  });
  mocha = undefined;
  await cleanups.pop()(); // stop this suite's code-server now, before the next one
  if (emulator) await cleanups.pop()(); // and its emulator
  return code;
}

async function main() {
  rmSync(RESULTS, { recursive: true, force: true });
  mkdirSync(RESULTS, { recursive: true });

  if (PREBUILT) {
    if (!existsSync(VSIX)) throw new Error(`DRIFTLOG_E2E_VSIX names ${VSIX}, which does not exist`);
    say(`testing the prebuilt ${VSIX} (DRIFTLOG_E2E_VSIX)`);
  } else {
    say('packaging the extension (npm run package)');
    const pkg = spawnSync('npm', ['run', 'package'], { cwd: ROOT, encoding: 'utf8' });
    if (pkg.status !== 0) throw new Error(`npm run package failed:\n${pkg.stdout}${pkg.stderr}`);
    say(`packaged ${VSIX} (${elapsed()})`);
  }

  await ensure();
  say(`code-server and Chromium ready (${elapsed()})`);

  // One temp dir per run, outside the project: the extensions dir and each suite's workspace copy and profile.
  const run = mkdtempSync(join(tmpdir(), 'driftlog-e2e-'));
  cleanups.push(() => rmSync(run, { recursive: true, force: true }));
  const extensionsDir = join(run, 'extensions');
  await installExtension({ vsix: VSIX, extensionsDir, userDataDir: join(run, 'install-profile') });
  const installed = readdirSync(extensionsDir).filter((d) => d.startsWith('driftlog.'));
  if (installed.length !== 1) throw new Error(`the .vsix did not install: ${extensionsDir} holds ${readdirSync(extensionsDir).join(', ')}`);
  say(`installed ${installed[0]} into code-server (${elapsed()})`);

  let failures = 0;
  // DRIFTLOG_E2E_SUITES=drift,untrusted runs only those suites.
  const only = process.env.DRIFTLOG_E2E_SUITES?.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = only?.filter((n) => !SUITES.some((s) => s.name === n)) ?? [];
  if (unknown.length) throw new Error(`DRIFTLOG_E2E_SUITES names unknown suites: ${unknown.join(', ')} (known: ${SUITES.map((s) => s.name).join(', ')})`);
  for (const suite of SUITES.filter((s) => !only?.length || only.includes(s.name))) {
    if (interrupted) break;
    const code = await runSuite(suite, run, extensionsDir);
    if (code !== 0) failures++;
  }
  return failures;
}

main()
  .then(async (failures) => {
    await cleanup();
    say(`screenshots and logs: ${RESULTS}`);
    say(`${failures ? `FAILED (${failures} suite${failures > 1 ? 's' : ''})` : 'passed'} in ${elapsed()}`);
    process.exitCode = failures ? 1 : 0;
  })
  .catch(async (err) => {
    process.stderr.write(`[e2e] ${err.stack ?? err.message}\n`);
    await cleanup();
    say(`FAILED in ${elapsed()}`);
    process.exitCode = 1;
  });
