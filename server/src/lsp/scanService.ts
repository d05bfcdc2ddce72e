// Background and on-demand scanning in the language server. Only in a trusted workspace: scans the resources
// of open files first, then the rest; a saved file's resources again; everything every
// `driftlog.scan.intervalMinutes`; never on keystrokes. Results are kept (redacted) with their time, turned into
// diagnostics on the current text, and a scan that changed a resource's status appends a batch to the audit log.
import { resolve } from 'node:path';
import type { Connection, Diagnostic } from 'vscode-languageserver';
import { CredentialsError } from '../engine/cloud/connect';
import { RequestScheduler } from '../engine/cloud/scheduler';
import type { IndexedFile, ModuleIndex } from '../engine/index/model';
import { hmacKeyFrom, recordScan, redactResult, type Signer } from '../engine/log';
import { scan, ScanCancelled } from '../engine/scan/scan';
import { RESOURCE_STATUSES, type ResourceResult, type ResourceStatus, type ScanReport } from '../engine/scan/types';
import { ScanStatusNotification, type ScanResultSummary, type ScanScope, type ScanStatus } from '../protocol';
import { VERSION } from '../version';
import { driftDiagnostics, findBlock, unmanagedDiagnostics } from './driftDiagnostics';
import type { Logger } from './logger';
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
  /** The audit log's signer (the editor's key), or undefined for the engine's default. */
  signer: () => Promise<Signer | undefined>;
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

  constructor(private readonly deps: ScanServiceDeps) {}

  /** Scanning settings come from the first workspace folder (one scheduler, one rate limit for the window). */
  private async folderSettings(): Promise<Settings> {
    const uri = this.deps.workspace.folderUris()[0];
    this.settings = uri ? await this.deps.settingsFor(uri) : DEFAULT_SETTINGS;
    return this.settings;
  }

  /** The interval, the scheduler and the first background scan; called when indexing is done or settings changed. */
  async start(): Promise<void> {
    if (!this.deps.workspace.trusted) return;
    const s = await this.folderSettings();
    this.scheduler = new RequestScheduler({ concurrency: s.scan.concurrency, rate: s.scan.rate });
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    if (!s.scan.enabled) {
      this.setDisabled('background scanning is off (driftlog.scan.enabled)');
      return;
    }
    this.timer = setInterval(() => void this.run({ kind: 'workspace' }), s.scan.intervalMinutes * 60_000);
    this.timer.unref();
    await this.run({ kind: 'workspace' });
  }

  dispose(): void {
    if (this.timer) clearInterval(this.timer);
    this.stop();
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

  /** Scans a scope. Untrusted: refuses. Errors come back as `error`, never as drift. */
  async run(scope: ScanScope, cancel?: AbortSignal): Promise<ScanResultSummary> {
    if (!this.deps.workspace.trusted) return { cancelled: false, summary: this.summary(), error: 'the workspace is not trusted: Driftlog makes no cloud call' };
    const settings = this.settings ?? (await this.folderSettings());
    const ctrl = new AbortController();
    cancel?.addEventListener('abort', () => ctrl.abort());
    this.running.add(ctrl);
    const only = this.scopeFilter(scope);
    const modules = this.deps.workspace.modules();
    const roots = rootModules(modules).filter((m) => !only || only.files.size === 0 || m.files.some((f) => only.files.has(f)) || only.files.has(m.dir));
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
        this.absorb(root.dir, outcome.report, !!only);
        this.scannedAt = outcome.report.scannedAt;
        await this.record(root.dir, outcome.report, before, settings);
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
    void this.run({ kind: 'file', uri: path });
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
    const hmacKey = hmacKeyFrom(undefined, process.env);
    let m = this.results.get(rootDir);
    if (!m || !partial) {
      m = new Map();
      this.results.set(rootDir, m);
    }
    for (const r of report.resources) m.set(r.address, redactResult(r, { hmacKey }));
  }

  /** Appends a batch when the scan changed any resource's status (or found something new). */
  private async record(rootDir: string, report: ScanReport, before: Map<string, ResourceStatus>, settings: Settings): Promise<void> {
    const changed = report.resources.filter((r) => before.get(r.address) !== r.status);
    if (changed.length === 0) return;
    const repo = this.deps.workspace.repoRootFor(rootDir);
    if (!repo) return;
    try {
      const res = await recordScan(rootDir, changed, {
        logDir: settings.log.directory,
        stage: settings.log.stage,
        signWith: settings.log.signWith,
        signer: await this.deps.signer(),
        redaction: { hmacKey: hmacKeyFrom(process.env[settings.log.hmacKeyEnv]) },
      });
      this.deps.log.info(`Audit log: recorded ${changed.length} change(s) of status in ${res.path ?? 'a new batch'}`);
    } catch (err) {
      this.deps.log.warn(`Audit log not written: ${err instanceof Error ? err.message : String(err)}`);
    }
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
    const ctx = { severity: settings.severity, scannedAt: this.scannedAt, stale };
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
    const anchorFile = this.deps.workspace.moduleOf(file.moduleDir)?.providers[0]?.file;
    if (unmanaged.length && anchorFile === file.path) {
      const anchor = file.body.blocks.find((b) => b.type === 'provider');
      if (anchor) out.push(...unmanagedDiagnostics(file, anchor, unmanaged, ctx));
    }
    return out;
  }

  /** Whether a block of this file has a result (for code actions and hover). */
  resultForBlock(file: IndexedFile, address: string): ResourceResult | undefined {
    const r = this.result(address);
    return r && findBlock(file, address) ? r : undefined;
  }
}
