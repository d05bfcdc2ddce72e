// The HCL parser on the fixtures of test-fixtures/hcl: structure, exact offsets (computed from the fixture text
// with indexOf, never typed by hand), values, references, JSON syntax, and recovery from malformed input.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../src/engine/hcl/parse';
import { parseJson } from '../src/engine/hcl/json';
import type { Attribute, Block, Body, Expr, ParsedFile, Span } from '../src/engine/hcl/ast';
import { LineIndex, computeLineStarts } from '../src/engine/hcl/lineIndex';
import { exprText, literalValue, references } from '../src/engine/hcl/values';
import { rng } from '../../bench/corpus';

const FIX = join(__dirname, '../../test-fixtures/hcl');
const read = (p: string): string => readFileSync(join(FIX, p), 'utf8');

function block(body: Body, type: string, ...labels: string[]): Block {
  const b = body.blocks.find((x) => x.type === type && labels.every((l, i) => x.labels[i] === l));
  assert.ok(b, `block ${type} ${labels.join(' ')} not found (have: ${body.blocks.map((x) => `${x.type} ${x.labels.join(' ')}`).join(', ')})`);
  return b;
}
function attr(body: Body, name: string): Attribute {
  const a = body.attributes.find((x) => x.name === name);
  assert.ok(a, `attribute ${name} not found (have: ${body.attributes.map((x) => x.name).join(', ')})`);
  return a;
}
/** The span of the `n`-th occurrence (0-based) of `needle` in `text`, after `from`. */
function spanOf(text: string, needle: string, from = 0): Span {
  const start = text.indexOf(needle, from);
  assert.ok(start >= 0, `${JSON.stringify(needle)} not in the text`);
  return { start, end: start + needle.length };
}
function spanEq(actual: Span, expected: Span, what: string): void {
  assert.deepEqual({ start: actual.start, end: actual.end }, { start: expected.start, end: expected.end }, what);
}
function val(body: Body, name: string): unknown {
  return literalValue(attr(body, name).expr);
}
/** Every span of the tree lies inside [0, len] with start <= end; children inside parents. */
function checkSpans(node: unknown, len: number, parent: Span = { start: 0, end: len }): void {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const n of node) checkSpans(n, len, parent);
    return;
  }
  const o = node as Record<string, unknown>;
  let here = parent;
  if (typeof o.start === 'number' && typeof o.end === 'number') {
    assert.ok(0 <= o.start && o.start <= o.end && o.end <= len, `bad span ${o.start}-${o.end} (len ${len})`);
    here = { start: o.start, end: o.end };
  }
  for (const k of Object.keys(o)) checkSpans(o[k], len, here);
}

describe('HCL parser: blocks and ranges', () => {
  const text = read('valid/blocks.tf');
  const f = parse(text);

  it('parses every top-level block kind with its labels and no error', () => {
    assert.deepEqual(f.errors, []);
    assert.deepEqual(
      f.body.blocks.map((b) => [b.type, ...b.labels].join(' ')),
      [
        'terraform', 'provider aws', 'resource aws_s3_bucket logs', 'data aws_caller_identity current', 'module vpc',
        'variable environment', 'locals', 'output bucket', 'import', 'moved', 'unlabeled_ident_label foo',
      ],
    );
  });

  it('gives exact ranges for the block, header, type, labels, attributes and nested blocks', () => {
    const b = block(f.body, 'resource', 'aws_s3_bucket', 'logs');
    const headerText = 'resource "aws_s3_bucket" "logs"';
    const start = text.indexOf(headerText);
    spanEq(b.header, { start, end: start + headerText.length }, 'header');
    spanEq(b.typeSpan, { start, end: start + 'resource'.length }, 'type');
    spanEq(b.labelSpans[0], spanOf(text, '"aws_s3_bucket"', start), 'label 0 (quotes included)');
    spanEq(b.labelSpans[1], spanOf(text, '"logs"', start), 'label 1');
    const close = text.indexOf('\n}\n', start) + 2;
    spanEq(b, { start, end: close }, 'block');
    const bucket = attr(b.body, 'bucket');
    spanEq(bucket.nameSpan, spanOf(text, 'bucket', start + headerText.length), 'attribute name');
    spanEq(bucket.expr, spanOf(text, '"acme-logs"'), 'attribute expression');
    spanEq(bucket, { start: bucket.nameSpan.start, end: bucket.expr.end }, 'attribute');
    const v = block(b.body, 'versioning');
    const vStart = text.indexOf('versioning {', start);
    spanEq(v, { start: vStart, end: text.indexOf('  }', vStart) + 3 }, 'nested block');
    spanEq(attr(v.body, 'enabled').expr, spanOf(text, 'true', vStart), 'nested attribute');
  });

  it('reads labels given as identifiers and empty blocks', () => {
    const b = block(f.body, 'unlabeled_ident_label', 'foo');
    const foo = text.indexOf('foo {');
    spanEq(b.labelSpans[0], { start: foo, end: foo + 3 }, 'identifier label');
    const d = block(f.body, 'data', 'aws_caller_identity', 'current');
    assert.equal(d.body.attributes.length + d.body.blocks.length, 0);
    spanEq(d, spanOf(text, 'data "aws_caller_identity" "current" {}'), 'empty block');
  });

  it('keeps nested terraform blocks (required_providers, backend)', () => {
    const tf = block(f.body, 'terraform');
    const rp = block(tf.body, 'required_providers');
    assert.deepEqual(val(rp.body, 'aws'), { source: 'hashicorp/aws', version: '~> 5.0' });
    const be = block(tf.body, 'backend', 's3');
    assert.equal(val(be.body, 'bucket'), 'tfstate-main');
  });
});

describe('HCL parser: comments', () => {
  const text = read('valid/comments.tf');
  const f = parse(text);
  it('skips all three comment kinds, inline and trailing, and a last line without newline', () => {
    assert.deepEqual(f.errors, []);
    const q = block(f.body, 'resource', 'aws_sqs_queue', 'q');
    assert.deepEqual(q.body.attributes.map((a) => a.name), ['name', 'delay_seconds', 'visibility_timeout_seconds', 'tags', 'policy']);
    assert.equal(val(q.body, 'name'), 'jobs');
    assert.equal(val(q.body, 'delay_seconds'), 5);
    assert.equal(val(q.body, 'visibility_timeout_seconds'), 30);
    assert.deepEqual(val(q.body, 'tags'), { team: 'core' });
    assert.deepEqual(val(q.body, 'policy'), ['a', 'b']);
    spanEq(attr(q.body, 'delay_seconds').nameSpan, spanOf(text, 'delay_seconds'), 'after an inline block comment');
    spanEq(attr(q.body, 'visibility_timeout_seconds').expr, spanOf(text, '30'), 'after a comment before the value');
  });
});

describe('HCL parser: templates', () => {
  const text = read('valid/templates.tf');
  const f = parse(text);
  const l = block(f.body, 'locals').body;
  it('decodes escapes and literal $${ and %%{', () => {
    assert.deepEqual(f.errors, []);
    assert.equal(val(l, 'plain'), 'no interpolation');
    assert.equal(val(l, 'escapes'), 'tab\there "quoted" back\\slash é 😀 newline\n');
    assert.equal(val(l, 'literal_ds'), 'cost: ${not_interpolated} and %{ not_a_directive }');
    assert.equal(val(l, 'dollar'), 'price in $ and 100%');
    assert.equal(val(l, 'empty'), '');
  });

  it('splits interpolations into parts with exact spans', () => {
    const e = attr(l, 'multi').expr;
    assert.equal(e.kind, 'template');
    if (e.kind !== 'template') return;
    const s = text.indexOf('"a${var.x}b${local.y}c"');
    assert.deepEqual(
      e.parts.map((p) => [p.kind, text.slice(p.start, p.end)]),
      [['text', 'a'], ['interp', '${var.x}'], ['text', 'b'], ['interp', '${local.y}'], ['text', 'c']],
    );
    spanEq(e, { start: s, end: s + '"a${var.x}b${local.y}c"'.length }, 'template');
    const interp = e.parts[1];
    assert.ok(interp.kind === 'interp');
    spanEq(interp.expr, spanOf(text, 'var.x', s), 'interpolated expression');
    assert.deepEqual(references(e), ['var.x', 'local.y']);
  });

  it('parses nested templates inside interpolations', () => {
    assert.deepEqual(references(attr(l, 'nested').expr), ['var.a', 'var.b']);
  });

  it('keeps %{if}/%{for} directives with their expressions; loop variables are not references', () => {
    const d = attr(l, 'directive_if').expr;
    assert.ok(d.kind === 'template');
    assert.deepEqual(d.parts.filter((p) => p.kind === 'directive').map((p) => (p as { text: string }).text), ['%{ if var.enabled }', '%{ else }', '%{ endif }']);
    assert.deepEqual(references(d), ['var.enabled']);
    assert.deepEqual(references(attr(l, 'directive_for').expr), ['var.ips']);
    assert.deepEqual(references(attr(l, 'strip_dir').expr), ['var.m']);
  });

  it('applies strip markers to the neighbouring text', () => {
    const e = attr(l, 'strip').expr;
    assert.ok(e.kind === 'template');
    assert.deepEqual(e.parts.filter((p) => p.kind === 'text').map((p) => (p as { value: string }).value), ['x', 'y']);
  });
});

describe('HCL parser: heredocs', () => {
  const text = read('valid/heredocs.tf');
  const f = parse(text);
  const p = block(f.body, 'resource', 'aws_iam_policy', 'p').body;
  it('reads <<EOF verbatim and <<-EOT with the common indentation removed', () => {
    assert.deepEqual(f.errors, []);
    assert.equal(val(p, 'policy'), '{\n  "Version": "2012-10-17",\n  "Statement": []\n}\n');
    assert.equal(val(p, 'description'), 'Indented heredoc:\n  keeps relative indentation\nand strips the common prefix.\n');
    assert.equal(val(p, 'empty_heredoc'), '');
    assert.equal(val(p, 'no_escapes'), 'backslash \\n stays and "quotes" stay\n');
  });
  it('spans a heredoc from << to the end of its closing marker; interpolation makes it a template', () => {
    const s = text.indexOf('<<EOF');
    spanEq(attr(p, 'policy').expr, { start: s, end: text.indexOf('\nEOF\n') + 4 }, 'heredoc');
    const ud = attr(p, 'user_data').expr;
    assert.ok(ud.kind === 'template' && ud.heredoc);
    assert.deepEqual(references(ud), ['var.greeting']);
  });
});

describe('HCL parser: expressions', () => {
  const text = read('valid/expressions.tf');
  const f = parse(text);
  const w = block(f.body, 'resource', 'aws_instance', 'web').body;
  const e = (name: string): Expr => attr(w, name).expr;

  it('parses without error and every expression spans exactly its source text', () => {
    assert.deepEqual(f.errors, []);
    for (const a of w.attributes) {
      const line = text.slice(a.start, text.indexOf('\n', a.start));
      const rhs = line.slice(line.indexOf('=') + 1).trim();
      if (!/[[{(]$/.test(rhs)) assert.equal(exprText(text, a.expr), rhs, a.name);
    }
  });

  it('gives operators HCL precedence and associativity', () => {
    const show = (x: Expr): string => {
      switch (x.kind) {
        case 'binary': return `(${show(x.left)} ${x.op} ${show(x.right)})`;
        case 'unary': return `${x.op}${show(x.operand)}`;
        case 'conditional': return `(${show(x.cond)} ? ${show(x.then)} : ${show(x.else)})`;
        case 'paren': return show(x.inner);
        default: return exprText(text, x);
      }
    };
    assert.equal(show(e('arithmetic')), '((1 + (2 * 3)) - ((4 / 2) % 3))');
    assert.equal(show(e('comparison')), '(((var.a >= 1) && (var.b < 2)) || !var.c)');
    assert.equal(show(e('ternary_chain')), '(var.a ? 1 : (var.b ? 2 : 3))');
    assert.equal(show(e('grouped')), '((1 + 2) * 3)');
  });

  it('reads numbers, negatives, bools and null', () => {
    assert.equal(val(w, 'negative'), -5);
    assert.equal(val(w, 'float'), 3.14);
    assert.equal(val(w, 'exponent'), 1000);
    assert.deepEqual(val(w, 'bools'), [true, false, null]);
    assert.equal(val(w, 'negative_expr'), undefined);
  });

  it('reads traversals with attribute, index, legacy .0 index and splat steps', () => {
    const li = e('legacy_index');
    assert.ok(li.kind === 'traversal');
    assert.deepEqual(li.steps.map((s) => (s.kind === 'attr' ? s.name : s.kind === 'index' ? literalValue(s.key) : '*')), ['private', 0, 'id']);
    const sa = e('splat_attr');
    assert.ok(sa.kind === 'traversal');
    assert.deepEqual(sa.steps.map((s) => s.kind), ['attr', 'splat', 'attr']);
    assert.deepEqual(references(e('subnet_id')), ['aws_subnet.private', 'count.index']);
    assert.deepEqual(references(e('indexed')), ['local.map["key"][0]']);
    assert.deepEqual(references(e('legacy_index')), ['aws_subnet.private[0].id']);
    assert.deepEqual(references(e('ami')), ['data.aws_ami.ubuntu.id']);
    assert.deepEqual(references(e('each_ref')), ['each.value.id']);
    assert.deepEqual(references(e('path_ref')), ['path.module']);
  });

  it('reads calls with expanded final argument, getattr and index on calls', () => {
    const x = e('expand');
    assert.ok(x.kind === 'call' && x.expandFinal && x.name === 'max');
    assert.equal(e('attr_of_call').kind, 'getattr');
    assert.equal(e('index_of_call').kind, 'index');
    const m = e('call_multi');
    assert.ok(m.kind === 'call' && m.args.length === 2);
  });

  it('reads for expressions (list, map, grouping, condition); their variables are not references', () => {
    const l = e('for_list');
    assert.ok(l.kind === 'for' && !l.object && l.valueVar === 's' && l.keyVar === null && l.cond !== null);
    const m = e('for_map');
    assert.ok(m.kind === 'for' && m.object && m.keyVar === 'k' && m.valueVar === 'v');
    const g = e('for_group');
    assert.ok(g.kind === 'for' && g.grouping);
    assert.deepEqual(references(l), ['var.names']);
    assert.deepEqual(references(m), ['var.tags']);
  });

  it('reads object keys: identifiers, strings, parenthesised expressions, and ":" separators', () => {
    const o = e('object_multi');
    assert.ok(o.kind === 'object');
    assert.deepEqual(o.items.map((i) => literalValue(i.key) ?? exprText(text, i.key)), ['a', 'b-c', '(var.key)', 'd']);
  });

  it('reads provider-namespaced function calls', () => {
    const p = parse('x = provider::aws::arn_parse("arn:aws:s3:::b").service\n');
    assert.deepEqual(p.errors, []);
    const x = p.body.attributes[0].expr;
    assert.ok(x.kind === 'getattr' && x.target.kind === 'call' && x.target.name === 'provider::aws::arn_parse');
  });
});

describe('HCL parser: dynamic blocks, multi-line expressions, unicode, CRLF', () => {
  it('nests dynamic blocks and their content with exact ranges', () => {
    const text = read('valid/dynamic.tf');
    const f = parse(text);
    assert.deepEqual(f.errors, []);
    const sg = block(f.body, 'resource', 'aws_security_group', 'sg');
    const dyn = block(sg.body, 'dynamic', 'ingress');
    spanEq(dyn.header, spanOf(text, 'dynamic "ingress"'), 'dynamic header');
    const content = block(dyn.body, 'content');
    const inner = block(content.body, 'dynamic', 'nested');
    const innerContent = block(inner.body, 'content');
    spanEq(attr(innerContent.body, 'x').expr, spanOf(text, 'nested.key'), 'deep attribute');
    assert.deepEqual(references(attr(content.body, 'from_port').expr), ['rule.value.from']);
  });

  it('reads expressions spanning lines inside brackets, and single-line blocks', () => {
    const text = read('valid/multiline.tf');
    const f = parse(text);
    assert.deepEqual(f.errors, []);
    const fn = block(f.body, 'resource', 'aws_lambda_function', 'f').body;
    assert.equal(exprText(text, attr(fn, 'timeout').expr), '(\n    var.long\n    ? 900\n    : 30\n  )');
    assert.deepEqual(attr(fn, 'single_line_block_next').expr.kind, 'literal');
    assert.equal(val(block(fn, 'inline').body, 'enabled'), true);
    const env = block(fn, 'environment').body;
    assert.equal(attr(env, 'variables').expr.kind, 'for');
  });

  it('counts offsets in UTF-16 code units through accents, CJK and emoji', () => {
    const text = read('valid/unicode.tf');
    const f = parse(text);
    assert.deepEqual(f.errors, []);
    const b = block(f.body, 'resource', 'aws_s3_bucket', 'données');
    assert.equal(val(b.body, 'bucket'), 'bücket-🚀-名前');
    assert.deepEqual(val(b.body, 'tags'), { Name: 'naïve café', '🔑': 'clé' });
    spanEq(attr(b.body, 'after').nameSpan, spanOf(text, 'after'), 'after emoji');
    spanEq(attr(b.body, 'after').expr, spanOf(text, '"after the emoji 🚀 the offsets stay exact"'), 'string with emoji');
    const pos = LineIndex.fromText(text).positionAt(attr(b.body, 'after').expr.end);
    assert.deepEqual(pos, { line: 7, character: '  after = "after the emoji 🚀 the offsets stay exact"'.length });
  });

  it('handles CRLF line endings (lines, heredocs, positions)', () => {
    const text = read('valid/crlf.tf');
    assert.ok(text.includes('\r\n'), 'the fixture keeps its CRLF line endings');
    const f = parse(text);
    assert.deepEqual(f.errors, []);
    const t = block(f.body, 'resource', 'aws_sns_topic', 't').body;
    assert.equal(val(t, 'name'), 'crlf');
    assert.equal(val(t, 'policy'), 'line one\r\nline two\r\n');
    assert.deepEqual(val(t, 'tags'), { a: 'b' });
    const li = LineIndex.fromText(text);
    assert.deepEqual(li.positionAt(attr(t, 'name').start), { line: 1, character: 2 });
  });
});

describe('HCL JSON syntax (.tf.json)', () => {
  const text = read('json/main.tf.json');
  const f = parseJson(text);
  it('maps blocks by Terraform label nesting and ignores "//" comment keys', () => {
    assert.deepEqual(f.errors, []);
    assert.deepEqual(
      f.body.blocks.map((b) => [b.type, ...b.labels].join(' ')),
      ['terraform', 'provider aws', 'provider aws', 'variable env', 'resource aws_s3_bucket logs', 'resource aws_s3_bucket data', 'resource aws_security_group sg', 'locals', 'output id'],
    );
    const logs = block(f.body, 'resource', 'aws_s3_bucket', 'logs');
    assert.deepEqual(logs.body.attributes.map((a) => a.name), ['bucket', 'force_destroy', 'provider', 'tags']);
    assert.deepEqual(block(logs.body, 'lifecycle').body.attributes.map((a) => a.name), ['ignore_changes']);
    assert.equal(val(block(f.body, 'provider').body, 'region'), 'us-east-1');
    assert.equal(val(block(block(f.body, 'terraform').body, 'backend', 's3').body, 'key'), 'app.tfstate');
  });
  it('treats "${...}" strings as templates with exact inner offsets', () => {
    const logs = block(f.body, 'resource', 'aws_s3_bucket', 'logs');
    const b = attr(logs.body, 'bucket');
    spanEq(b.nameSpan, spanOf(text, '"bucket": "${var.env}-logs"', 0) && { start: text.indexOf('"bucket": "${'), end: text.indexOf('"bucket": "${') + 8 }, 'key span');
    assert.equal(b.expr.kind, 'template');
    assert.deepEqual(references(b.expr), ['var.env']);
    if (b.expr.kind === 'template' && b.expr.parts[0].kind === 'interp') spanEq(b.expr.parts[0].expr, spanOf(text, 'var.env'), 'inner expression');
    spanEq(logs.header, spanOf(text, '"logs"'), 'header is the name key');
    const sg = block(f.body, 'resource', 'aws_security_group', 'sg');
    const dyn = block(sg.body, 'dynamic', 'ingress');
    assert.deepEqual(references(attr(block(dyn.body, 'content').body, 'from_port').expr), ['ingress.value']);
  });
  it('a "${...}" string with JSON escapes gets the whole string as its span; provider strings stay literal', () => {
    const t = '{"resource": {"a": {"b": {"x": "say \\"${var.q}\\"", "provider": "aws.west"}}}}';
    const r = parseJson(t);
    assert.deepEqual(r.errors, []);
    const b = block(r.body, 'resource', 'a', 'b').body;
    const x = attr(b, 'x').expr;
    assert.equal(x.kind, 'template');
    assert.deepEqual(references(x), ['var.q']);
    spanEq(x, spanOf(t, '"say \\"${var.q}\\""'), 'template span');
    assert.equal(val(b, 'provider'), 'aws.west');
  });

  it('reports invalid JSON with a position and keeps what parsed', () => {
    const bad = '{ "resource": { "aws_s3_bucket": { "a": { "bucket": "x" } } }, }';
    const r = parseJson(bad);
    assert.ok(r.errors.length > 0);
    assert.ok(r.errors[0].start >= bad.lastIndexOf(','));
    assert.equal(block(r.body, 'resource', 'aws_s3_bucket', 'a').body.attributes[0].name, 'bucket');
  });
});

describe('HCL parser: malformed input and recovery', () => {
  function errorAt(f: ParsedFile, start: number, pattern: RegExp): void {
    const e = f.errors.find((x) => x.start === start);
    assert.ok(e, `no error at ${start}; errors: ${JSON.stringify(f.errors)}`);
    assert.match(e.message, pattern);
  }

  it('truncated file: reports the unclosed block at its "{" and keeps everything parsed', () => {
    const text = read('malformed/truncated.tf');
    const f = parse(text);
    errorAt(f, text.indexOf('{', text.indexOf('"truncated"')), /Unclosed block/);
    errorAt(f, text.length, /Expected "}" to close the object/);
    assert.deepEqual(val(block(f.body, 'resource', 'aws_s3_bucket', 'a').body, 'bucket'), 'a');
    const t = block(f.body, 'resource', 'aws_s3_bucket', 'truncated');
    assert.equal(val(t.body, 'bucket'), 'b');
    assert.equal(attr(t.body, 'tags').expr.kind, 'object');
  });

  it('unbalanced braces: a missing "}" ends at the next top-level block; a stray "}" is reported', () => {
    const text = read('malformed/unbalanced.tf');
    const f = parse(text);
    errorAt(f, text.indexOf('{'), /Unclosed block: "resource"/);
    errorAt(f, text.indexOf('\n\n}\n', text.indexOf('"after"')) + 2, /Unexpected "}"/);
    assert.deepEqual(f.body.blocks.map((b) => b.labels[1]), ['missing_close', 'after', 'last']);
    const first = block(f.body, 'resource', 'aws_s3_bucket', 'missing_close');
    assert.equal(val(block(first.body, 'versioning').body, 'enabled'), true);
    assert.ok(first.end <= text.indexOf('resource "aws_s3_bucket" "after"'));
    assert.equal(val(block(f.body, 'resource', 'aws_s3_bucket', 'last').body, 'bucket'), 'c');
  });

  it('bad values: each error has its position, and the other attributes and items are kept', () => {
    const text = read('malformed/bad-values.tf');
    const f = parse(text);
    errorAt(f, text.indexOf('ami = ') + 'ami = '.length, /Expected an expression, found newline/);
    errorAt(f, text.indexOf('= = 1') + 2, /Expected an expression/);
    errorAt(f, text.indexOf('2 3') + 2, /Expected "," or "]"/);
    errorAt(f, text.indexOf(', , 2') + 2, /Expected an expression/);
    errorAt(f, text.indexOf('"no closing quote'), /Unterminated string/);
    errorAt(f, text.indexOf('${var.a"') + 7, /Expected "}" to close the interpolation/);
    errorAt(f, text.indexOf('1 +\n') + 3, /Expected an expression, found newline/);
    const a = block(f.body, 'resource', 'aws_instance', 'a').body;
    assert.deepEqual(a.attributes.map((x) => x.name), ['ami', 'instance_type', 'tags', 'list', 'call', 'good']);
    assert.equal(attr(a, 'ami').expr.kind, 'invalid');
    assert.equal(val(a, 'instance_type'), 't3.micro');
    assert.equal(val(a, 'good'), 'still parsed');
    const tags = attr(a, 'tags').expr;
    assert.ok(tags.kind === 'object');
    assert.deepEqual(tags.items.map((i) => literalValue(i.key)), ['a', 'b']);
    const list = attr(a, 'list').expr;
    assert.ok(list.kind === 'tuple');
    assert.deepEqual(list.items.map((i) => literalValue(i)), [1, 2, 4]);
    const b = block(f.body, 'resource', 'aws_instance', 'b').body;
    assert.deepEqual(b.attributes.map((x) => x.name), ['unterminated', 'after', 'interp', 'op', 'ok']);
    assert.equal(val(b, 'after'), true);
    assert.equal(val(b, 'ok'), 2);
  });

  it('garbage lines: skipped to the end of the line, the blocks around them are kept', () => {
    const text = read('malformed/garbage-lines.tf');
    const f = parse(text);
    errorAt(f, text.indexOf(') ]'), /Expected an attribute or a block/);
    errorAt(f, text.indexOf('@@@'), /Expected an attribute or a block/);
    const a = block(f.body, 'resource', 'aws_s3_bucket', 'a').body;
    assert.deepEqual(a.attributes.map((x) => x.name), ['bucket', 'region']);
    assert.equal(val(block(f.body, 'resource', 'aws_s3_bucket', 'b').body, 'bucket'), 'b');
  });

  it('every prefix of every fixture parses without throwing, with sane spans, keeping the complete blocks', () => {
    for (const name of readdirSync(join(FIX, 'valid'))) {
      const text = read(join('valid', name));
      const full = parse(text);
      for (let cut = 0; cut <= text.length; cut += 3) {
        const t = text.slice(0, cut);
        const f = parse(t);
        checkSpans(f.body, t.length);
        for (const e of f.errors) assert.ok(e.start <= e.end && e.end <= t.length, `${name}@${cut}: error span`);
        // Blocks that end (and are followed by a newline) before the cut are parsed as in the full file.
        for (const b of full.body.blocks) {
          if (b.end + 1 > cut) continue;
          const same = f.body.blocks.find((x) => x.start === b.start);
          assert.ok(same, `${name}@${cut}: block at ${b.start} lost`);
          assert.deepEqual(same.end, b.end, `${name}@${cut}: block at ${b.start} changed`);
        }
      }
    }
  });

  it('random bytes and random token soup never throw and keep spans inside the text', () => {
    const r = rng(99);
    const pieces = ['{', '}', '[', ']', '(', ')', '"', '${', '%{', '<<EOF\n', '<<-X\n', 'EOF\n', '=', '==', '\n', '#', '//', '/*', '*/', 'a', 'resource', ' "x" ', '1.5', '.', '...', '*', '?', ':', ',', '\\', '~}', 'for', 'in', 'if', '=>', '\r\n', '\u00e9', '\ud83d\ude80', '\ud800', '\0'];
    for (let i = 0; i < 300; i++) {
      let t = '';
      const n = Math.floor(r() * 400);
      if (i % 2 === 0) for (let k = 0; k < n; k++) t += String.fromCharCode(Math.floor(r() * 256));
      else for (let k = 0; k < n; k++) t += pieces[Math.floor(r() * pieces.length)];
      const f = parse(t);
      checkSpans(f.body, t.length);
      for (const e of f.errors) assert.ok(0 <= e.start && e.start <= e.end && e.end <= t.length);
    }
  });

  it('deep nesting (2,000 unclosed brackets, blocks or templates) gives an error, not a stack overflow, and the next block is kept', () => {
    for (const open of ['[', '(', '{', '{ a = ', 'f(', '"${', 'b {\n']) {
      const t = 'x = ' + open.repeat(2_000) + '\nresource "a" "b" {\n  c = 1\n}\n';
      const f = parse(t);
      assert.ok(f.errors.length > 0, open);
      assert.equal(val(block(f.body, 'resource', 'a', 'b').body, 'c'), 1, open);
    }
  });
});

describe('LineIndex, literalValue, exprText', () => {
  it('converts offsets and positions both ways, with LF and CRLF', () => {
    const text = 'ab\ncd\r\nef';
    const li = LineIndex.fromText(text);
    assert.deepEqual(computeLineStarts(text), [0, 3, 7]);
    for (let o = 0; o <= text.length; o++) assert.equal(li.offsetAt(li.positionAt(o)), o);
    assert.deepEqual(li.positionAt(text.indexOf('e')), { line: 2, character: 0 });
    assert.deepEqual(li.positionAt(999), { line: 2, character: 2 });
    assert.equal(li.offsetAt({ line: 5, character: 0 }), text.length);
  });

  it('literalValue folds literal tuples/objects and refuses anything with a reference', () => {
    const f = parse('a = [1, "x", { k = -2, "q" = [true] }]\nb = [1, var.x]\nc = { (var.k) = 1 }\nd = (3)\n');
    assert.deepEqual(literalValue(f.body.attributes[0].expr), [1, 'x', { k: -2, q: [true] }]);
    assert.equal(literalValue(f.body.attributes[1].expr), undefined);
    assert.equal(literalValue(f.body.attributes[2].expr), undefined);
    assert.equal(literalValue(f.body.attributes[3].expr), 3);
  });
});
