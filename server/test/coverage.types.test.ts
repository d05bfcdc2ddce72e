// One test per mapped aws_* type (test-fixtures/coverage/types/): the real scan, through the real SDK, against the
// emulator over HTTP, three times: on live documents shaped as Cloud Control returns them (all in sync), with a drift
// planted behind Terraform's back (found, exactly where it is), and with a look-alike that is not drift (AWS
// reordering a set, spelling a number as a string, reformatting a JSON policy: nothing reported).
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator } from '../src/emulator';
import { identifierFromLive, mappingFor, tableProblems, tableTypes } from '../src/engine/mapping/index';
import { shapesOf } from '../src/engine/mapping/shapes';
import { formatText } from '../src/engine/scan/format';
import { scan } from '../src/engine/scan/scan';
import { loadWorkspace } from '../src/engine/scan/workspace';
import type { ResourceResult, ScanReport } from '../src/engine/scan/types';
import { addressIn, fixtureTypes, liveFor, loadFixture, REGION, seedFor, writeWorkspace, type Fixture, type Phase } from '../../test-fixtures/coverage/harness';

async function withEnv<T>(vars: Record<string, string>, fn: () => Promise<T>): Promise<T> {
  const saved = { ...process.env };
  Object.assign(process.env, vars, { AWS_EC2_METADATA_DISABLED: 'true', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' });
  try {
    return await fn();
  } finally {
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
  }
}

const show = (r: ResourceResult | undefined) =>
  r ? `${r.status}${r.error ? ` (${r.error})` : ''} ${JSON.stringify(r.differences.map((d) => ({ path: d.path, kind: d.kind, expected: d.expected, actual: d.actual })))}` : 'no result';

describe('coverage: every mapped aws_* type against the emulator', function () {
  this.timeout(300_000);
  // COVERAGE_TYPES=aws_a,aws_b runs only those fixtures (and skips the checks on the whole table).
  const only = process.env.COVERAGE_TYPES?.split(',').map((t) => t.trim()).filter(Boolean);
  const types = fixtureTypes().filter((t) => !only || only.includes(t));
  const fixtures = types.map(loadFixture);
  const reports = new Map<Phase, ScanReport>();
  let dir: string;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'driftlog-coverage-'));
    writeWorkspace(dir, fixtures);
    for (const phase of ['written', 'drift', 'lookalike'] as Phase[]) {
      const live = liveFor(fixtures, phase);
      const emu = await startEmulator({ port: 0, seed: seedFor(live.values(), fixtures) });
      try {
        const report = await withEnv(emu.env(REGION), async () => {
          const { scanInput } = await loadWorkspace(dir);
          return (await scan({ ...scanInput })).report;
        });
        reports.set(phase, report);
      } finally {
        await emu.stop();
      }
    }
  });

  after(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('the table fits the schemas: every property and argument named exists, no type is named twice', function () {
    if (only) {
      assert.deepEqual(tableProblems().filter((p) => only.some((t) => p.startsWith(`${t}.`) || p.startsWith(`${t}:`))), []);
      return;
    }
    assert.deepEqual(tableProblems(), []);
  });

  it('every type of the table has a fixture, and every fixture a type of the table', function () {
    if (only) this.skip();
    assert.deepEqual(tableTypes().filter((t) => !types.includes(t)).sort(), [], 'types without a fixture');
    assert.deepEqual(types.filter((t) => !tableTypes().includes(t)), [], 'fixtures of types not in the table');
  });

  it('no two fixtures hold the same live resource, and no scan reports an unmanaged one', () => {
    const seen = new Map<string, string>();
    for (const f of fixtures) {
      for (const d of f.live) {
        const k = `${d.type} ${identifierFromLive(d.type, d.properties)}`;
        assert.ok(!seen.has(k), `${k} is in both ${seen.get(k)} and ${f.type}`);
        seen.set(k, f.type);
      }
    }
    for (const [phase, r] of reports) assert.deepEqual(r.resources.filter((x) => x.status === 'unmanaged').map((x) => x.address), [], `unmanaged in the ${phase} scan`);
  });

  it('a detached element says what it is no longer part of, in the text report', function () {
    if (!types.includes('aws_iam_role_policy_attachment')) this.skip();
    const text = formatText(reports.get('drift')!);
    assert.match(text, /^MISSING\s+module\.aws_iam_role_policy_attachment\..*\scoverage-attach-app\s.*no longer in the ManagedPolicyArns of AWS::IAM::Role coverage-attach-app$/m);
  });

  for (const type of types) {
    it(`${type}: in sync on a faithful live shape; a planted drift found; a look-alike not reported`, () => {
      const f = fixtures.find((x) => x.type === type) as Fixture;
      const mapping = mappingFor(type);
      assert.ok(mapping, `${type} has a mapping`);
      // Faithful: every live document fits its CloudFormation schema.
      for (const d of f.live) {
        const shapes = shapesOf(d.type);
        assert.ok(shapes, `${d.type} has a schema`);
        assert.deepEqual(shapes.problems(d.properties), [], `${type}: the live ${d.type} does not fit its schema`);
      }
      const results = (phase: Phase) => reports.get(phase)!.resources.filter((r) => r.address.startsWith(`module.${type}.`));
      const main = addressIn(type, `${type}.this`);
      const mainOf = (phase: Phase) => results(phase).find((r) => r.address === main);
      assert.ok(mainOf('written'), `${type}: the fixture has a resource ${type}.this`);

      // 1. As written: everything in sync.
      for (const r of results('written')) assert.equal(r.status, 'in_sync', `${r.address} as written: ${show(r)}`);

      // 2. Drift planted: found on the resource, exactly where it is; the rest of the fixture in sync.
      const drifted = mainOf('drift');
      const status = f.drift.status ?? 'drifted';
      assert.equal(drifted?.status, status, `${type} with drift (${f.drift.why}): ${show(drifted)}`);
      if (status === 'drifted') {
        assert.deepEqual(
          drifted!.differences.map((d) => ({ path: d.path, kind: d.kind })),
          f.drift.expect,
          `${type} with drift (${f.drift.why}): ${show(drifted)}`,
        );
      }
      for (const r of results('drift')) if (r.address !== main) assert.equal(r.status, 'in_sync', `${r.address} with ${type}'s drift: ${show(r)}`);

      // 3. Look-alike: nothing reported (a type with none says why).
      if (f.lookalike.patch.length === 0) assert.match(f.lookalike.why, /^none: /, `${type}: an empty look-alike must say why there is none`);
      for (const r of results('lookalike')) assert.equal(r.status, 'in_sync', `${r.address} with the look-alike (${f.lookalike.why}): ${show(r)}`);
    });
  }
});
