// `driftlog emulator`: not implemented yet.
export async function main(_argv: string[]): Promise<number> {
  process.stderr.write('driftlog emulator: not implemented yet\n');
  return 1;
}
