// Rewrites the list of mapped aws_* types in README.md (between the `types:start` and `types:end` markers) from the
// table, so the README says exactly what Driftlog checks. server/test/readme.types.test.ts fails when it is stale.
//
//   npx tsx scripts/mapping/readme-types.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { typesSection } from './typesSection';

const README = join(__dirname, '../../README.md');
const text = readFileSync(README, 'utf8');
const start = text.indexOf('<!-- types:start -->');
const end = text.indexOf('<!-- types:end -->');
if (start < 0 || end < start) {
  console.error('README.md has no <!-- types:start --> ... <!-- types:end --> section');
  process.exit(1);
}
const next = text.slice(0, start) + typesSection() + text.slice(end);
writeFileSync(README, next);
console.log(next === text ? 'README.md already lists every type' : 'README.md: list of types rewritten');
