// What the quick fixes do beyond an edit: record an applied action, import an unmanaged resource (read live,
// write import + resource blocks through the client), and revert a live resource to the code (plan fresh from
// AWS for the confirmation, then UpdateResource, rescan, log). Built on the scan service's last results.
import { join } from 'node:path';
import type { Connection } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { getResource } from '../engine/cloud/calls';
import { expectedValues } from '../engine/compare/api';
import { importUnmanaged } from '../engine/edit';
import { actionEvent } from '../engine/log';
import { applyRevert, planRevert, revertEvent, type RevertPlan } from '../engine/revert';
import type { RecordActionArgs, RevertArgs, RevertPlanResult, RevertResult } from '../protocol';
import type { JsonValue } from '../engine/scan/types';
import { toWorkspaceEdit } from './handlers/codeAction';
import type { LogWriter } from './logWriter';
import { rootModules, type ScanService } from './scanService';
import type { WorkspaceState } from './workspaceState';

export class LiveActions {
  constructor(
    private readonly scans: ScanService,
    private readonly workspace: WorkspaceState,
    private readonly connection: Connection,
    private readonly logWriter: LogWriter,
    private readonly readText: (path: string) => string | undefined,
  ) {}

  private repoRootOf(uri: string): string | undefined {
    const path = this.workspace.pathOf(uri);
    return path ? this.workspace.repoRootFor(path) : undefined;
  }

  /** Appends an applied action (accept, ignore, import) to the audit log, with the difference before and after. */
  async record(args: RecordActionArgs): Promise<void> {
    const result = this.scans.result(args.address);
    const repoRoot = this.repoRootOf(args.uri);
    if (result && repoRoot) {
      const difference = args.path ? result.differences.find((d) => d.path === args.path) : undefined;
      const event = actionEvent(args.kind, { ...result, differences: difference ? [difference] : result.differences }, {
        repoRoot,
        redaction: this.logWriter.redaction(),
        ...(difference && args.kind === 'accept' ? { before: difference.expected ?? null, after: difference.actual ?? null } : {}),
        note: args.path ? `${args.kind} ${args.path}` : args.kind,
      });
      await this.logWriter.events(repoRoot, [event], `${args.kind} of ${args.address}`);
    }
    if (args.kind === 'ignore') this.scans.reloadIgnoreRules();
  }

  /** A file of the root module that declares `path`'s module, for import blocks (Terraform wants them in a root). */
  rootFileFor(path: string): string | undefined {
    const file = this.workspace.fileAt(path);
    if (!file) return undefined;
    const roots = rootModules(this.workspace.modules());
    const root = roots.find((m) => m.dir === file.moduleDir) ?? roots[0];
    return root ? join(root.dir, 'imports.tf') : undefined;
  }

  /** "Import into code" for an unmanaged resource. Returns why not, or undefined when done. */
  async importUnmanaged(args: RecordActionArgs): Promise<string | undefined> {
    const r = this.scans.result(args.address);
    const d = this.scans.detail(args.address);
    if (!r || r.status !== 'unmanaged' || !r.cloudType || !r.identifier || !d?.connection) return 'no scan result for this resource: scan again';
    const live = d.live ?? (await getResource(d.connection, r.cloudType, r.identifier, { scheduler: this.scans.requestScheduler }))?.properties;
    if (!live) return `${r.identifier} is gone from AWS`;
    const path = this.workspace.pathOf(args.uri);
    const file = path ? this.rootFileFor(path) : undefined;
    if (!file) return 'no root module to write the import block into';
    const existing = this.workspace.modules().flatMap((m) => m.resources.map((x) => x.localAddress));
    const edit = importUnmanaged({ result: r, liveProperties: live, file, existingAddresses: existing, readText: this.readText });
    if (!edit.ok) return edit.reason;
    const applied = await this.connection.workspace.applyEdit({ label: edit.title, edit: toWorkspaceEdit(edit.edits) });
    if (!applied.applied) return applied.failureReason ?? 'the editor did not apply the edit';
    await this.record(args);
    return undefined;
  }

  /** The values the code gives a scanned resource's attributes (known ones only), for import IDs that name them. */
  codeValues(address: string): Record<string, JsonValue> | undefined {
    const inst = this.scans.detail(address)?.instance;
    if (!inst) return undefined;
    const out: Record<string, JsonValue> = {};
    for (const [k, e] of Object.entries(expectedValues(inst))) if (!e.unknown && !e.sensitive && e.source === 'config') out[k] = e.value;
    return out;
  }

  /** Why a drifted attribute cannot be reverted in place (create-only), when the mapping says so. */
  createOnlyReason(address: string, path: string): string | undefined {
    const m = this.scans.detail(address)?.instance?.mapping;
    const top = path.split(/[.[]/)[0];
    const attr = m?.attributes[top];
    if (!m || !attr) return undefined;
    const prop = attr.prop.split('/')[0];
    const listed = (m.createOnly ?? []).some((c) => c.replace(/^\/properties\//, '').split('/')[0] === prop);
    if (!attr.createOnly && !listed) return undefined;
    return `${top} is create-only: changing it replaces the resource, so Driftlog will not revert it in place. Run \`terraform apply\`, or accept the live value into the code.`;
  }

  /** The plan a revert would carry out, read fresh from AWS. */
  private async plan(args: RevertArgs): Promise<{ plan?: RevertPlan; error?: string }> {
    const d = this.scans.detail(args.address);
    const r = this.scans.result(args.address);
    if (!d?.instance || !d.connection || !r?.cloudType || !r.identifier) return { error: 'no scan result for this resource: scan again' };
    let live: Record<string, unknown> | undefined;
    try {
      live = (await getResource(d.connection, r.cloudType, r.identifier, { scheduler: this.scans.requestScheduler, priority: 3 }))?.properties;
    } catch (err) {
      return { error: `cannot read ${r.identifier} from AWS: ${err instanceof Error ? err.message : String(err)}` };
    }
    if (!live) return { error: `${r.identifier} no longer exists in AWS` };
    d.live = live;
    const module = this.workspace.moduleOf(d.instance.resource?.moduleDir ?? '');
    return { plan: planRevert(d.instance, expectedValues(d.instance, { module }), live, { redaction: this.logWriter.redaction() }) };
  }

  /** For the modal confirmation: what would change (redacted), or why it cannot be reverted. Changes nothing. */
  async revertPreview(args: RevertArgs): Promise<RevertPlanResult> {
    const { plan, error } = await this.plan(args);
    if (!plan) return { ok: false, reason: error ?? 'cannot plan the revert', changes: [] };
    const changes = plan.changes.map((c) => ({ path: c.path, live: c.live, code: c.code }));
    const notes = [...plan.unknown, ...plan.skipped].map((n) => `${n.attribute}: ${n.reason}`);
    if (plan.status === 'refused') return { ok: false, reason: plan.reason ?? 'refused', changes, notes };
    if (plan.status === 'in_sync') return { ok: false, reason: `${args.address} already matches the code`, changes, notes };
    return { ok: true, changes, notes };
  }

  /** Reverts the live resource to the code (after the user confirmed in the client), logs it and rescans it. */
  async revert(args: RevertArgs, signal: AbortSignal): Promise<RevertResult> {
    if (!this.workspace.trusted) return { ok: false, message: 'the workspace is not trusted' };
    const { plan, error } = await this.plan(args);
    if (!plan) return { ok: false, message: error ?? 'cannot plan the revert' };
    if (plan.status !== 'ready') return { ok: false, message: plan.reason ?? `${args.address} already matches the code` };
    const d = this.scans.detail(args.address)!;
    const outcome = await applyRevert(d.connection!, plan.cloudType!, plan.identifier!, plan.patch, { scheduler: this.scans.requestScheduler, signal });
    const repoRoot = this.repoRootOf(args.uri);
    if (repoRoot) await this.logWriter.events(repoRoot, [revertEvent(plan, outcome, { repoRoot, redaction: this.logWriter.redaction() })], `the revert of ${args.address}`);
    this.scans.cloudHistory.invalidate(plan.identifier);
    if (outcome.status !== 'SUCCESS') {
      return { ok: false, message: `revert of ${args.address} ${outcome.status.toLowerCase()}: ${outcome.error ?? ''}`.trim(), requestToken: outcome.requestToken };
    }
    const file = d.instance?.resource?.file;
    if (file) await this.scans.run({ kind: 'file', uri: URI.file(file).toString() });
    return { ok: true, message: `reverted ${args.address} to the code (request ${outcome.requestToken ?? outcome.clientToken})`, requestToken: outcome.requestToken };
  }
}
