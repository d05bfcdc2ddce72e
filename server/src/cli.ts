// CLI entry (`driftlog`): a thin shell over the engine. Each subcommand lives in server/src/cli/<name>.ts and
// exports `main(argv): Promise<number>` returning the exit code.
import { VERSION } from './version';

type Subcommand = { summary: string; load: () => Promise<{ main(argv: string[]): Promise<number> }> };

const SUBCOMMANDS: Record<string, Subcommand> = {
  index: { summary: 'print the workspace index (resources, files, ranges, attributes)', load: () => import('./cli/index') },
  scan: { summary: 'compare resources with live AWS and report drift', load: () => import('./cli/scan') },
  coverage: { summary: 'how many resources of the workspace can be checked, by type (no cloud call)', load: () => import('./cli/coverage') },
  log: { summary: 'verify, show, checkpoint and prove the audit log', load: () => import('./cli/log') },
  emulator: { summary: 'run the local Cloud Control emulator', load: () => import('./cli/emulator') },
};

export function usage(): string {
  const width = Math.max(...Object.keys(SUBCOMMANDS).map((k) => k.length));
  const lines = Object.entries(SUBCOMMANDS).map(([name, s]) => `  ${name.padEnd(width)}  ${s.summary}`);
  return [
    `driftlog ${VERSION}: Terraform drift against live AWS, with a signed audit log`,
    '',
    'Usage: driftlog <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Run `driftlog <command> --help` for the options of a command.',
    '',
    'Exit codes: 0 success (no drift), 1 error, 2 drift found (scan).',
  ].join('\n');
}

async function run(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  if (cmd === undefined || cmd === '--help' || cmd === '-h' || cmd === 'help') {
    process.stdout.write(usage() + '\n');
    return cmd === undefined ? 1 : 0;
  }
  if (cmd === '--version' || cmd === '-v') {
    process.stdout.write(VERSION + '\n');
    return 0;
  }
  const sub = SUBCOMMANDS[cmd];
  if (!sub) {
    process.stderr.write(`driftlog: unknown command '${cmd}'\n\n${usage()}\n`);
    return 1;
  }
  return (await sub.load()).main(rest);
}

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`driftlog: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
