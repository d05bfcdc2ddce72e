// `driftlog scan [DIR]`: compares the Terraform resources of DIR with live AWS through Cloud Control and prints a
// report. Exit codes follow `terraform plan -detailed-exitcode`: 0 in sync, 2 drift found, 1 error.
//
// What counts as drift (exit 2): drifted, missing, unmanaged and not_in_state. `unsupported` and `error` are not
// drift; an `error` resource makes the exit code 1 when no drift was found (the scan could not say "in sync").
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DRIFT_STATUSES, type ScanReport } from '../engine/scan/types';

const HELP = `Usage: driftlog scan [DIR] [options]

Compares every Terraform resource in DIR (default: the current directory) with the live AWS resource, through
the AWS Cloud Control API, and reports drift.

Options:
  --format text|json|sarif  Output format (default text). json is exactly the ScanReport; sarif is SARIF 2.1.0
                            for GitHub code scanning.
  --output FILE             Write the report to FILE instead of stdout.
  --endpoint URL            Cloud Control endpoint (else the provider block's endpoints { cloudcontrol = ... },
                            else AWS_ENDPOINT_URL_CLOUDCONTROL / AWS_ENDPOINT_URL, read by the AWS SDK).
  --profile P               AWS profile for provider blocks that name none (else AWS_PROFILE, the default chain).
  --region R                Region for provider blocks that name none (else AWS_REGION, AWS_DEFAULT_REGION).
  --state PATH              Terraform state file (v4, or \`terraform show -json\` output) instead of the backend's.
  --workspace NAME          Terraform workspace (else TF_WORKSPACE, "default").
  --concurrency N           Cloud Control calls in flight at most (default 16).
  --rate N                  Calls per second per account and region (default 20).
  --no-log                  Do not append the scan to the audit log.
  -h, --help                This help.

Exit codes: 0 everything in sync; 2 drift found (drifted, missing, unmanaged, not_in_state); 1 error (bad
arguments, no credentials, unusable state, or a resource that could not be checked while nothing drifted).
`;

export interface ScanArgs {
  dir: string;
  format: 'text' | 'json' | 'sarif';
  output?: string;
  endpoint?: string;
  profile?: string;
  region?: string;
  state?: string;
  workspace?: string;
  concurrency?: number;
  rate?: number;
  log: boolean;
  help: boolean;
}

export class UsageError extends Error {}

const VALUE_FLAGS = ['--format', '--output', '--endpoint', '--profile', '--region', '--state', '--workspace', '--concurrency', '--rate'] as const;

function positiveNumber(flag: string, v: string, integer: boolean): number {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n))) {
    throw new UsageError(`${flag} needs a positive ${integer ? 'whole ' : ''}number, got '${v}'`);
  }
  return n;
}

export function parseArgs(argv: string[]): ScanArgs {
  const a: ScanArgs = { dir: '.', format: 'text', log: true, help: false };
  let dirSeen = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '-h' || arg === '--help') {
      a.help = true;
      continue;
    }
    if (arg === '--no-log') {
      a.log = false;
      continue;
    }
    if (arg.startsWith('-') && arg !== '-') {
      const eq = arg.indexOf('=');
      const flag = eq >= 0 ? arg.slice(0, eq) : arg;
      if (!(VALUE_FLAGS as readonly string[]).includes(flag)) throw new UsageError(`unknown option '${flag}'`);
      let value: string | undefined = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || (eq < 0 && value.startsWith('--'))) throw new UsageError(`${flag} needs a value`);
      value = value.trim();
      if (value === '') throw new UsageError(`${flag} needs a value`);
      switch (flag) {
        case '--format':
          if (value !== 'text' && value !== 'json' && value !== 'sarif') throw new UsageError(`--format must be text, json or sarif, got '${value}'`);
          a.format = value;
          break;
        case '--output':
          a.output = value;
          break;
        case '--endpoint':
          try {
            const u = new URL(value);
            if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error();
          } catch {
            throw new UsageError(`--endpoint must be an http(s) URL, got '${value}'`);
          }
          a.endpoint = value;
          break;
        case '--profile':
          a.profile = value;
          break;
        case '--region':
          a.region = value;
          break;
        case '--state':
          a.state = value;
          break;
        case '--workspace':
          a.workspace = value;
          break;
        case '--concurrency':
          a.concurrency = positiveNumber(flag, value, true);
          break;
        case '--rate':
          a.rate = positiveNumber(flag, value, false);
          break;
      }
      continue;
    }
    if (dirSeen) throw new UsageError(`only one directory can be scanned, got '${a.dir}' and '${arg}'`);
    a.dir = arg;
    dirSeen = true;
  }
  return a;
}

/**
 * The exit code for a finished scan: 2 when drift is found, else 1 when a resource could not be checked, else 0.
 */
export function exitCodeFor(report: ScanReport): number {
  const { resources } = report;
  if (resources.some((r) => DRIFT_STATUSES.has(r.status))) return 2;
  if (resources.some((r) => r.status === 'error')) return 1;
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  let args: ScanArgs;
  try {
    args = parseArgs(argv);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`driftlog scan: ${err.message}\nRun \`driftlog scan --help\` for the options.\n`);
      return 1;
    }
    throw err;
  }
  if (args.help) {
    process.stdout.write(HELP);
    return 0;
  }

  // The SDK's notice that its 2027 releases will need Node 22 says nothing about this scan: keep stderr clean.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const dir = resolve(args.dir);
  // The engine (AWS SDK, parser, log) is loaded only now: `--help` and argument errors answer at once.
  const [{ CredentialsError }, { StateError }, { recordScan, repoRootOf }, { formatJson, formatSarif, formatText, sourceRoot }, { ScanCancelled, scan }, { loadWorkspace }, { applyIgnoreRules, formatIgnoreError, loadIgnoreRules }] =
    await Promise.all([
      import('../engine/cloud/connect'),
      import('../engine/compare/api'),
      import('../engine/log/record'),
      import('../engine/scan/format'),
      import('../engine/scan/scan'),
      import('../engine/scan/workspace'),
      import('../engine/edit/ignoreRules'),
    ]);
  const ctrl = new AbortController();
  const onSigint = () => ctrl.abort();
  process.once('SIGINT', onSigint);
  const tty = process.stderr.isTTY === true;
  let lastProgress = '';
  const progress = (done: number, total: number) => {
    if (!tty) return;
    const text = `scanning ${dir}: ${done}/${total}`;
    if (text === lastProgress) return;
    lastProgress = text;
    process.stderr.write(`\r\x1b[2K${text}`);
  };
  try {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      process.stderr.write(`driftlog scan: ${dir} is not a directory\n`);
      return 1;
    }
    const { scanInput } = await loadWorkspace(dir);
    const scanned = await scan({
      ...scanInput,
      statePath: args.state ? resolve(args.state) : undefined,
      workspace: args.workspace ?? process.env.TF_WORKSPACE,
      endpoint: args.endpoint,
      profile: args.profile,
      region: args.region,
      scheduler: { concurrency: args.concurrency, rate: args.rate },
      signal: ctrl.signal,
      onProgress: (p) => progress(p.done, p.total),
    });
    if (tty && lastProgress) process.stderr.write('\r\x1b[2K');

    // The repository's `.driftlog/ignore` rules hide accepted differences (shared by the editor and CI).
    const { rules, errors } = loadIgnoreRules((await repoRootOf(dir)).root);
    for (const e of errors) process.stderr.write(`driftlog scan: warning: ${formatIgnoreError(e)}\n`);
    const ignored = applyIgnoreRules(scanned.report, rules);
    if (ignored.ignoredDifferences || ignored.ignoredUnmanaged) {
      process.stderr.write(`.driftlog/ignore: ${ignored.ignoredDifferences} difference(s) and ${ignored.ignoredUnmanaged} unmanaged resource(s) ignored\n`);
    }
    const outcome = { ...scanned, report: ignored.report };

    const text =
      args.format === 'json'
        ? formatJson(outcome.report)
        : args.format === 'sarif'
          ? formatSarif(outcome.report, { srcRoot: sourceRoot(dir) })
          : formatText(outcome.report, { baseDir: dir });
    if (args.output) writeFileSync(resolve(args.output), text);
    else process.stdout.write(text);

    if (args.log) {
      // Every scan is recorded in the repository's signed audit log (one `scan` event per resource). A failure
      // to record is reported, but does not change what the scan found (nor its exit code).
      try {
        const r = await recordScan(dir, outcome.report);
        process.stderr.write(`recorded in the audit log: ${r.rel} (${r.events} events)\n`);
      } catch (err) {
        process.stderr.write(
          `driftlog scan: warning: the scan was not recorded in the audit log: ${err instanceof Error ? err.message : String(err)} (use --no-log to scan without recording)\n`,
        );
      }
    }
    if (args.format === 'text' || args.output) {
      const s = outcome.stats;
      process.stderr.write(`${s.calls} API call${s.calls === 1 ? '' : 's'} (${s.retries} retried, ${s.throttled} throttled)\n`);
    }
    return exitCodeFor(outcome.report);
  } catch (err) {
    if (tty && lastProgress) process.stderr.write('\r\x1b[2K');
    if (err instanceof CredentialsError || err instanceof StateError || err instanceof ScanCancelled) {
      process.stderr.write(`driftlog scan: ${err.message}\n`);
      return 1;
    }
    throw err;
  } finally {
    process.removeListener('SIGINT', onSigint);
  }
}
