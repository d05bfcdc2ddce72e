// Child process for the concurrency and crash tests: appends batches to the log of argv[2] in a loop.
//   node --import tsx append-loop.ts REPO KEYDIR COUNT TAG     (COUNT 0: forever, until killed)
// Prints "appended <hash>" after each batch.
import { appendBatch, fileSigner, openLog, scanEvents } from '../../server/src/engine/log/index';
import { drifted } from './helpers';

async function mainLoop(): Promise<void> {
  const [repo, keyDir, countText, tag] = process.argv.slice(2);
  const count = Number(countText);
  const log = await openLog(repo, { create: true });
  const signer = await fileSigner({ dir: keyDir });
  for (let i = 0; count === 0 || i < count; i++) {
    // Big enough that a kill often lands in the middle of writing.
    const results = Array.from({ length: 200 }, (_, k) => drifted(`aws_s3_bucket.${tag}_${i}_${k}`, 'tags.Env', 'dev', `prod-${k}`));
    const r = await appendBatch(log, scanEvents(results, { repoRoot: repo }), {
      signer,
      author: { name: 'Alice', email: 'alice@example.com' },
    });
    process.stdout.write(`appended ${r.hash}\n`);
  }
}

mainLoop().catch((e) => {
  process.stderr.write(String(e?.stack ?? e) + '\n');
  process.exit(1);
});
