// Background and on-demand scanning in the language server. Only in a trusted workspace: scans the resources
// of open files first, then the rest; a saved file's resources again; everything every
// `driftlog.scan.intervalMinutes`; never on keystrokes. Results are kept (redacted) with their time, turned into
// diagnostics on the current text, and a scan that changed a resource's status appends a batch to the audit log.
import { resolve } from 'node:path';
import { URI } from 'vscode-uri';
import type { Connection, Diagnostic } from 'vscode-languageserver';
import { CloudConnector, CredentialsError } from '../engine/cloud/connect';
import { RequestScheduler } from '../engine/cloud/scheduler';
import { applyIgnoreRules, loadIgnoreRules, type IgnoreRule } from '../engine/edit';
import { CloudHistory, diagnosticSuffix, type CloudChange } from '../engine/history';
import type { IndexedFile, ModuleIndex } from '../engine/index/model';
import { hmacKeyFrom, redactResult } from '../engine/log';
import { scan, ScanCancelled, type ResourceDetail } from '../engine/scan/scan';
import { RESOURCE_STATUSES, type ResourceResult, type ResourceStatus, type ScanReport } from '../engine/scan/types';
import { ScanStatusNotification, type ScanResultSummary, type ScanScope, type ScanStatus } from '../protocol';
import { VERSION } from '../version';
import { driftDiagnostics, unmanagedDiagnostics } from './driftDiagnostics';
import type { Logger } from './logger';
import type { LogWriter } from './logWriter';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import type { WorkspaceState } from './workspaceState';

function emptySummary(): Record<ResourceStatus, number> {
  return Object.fromEntries(RESOURCE_STATUSES.map((s) => [s, 0])) as Record<ResourceStatus, number>;
}

/** Root modules of a folder: module directories that no other module calls as a local source. */
export function rootModules(modules: ModuleIndex[]): ModuleIndex[] {
  const called = new Set<string>();
  for (const m of modules) for (const c of m.moduleCalls) if (c.sourceDir) called.add(resolve(c.sourceDir));
  return modules.filter((m) => !called.has(resolve(m.dir)) && (m.resources.length > 0 || m.moduleCalls.length > 0));
}

export interface ScanServiceDeps {
  connection: Connection;
  workspace: WorkspaceState;
  log: Logger;
  settingsFor: (folderUri: string) => Promise<Settings>;
  openFiles: () => string[];
  logWriter: LogWriter;
}

export class ScanService {
  /** Latest result per resource address, per root module directory (redacted). */
  private readonly results = new Map<string, Map<string, ResourceResult>>();
  private scannedAt: string | undefined;
  private readonly running = new Set<AbortController>();
  private timer: NodeJS.Timeout | undefined;
  private disabledReason: string | undefined;
  private scheduler: RequestScheduler | undefined;
  private progress = { done: 0, total: 0 };
  private settings: Settings | undefined;
  /** The workspace scan in flight, which a second request joins. */
  private workspaceRun: Promise<ScanResultSummary> | undefined;
  /** What the last scans learned per address beyond the report: instance, connection, live properties. */
  private readonly details = new Map<string, ResourceDetail>();
  /** Unfiltered results per root, before `.driftlog/ignore` rules are applied (rules can change without a rescan). */
  private readonly raw = new Map<string, Map<string, ResourceResult>>();
  private ignoreRules: IgnoreRule[] = [];
  /** Connections shared by every scan, revert and CloudTrail lookup of this window. */
  private connector: CloudConnector | undefined;
  readonly cloudHistory: CloudHistory;
  /** CloudTrail answers per address, for diagnostics' "changed by". */
  private readonly changes = new Map<string, CloudChange>();

  constructor(private readonly deps: ScanServiceDeps) {
    this.cloudHistory = new CloudHistory();
  }

  /** Scanning settings come from the first workspace folder (one scheduler, one rate limit for the window). */
  private async folderSettings(): Promise<Settings> {
    const uri = this.deps.workspace.folderUris()[0];
    this.settings = uri ? await this.deps.settingsFor(uri) : DEFAULT_SETTINGS;
    return this.settings;
  }

  /**
   * Called when the index is ready (after every walk) and when trust is granted: sets up the scheduler, the
   * interval and, once per session, the first background scan.
   */
  async start(): Promise<void> {
    if (!this.deps.workspace.trusted) return;
    const s = await this.configure();
    if (s.scan.enabled && !this.scannedAt) await this.run({ kind: 'workspace' });
  }

  /** Settings changed: pull them again and apply them (a new scheduler only when its own settings changed). */
  async settingsChanged(): Promise<void> {
    if (this.deps.workspace.trusted) await this.configure();
  }

  private async configure(): Promise<Settings> {
    const before = this.settings;
    const s = await this.folderSettings();
    if (!this.scheduler || !before || before.scan.concurrency !== s.scan.concurrency || before.scan.rate !== s.scan.rate) {
      this.scheduler = new RequestScheduler({ concurrency: s.scan.concurrency, rate: s.scan.rate });
    }
    if (!this.connector || before?.endpoint !== s.endpoint) {
      const old = this.connector;
      this.connector = new CloudConnector({ endpoint: s.endpoint });
      // Connections still in use by a running scan finish first.
      if (old) void (this.workspaceRun ?? Promise.resolve()).finally(() => old.destroy());
    }
    this.reloadIgnoreRules();
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    if (!s.scan.enabled) {
      this.setDisabled('background scanning is off (driftlog.scan.enabled)');
      return s;
    }
    this.timer = setInterval(() => void this.run({ kind: 'workspace' }), s.scan.intervalMinutes * 60_000);
    this.timer.unref();
    return s;
  }

  dispose(): void {
    if (this.timer) clearInterval(this.timer);
    this.stop();
    this.connector?.destroy();
    this.cloudHistory.destroy();
  }

  stop(): void {
    for (const c of this.running) c.abort();
  }

  private setDisabled(reason: string): void {
    this.disabledReason = reason;
    this.sendStatus('disabled');
  }

  private sendStatus(state: ScanStatus['state']): void {
    const summary = this.summary();
    void this.deps.connection.sendNotification(ScanStatusNotification, {
      state,
      ...(state === 'disabled' && this.disabledReason ? { reason: this.disabledReason } : {}),
      done: this.progress.done,
      total: this.progress.total,
      ...(this.scannedAt ? { summary, scannedAt: this.scannedAt } : {}),
    });
  }

  private summary(): Record<ResourceStatus, number> {
    const s = emptySummary();
    for (const m of this.results.values()) for (const r of m.values()) s[r.status]++;
    return s;
  }

  /**
   * Scans a scope. Untrusted: refuses. Errors come back as `error`, never as drift. A workspace scan asked for
   * while one runs joins it (cancelling the joined request stops it), so two never race to record the same changes.
   */
  run(scope: ScanScope, cancel?: AbortSignal): Promise<ScanResultSummary> {
    if (scope.kind !== 'workspace') return this.scanOnce(scope, cancel);
    if (this.workspaceRun) {
      cancel?.addEventListener('abort', () => this.stop());
      return this.workspaceRun;
    }
    const run = this.scanOnce(scope, cancel);
    this.workspaceRun = run;
    void run.finally(() => {
      if (this.workspaceRun === run) this.workspaceRun = undefined;
    });
    return run;
  }

  private async scanOnce(scope: ScanScope, cancel?: AbortSignal): Promise<ScanResultSummary> {
    if (!this.deps.workspace.trusted) return { cancelled: false, summary: this.summary(), error: 'the workspace is not trusted: Driftlog makes no cloud call' };
    const settings = this.settings ?? (await this.folderSettings());
    const ctrl = new AbortController();
    cancel?.addEventListener('abort', () => ctrl.abort());
    this.running.add(ctrl);
    const only = this.scopeFilter(scope);
    const modules = this.deps.workspace.modules();
    const allRoots = rootModules(modules);
    // A file of a root module is scanned with that root; a file of a child module with every root (its instances
    // are `module.x.*` of whichever roots call it).
    const own = only ? allRoots.filter((m) => m.files.some((f) => only.files.has(f))) : allRoots;
    const roots = own.length ? own : allRoots;
    const before = new Map<string, ResourceStatus>();
    for (const m of this.results.values()) for (const [a, r] of m) before.set(a, r.status);
    this.progress = { done: 0, total: 0 };
    this.sendStatus('scanning');
    const totals = new Map<string, { done: number; total: number }>();
    try {
      for (const root of roots) {
        const outcome = await scan({
          rootDir: root.dir,
          modules,
          statePath: settings.statePaths[0] ? resolve(root.dir, settings.statePaths[0]) : undefined,
          endpoint: settings.endpoint,
          profile: settings.profile,
          region: settings.region,
          sharedScheduler: this.scheduler,
          connector: this.connector,
          signal: ctrl.signal,
          openFiles: this.deps.openFiles(),
          skipUnmanaged: !!only,
          only: only ? (i) => only.match(i.address, i.file) : undefined,
          lineStarts: (f) => this.deps.workspace.fileAt(f)?.lineStarts,
          onProgress: (p) => {
            totals.set(root.dir, p);
            this.progress = [...totals.values()].reduce((a, b) => ({ done: a.done + b.done, total: a.total + b.total }), { done: 0, total: 0 });
            this.sendStatus('scanning');
          },
        });
        for (const [a, d] of outcome.details) this.details.set(a, d);
        this.absorb(root.dir, outcome.report, !!only);
        this.lookUpPrincipals(outcome.report);
        this.scannedAt = outcome.report.scannedAt;
        await this.record(root.dir, outcome.report, before);
      }
      this.disabledReason = undefined;
      this.deps.workspace.republishAll();
      this.sendStatus('idle');
      return { cancelled: false, summary: this.summary(), scannedAt: this.scannedAt };
    } catch (err) {
      if (err instanceof ScanCancelled || ctrl.signal.aborted) {
        this.deps.log.info('Scan stopped');
        this.sendStatus('idle');
        return { cancelled: true, summary: this.summary() };
      }
      const message = err instanceof Error ? err.message : String(err);
      if (err instanceof CredentialsError) {
        this.deps.log.warn(`No scan: ${message}`);
        this.setDisabled(message);
      } else {
        this.deps.log.error(`Scan failed: ${message}`);
        this.sendStatus('idle');
      }
      return { cancelled: false, summary: this.summary(), error: message };
    } finally {
      this.running.delete(ctrl);
    }
  }

  /** A saved file: rescan the resources it declares. */
  fileSaved(path: string): void {
    if (!this.deps.workspace.trusted || !this.scannedAt) return;
    void this.run({ kind: 'file', uri: URI.file(path).toString() });
  }

  private scopeFilter(scope: ScanScope): { files: Set<string>; match: (address: string, file?: string) => boolean } | undefined {
    if (scope.kind === 'workspace') return undefined;
    const path = this.deps.workspace.pathOf(scope.uri) ?? scope.uri;
    if (scope.kind === 'file') return { files: new Set([path]), match: (_a, f) => f === path };
    const file = this.deps.workspace.fileAt(path);
    const offset = file ? this.deps.workspace.offsetAt(file, scope.position) : -1;
    const block = file?.body.blocks.find((b) => b.type === 'resource' && b.start <= offset && offset <= b.end);
    const want = block ? `${block.labels[0]}.${block.labels[1]}` : '\u0000';
    return {
      files: new Set([path]),
      match: (a, f) => f === path && a.replace(/\[[^\]]*\]$/, '').split('.').slice(-2).join('.') === want,
    };
  }

  private absorb(rootDir: string, report: ScanReport, partial: boolean): void {
    let raw = this.raw.get(rootDir);
    if (!raw || !partial) {
      raw = new Map();
      this.raw.set(rootDir, raw);
    }
    for (const r of report.resources) raw.set(r.address, r);
    this.applyRules(rootDir);
  }

  /** The shown results of a root: raw results less what `.driftlog/ignore` hides, redacted. */
  private applyRules(rootDir: string): void {
    const raw = this.raw.get(rootDir);
    if (!raw) return;
    const hmacKey = hmacKeyFrom(undefined, process.env);
    const filtered = applyIgnoreRules({ version: VERSION, scannedAt: '', summary: emptySummary(), resources: [...raw.values()] }, this.ignoreRules);
    this.results.set(rootDir, new Map(filtered.report.resources.map((r) => [r.address, redactResult(r, { hmacKey })])));
  }

  /** Reads `.driftlog/ignore` again (after an ignore action, or when it changed) and re-filters the results. */
  reloadIgnoreRules(): void {
    const folder = this.deps.workspace.folderUris()[0];
    const path = folder ? this.deps.workspace.pathOf(folder) : undefined;
    const repo = path ? this.deps.workspace.repoRootFor(path) : undefined;
    if (!repo) return;
    const { rules, errors } = loadIgnoreRules(repo);
    for (const e of errors) this.deps.log.warn(`.driftlog/ignore:${e.line}: ${e.message}`);
    this.ignoreRules = rules;
    for (const root of this.raw.keys()) this.applyRules(root);
    this.deps.workspace.republishAll();
    this.sendStatus('idle');
  }

  /** CloudTrail's last change of each drifted or missing resource, for the diagnostics' "changed by" (2/s). */
  private lookUpPrincipals(report: ScanReport): void {
    for (const r of report.resources) {
      if (r.status !== 'drifted' && r.status !== 'missing') continue;
      const conn = this.details.get(r.address)?.connection;
      if (!conn || !r.identifier) continue;
      void this.cloudHistory.lastCloudChange(conn, { cloudType: r.cloudType, identifier: r.identifier, region: r.region }).then((c) => {
        const before = this.changes.get(r.address);
        this.changes.set(r.address, c);
        if (c.kind === 'found' && (before?.kind !== 'found' || before.time.getTime() !== c.time.getTime())) this.deps.workspace.republishAll();
      });
    }
  }

  /** `changed by <principal> on <date>`, when CloudTrail named one. */
  changedBy(address: string): string | undefined {
    return diagnosticSuffix(this.changes.get(address));
  }

  cloudChange(address: string): Promise<CloudChange> | undefined {
    const r = this.result(address);
    const conn = this.details.get(address)?.connection;
    if (!r || !conn || !r.identifier) return undefined;
    return this.cloudHistory.lastCloudChange(conn, { cloudType: r.cloudType, identifier: r.identifier, region: r.region });
  }

  get lastScannedAt(): string | undefined {
    return this.scannedAt;
  }

  get intervalMinutes(): number {
    return (this.settings ?? DEFAULT_SETTINGS).scan.intervalMinutes;
  }

  /** What the last scans learned about an address beyond its result (instance, connection, live properties). */
  detail(address: string): ResourceDetail | undefined {
    return this.details.get(address);
  }

  /** The request scheduler all of this window's Cloud Control calls share. */
  get requestScheduler(): RequestScheduler {
    return (this.scheduler ??= new RequestScheduler({ concurrency: this.currentSettings.scan.concurrency, rate: this.currentSettings.scan.rate }));
  }

  get currentSettings(): Settings {
    return this.settings ?? DEFAULT_SETTINGS;
  }

  /** Appends a batch when the scan changed any resource's status (or found something new). */
  private async record(rootDir: string, report: ScanReport, before: Map<string, ResourceStatus>): Promise<void> {
    const changed = report.resources.filter((r) => before.get(r.address) !== r.status);
    if (changed.length && this.deps.workspace.repoRootFor(rootDir)) await this.deps.logWriter.scan(rootDir, changed);
  }

  /** All results, for the report view (redacted). */
  report(): ScanReport | null {
    if (!this.scannedAt) return null;
    const resources = [...this.results.values()].flatMap((m) => [...m.values()]);
    return { version: VERSION, scannedAt: this.scannedAt, summary: this.summary(), resources };
  }

  result(address: string): ResourceResult | undefined {
    for (const m of this.results.values()) {
      const r = m.get(address);
      if (r) return r;
    }
    return undefined;
  }

  /** The drift diagnostics of one file on its current text. */
  diagnosticsFor(file: IndexedFile): Diagnostic[] {
    if (!this.scannedAt) return [];
    const settings = this.settings ?? DEFAULT_SETTINGS;
    // A result is stale once a whole interval has passed without a newer scan.
    const stale = Date.now() - Date.parse(this.scannedAt) > settings.scan.intervalMinutes * 60_000 * 1.5;
    const ctx = { severity: settings.severity, scannedAt: this.scannedAt, stale, changedBy: (a: string) => this.changedBy(a) };
    const mine: ResourceResult[] = [];
    const unmanaged: ResourceResult[] = [];
    for (const [rootDir, m] of this.results) {
      for (const r of m.values()) {
        if (r.file === file.path) mine.push(r);
        else if (r.status === 'unmanaged' && resolve(rootDir) === file.moduleDir) unmanaged.push(r);
      }
    }
    const out = driftDiagnostics(file, mine, ctx);
    // Unmanaged resources have no block of their own: they sit on the root module's first provider block.
    const anchorFile = unmanaged.length ? this.deps.workspace.moduleOf(file.moduleDir)?.providers[0]?.file : undefined;
    if (anchorFile === file.path) {
      const anchor = file.body.blocks.find((b) => b.type === 'provider');
      if (anchor) out.push(...unmanagedDiagnostics(file, anchor, unmanaged, ctx));
    }
    return out;
  }

  /** The results of the resources declared in a file. */
  resultsIn(path: string): ResourceResult[] {
    const out: ResourceResult[] = [];
    for (const m of this.results.values()) for (const r of m.values()) if (r.file === path) out.push(r);
    return out;
  }

}
