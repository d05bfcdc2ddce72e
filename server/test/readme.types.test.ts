// The README lists exactly the aws_* types the table maps, and those with no Cloud Control counterpart.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { typesSection } from '../../scripts/mapping/typesSection';

describe('README: the list of types', () => {
  it('is the table as it is (npx tsx scripts/mapping/readme-types.ts rewrites it)', () => {
    const text = readFileSync(join(__dirname, '../../README.md'), 'utf8');
    const start = text.indexOf('<!-- types:start -->');
    const end = text.indexOf('<!-- types:end -->');
    assert.ok(start >= 0 && end > start, 'README.md has a types:start ... types:end section');
    assert.equal(text.slice(start, end), typesSection(), 'the README lists other types than the table: run npx tsx scripts/mapping/readme-types.ts');
  });
});
