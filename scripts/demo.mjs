// `npm run demo`: Driftlog in a real editor, on a demo stack, against the local emulator, in one command.
//
//   1. builds and packages the extension (npm run package: esbuild --production, then vsce: dist/driftlog.vsix);
//   2. makes sure code-server is installed in the cache (first run: Debian packages when root, Node 24 and
//      code-server, with progress; see scripts/codeServer.mjs);
//   3. starts the emulator (node dist/cli.js emulator) on a free loopback port, seeded with the demo stack's live
//      side and out-of-band changes by alice, bob and carol (test-fixtures/demo/seed.json);
//   4. prepares the demo workspace in <cache>/demo/workspace (a fresh copy with a git history by two authors,
//      scripts/demoWorkspace.mjs); it is reset on every run;
//   5. installs the .vsix into code-server and starts it on that folder, trusted, with the emulator's endpoint and
//      test credentials in its environment (never the user's own AWS settings), and prints the URL.
// Ctrl-C (SIGINT, SIGTERM, SIGHUP) stops code-server and the emulator: what this run started, and only that.
//
// Options: --port N (code-server's port; default a free one), --no-browser (the default: only print the URL),
// --check (start everything, check code-server and the emulator answer, print OK and stop), --skip-build (use
// dist/ as it is), --help.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheDir, EDITOR_SETTINGS, ensure, installExtension, startCodeServer, stopAll } from './codeServer.mjs';
import { demoSeed, prepareDemoWorkspace } from './demoWorkspace.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const VSIX = join(ROOT, 'dist', 'driftlog.vsix');
const REGION = 'us-east-1';

const HELP = `Usage: npm run demo [-- options]

Builds and packages Driftlog, starts the local AWS emulator with a demo stack that has drifted, and opens that
stack in code-server (VS Code in the browser) with the extension installed. Prints the URL; Ctrl-C stops it all.

Options:
  --port N       code-server's port on 127.0.0.1 (default: a free one)
  --no-browser   only print the URL (the default; open it in your browser)
  --check        start everything, check that code-server and the emulator answer, print OK and stop
  --skip-build   use dist/driftlog.vsix and dist/cli.js as they are
  -h, --help     this help

Cache: $DRIFTLOG_E2E_CACHE or ~/.cache/driftlog-e2e (code-server and Node 24). The demo's own folder (workspace,
code-server profile, seed) is $DRIFTLOG_DEMO_DIR or <cache>/demo; it is reset on every run.
`;

const say = (msg) => process.stdout.write(`[demo] ${msg}\n`);

class UsageError extends Error {}

function parseArgs(argv) {
  const opts = { port: undefined, check: false, build: true, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.indexOf('=');
    const flag = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    switch (flag) {
      case '-h':
      case '--help':
        opts.help = true;
        break;
      case '--no-browser':
        break;
      case '--check':
        opts.check = true;
        break;
      case '--skip-build':
        opts.build = false;
        break;
      case '--port': {
        const v = eq > 0 ? arg.slice(eq + 1) : argv[++i];
        const n = Number(v);
        if (v === undefined || v.trim() === '' || !Number.isInteger(n) || n < 1 || n > 65535) {
          throw new UsageError(`--port needs a port number from 1 to 65535, got '${v ?? ''}'`);
        }
        opts.port = n;
        break;
      }
      default:
        throw new UsageError(`unknown option '${arg}'`);
    }
  }
  return opts;
}

/** Resolves when `port` on 127.0.0.1 can be listened on; rejects with a clear message otherwise. */
function checkPortFree(port) {
  return new Promise((resolvePromise, reject) => {
    const srv = createServer();
    srv.once('error', (err) =>
      reject(new Error(err.code === 'EADDRINUSE' ? `port ${port} is already in use: choose another with --port` : `cannot use port ${port}: ${err.message}`)),
    );
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolvePromise()));
  });
}

/** Runs a command to completion; its output is shown only when it fails. */
function run(cmd, args, what) {
  return new Promise((resolvePromise, reject) => {
    const started = Date.now();
    const child = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const collect = (d) => {
      out += d.toString();
      if (out.length > 100_000) out = out.slice(-50_000);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', (err) => reject(new Error(`${what}: cannot run ${cmd}: ${err.message}`)));
    child.on('close', (code, signal) => {
      if (code === 0) resolvePromise(Date.now() - started);
      else reject(new Error(`${what} failed (${signal ?? `exit ${code}`}):\n${out.slice(-6000)}`));
    });
  });
}

/**
 * Starts `node dist/cli.js emulator` on a free loopback port and resolves with its URL once it prints
 * "driftlog emulator listening on <url>". Returns { url, stop() }.
 */
function startEmulatorProcess(seedFile) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [CLI, 'emulator', '--port', '0', '--host', '127.0.0.1', '--seed', seedFile], {
      cwd: ROOT,
      env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let ready = false;
    const exited = new Promise((r) => child.once('exit', r));
    const stop = async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(timer);
      }
    };
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`the emulator did not start within 20 s:\n${out}`));
    }, 20_000);
    const onData = (d) => {
      out += d.toString();
      const m = /driftlog emulator listening on (http:\/\/\S+)/.exec(out);
      if (m && !ready) {
        ready = true;
        clearTimeout(timer);
        resolvePromise({ url: m[1], pid: child.pid, stop });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(new Error(`cannot start the emulator: ${err.message}`));
    });
    child.on('exit', (code, signal) => {
      if (!ready) {
        clearTimeout(timer);
        reject(new Error(`the emulator exited before it was ready (${signal ?? `exit ${code}`}):\n${out}`));
      }
    });
  });
}

function whatToTry(url, emulatorUrl, workspace) {
  return `
Driftlog demo is ready. Open this in your browser:

    ${url}

Workspace: ${workspace}
  (a git repository by Bob and Alice; reset on every run of npm run demo)
Emulator:  ${emulatorUrl}  (the demo's AWS account 111111111111, ${REGION}; admin API under /_admin/)

What to try:
  1. The background scan takes a few seconds: the Problems panel (Ctrl+Shift+M) then lists 3 drifted
     attributes, 1 missing topic, 1 parameter not in state and 1 unmanaged bucket, all from source driftlog.
  2. storage.tf: hover Env in the uploads bucket's tags: expected "prod", live "staging", changed by alice
     (CloudTrail: PutBucketTagging), the code's last change by Alice Example (git blame), and the audit log.
  3. app.tf (near the end): quick fixes (Ctrl+.) on visibility_timeout_seconds, which bob raised to 300:
     "Accept live value into code" rewrites the 60; "Revert live resource to code" asks first, then puts the
     emulator's queue back to 60, and the squiggle goes after the rescan.
     retention_in_days comes from var.log_retention_days: accepting carol's 7 edits its default in
     variables.tf (save the file).
  4. storage.tf, feature_flags (not in state): quick fix "Add import block".
  5. Command palette (Ctrl+Shift+P): "Driftlog: Scan Workspace", "Driftlog: Verify Audit Log",
     "Driftlog: Show Drift Report". Every scan and action is a signed batch under .driftlog/.
  6. Drift something yourself, then run Scan Workspace:
     curl -s ${emulatorUrl}/_admin/update -H 'content-type: application/json' \\
       -d '{"type":"AWS::DynamoDB::Table","identifier":"acme-orders","principal":"erin","patch":[{"op":"replace","path":"/Tags/0/Value","value":"test"}]}'

Ctrl-C stops code-server and the emulator.
`;
}

/** Environment without the user's own AWS settings: the demo talks to the emulator only, with its test key. */
function dropAwsEnvironment() {
  for (const k of Object.keys(process.env)) if (/^AWS_/.test(k)) delete process.env[k];
}

async function main() {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`npm run demo: ${err.message}\n\n${HELP}`);
    return 1;
  }
  if (opts.help) {
    process.stdout.write(HELP);
    return 0;
  }

  const started = Date.now();
  const cleanups = [];
  let stopping;
  const stopEverything = () =>
    (stopping ??= (async () => {
      while (cleanups.length) {
        try {
          await cleanups.pop()();
        } catch (err) {
          process.stderr.write(`[demo] while stopping: ${err.message}\n`);
        }
      }
      await stopAll();
    })());
  let interrupted = false;
  let release;
  const stopped = new Promise((r) => (release = r));
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(sig, () => {
      if (interrupted) return;
      interrupted = true;
      say(`${sig}: stopping code-server and the emulator`);
      stopEverything().finally(() => {
        say('stopped');
        release();
        process.exit(0);
      });
    });
  }

  try {
    if (opts.port !== undefined) await checkPortFree(opts.port);
    dropAwsEnvironment();

    if (opts.build) {
      say('1/5 building and packaging the extension (npm run package)');
      const ms = await run(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'package'], 'npm run package');
      say(`    dist/driftlog.vsix (${(ms / 1000).toFixed(1)} s)`);
    } else {
      say('1/5 using the existing build (--skip-build)');
    }
    for (const f of [CLI, VSIX]) if (!existsSync(f)) throw new Error(`${f} is missing: run without --skip-build`);

    say('2/5 code-server (installed into the cache on the first run: a few minutes)');
    const where = await ensure();
    say(`    ${where.codeServer}`);

    // --check runs in a throwaway folder, so it never disturbs a demo that is running.
    const demoRoot = opts.check ? mkdtempSync(join(tmpdir(), 'driftlog-demo-check-')) : resolve(process.env.DRIFTLOG_DEMO_DIR || join(cacheDir(), 'demo'));
    if (opts.check) cleanups.push(async () => rmSync(demoRoot, { recursive: true, force: true }));
    mkdirSync(demoRoot, { recursive: true });

    say('3/5 starting the emulator with the demo stack');
    const seedFile = join(demoRoot, 'seed.json');
    const seed = demoSeed();
    writeFileSync(seedFile, JSON.stringify(seed, null, 2));
    const emulator = await startEmulatorProcess(seedFile);
    cleanups.push(() => emulator.stop());
    say(`    ${emulator.url}`);

    say('4/5 preparing the demo workspace');
    const workspace = join(demoRoot, 'workspace');
    rmSync(workspace, { recursive: true, force: true });
    const { commits } = prepareDemoWorkspace(workspace);
    say(`    ${workspace} (${commits.length} commits by ${[...new Set(commits.map((c) => c.author))].join(' and ')})`);

    say('5/5 installing the extension and starting code-server');
    const userDataDir = join(demoRoot, 'user-data');
    const extensionsDir = join(demoRoot, 'extensions');
    rmSync(userDataDir, { recursive: true, force: true });
    mkdirSync(join(userDataDir, 'User'), { recursive: true });
    writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify(EDITOR_SETTINGS, null, 2));
    // An empty AWS config: a profile in ~/.aws can neither add nor replace the demo's test credentials.
    const awsConfig = join(demoRoot, 'aws-config');
    writeFileSync(awsConfig, '');
    await installExtension({ vsix: VSIX, extensionsDir, userDataDir });
    const credential = seed.credentials[0];
    const cs = await startCodeServer({
      workspace,
      userDataDir,
      extensionsDir,
      trust: true,
      port: opts.port,
      env: {
        AWS_ENDPOINT_URL_CLOUDCONTROL: emulator.url,
        AWS_ENDPOINT_URL_CLOUDTRAIL: emulator.url,
        AWS_ACCESS_KEY_ID: credential.accessKeyId,
        AWS_SECRET_ACCESS_KEY: credential.secretAccessKey,
        AWS_REGION: REGION,
        AWS_EC2_METADATA_DISABLED: 'true',
        AWS_CONFIG_FILE: awsConfig,
        AWS_SHARED_CREDENTIALS_FILE: awsConfig,
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      },
    });
    cleanups.push(() => cs.stop());

    if (opts.check) {
      const problems = [];
      const workbench = await fetch(cs.url).catch((err) => ({ ok: false, status: err.message }));
      if (!workbench.ok) problems.push(`code-server answered ${workbench.status} at ${cs.url}`);
      const health = await fetch(`${emulator.url}/_admin/health`)
        .then((r) => r.json())
        .catch((err) => ({ error: err.message }));
      if (health?.ok !== true) problems.push(`the emulator's health check answered ${JSON.stringify(health)}`);
      const installed = readdirSync(extensionsDir).filter((d) => d.startsWith('driftlog.driftlog-'));
      if (installed.length === 0) problems.push(`the extension is not installed in ${extensionsDir}`);
      if (problems.length) throw new Error(`check failed:\n  ${problems.join('\n  ')}`);
      say(`OK: code-server answers at ${cs.url}, the emulator at ${emulator.url}, ${installed.join(', ')} installed (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      await stopEverything();
      return 0;
    }

    process.stdout.write(whatToTry(cs.url, emulator.url, workspace));
    await stopped;
    return 0;
  } catch (err) {
    if (interrupted) return 0;
    process.stderr.write(`[demo] ${err.message}\n`);
    await stopEverything();
    return 1;
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`[demo] ${err.stack ?? err}\n`);
    process.exit(1);
  },
);
