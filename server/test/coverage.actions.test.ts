// The quick fixes on every mapped aws_* type (test-fixtures/coverage/types/), against the drift each fixture
// plants, through the real scan and the emulator over HTTP:
//   - revert: the plan's patch, applied to the live resource as Cloud Control would, leaves no drift (or the plan is
//     refused with a reason: a create-only property, which only a replacement changes);
//   - accept: every drifted value written into the code, a new scan finds the resource in sync;
//   - import: the resource block written for the live resource (as for an unmanaged one) parses, names only
//     arguments the provider has, and asks for exactly what is live.
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyPatch, type Operation } from 'rfc6902';
import { startEmulator } from '../src/emulator';
import { compareResource, expectedValues, resolveInstances } from '../src/engine/compare/api';
import { acceptLiveValue, applyEdits, importUnmanaged } from '../src/engine/edit';
import { buildModuleIndex, indexText } from '../src/engine/index/index';
import { literalValue } from '../src/engine/hcl/values';
import { mappingFor } from '../src/engine/mapping/index';
import { shapesOf } from '../src/engine/mapping/shapes';
import { isTfBlock, tfArguments, type TfKind } from '../src/engine/mapping/tfSchemas';
import type { Body } from '../src/engine/hcl/ast';
import { planRevert } from '../src/engine/revert';
import { scan, type ScanOutcome } from '../src/engine/scan/scan';
import { loadWorkspace } from '../src/engine/scan/workspace';
import type { ResourceResult } from '../src/engine/scan/types';
import { addressIn, fixtureTypes, liveFor, loadFixture, REGION, seedFor, writeWorkspace, type Fixture } from '../../test-fixtures/coverage/harness';

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

const show = (r: ResourceResult | undefined) => (r ? `${r.status} ${JSON.stringify(r.differences.map((d) => [d.path, d.kind, d.expected, d.actual]))}` : 'no result');

describe('coverage: revert, accept and import on every mapped aws_* type', function () {
  this.timeout(300_000);
  const only = process.env.COVERAGE_TYPES?.split(',').map((t) => t.trim()).filter(Boolean);
  const types = fixtureTypes().filter((t) => !only || only.includes(t));
  const fixtures = types.map(loadFixture);
  let dir: string;
  let drifted: ScanOutcome;
  let accepted: ScanOutcome;
  const acceptRefusals = new Map<string, string[]>();

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'driftlog-coverage-actions-'));
    writeWorkspace(dir, fixtures);
    const live = liveFor(fixtures, 'drift');
    const emu = await startEmulator({ port: 0, seed: seedFor(live.values(), fixtures) });
    try {
      await withEnv(emu.env(REGION), async () => {
        drifted = await scan({ ...(await loadWorkspace(dir)).scanInput });
        // Accept every drifted value of every fixture's resource into the code, then scan the same live state again.
        const texts = new Map<string, string>();
        const read = (f: string) => texts.get(f) ?? readFileSync(f, 'utf8');
        for (const f of fixtures) {
          const r = drifted.report.resources.find((x) => x.address === addressIn(f.type, `${f.type}.this`));
          const inst = drifted.details.get(r?.address ?? '')?.instance;
          if (!r || r.status !== 'drifted' || !inst?.resource) continue;
          for (const d of r.differences) {
            const edit = acceptLiveValue({ resource: inst.resource, difference: d, module: inst.scope?.module, inChildModule: true, readText: (file) => read(file) });
            if (!edit.ok) {
              acceptRefusals.set(f.type, [...(acceptRefusals.get(f.type) ?? []), `${d.path}: ${edit.reason}`]);
              continue;
            }
            for (const e of edit.edits) texts.set(e.file, applyEdits(read(e.file), [e], e.file));
          }
        }
        for (const [file, text] of texts) writeFileSync(file, text);
        accepted = await scan({ ...(await loadWorkspace(dir)).scanInput });
      });
    } finally {
      await emu.stop();
    }
  });

  after(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  for (const type of types) {
    it(`${type}: the revert puts the drift back, the accepted live value is in sync, the import block asks for what is live`, () => {
      const f = fixtures.find((x) => x.type === type) as Fixture;
      const address = addressIn(type, `${type}.this`);
      const r = drifted.report.resources.find((x) => x.address === address);
      const detail = drifted.details.get(address);
      assert.ok(r && detail?.instance, `${type}: scanned`);

      // Revert.
      if (r.status === 'drifted') {
        const inst = detail.instance!;
        const live = detail.live as Record<string, unknown>;
        const plan = planRevert(inst, expectedValues(inst), live);
        if (plan.status === 'ready') {
          const doc = structuredClone(live);
          const errors = applyPatch(doc, structuredClone(plan.patch) as Operation[]).filter((e) => e !== null);
          assert.deepEqual(errors, [], `${type}: the revert patch applies`);
          const after = compareResource(inst, expectedValues(inst), doc, { writeOnly: inst.mapping?.writeOnly });
          assert.equal(after.status, 'in_sync', `${type}: after the revert patch ${JSON.stringify(plan.patch)}: ${show(after)}`);
          // What the patch writes is what the schema takes: numbers as numbers, strings as strings, empty blocks kept.
          assert.deepEqual(shapesOf(inst.cloudType!)!.problems(doc), [], `${type}: the reverted resource fits its schema (patch ${JSON.stringify(plan.patch)})`);
        } else {
          assert.equal(plan.status, 'refused', `${type}: ${plan.reason}`);
          assert.match(plan.reason ?? '', /create-only|cannot be reverted|none of its drifted attributes/, `${type}: the revert is refused for a reason a user understands`);
        }
      }

      // Accept: refused only where the code's value is not a literal Driftlog may rewrite (a reference to another
      // resource, a jsonencode holding references), and then said so.
      const refusals = acceptRefusals.get(type) ?? [];
      assert.deepEqual(refusals.filter((x) => !/holds expressions|, an expression: edit it by hand|a template with interpolations/.test(x)), [], `${type}: every drifted value can be accepted into the code`);
      if (r.status === 'drifted' && refusals.length === 0) {
        // The accepted code writes each argument in its kind: a string is not a list, a list is not a map.
        const inst = accepted.details.get(address)?.instance;
        const args = tfArguments(type) ?? {};
        for (const a of inst?.resource?.block.body.attributes ?? []) {
          const v = literalValue(a.expr);
          const k = args[a.name];
          if (v === undefined || k === undefined) continue;
          const kind = Array.isArray(v) ? 'list' : v !== null && typeof v === 'object' ? 'map' : 'scalar';
          const want = typeof k === 'string' ? (k === 'a' ? kind : 'scalar') : 'm' in k ? 'map' : 'B' in k ? kind : 'list';
          assert.equal(kind, want, `${type}: after accepting, ${a.name} is a ${kind}, the provider wants a ${want}`);
        }
        const after = accepted.report.resources.find((x) => x.address === address);
        assert.equal(after?.status, 'in_sync', `${type} after accepting ${JSON.stringify(r.differences.map((d) => [d.path, d.actual]))}: ${show(after)}`);
      }

      // Import (what "Import into code" writes for a live resource nothing claims).
      const mapping = mappingFor(type)!;
      if (mapping.subResource) return;
      const doc = f.live.find((d) => d.type === mapping.cloudType);
      assert.ok(doc, `${type}: a live ${mapping.cloudType}`);
      const file = join(dir, `import-${type}.tf`);
      const edit = importUnmanaged({ result: { type, identifier: r.identifier, cloudType: mapping.cloudType }, liveProperties: doc.properties, file, readText: () => undefined });
      assert.ok(edit.ok, `${type}: ${edit.ok ? '' : edit.reason}`);
      const text = edit.edits[0].newText;
      const indexed = indexText(file, text);
      assert.deepEqual(indexed.errors, [], `${type}: the import block parses:\n${text}`);
      const block = indexed.body.blocks.find((b) => b.type === 'resource')!;
      // Every argument and nested block, at every depth, is one the provider has, written as the kind it has.
      const checkBody = (body: Body, args: Record<string, TfKind>, where: string) => {
        for (const a of body.attributes) {
          assert.ok(a.name in args, `${type}: ${where} sets ${a.name}, which the provider does not have:\n${text}`);
          assert.ok(!isTfBlock(args[a.name]), `${type}: ${where} writes ${a.name} as an argument, the provider has a block:\n${text}`);
        }
        for (const b of body.blocks) {
          const k = args[b.type];
          if (k === 'a') continue; // a dynamic value: any shape
          assert.ok(isTfBlock(k), `${type}: ${where} has a ${b.type} block, which the provider does not have as a block:\n${text}`);
          checkBody(b.body, k.B, `${where} ${b.type}`);
        }
      };
      checkBody(block.body, tfArguments(type) ?? {}, 'the resource block');
      const inst = resolveInstances([buildModuleIndex(dir, [indexed])], undefined, { rootDir: dir }).find((i) => i.type === type)!;
      const cmp = compareResource(inst, expectedValues(inst, { lineStarts: () => indexed.lineStarts }), doc.properties);
      assert.deepEqual(cmp.differences.map((d) => [d.path, d.kind, d.expected, d.actual]), [], `${type}: the imported block against the live resource:\n${text}`);
    });
  }
});
