// `driftlog log`: not implemented yet.
export async function main(_argv: string[]): Promise<number> {
  process.stderr.write('driftlog log: not implemented yet\n');
  return 1;
}
