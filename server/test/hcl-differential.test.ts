// Differential test: every valid fixture and a generated corpus are parsed by our parser and by HashiCorp's
// (@cdktf/hcl2json, Go HCL in WASM); both must agree on the blocks (types, labels, how many), the attributes
// (names) and the literal values. Non-literal expressions must be non-literal for both. (hcl2json only reads
// native syntax, so .tf.json files are tested on their own in hcl.test.ts.)
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as hcl2json } from '@cdktf/hcl2json';
import { parse } from '../src/engine/hcl/parse';
import type { Body } from '../src/engine/hcl/ast';
import { literalValue } from '../src/engine/hcl/values';
import { generateTexts } from '../../bench/corpus';

const FIXTURES = join(__dirname, '../../test-fixtures/hcl');

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/**
 * Walks our body against hcl2json's object for the same body, collecting every disagreement as a message.
 * hcl2json's shape: an attribute is `name: value` (expressions as "${...}" strings); a block is
 * `type: {label1: {label2: [body, ...]}}` (an array of bodies at the innermost level).
 */
function compareBody(ours: Body, theirs: { [k: string]: Json }, path: string, problems: string[]): void {
  const expectedKeys = new Set<string>();
  for (const a of ours.attributes) {
    expectedKeys.add(a.name);
    const p = `${path}.${a.name}`;
    if (!(a.name in theirs)) {
      problems.push(`${p}: attribute missing in hcl2json`);
      continue;
    }
    const t = theirs[a.name];
    const v = literalValue(a.expr);
    if (v !== undefined) {
      try {
        assert.deepEqual(v, unescapeLiteral(t));
      } catch {
        problems.push(`${p}: literal ${JSON.stringify(v)} but hcl2json has ${JSON.stringify(t)}`);
      }
    } else if (!hasExpr(t)) {
      problems.push(`${p}: we see an expression (${a.expr.kind}) but hcl2json has the literal ${JSON.stringify(t)}`);
    }
  }
  // Group our blocks by type then labels, in order.
  const groups = new Map<string, Body[]>();
  for (const b of ours.blocks) {
    expectedKeys.add(b.type);
    const key = JSON.stringify([b.type, ...b.labels]);
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(b.body);
  }
  for (const [key, bodies] of groups) {
    const [type, ...labels] = JSON.parse(key) as string[];
    let node: Json | undefined = theirs[type];
    for (const l of labels) node = node && typeof node === 'object' && !Array.isArray(node) ? node[l] : undefined;
    const p = `${path}.${[type, ...labels].join('.')}`;
    if (!Array.isArray(node)) {
      problems.push(`${p}: block missing in hcl2json`);
      continue;
    }
    if (node.length !== bodies.length) problems.push(`${p}: ${bodies.length} blocks but hcl2json has ${node.length}`);
    bodies.forEach((body, i) => {
      const t = node[i];
      if (t && typeof t === 'object' && !Array.isArray(t)) compareBody(body, t, `${p}[${i}]`, problems);
    });
  }
  for (const k of Object.keys(theirs)) if (!expectedKeys.has(k)) problems.push(`${path}.${k}: only hcl2json has it`);
}

/** hcl2json renders expressions as "${...}" strings (element-wise inside tuples and objects), directives as "%{...}". */
function hasExpr(t: Json): boolean {
  if (typeof t === 'string') return t.includes('${') || t.includes('%{');
  if (Array.isArray(t)) return t.some(hasExpr);
  if (t && typeof t === 'object') return Object.entries(t).some(([k, v]) => hasExpr(k) || hasExpr(v));
  return false;
}

/** hcl2json escapes a literal "${" as "$${" (and "%{" as "%%{") in its output, as Terraform's JSON syntax needs. */
function unescapeLiteral(t: Json): Json {
  if (typeof t === 'string') return t.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');
  if (Array.isArray(t)) return t.map(unescapeLiteral);
  if (t && typeof t === 'object') return Object.fromEntries(Object.entries(t).map(([k, v]) => [unescapeLiteral(k) as string, unescapeLiteral(v)]));
  return t;
}

async function differences(name: string, text: string): Promise<string[]> {
  const ours = parse(text);
  assert.deepEqual(ours.errors, [], `${name}: our parser reported errors`);
  const theirs = (await hcl2json(name, text)) as { [k: string]: Json };
  const problems: string[] = [];
  // hcl2json merges the top level into one object the same way as a body.
  compareBody(ours.body, theirs, name, problems);
  return problems;
}

describe('HCL parser vs hcl2json (differential)', function () {
  this.timeout(120_000);

  const valid = readdirSync(join(FIXTURES, 'valid')).filter((f) => f.endsWith('.tf'));
  for (const f of valid) {
    it(`agrees on test-fixtures/hcl/valid/${f}`, async () => {
      const text = readFileSync(join(FIXTURES, 'valid', f), 'utf8');
      assert.deepEqual(await differences(f, text), []);
    });
  }

  it('agrees on a generated corpus of 300 files', async () => {
    const texts = generateTexts(300, 1234);
    const problems: string[] = [];
    for (let i = 0; i < texts.length; i++) problems.push(...(await differences(`gen${i}.tf`, texts[i])));
    assert.deepEqual(problems.slice(0, 20), []);
  });
});
