// The scan: configuration + state + live AWS -> ScanReport. Shared by `driftlog scan` and the language server.
//
//   1. Load the state of the root module and pair config blocks and state objects into resource instances
//      (identity, mapping: engine/compare).
//   2. Connect once per provider configuration (credentials are resolved before any call: none, no scan).
//   3. ListResources per (cloud type, account+region) present in the workspace, for `unmanaged`; paginated; types
//      that cannot be listed without a ResourceModel, or not at all, are skipped with a note.
//   4. Live properties per instance: GetResource, except where the type's list handler returns full properties
//      (checked on the first instance of the type: its GetResource and its list entry are the same document), in
//      which case the list entries stand in for the remaining GetResource calls. Instances in open files skip the
//      wait for the list and go first.
//   5. Compare (engine/compare), and count.
//
// A failure of one resource (access denied, unknown type, timeout, retries exhausted) makes that resource `error`
// with the reason; it never aborts the scan and is never reported as drift.
import { readFileSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { S3Client } from '@aws-sdk/client-s3';
import { fromIni } from '@aws-sdk/credential-providers';
import { computeLineStarts, LineIndex } from '../hcl/lineIndex';
import type { Expr, ModuleIndex } from '../index/model';
import { EMPTY_CONTEXT, evaluateString } from '../eval/evaluate';
import { contextFor } from '../eval/scope';
import {
  baseResult,
  compareResource,
  expectedValues,
  loadState,
  resolveInstances,
  type ResourceInstance,
} from '../compare/api';
import { getResource, listResources, type ListOutcome, type LiveResource } from '../cloud/calls';
import { CloudConnector, type CloudConnection, type ProviderTarget } from '../cloud/connect';
import { CallError, RequestScheduler, type SchedulerOptions, type SchedulerStats } from '../cloud/scheduler';
import { VERSION } from '../../version';
import { coverageOfResults, reportCoverage } from './coverage';
import { DRIFT_STATUSES, RESOURCE_STATUSES, type Range, type ResourceResult, type ResourceStatus, type ScanReport } from './types';

export const Priority = { open: 2, list: 1, background: 0 } as const;

export interface ScanProgress {
  done: number;
  total: number;
}

export interface ScanOptions {
  /** The root module directory. */
  rootDir: string;
  /** Every indexed module (root and local children). */
  modules: ModuleIndex[];
  /** Explicit state file (the `driftlog.statePaths` setting, `--state`). */
  statePath?: string;
  workspace?: string;
  /** Explicit Cloud Control endpoint (`driftlog.endpoint`, `--endpoint`). */
  endpoint?: string;
  /** Profile for provider blocks that name none (`--profile`, the `driftlog.profile` setting). */
  profile?: string;
  /** Region for provider blocks that name none (`--region`); else AWS_REGION / AWS_DEFAULT_REGION. */
  region?: string;
  /** A shared scheduler (the language server's). When absent, the scan makes its own from `scheduler` options. */
  sharedScheduler?: RequestScheduler;
  scheduler?: SchedulerOptions;
  /** Cancels the scan: nothing more is sent, and `scan` rejects with ScanCancelled. */
  signal?: AbortSignal;
  /** Files open in the editor: their resources are read first. */
  openFiles?: Iterable<string>;
  /** Let full-property list entries stand in for GetResource calls (default true). */
  useListProperties?: boolean;
  /** Skip ListResources, and so `unmanaged` (default false). */
  skipUnmanaged?: boolean;
  onProgress?: (p: ScanProgress) => void;
  /** Line starts of a file, when the caller has them (the editor's open buffers); else read from disk. */
  lineStarts?: (file: string) => number[] | undefined;
  /**
   * Limits the scan to some instances (Scan Current File, Scan Resource at Cursor, a rescan after a save): the
   * others are neither read nor reported. A partial scan never lists (no `unmanaged`): the instances it leaves out
   * claim live resources too.
   */
  only?: (inst: { address: string; file?: string }) => boolean;
  /**
   * Connections shared across scans (the language server keeps one, and reuses its connections for reverts and
   * CloudTrail). When given, the scan does not close it.
   */
  connector?: CloudConnector;
  /** Extra variable values. */
  vars?: Record<string, import('./types').JsonValue>;
}

/** What a shell needs beyond the report to act on a resource later (revert, import, hover). */
export interface ResourceDetail {
  instance?: ResourceInstance;
  connection?: CloudConnection;
  /** The live properties the comparison used. Secrets included: keep in memory only, never print. */
  live?: Record<string, unknown>;
}

export interface ScanOutcome {
  /** Per address (unmanaged ones too). */
  details: Map<string, ResourceDetail>;
  report: ScanReport;
  /** API calls made (every attempt, retries included), and the scheduler's other counts. */
  stats: SchedulerStats;
}

export class ScanCancelled extends Error {
  constructor() {
    super('the scan was cancelled');
    this.name = 'ScanCancelled';
  }
}

/** Deterministic JSON text (object keys sorted), to compare two property documents. */
export function stableJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stableJson).join(',')}]`;
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

function emptySummary(): Record<ResourceStatus, number> {
  return Object.fromEntries(RESOURCE_STATUSES.map((s) => [s, 0])) as Record<ResourceStatus, number>;
}

/** Runs a scan. Throws CredentialsError (no credentials), StateError (unusable state) or ScanCancelled. */
export async function scan(opts: ScanOptions): Promise<ScanOutcome> {
  const signal = opts.signal;
  if (signal?.aborted) throw new ScanCancelled();
  const scheduler = opts.sharedScheduler ?? new RequestScheduler({ ...opts.scheduler, signal });
  const callsBefore = { ...scheduler.stats };
  const connector = opts.connector ?? new CloudConnector({ endpoint: opts.endpoint });
  const details = new Map<string, ResourceDetail>();
  const notes: string[] = [];
  const rootDir = resolvePath(opts.rootDir);
  const defaultRegion = opts.region ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION;

  // Line starts for ranges, from the caller or from disk.
  const lineCache = new Map<string, number[] | undefined>();
  const lineStarts = (file: string): number[] | undefined => {
    const given = opts.lineStarts?.(file);
    if (given) return given;
    if (!lineCache.has(file)) {
      try {
        lineCache.set(file, computeLineStarts(readFileSync(file, 'utf8')));
      } catch {
        lineCache.set(file, undefined);
      }
    }
    return lineCache.get(file);
  };

  try {
    const root = opts.modules.find((m) => resolvePath(m.dir) === rootDir);
    const state = await loadState({
      moduleDir: rootDir,
      backend: root?.backend,
      workspace: opts.workspace,
      statePath: opts.statePath,
      s3: (region) =>
        new S3Client({
          region: region ?? defaultRegion ?? 'us-east-1',
          ...(opts.profile ? { credentials: fromIni({ profile: opts.profile }) } : {}),
        }),
    });
    const resolved = resolveInstances(opts.modules, state, { rootDir, vars: opts.vars, defaultRegion });
    const only = opts.only;
    const instances = only ? resolved.filter((i) => only({ address: i.address, file: i.resource?.file })) : resolved;
    if (signal?.aborted) throw new ScanCancelled();

    // Provider settings (profile, assume_role, endpoints) are evaluated in the root module: literals, variables
    // with defaults and tfvars, locals.
    const rootScope = resolved.find((i) => i.modulePath === '' && i.scope)?.scope;
    const rootContext = rootScope ? contextFor(rootScope) : EMPTY_CONTEXT;
    const literalString = (e: Expr | undefined) => evaluateString(e, rootContext);

    // Which provider configuration each instance reads through.
    const targetOf = (inst: ResourceInstance): ProviderTarget | string => {
      const region = inst.region ?? defaultRegion;
      if (!region) return `no region for ${inst.address}: set \`region\` in the provider block, AWS_REGION, or --region`;
      const p = inst.provider;
      const roleArn = literalString(p?.assumeRole?.roleArn);
      return {
        providerKey: inst.providerKey,
        region,
        profile: literalString(p?.profile) ?? opts.profile,
        ...(roleArn ? { assumeRole: { roleArn, sessionName: literalString(p?.assumeRole?.sessionName), externalId: literalString(p?.assumeRole?.externalId) } } : {}),
        endpoint: literalString(p?.endpoints?.cloudcontrol),
      };
    };

    // Results known before any call.
    const results = new Map<ResourceInstance, ResourceResult>();
    const live: Array<{ inst: ResourceInstance; target: ProviderTarget }> = [];
    for (const inst of instances) {
      if (inst.preStatus === 'unsupported') {
        results.set(inst, baseResult(inst, 'unsupported', inst.reason ?? `no mapping for ${inst.type}: drift is not checked`));
      } else if (inst.preStatus === 'error' || !inst.cloudType) {
        results.set(inst, baseResult(inst, 'error', inst.reason ?? `no Cloud Control type for ${inst.type}`));
      } else if (!inst.identifier) {
        results.set(inst, baseResult(inst, inst.preStatus === 'not_in_state' ? 'not_in_state' : 'error', inst.preStatus === 'not_in_state' ? undefined : inst.reason ?? 'no identifier'));
      } else {
        const t = targetOf(inst);
        if (typeof t === 'string') results.set(inst, baseResult(inst, 'error', t));
        else live.push({ inst, target: t });
      }
    }

    // Connect: credentials first, for every provider configuration in use; a missing one stops the scan here.
    const conns = new Map<ResourceInstance, CloudConnection>();
    await Promise.all(live.map(async ({ inst, target }) => conns.set(inst, await connector.connect(target))));
    if (signal?.aborted) throw new ScanCancelled();

    // What to list: distinct (account+region, cloud type).
    const listKey = (c: CloudConnection, cloudType: string) => `${c.bucket}\u0000${cloudType}`;
    const lists = new Map<string, { conn: CloudConnection; cloudType: string; outcome?: Promise<ListOutcome | Error> }>();
    // A partial scan (`only`) cannot tell what is unmanaged: the instances left out claim live resources too.
    if (!opts.skipUnmanaged && !only) {
      for (const { inst } of live) {
        const conn = conns.get(inst)!;
        const k = listKey(conn, inst.cloudType!);
        if (!lists.has(k)) lists.set(k, { conn, cloudType: inst.cloudType! });
      }
    }

    let total = live.length + lists.size;
    let done = 0;
    const tick = () => {
      done++;
      opts.onProgress?.({ done, total });
    };
    opts.onProgress?.({ done, total });

    for (const l of lists.values()) {
      l.outcome = listResources(l.conn, l.cloudType, { scheduler, priority: Priority.list, signal }).then(
        (o) => {
          tick();
          return o;
        },
        (err: unknown) => {
          tick();
          return err instanceof Error ? err : new Error(String(err));
        },
      );
    }

    // GetResource, once per (account+region, type, identifier): the split S3 resources share their bucket's read.
    const gets = new Map<string, Promise<LiveResource | undefined>>();
    const get = (conn: CloudConnection, cloudType: string, identifier: string, priority: number) => {
      const k = `${listKey(conn, cloudType)}\u0000${identifier}`;
      let p = gets.get(k);
      if (!p) {
        p = getResource(conn, cloudType, identifier, { scheduler, priority, signal });
        gets.set(k, p);
      }
      return p;
    };

    // Whether a type's list entries are full documents: decided on its first instance found in the list.
    const fullList = new Map<string, Promise<boolean>>();
    const listIndex = new Map<ListOutcome, Map<string, LiveResource>>();
    const open = new Set([...(opts.openFiles ?? [])].map((f) => resolvePath(f)));
    const useList = opts.useListProperties ?? true;

    const readLive = async (inst: ResourceInstance, conn: CloudConnection): Promise<LiveResource | undefined> => {
      const cloudType = inst.cloudType!;
      const identifier = inst.identifier!;
      const isOpen = !!inst.resource && open.has(resolvePath(inst.resource.file));
      const l = lists.get(listKey(conn, cloudType));
      if (isOpen || !useList || !l?.outcome) return get(conn, cloudType, identifier, isOpen ? Priority.open : Priority.background);
      const outcome = await l.outcome;
      if (outcome instanceof Error || outcome.kind !== 'listed') return get(conn, cloudType, identifier, Priority.background);
      let byId = listIndex.get(outcome);
      if (!byId) listIndex.set(outcome, (byId = new Map(outcome.resources.map((r) => [r.identifier, r]))));
      const entry = byId.get(identifier);
      if (!entry) return get(conn, cloudType, identifier, Priority.background);
      const fk = listKey(conn, cloudType);
      let full = fullList.get(fk);
      if (!full) {
        const probe = get(conn, cloudType, identifier, Priority.background);
        full = probe.then(
          (g) => !!g && stableJson(g.properties) === stableJson(entry.properties),
          () => false,
        );
        fullList.set(fk, full);
        await full;
        return probe;
      }
      return (await full) ? entry : get(conn, cloudType, identifier, Priority.background);
    };

    await Promise.all(
      live.map(async ({ inst }) => {
        const conn = conns.get(inst)!;
        let result: ResourceResult;
        try {
          const found = await readLive(inst, conn);
          details.set(inst.address, { instance: inst, connection: conn, ...(found ? { live: found.properties } : {}) });
          if (!found) result = baseResult(inst, inst.preStatus === 'not_in_state' ? 'not_in_state' : 'missing');
          else {
            try {
              result = compareResource(inst, expectedValues(inst, { lineStarts }), found.properties, {
                writeOnly: inst.mapping?.writeOnly,
              });
            } catch (err) {
              result = baseResult(inst, 'error', `comparison failed: ${err instanceof Error ? err.message : String(err)}`);
            }
          }
        } catch (err) {
          if (signal?.aborted) throw new ScanCancelled();
          result = baseResult(inst, 'error', err instanceof CallError ? err.message : `unexpected failure: ${err instanceof Error ? err.message : String(err)}`);
        }
        // Without state the resource is `not_in_state` whatever the comparison found (its differences are kept).
        if (inst.preStatus === 'not_in_state' && result.status !== 'error') result.status = 'not_in_state';
        result.account ??= conn.account;
        results.set(inst, result);
        tick();
      }),
    );
    if (signal?.aborted) throw new ScanCancelled();

    // Unmanaged: listed, and claimed by nothing in code or state.
    const unmanaged: ResourceResult[] = [];
    const claimed = new Set<string>();
    for (const { inst } of live) {
      if (!inst.mapping?.subResource) claimed.add(`${listKey(conns.get(inst)!, inst.cloudType!)}\u0000${inst.identifier}`);
    }
    for (const [k, l] of lists) {
      const outcome = await l.outcome!;
      if (outcome instanceof Error) {
        notes.push(`${l.cloudType} in ${l.conn.region}: could not list (${outcome.message}); unmanaged resources of this type are not reported`);
        continue;
      }
      if (outcome.kind === 'skipped') {
        notes.push(`${l.cloudType} in ${l.conn.region}: not listed, ${outcome.reason}; unmanaged resources of this type are not reported`);
        continue;
      }
      const tfType = live.find(({ inst }) => inst.cloudType === l.cloudType && !inst.mapping?.subResource)?.inst.type ?? live.find(({ inst }) => inst.cloudType === l.cloudType)!.inst.type;
      for (const r of outcome.resources) {
        if (claimed.has(`${k}\u0000${r.identifier}`)) continue;
        details.set(`unmanaged:${l.cloudType}:${r.identifier}`, { connection: l.conn, ...(r.properties ? { live: r.properties } : {}) });
        unmanaged.push({
          address: `unmanaged:${l.cloudType}:${r.identifier}`,
          type: tfType,
          cloudType: l.cloudType,
          identifier: r.identifier,
          region: l.conn.region,
          ...(l.conn.account ? { account: l.conn.account } : {}),
          status: 'unmanaged',
          differences: [],
        });
      }
    }
    total = done;

    // Fill what the comparison left out: file, header range, cloud type, identifier, region.
    const resources: ResourceResult[] = [];
    for (const inst of instances) {
      const r = results.get(inst)!;
      const info = inst.resource;
      if (info) {
        r.file ??= info.file;
        if (!r.range) {
          const ls = lineStarts(info.file);
          if (ls) r.range = new LineIndex(ls).rangeOf(info.block.header) satisfies Range;
        }
      }
      if (inst.cloudType) r.cloudType ??= inst.cloudType;
      if (inst.identifier) r.identifier ??= inst.identifier;
      const region = inst.region ?? defaultRegion;
      if (region && r.status !== 'unsupported') r.region ??= region;
      resources.push(r);
    }
    resources.push(...unmanaged.sort((a, b) => a.address.localeCompare(b.address)));

    const summary = emptySummary();
    for (const r of resources) summary[r.status]++;
    const stats = Object.fromEntries(
      Object.entries(scheduler.stats).map(([k, v]) => [k, v - callsBefore[k as keyof SchedulerStats]]),
    ) as unknown as SchedulerStats;
    const report: ScanReport = { version: VERSION, scannedAt: new Date().toISOString(), summary, coverage: reportCoverage(coverageOfResults(resources)), resources };
    if (notes.length) report.notes = notes;
    return { report, stats, details };
  } finally {
    if (!opts.connector) connector.destroy();
  }
}

/** Whether a report shows drift: what `driftlog scan` exits 2 for. */
export function hasDrift(report: ScanReport): boolean {
  return report.resources.some((r) => DRIFT_STATUSES.has(r.status));
}

export { DRIFT_STATUSES };
