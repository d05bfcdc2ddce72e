import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VERSION } from '../src/version';

describe('version', () => {
  it('matches package.json, so log headers and SARIF name the released version', () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8'));
    assert.equal(VERSION, pkg.version);
  });
});
