// The language server's view of the workspace: one WorkspaceIndex per workspace folder, the trust state, and
// the syntax diagnostics published for indexed files. Open documents win over the disk until closed.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import type { Connection, Diagnostic, TextDocuments } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { JobScheduler, Priority } from '../engine/jobs';
import { fileKind, WorkspaceIndex, type IndexedFile, type ModuleIndex, type SymbolInfo } from '../engine/index';
import { LineIndex } from '../engine/hcl/lineIndex';
import { IndexStatusNotification } from '../protocol';
import type { Logger } from './logger';
import type { Settings } from './settings';
import { toRange } from './symbols';

type SettingsFor = (folderUri: string) => Promise<Settings>;

interface Folder {
  uri: string;
  path: string;
  index: WorkspaceIndex;
  /** Set once the folder's first walk has finished. */
  ready: boolean;
  /** The exclude globs of the last walk (a settings change re-walks only when they differ). */
  exclude?: string[];
}

export class WorkspaceState {
  trusted = false;
  private storagePath: string | undefined;
  private folders: Folder[] = [];
  /** URIs that currently show syntax diagnostics, so that a fixed file gets its diagnostics cleared. */
  private readonly withDiagnostics = new Set<string>();
  /** The git repository of each folder, known once trusted (the audit log lives there). */
  readonly repoRoots = new Map<string, string | undefined>();
  /** Drift diagnostics for a file's current text, published together with its syntax diagnostics. */
  driftProvider: ((file: IndexedFile) => Diagnostic[]) | undefined;
  /** Called each time every folder has been walked (first open, settings change). */
  onIndexed: (() => void) | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly log: Logger,
    private readonly jobs: JobScheduler,
  ) {}

  configure(opts: { trusted: boolean; storagePath?: string }): void {
    this.trusted = opts.trusted;
    this.storagePath = opts.storagePath;
  }

  setFolders(uris: string[]): void {
    this.folders = [];
    this.addFolderEntries(uris);
  }

  private addFolderEntries(uris: string[]): Folder[] {
    const added: Folder[] = [];
    for (const uri of uris) {
      const u = URI.parse(uri);
      if (u.scheme !== 'file') {
        this.log.warn(`Driftlog does not support virtual workspaces: ${uri} is not indexed`);
        continue;
      }
      if (this.folders.some((f) => f.uri === uri)) continue;
      const folder: Folder = { uri, path: u.fsPath, index: this.newIndex([]), ready: false };
      this.folders.push(folder);
      added.push(folder);
    }
    return added;
  }

  private newIndex(exclude: string[]): WorkspaceIndex {
    return new WorkspaceIndex({
      // An untrusted workspace writes nothing, not even the parse cache.
      cacheDir: this.trusted && this.storagePath ? join(this.storagePath, 'parse-cache') : undefined,
      exclude,
      log: (level, message) => this.log[level](message),
    });
  }

  /** Trust was granted: from now on the parse cache is written and git may run. */
  grantTrust(): void {
    this.trusted = true;
    for (const f of this.folders) void this.findRepoRoot(f);
  }

  async indexAll(settingsFor: SettingsFor): Promise<void> {
    if (this.trusted) for (const f of this.folders) void this.findRepoRoot(f);
    await Promise.all(this.folders.map(async (f) => this.indexFolder(f, await settingsFor(f.uri))));
  }

  async addFolders(uris: string[], settingsFor: SettingsFor): Promise<void> {
    const added = this.addFolderEntries(uris);
    if (this.trusted) for (const f of added) void this.findRepoRoot(f);
    await Promise.all(added.map(async (f) => this.indexFolder(f, await settingsFor(f.uri))));
  }

  removeFolders(uris: string[]): void {
    for (const uri of uris) {
      const f = this.folders.find((x) => x.uri === uri);
      if (!f) continue;
      this.jobs.cancel(`walk:${f.uri}`);
      for (const file of f.index.files()) this.publish(file, []);
      this.folders = this.folders.filter((x) => x !== f);
    }
  }

  /** Settings changed (exclude globs, say): walk every folder again with the new settings. */
  async settingsChanged(settingsFor: SettingsFor): Promise<void> {
    await Promise.all(
      this.folders.map(async (f) => {
        const settings = await settingsFor(f.uri);
        if (JSON.stringify(settings.exclude) !== JSON.stringify(f.exclude)) await this.indexFolder(f, settings);
      }),
    );
  }

  private async indexFolder(folder: Folder, settings: Settings): Promise<void> {
    folder.exclude = settings.exclude;
    await this.jobs.enqueue(`walk:${folder.uri}`, Priority.low, async (signal) => {
      const index = this.newIndex(settings.exclude);
      this.sendStatus('indexing');
      const stats = await index.open([folder.path]);
      if (signal.aborted) return;
      // The walk read the disk: put back the text of open documents, which wins until they are closed.
      for (const doc of this.documents.all()) {
        const path = pathOf(doc.uri);
        if (path && isInside(path, folder.path) && fileKind(path)) index.updateFile(path, doc.getText());
      }
      // Files that were indexed before and are gone (or now excluded) lose their diagnostics.
      const kept = new Set(index.files().map((f) => f.path));
      for (const old of folder.index.files()) if (!kept.has(old.path)) this.publish(old, []);
      folder.index = index;
      folder.ready = true;
      for (const f of index.files()) this.publishSyntax(f);
      this.log.info(
        `Indexed ${folder.path}: ${stats.files} files (${stats.parsed} parsed, ${stats.cached} from cache, ${stats.skipped} skipped) in ${Math.round(stats.ms)} ms`,
      );
      this.sendStatus('idle');
      if (this.folders.every((f) => f.ready)) this.onIndexed?.();
    });
  }

  private folderOf(path: string): Folder | undefined {
    let best: Folder | undefined;
    for (const f of this.folders) if (isInside(path, f.path) && (!best || f.path.length > best.path.length)) best = f;
    return best;
  }

  /** An open document's text changed (or it was opened): re-index that file now and publish its diagnostics. */
  documentChanged(path: string, text: string): void {
    const folder = this.folderOf(path);
    if (!folder || !fileKind(path)) return;
    // An open document always gets its diagnostics re-published, even when still empty: the client (and the
    // edit-latency benchmark) can tell that the edit was seen.
    this.publishSyntax(folder.index.updateFile(path, text), true);
  }

  /** A file changed on disk, or its document was closed: re-index it from disk. */
  diskChanged(path: string): void {
    const folder = this.folderOf(path);
    if (!folder || !fileKind(path)) return;
    void this.jobs.enqueue(`file:${path}`, Priority.normal, () => {
      this.publishSyntax(folder.index.refreshFile(path));
    });
  }

  fileDeleted(path: string): void {
    const folder = this.folderOf(path);
    const file = folder?.index.file(path);
    if (!folder || !file) return;
    folder.index.removeFile(path);
    this.publish(file, []);
  }

  /** The indexed file behind a document URI, if any. */
  currentFile(uri: string): IndexedFile | undefined {
    const path = pathOf(uri);
    return path ? this.folderOf(path)?.index.file(path) : undefined;
  }

  /** Resources, data sources and modules of every file, from the outlines (no parse). */
  *symbols(): Iterable<SymbolInfo> {
    for (const f of this.folders) yield* f.index.symbols();
  }

  *allFiles(): Iterable<IndexedFile> {
    for (const f of this.folders) yield* f.index.files();
  }

  /** Syntax diagnostics plus drift diagnostics, both on the file's current text. */
  private publishSyntax(file: IndexedFile, always = false): void {
    const diags: Diagnostic[] = file.errors.map((e) => ({
      range: toRange(file, e.start, e.end),
      severity: DiagnosticSeverity.Error,
      source: 'driftlog',
      code: 'hcl-syntax',
      message: e.message,
    }));
    if (this.driftProvider) diags.push(...this.driftProvider(file));
    this.publish(file, diags, always);
  }

  /** After a scan: every file's diagnostics again (those that gain drift and those that lose it). */
  republishAll(): void {
    for (const file of this.allFiles()) this.publishSyntax(file);
  }

  folderUris(): string[] {
    return this.folders.map((f) => f.uri);
  }

  modules(): ModuleIndex[] {
    return this.folders.flatMap((f) => f.index.modules());
  }

  moduleOf(dir: string): ModuleIndex | undefined {
    return this.folderOf(dir)?.index.module(dir);
  }

  fileAt(path: string): IndexedFile | undefined {
    return this.folderOf(path)?.index.file(path);
  }

  pathOf(uri: string): string | undefined {
    return pathOf(uri);
  }

  offsetAt(file: IndexedFile, pos: { line: number; character: number }): number {
    return new LineIndex(file.lineStarts).offsetAt(pos);
  }

  /** The git repository that holds `dir`'s folder, once trusted and found; undefined otherwise. */
  repoRootFor(dir: string): string | undefined {
    const f = this.folderOf(dir);
    return f ? this.repoRoots.get(f.uri) : undefined;
  }

  private publish(file: IndexedFile, diagnostics: Diagnostic[], always = false): void {
    const uri = URI.file(file.path).toString();
    if (!always && diagnostics.length === 0 && !this.withDiagnostics.has(uri)) return;
    if (diagnostics.length) this.withDiagnostics.add(uri);
    else this.withDiagnostics.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics });
  }

  private sendStatus(state: 'indexing' | 'idle'): void {
    let indexed = 0;
    let skipped = 0;
    for (const f of this.folders) {
      for (const file of f.index.files()) {
        indexed++;
        if (file.skipped) skipped++;
      }
    }
    void this.connection.sendNotification(IndexStatusNotification, {
      state: state === 'idle' && this.folders.some((f) => !f.ready) ? 'indexing' : state,
      indexed,
      total: indexed,
      skipped,
    });
  }

  /** Finds the folder's git repository (where the audit log lives). Only ever called when trusted. */
  private findRepoRoot(folder: Folder): Promise<void> {
    if (!this.trusted) return Promise.resolve();
    return new Promise((resolve) => {
      execFile('git', ['rev-parse', '--show-toplevel'], { cwd: folder.path }, (err, stdout) => {
        const root = err ? undefined : stdout.trim() || undefined;
        this.repoRoots.set(folder.uri, root);
        this.log.info(root ? `Audit log repository: ${root}` : `${folder.path} is not in a git repository: the audit log will not be written`);
        resolve();
      });
    });
  }
}

function pathOf(uri: string): string | undefined {
  const u = URI.parse(uri);
  return u.scheme === 'file' ? u.fsPath : undefined;
}

function isInside(path: string, dir: string): boolean {
  return path === dir || path.startsWith(dir.endsWith('/') ? dir : dir + '/');
}
