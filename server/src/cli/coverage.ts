// `driftlog coverage [DIR]`: how many of the workspace's resources Driftlog can check against live AWS, by type,
// and why the others cannot be. From the code alone: no state, no credentials, no cloud call.
import { statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultCacheDir, WorkspaceIndex } from '../engine/index';
import { mappingFor } from '../engine/mapping/index';
import { coverageOfResources, isAwsType, percent, type Coverage } from '../engine/scan/coverage';

const HELP = `Usage: driftlog coverage [DIR] [options]

Counts the resource blocks of the Terraform code under DIR (default: the current directory, local modules
included) by type, and says which types Driftlog checks against live AWS (the Cloud Control type each is read as)
and why the others are not checked. Reads neither state nor credentials and makes no cloud call. The share counts
resource blocks of AWS provider types (aws_*, awscc_*); blocks of other providers (random, null, tls ...) are
listed apart. A block with count or for_each is one block here, as many resources in a scan.

Options:
  --json               print JSON
  --verbose            also list, per checked type, the arguments Driftlog leaves out on purpose, and why
  --exclude GLOB       skip files and directories matching GLOB (relative to DIR); repeatable
  -h, --help           show this help

Exit codes: 0 the coverage was printed, 1 bad usage or DIR missing.`;

export async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean', default: false },
        verbose: { type: 'boolean', default: false },
        exclude: { type: 'string', multiple: true, default: [] },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    process.stderr.write(`driftlog coverage: ${err instanceof Error ? err.message : String(err)}\n\n${HELP}\n`);
    return 1;
  }
  const { values, positionals } = args;
  if (values.help) {
    process.stdout.write(HELP + '\n');
    return 0;
  }
  if (positionals.length > 1) {
    process.stderr.write(`driftlog coverage: expected at most one directory, got ${positionals.length}: ${positionals.join(' ')}\n`);
    return 1;
  }
  const root = resolve(positionals[0] ?? '.');
  let isDir = false;
  try {
    isDir = statSync(root).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir) {
    process.stderr.write(`driftlog coverage: ${positionals[0] ?? root}: no such directory\n`);
    return 1;
  }
  const index = new WorkspaceIndex({
    cacheDir: defaultCacheDir(),
    exclude: values.exclude,
    bodyCacheSize: 64,
    moduleCacheSize: 2,
    log: (level, message) => process.stderr.write(`driftlog coverage: ${level}: ${message}\n`),
  });
  await index.open([root]);
  const rel = (p: string): string => relative(root, p).split(sep).join('/') || '.';
  let syntaxErrors = 0;
  for (const f of index.files()) {
    if (f.errors.length) {
      syntaxErrors++;
      process.stderr.write(`driftlog coverage: ${rel(f.path)}: ${f.errors.length} syntax error(s): its resources may be missing from the count\n`);
    }
  }
  const c = coverageOfResources(index.resources());
  process.stdout.write(values.json ? JSON.stringify({ root, ...c, ...(syntaxErrors ? { filesWithSyntaxErrors: syntaxErrors } : {}) }, null, 2) + '\n' : formatCoverage(c, values.verbose));
  return 0;
}

export function formatCoverage(c: Coverage, verbose = false): string {
  const aws = c.types.filter((t) => isAwsType(t.type));
  const other = c.types.filter((t) => !isAwsType(t.type));
  const lines: string[] = [];
  const width = Math.max(4, ...c.types.map((t) => t.type.length));
  const row = (type: string, n: string, what: string) => `${type.padEnd(width)}  ${n.padStart(6)}  ${what}`;
  if (aws.length) {
    lines.push(row('TYPE', 'BLOCKS', 'CHECKED AS'));
    for (const t of aws) {
      lines.push(row(t.type, String(t.count), t.cloudType ?? `not checked: ${t.reason ?? ''}`));
      if (verbose && t.cloudType) {
        for (const [arg, why] of Object.entries(mappingFor(t.type)?.notCompared ?? {})) lines.push(`${' '.repeat(width + 10)}${arg} not compared: ${why}`);
      }
    }
    lines.push('');
  }
  if (other.length) lines.push(`Other providers (not counted): ${other.map((t) => `${t.type} (${t.count})`).join(', ')}`, '');
  const uncheckedTypes = aws.filter((t) => !t.cloudType);
  lines.push(
    `${c.checkable} of ${c.aws} AWS resource block${c.aws === 1 ? '' : 's'} can be checked (${percent(c.checkable, c.aws)}), ` +
      `${aws.length - uncheckedTypes.length} of ${aws.length} type${aws.length === 1 ? '' : 's'}` +
      (uncheckedTypes.length ? `; not checked: ${c.aws - c.checkable} block(s) of ${uncheckedTypes.length} type(s)` : ''),
  );
  return lines.join('\n') + '\n';
}
