// code-server for the real-editor tests and the demo: installs what it needs into a cache outside the project
// (once), installs a .vsix into it, starts it on a free loopback port and stops it again.
//
//   node scripts/codeServer.mjs            ensure everything is installed (idempotent), print what is where
//
// Exports: ensure(), installExtension(), startCodeServer(), stopAll(), cacheDir(), CODE_SERVER_VERSION.
// Cache: $DRIFTLOG_E2E_CACHE or ~/.cache/driftlog-e2e. Nothing is installed into the project's node_modules:
// code-server needs Node 24 (the npm package `node@24`), and that package in the project would replace Node in
// every npm script.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, createWriteStream } from 'node:fs';
import { createServer } from 'node:net';
import { homedir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.139.1';
export const NODE_PACKAGE = 'node@24';
export const DEBIAN_PACKAGES = ['libkrb5-dev', 'libx11-dev', 'libxkbfile-dev', 'libsecret-1-dev', 'chromium'];
export const CHROMIUM = '/usr/bin/chromium';

const say = (msg) => process.stderr.write(`[code-server] ${msg}\n`);

/** User settings for code-server profiles of the demo and the tests: nothing in front of what they show. */
export const EDITOR_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'telemetry.telemetryLevel': 'off',
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'update.mode': 'none',
  'files.autoSave': 'off',
};

export function cacheDir() {
  return resolve(process.env.DRIFTLOG_E2E_CACHE || join(homedir(), '.cache', 'driftlog-e2e'));
}

function paths() {
  const root = cacheDir();
  const nodeDir = join(root, 'node24');
  const csDir = join(root, `code-server-${CODE_SERVER_VERSION}`);
  return {
    root,
    nodeDir,
    nodeBin: join(nodeDir, 'node_modules', '.bin', 'node'),
    nodeMarker: join(nodeDir, '.ready'),
    csDir,
    csEntry: join(csDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
    csMarker: join(csDir, '.ready'),
  };
}

/**
 * The environment without what an enclosing `npm run` adds (npm_config_*, npm_package_*, NODE, INIT_CWD, the
 * project's node_modules/.bin on PATH): npm reads npm_config_* as its own configuration, so a nested
 * `npm install` would otherwise report the outer Node (code-server's install script rejects Node 20 from
 * npm_config_user_agent) and code-server would find the project's tools first.
 */
function cleanEnv() {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^npm_/i.test(k) || k === 'NODE' || k === 'INIT_CWD') continue;
    env[k] = v;
  }
  env.PATH = (process.env.PATH ?? '')
    .split(delimiter)
    .filter((dir) => dir && !/[\\/]node_modules[\\/]\.bin$/.test(dir) && !/[\\/]node-gyp-bin$/.test(dir))
    .join(delimiter);
  return env;
}

/** Clean environment with Node 24 first on PATH, so code-server and everything it spawns run on it. */
function envWithNode24(extra = {}) {
  const { nodeBin } = paths();
  const env = cleanEnv();
  return { ...env, ...extra, PATH: `${dirname(nodeBin)}${delimiter}${env.PATH}` };
}

// ---------------------------------------------------------------------------------------------------------------
// Installation

function missingDebianPackages() {
  return DEBIAN_PACKAGES.filter((pkg) => {
    const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
    return r.status !== 0 || !r.stdout.includes('install ok installed');
  });
}

/** Runs a command to completion, its output going to `logFile`; prints a progress line every 20 s. */
function run(cmd, args, { cwd, env, logFile, what }) {
  return new Promise((resolvePromise, reject) => {
    const log = createWriteStream(logFile, { flags: 'a' });
    log.write(`\n$ ${cmd} ${args.join(' ')}\n`);
    const started = Date.now();
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    const beat = setInterval(() => say(`  ... ${what}: ${Math.round((Date.now() - started) / 1000)} s`), 20_000);
    child.on('error', (err) => {
      clearInterval(beat);
      log.end();
      reject(new Error(`${what}: cannot run ${cmd}: ${err.message}`));
    });
    child.on('close', (code, signal) => {
      clearInterval(beat);
      log.end(() => {
        if (code === 0) return resolvePromise(Date.now() - started);
        const tail = readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n');
        reject(new Error(`${what} failed (${signal ?? `exit ${code}`}); last lines of ${logFile}:\n${tail}`));
      });
    });
  });
}

async function ensureDebianPackages(logFile) {
  const missing = missingDebianPackages();
  if (missing.length === 0) return;
  const command = `apt-get update && apt-get install -y ${missing.join(' ')}`;
  if (process.getuid?.() !== 0) {
    throw new Error(
      `Debian packages missing for code-server and Chromium: ${missing.join(', ')}.\n` +
        `Install them as root, then run again:\n  sudo sh -c '${command}'`,
    );
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  say(`installing Debian packages: ${missing.join(' ')} (log: ${logFile})`);
  await run('apt-get', ['update'], { env, logFile, what: 'apt-get update' });
  await run('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { env, logFile, what: 'apt-get install' });
  const still = missingDebianPackages();
  if (still.length) throw new Error(`apt-get install finished but these are still missing: ${still.join(', ')}`);
}

/** npm install into a clean folder of its own (an earlier half-finished install is removed first). */
async function npmInstallClean(dir, spec, { env, logFile, what }) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'driftlog-e2e-tools', private: true }, null, 2));
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  return run(npm, ['install', '--no-audit', '--no-fund', '--no-save', '--no-package-lock', spec], {
    cwd: dir,
    env,
    logFile,
    what,
  });
}

function nodeVersion(bin) {
  const r = spawnSync(bin, ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

function pidAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

/** One installer at a time per cache: a lock file holding the owner's pid; a dead owner's lock is taken over. */
async function withInstallLock(root, fn) {
  const lock = join(root, '.install.lock');
  const until = Date.now() + 20 * 60_000;
  let told = false;
  for (;;) {
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx' });
      break;
    } catch (err) {
      if (err.code !== 'EEXIST') throw err;
      const owner = Number(readFileSync(lock, 'utf8').trim());
      if (!owner || !pidAlive(owner)) {
        rmSync(lock, { force: true });
        continue;
      }
      if (Date.now() > until) throw new Error(`another install (pid ${owner}) holds ${lock} for over 20 min`);
      if (!told) say(`waiting for another install in ${root} (pid ${owner}) to finish`);
      told = true;
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(lock, { force: true });
  }
}

/**
 * Makes sure the Debian packages, Node 24 and code-server are installed in the cache. Idempotent: when the
 * markers are there (and the binaries still answer), it does nothing. Returns where things are.
 */
export async function ensure() {
  const p = paths();
  mkdirSync(p.root, { recursive: true });
  return withInstallLock(p.root, () => install(p));
}

async function install(p) {
  const logFile = join(p.root, 'install.log');

  await ensureDebianPackages(logFile);

  if (!existsSync(p.nodeMarker) || !nodeVersion(p.nodeBin)?.startsWith('v24.')) {
    say(`installing ${NODE_PACKAGE} into ${p.nodeDir} (log: ${logFile})`);
    const ms = await npmInstallClean(p.nodeDir, NODE_PACKAGE, { env: cleanEnv(), logFile, what: `npm install ${NODE_PACKAGE}` });
    const v = nodeVersion(p.nodeBin);
    if (!v?.startsWith('v24.')) throw new Error(`${NODE_PACKAGE} installed but ${p.nodeBin} printed ${v ?? 'nothing'}`);
    writeFileSync(p.nodeMarker, `${v}\n`);
    say(`  Node ${v} ready (${Math.round(ms / 1000)} s)`);
  }

  if (!existsSync(p.csMarker) || !existsSync(p.csEntry)) {
    say(`installing code-server@${CODE_SERVER_VERSION} into ${p.csDir} with Node 24 (about 3 min, 620 MB; log: ${logFile})`);
    const ms = await npmInstallClean(p.csDir, `code-server@${CODE_SERVER_VERSION}`, {
      env: envWithNode24(),
      logFile,
      what: `npm install code-server@${CODE_SERVER_VERSION}`,
    });
    if (!existsSync(p.csEntry)) throw new Error(`code-server installed but ${p.csEntry} is missing; see ${logFile}`);
    writeFileSync(p.csMarker, `${CODE_SERVER_VERSION}\n`);
    say(`  code-server ready (${Math.round(ms / 1000)} s)`);
  }

  return { cacheDir: p.root, node: p.nodeBin, codeServer: p.csEntry, chromium: CHROMIUM };
}

// ---------------------------------------------------------------------------------------------------------------
// Running

function codeServerArgs(args) {
  const { nodeBin, csEntry } = paths();
  if (!existsSync(csEntry)) throw new Error(`code-server is not installed in ${cacheDir()}: call ensure() first`);
  return { cmd: nodeBin, args: [csEntry, ...args] };
}

/** `code-server --install-extension VSIX` into `extensionsDir`. */
export async function installExtension({ vsix, extensionsDir, userDataDir }) {
  mkdirSync(extensionsDir, { recursive: true });
  const extra = userDataDir ? ['--user-data-dir', userDataDir] : [];
  const { cmd, args } = codeServerArgs([...extra, '--extensions-dir', extensionsDir, '--install-extension', resolve(vsix), '--force']);
  const r = spawnSync(cmd, args, { env: envWithNode24(), encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) {
    throw new Error(`installing ${vsix} into code-server failed (${r.error?.message ?? `exit ${r.status}`}):\n${r.stdout}${r.stderr}`);
  }
}

export function freePort() {
  return new Promise((resolvePromise, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolvePromise(port));
    });
  });
}

/** Process groups started here that are still running: stopped by stopAll() (and, as a last resort, at exit). */
const running = new Set();

function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

async function stopGroup(pgid, deadlineMs = 10_000) {
  const signal = (sig) => {
    try {
      process.kill(-pgid, sig);
    } catch {
      /* the group is gone */
    }
  };
  signal('SIGTERM');
  const until = Date.now() + deadlineMs;
  while (groupAlive(pgid) && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
  if (groupAlive(pgid)) {
    signal('SIGKILL');
    const killUntil = Date.now() + 5_000;
    while (groupAlive(pgid) && Date.now() < killUntil) await new Promise((r) => setTimeout(r, 100));
  }
  return !groupAlive(pgid);
}

process.on('exit', () => {
  for (const pgid of running) {
    try {
      process.kill(-pgid, 'SIGKILL');
    } catch {
      /* gone */
    }
  }
});

/**
 * Starts code-server on a free loopback port with `workspace` open, in a process group of its own, and resolves
 * once it prints "HTTP server listening on". `vsix` (optional) is installed into `extensionsDir` first. `env`
 * is added to code-server's environment (the extension host inherits it). `trust: false` keeps workspace trust
 * on, so the folder opens untrusted. Rejects after `timeoutMs` with code-server's output.
 * `port` (optional) is used instead of a free one (the demo's --port).
 * Returns { url, port, pid, output(), stop() }; stop() ends the whole process group and only that.
 */
export async function startCodeServer({ workspace, userDataDir, extensionsDir, vsix, env = {}, trust = true, timeoutMs = 60_000, port: wantedPort }) {
  if (!workspace || !userDataDir || !extensionsDir) throw new Error('startCodeServer needs workspace, userDataDir and extensionsDir');
  mkdirSync(userDataDir, { recursive: true });
  if (vsix) await installExtension({ vsix, extensionsDir, userDataDir });
  const port = wantedPort ?? (await freePort());
  const { cmd, args } = codeServerArgs([
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    ...(trust ? ['--disable-workspace-trust'] : []),
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    resolve(workspace),
  ]);
  const child = spawn(cmd, args, { env: envWithNode24(env), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const pgid = child.pid;
  if (pgid === undefined) throw new Error(`cannot start code-server (${cmd})`);
  running.add(pgid);

  let out = '';
  const collect = (chunk) => {
    out += chunk.toString();
    if (out.length > 200_000) out = out.slice(-100_000);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);

  let stopped;
  const stop = () => {
    stopped ??= stopGroup(pgid).then((gone) => {
      running.delete(pgid);
      if (!gone) throw new Error(`code-server process group ${pgid} survived SIGKILL`);
    });
    return stopped;
  };

  try {
    await new Promise((resolvePromise, reject) => {
      const timer = setTimeout(() => reject(new Error(`code-server did not start within ${timeoutMs / 1000} s`)), timeoutMs);
      const check = () => {
        if (/HTTP server listening on/.test(out)) {
          clearTimeout(timer);
          resolvePromise();
        }
      };
      child.stdout.on('data', check);
      child.stderr.on('data', check);
      child.on('error', (err) => {
        clearTimeout(timer);
        reject(err);
      });
      child.on('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`code-server exited before it was ready (${signal ?? `exit ${code}`})`));
      });
    });
  } catch (err) {
    await stop().catch(() => {});
    throw new Error(`${err.message}\n--- code-server output ---\n${out.slice(-8000)}`);
  }

  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(resolve(workspace))}`;
  return { url, port, pid: pgid, output: () => out, stop };
}

/** Stops every code-server started by this process (for signal handlers). */
export async function stopAll() {
  await Promise.all([...running].map((pgid) => stopGroup(pgid).then(() => running.delete(pgid))));
}

// `node scripts/codeServer.mjs`: install (or check) and print where things are.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  ensure().then(
    (where) => {
      for (const [k, v] of Object.entries(where)) process.stdout.write(`${k}: ${v}\n`);
    },
    (err) => {
      process.stderr.write(`[code-server] ${err.message}\n`);
      process.exitCode = 1;
    },
  );
}
