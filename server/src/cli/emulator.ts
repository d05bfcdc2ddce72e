// `driftlog emulator --port N --seed FILE [fault flags]`: runs the local Cloud Control + CloudTrail emulator until
// SIGINT/SIGTERM. The first stdout line is `driftlog emulator listening on <url>` (the demo waits for it).
import { parseLatency, startEmulator, type FaultOptions } from '../emulator';

const USAGE = `Usage: driftlog emulator --seed FILE [--port N] [--host H] [fault flags]

Runs a local AWS Cloud Control API (and CloudTrail LookupEvents) on one port, seeded from FILE
(see test-fixtures/emulator/README.md for the format). Requests must be SigV4-signed with one of the
seed's credentials. An admin API (no signature) is served under /_admin/.

Options:
  --seed FILE            seed JSON file (required)
  --port N               port to listen on (default 4566; 0 picks a free one)
  --host H               address to bind (default 127.0.0.1)
  --mutation-delay MS    how long Create/Update/Delete stay IN_PROGRESS (default 200)
Faults:
  --latency SPEC         added latency per request: MS, MIN-MAX (uniform) or normal:MEAN,SD
  --rate N               requests per second per account and region (token bucket), ThrottlingException beyond
  --burst N              bucket size for --rate (default: N of --rate)
  --lookup-rate N        CloudTrail LookupEvents per second per account and region (AWS: 2; default unlimited)
  --throttle-rate P      fraction of requests throttled at random (0..1)
  --error-rate P         fraction answered with a 5xx ServiceInternalErrorException (0..1)
  --reset-rate P         fraction whose connection is reset (0..1)
  --timeout-rate P       fraction never answered (0..1)
  --seed-rng N           seed of the random generator (deterministic faults and generated ids)
`;

export interface EmulatorArgs {
  seed: string;
  port: number;
  host: string;
  mutationDelayMs?: number;
  rngSeed?: number;
  faults: FaultOptions;
}

function num(flag: string, v: string | undefined, check: (n: number) => boolean, what: string): number {
  if (v === undefined) throw new Error(`${flag} needs a value`);
  const n = Number(v);
  if (v.trim() === '' || !Number.isFinite(n) || !check(n)) throw new Error(`${flag}: '${v}' is not ${what}`);
  return n;
}

/** Parses the command line; throws with a message naming the bad flag. */
export function parseArgs(argv: string[]): EmulatorArgs | 'help' {
  const out: Partial<EmulatorArgs> & { faults: FaultOptions } = { port: 4566, host: '127.0.0.1', faults: {} };
  const fraction = (n: number) => n >= 0 && n <= 1;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.indexOf('=');
    const flag = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const value = () => (arg.startsWith('--') && eq > 0 ? arg.slice(eq + 1) : argv[++i]);
    switch (flag) {
      case '-h':
      case '--help':
        return 'help';
      case '--seed': {
        const v = value();
        if (!v) throw new Error('--seed needs a file');
        out.seed = v;
        break;
      }
      case '--port':
        out.port = num(flag, value(), (n) => Number.isInteger(n) && n >= 0 && n < 65536, 'a port number');
        break;
      case '--host': {
        const v = value();
        if (!v) throw new Error('--host needs an address');
        out.host = v;
        break;
      }
      case '--mutation-delay':
        out.mutationDelayMs = num(flag, value(), (n) => n >= 0, 'a number of milliseconds');
        break;
      case '--latency': {
        const v = value();
        if (!v) throw new Error('--latency needs a value');
        out.faults.latency = parseLatency(v);
        break;
      }
      case '--rate':
        out.faults.rate = num(flag, value(), (n) => n > 0, 'a positive number of requests per second');
        break;
      case '--burst':
        out.faults.burst = num(flag, value(), (n) => n >= 1, 'a bucket size of at least 1');
        break;
      case '--lookup-rate':
        out.faults.lookupRate = num(flag, value(), (n) => n > 0, 'a positive number of requests per second');
        break;
      case '--throttle-rate':
        out.faults.throttleRate = num(flag, value(), fraction, 'a fraction between 0 and 1');
        break;
      case '--error-rate':
        out.faults.errorRate = num(flag, value(), fraction, 'a fraction between 0 and 1');
        break;
      case '--reset-rate':
        out.faults.resetRate = num(flag, value(), fraction, 'a fraction between 0 and 1');
        break;
      case '--timeout-rate':
        out.faults.timeoutRate = num(flag, value(), fraction, 'a fraction between 0 and 1');
        break;
      case '--seed-rng':
        out.rngSeed = num(flag, value(), (n) => Number.isInteger(n) && n >= 0, 'a non-negative integer');
        break;
      default:
        throw new Error(`unknown option '${arg}'`);
    }
  }
  if (!out.seed) throw new Error('--seed FILE is required');
  return out as EmulatorArgs;
}

export async function main(argv: string[]): Promise<number> {
  let args: EmulatorArgs | 'help';
  try {
    args = parseArgs(argv);
  } catch (e) {
    process.stderr.write(`driftlog emulator: ${(e as Error).message}\n\n${USAGE}`);
    return 1;
  }
  if (args === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  let emu;
  try {
    emu = await startEmulator({
      port: args.port,
      host: args.host,
      seed: args.seed,
      faults: args.faults,
      rngSeed: args.rngSeed,
      mutationDelayMs: args.mutationDelayMs,
    });
  } catch (e) {
    process.stderr.write(`driftlog emulator: ${(e as Error).message}\n`);
    return 1;
  }
  const env = emu.env();
  process.stdout.write(
    [
      `driftlog emulator listening on ${emu.url}`,
      `  admin API:  ${emu.url}/_admin/counters`,
      `  SDK setup:  AWS_ENDPOINT_URL_CLOUDCONTROL=${emu.url} AWS_ENDPOINT_URL_CLOUDTRAIL=${emu.url} AWS_REGION=${env['AWS_REGION']}`,
      // The secret stays in the seed file: printing it would put it in terminal scrollback and CI logs.
      `  credentials: access key id ${emu.credentials.accessKeyId} (secret: see the seed file)`,
      '',
    ].join('\n'),
  );
  await new Promise<void>((resolve) => {
    const done = () => {
      process.off('SIGINT', done);
      process.off('SIGTERM', done);
      resolve();
    };
    process.on('SIGINT', done);
    process.on('SIGTERM', done);
  });
  await emu.stop();
  process.stderr.write('driftlog emulator: stopped\n');
  return 0;
}
