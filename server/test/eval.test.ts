import { strict as assert } from 'node:assert';
import { parse } from '../src/engine/hcl/parse';
import { evaluate, UNKNOWN, type EvalContext, type Val } from '../src/engine/eval/evaluate';
import type { JsonValue } from '../src/engine/scan/types';

function ctxOf(vars: Record<string, JsonValue> = {}, locals: Record<string, JsonValue> = {}, extra: Partial<EvalContext> = {}): EvalContext {
  return {
    variable: (n) => (n in vars ? vars[n] : UNKNOWN),
    local: (n) => (n in locals ? locals[n] : UNKNOWN),
    ...extra,
  };
}

/** Parses `x = <src>` with the real parser and evaluates the expression. */
function ev(src: string, ctx: EvalContext = ctxOf()): Val {
  const f = parse(`x = ${src}\n`);
  assert.deepEqual(f.errors, [], `syntax errors in ${src}`);
  return evaluate(f.body.attributes[0].expr, ctx);
}

describe('eval: expressions', () => {
  it('literals, tuples, objects, heredocs', () => {
    assert.equal(ev('"plain"'), 'plain');
    assert.equal(ev('42'), 42);
    assert.equal(ev('true'), true);
    assert.equal(ev('null'), null);
    assert.deepEqual(ev('[1, "a", false]'), [1, 'a', false]);
    assert.deepEqual(ev('{ Name = "x", "with space" = 2 }'), { Name: 'x', 'with space': 2 });
    assert.equal(ev('<<-EOT\n    hello\n    world\n  EOT'), 'hello\nworld\n');
  });

  it('variables, locals and interpolation', () => {
    const ctx = ctxOf({ env: 'prod', n: 3 }, { prefix: 'acme' });
    assert.equal(ev('"${local.prefix}-${var.env}-logs"', ctx), 'acme-prod-logs');
    assert.equal(ev('"n=${var.n}"', ctx), 'n=3');
    assert.equal(ev('"${var.n}"', ctx), 3, 'a lone interpolation keeps its type');
    assert.equal(ev('var.missing', ctx), UNKNOWN);
    assert.equal(ev('"${var.missing}-x"', ctx), UNKNOWN, 'unknown anywhere makes the value unknown');
  });

  it('operators, conditionals, for expressions, splats, indexing', () => {
    const ctx = ctxOf({ envs: ['dev', 'prod'], m: { a: 1, b: 2 }, prod: true });
    assert.equal(ev('var.prod ? "big" : "small"', ctx), 'big');
    assert.equal(ev('1 + 2 * 3', ctx), 7);
    assert.equal(ev('"5" + 1', ctx), 6, 'numeric strings convert');
    assert.equal(ev('!var.prod || 2 > 1', ctx), true);
    assert.deepEqual(ev('[for e in var.envs : upper(e)]', ctx), ['DEV', 'PROD']);
    assert.deepEqual(ev('{ for k, v in var.m : k => v * 10 if v > 1 }', ctx), { b: 20 });
    assert.deepEqual(ev('[{ n = 1 }, { n = 2 }][*].n', ctx), [1, 2]);
    assert.equal(ev('var.envs[1]', ctx), 'prod');
    assert.equal(ev('var.m["b"]', ctx), 2);
  });

  it('the functions the issue names: jsonencode, merge, tomap, lower, upper, format, concat, lookup', () => {
    const ctx = ctxOf({ tags: { Team: 'core' } });
    assert.equal(ev('jsonencode({ b = 1, a = ["x"] })'), '{"a":["x"],"b":1}');
    assert.equal(ev('jsonencode({ Statement = [{ Effect = "Allow", Action = "s3:*" }] })'), '{"Statement":[{"Action":"s3:*","Effect":"Allow"}]}');
    assert.deepEqual(ev('merge(var.tags, { Name = "x" }, { Team = "platform" })', ctx), { Team: 'platform', Name: 'x' });
    assert.deepEqual(ev('tomap({ a = "x", b = 1 })'), { a: 'x', b: '1' });
    assert.equal(ev('lower("ABC")'), 'abc');
    assert.equal(ev('upper("abc")'), 'ABC');
    assert.equal(ev('format("%s-%03d-%v", "db", 7, true)'), 'db-007-true');
    assert.equal(ev('format("%.2f%%", 12.5)'), '12.50%');
    assert.deepEqual(ev('concat(["a"], ["b", "c"])'), ['a', 'b', 'c']);
    assert.equal(ev('lookup({ a = 1 }, "b", 9)'), 9);
    assert.equal(ev('lookup({ a = 1 }, "a")'), 1);
  });

  it('more built-ins; try/can; unknown functions and references are unknown, never guessed', () => {
    assert.equal(ev('join(",", ["a", "b"])'), 'a,b');
    assert.deepEqual(ev('split(",", "a,b")'), ['a', 'b']);
    assert.equal(ev('length([1, 2, 3])'), 3);
    assert.equal(ev('coalesce("", "x")'), 'x');
    assert.deepEqual(ev('jsondecode("{\\"a\\":1}")'), { a: 1 });
    assert.equal(ev('try(lookup({}, "k"), "fallback")'), 'fallback');
    assert.equal(ev('can(lookup({}, "k"))'), false);
    assert.equal(ev('try(var.unknown, "fallback")'), UNKNOWN, 'try cannot decide on an unknown value');
    assert.equal(ev('timestamp()'), UNKNOWN);
    assert.equal(ev('data.aws_caller_identity.me.account_id'), UNKNOWN);
    assert.equal(ev('module.net.vpc_id'), UNKNOWN);
    assert.equal(ev('replace("a.b", "/\\\\./", "-")'), UNKNOWN, 'regex replace is not evaluated');
    assert.equal(ev('replace("a.b", ".", "-")'), 'a-b');
  });

  it('each, count, path, terraform.workspace and references to other resources through the state', () => {
    const ctx = ctxOf({}, {}, {
      each: { key: 'a', value: { cidr: '10.0.1.0/24' } },
      count: 2,
      path: { module: '/w/mod', root: '/w', cwd: '/w' },
      workspace: 'staging',
      resource: (type, name) => (type === 'aws_s3_bucket' && name === 'logs' ? { id: 'acme-logs', arn: 'arn:aws:s3:::acme-logs' } : UNKNOWN),
    });
    assert.equal(ev('"${each.key}:${each.value.cidr}"', ctx), 'a:10.0.1.0/24');
    assert.equal(ev('"web-${count.index}"', ctx), 'web-2');
    assert.equal(ev('"${path.module}/policy.json"', ctx), '/w/mod/policy.json');
    assert.equal(ev('terraform.workspace', ctx), 'staging');
    assert.equal(ev('aws_s3_bucket.logs.id', ctx), 'acme-logs');
    assert.equal(ev('aws_s3_bucket.other.id', ctx), UNKNOWN);
    assert.equal(ev('each.value', ctxOf({}, {}, { each: { key: 'k' } })), UNKNOWN, 'an unevaluated for_each value stays unknown');
  });
});
