// The workspace index used by the language server and the CLI: the indexed files of a set of roots, the
// module index of every directory, and incremental updates (one file re-indexed at a time).
//
// Memory: the syntax trees of a 10,000-file workspace take over 10 bytes of heap per byte of source, far more
// than the source itself. So each file keeps for good only its hash, syntax errors and outline (top-level
// blocks, as the flat JSON the cache stores). Its text (read again from disk; an editor buffer given to
// updateFile is kept) and its `body` (parsed from the text) are loaded on first use and then held weakly: the
// most recently used (and the most recent modules) stay in small LRU lists, the rest can be collected and are
// loaded again when asked for. If a file changed on disk in between, it is re-indexed then. Opening a
// workspace, syntax errors and symbols never need a body.
//
// WeakRef targets stay alive until the current task ends: a long synchronous loop over every module keeps every
// body it touched; loops meant to stay small should yield (setImmediate) now and then.
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Body, SyntaxError } from '../hcl/ast';
import { computeLineStarts } from '../hcl/lineIndex';
import type { FileSkip, IndexedFile, ModuleIndex, ResourceInfo } from './model';
import { checkBytes, decodeUtf8, hashBytes, isUtf8Bytes, MAX_FILE_BYTES, parseText } from './indexFile';
import { buildModuleIndex } from './module';
import { walk } from './walk';
import { decodeErrors, decodeOutlineJson, ParseCache, packPath, type CacheEntry } from './cache';
import { decodeOutline, encodeOutline, type OutlineBlock, type OutlineData } from './outline';

export interface WorkspaceIndexOptions {
  /** Directory of the persistent parse cache; no cache when absent. */
  cacheDir?: string;
  /** Exclude globs, relative to each root. */
  exclude?: string[];
  /** Log sink (skipped files, cache problems). */
  log?: (level: 'info' | 'warn' | 'error', message: string) => void;
  /** How many materialised bodies to keep strongly (default 512). */
  bodyCacheSize?: number;
  /** How many module indexes to keep strongly (default 64). */
  moduleCacheSize?: number;
}

export interface OpenStats {
  files: number;
  /** Files parsed (not found in the cache). */
  parsed: number;
  /** Files taken from the cache. */
  cached: number;
  skipped: number;
  bytes: number;
  ms: number;
}

/** A resource, data source or module call for symbol lists, without its body. */
export interface SymbolInfo {
  kind: 'resource' | 'data' | 'module';
  /** `aws_s3_bucket.logs`, `data.aws_ami.ubuntu`, `module.vpc`. */
  address: string;
  file: string;
  moduleDir: string;
  block: OutlineBlock;
}

/** Least-recently-used set of strong references. */
class Lru<K, V> {
  private readonly map = new Map<K, V>();
  constructor(private readonly capacity: number) {}
  touch(k: K, v: V): void {
    this.map.delete(k);
    this.map.set(k, v);
    if (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value as K);
  }
  delete(k: K): void {
    this.map.delete(k);
  }
  clear(): void {
    this.map.clear();
  }
}

/**
 * Reads files into one reused buffer (a bulk open would otherwise allocate 40 MB of short-lived buffers, whose
 * external memory drives the garbage collector). Files over the size limit are read no further than the limit.
 */
class SharedReader {
  private buf = Buffer.allocUnsafe(1 << 20);

  /** The file's bytes (valid until the next call) and its size; past MAX_FILE_BYTES the bytes are cut short. */
  read(path: string): { bytes: Buffer; size: number } {
    const fd = openSync(path, 'r');
    try {
      let n = 0;
      for (;;) {
        if (n === this.buf.length) {
          if (n > MAX_FILE_BYTES) break;
          const bigger = Buffer.allocUnsafe(this.buf.length * 2);
          this.buf.copy(bigger, 0, 0, n);
          this.buf = bigger;
        }
        const r = readSync(fd, this.buf, n, this.buf.length - n, null);
        if (r === 0) break;
        n += r;
      }
      const size = n > MAX_FILE_BYTES ? fstatSync(fd).size : n;
      return { bytes: this.buf.subarray(0, Math.min(n, MAX_FILE_BYTES + 1)), size };
    } finally {
      closeSync(fd);
    }
  }
}

/**
 * The outline as the JSON text the cache stores: flat strings, so a record never keeps its file's whole text
 * alive through label slices (V8 slices of 13 characters or more point into their parent string).
 */
function outlineJson(body: Body): string {
  return JSON.stringify(encodeOutline(body));
}

/** A file's text and (once materialised) its body, held together while in use. */
interface Loaded {
  text: string;
  body?: Body;
}

/**
 * One indexed file of a WorkspaceIndex. Always in memory: hash, syntax errors, outline. On demand: the text
 * (read again from disk, or the editor buffer given to updateFile, which is kept) and the body (parsed from the
 * text); both are held weakly, the most recently used in an LRU list.
 */
export class FileRecord implements IndexedFile {
  readonly moduleDir: string;
  private starts: number[] | undefined;
  private weak: WeakRef<Loaded> | undefined;

  constructor(
    private readonly owner: WorkspaceIndex,
    readonly path: string,
    public hash: string,
    public syntax: 'native' | 'json',
    private errs: SyntaxError[] | string,
    private outl: OutlineData | string,
    readonly skipped?: FileSkip,
    loaded?: Loaded,
    /** The text of an editor buffer, which is not on disk: kept for the record's life. */
    private readonly buffer?: string,
  ) {
    this.moduleDir = dirname(path);
    if (loaded) this.weak = new WeakRef(loaded);
  }

  /** @internal */
  loaded(): Loaded {
    if (this.skipped) return { text: '', body: { start: 0, end: 0, attributes: [], blocks: [] } };
    let l = this.weak?.deref();
    if (l === undefined) {
      l = this.buffer !== undefined ? { text: this.buffer } : this.owner.loadFromDisk(this);
      this.weak = new WeakRef(l);
    }
    this.owner.touch(this, l);
    return l;
  }

  /** @internal The disk content changed since the file was indexed: take the new parse. */
  replaceWith(hash: string, syntax: 'native' | 'json', errors: SyntaxError[], outline: OutlineData | string): void {
    this.hash = hash;
    this.syntax = syntax;
    this.errs = errors;
    this.outl = outline;
    this.starts = undefined;
  }

  /** Syntax errors (decoded from the cache on first use). */
  get errors(): SyntaxError[] {
    if (typeof this.errs === 'string') this.errs = decodeErrors(this.errs);
    return this.errs;
  }

  /** The file's text (empty for skipped files). */
  get text(): string {
    return this.loaded().text;
  }

  /** Computed from the text on first use (most files never need it: only those with diagnostics to show). */
  get lineStarts(): number[] {
    return (this.starts ??= computeLineStarts(this.text));
  }

  get body(): Body {
    const l = this.loaded();
    if (l.body === undefined) l.body = this.owner.materialize(this, l.text);
    return l.body;
  }

  /** Top-level blocks without bodies. */
  outline(): OutlineBlock[] {
    if (typeof this.outl === 'string') this.outl = decodeOutlineJson(this.outl);
    return decodeOutline(this.outl);
  }

  cacheEntry(): CacheEntry {
    return { syntax: this.syntax, errors: this.errs, outline: this.outl };
  }
}

export class WorkspaceIndex {
  private roots: string[] = [];
  private readonly byPath = new Map<string, FileRecord>();
  private dirFiles = new Map<string, Set<string>>();
  private readonly modulesByDir = new Map<string, WeakRef<ModuleIndex>>();
  private readonly loadedLru: Lru<string, Loaded>;
  private readonly recentModules: Lru<string, ModuleIndex>;
  private cache: ParseCache | undefined;
  /** Total number of parses since construction: files not in the cache, updates, bodies re-materialised. */
  parseCount = 0;

  constructor(private readonly options: WorkspaceIndexOptions = {}) {
    this.loadedLru = new Lru(options.bodyCacheSize ?? 512);
    this.recentModules = new Lru(options.moduleCacheSize ?? 64);
  }

  private log(level: 'info' | 'warn' | 'error', message: string): void {
    this.options.log?.(level, message);
  }

  /** @internal Parses a file's text again for its body. */
  materialize(f: FileRecord, text: string): Body {
    this.parseCount++;
    return parseText(f.path, text).body;
  }

  /** @internal Reads a file's text again; when the content changed since it was indexed, re-indexes it. */
  loadFromDisk(f: FileRecord): Loaded {
    let bytes: Buffer;
    try {
      bytes = readFileSync(f.path);
    } catch (err) {
      this.log('warn', `${f.path}: cannot read the file again (${err instanceof Error ? err.message : String(err)})`);
      return { text: '', body: { start: 0, end: 0, attributes: [], blocks: [] } };
    }
    const text = checkBytes(f.path, bytes) ? undefined : decodeUtf8(bytes);
    if (text === undefined) {
      this.log('warn', `${f.path}: changed on disk and can no longer be indexed`);
      return { text: '', body: { start: 0, end: 0, attributes: [], blocks: [] } };
    }
    const hash = hashBytes(bytes);
    if (hash === f.hash) return { text };
    this.parseCount++;
    const parsed = parseText(f.path, text);
    f.replaceWith(hash, parsed.syntax, parsed.errors, outlineJson(parsed.body));
    this.invalidate(f.moduleDir);
    return { text, body: parsed.body };
  }

  /** @internal */
  touch(f: FileRecord, l: Loaded): void {
    this.loadedLru.touch(f.path, l);
  }

  /**
   * Walks the roots and indexes every file, from the cache when its content hash is there. Replaces whatever
   * was open. Saves the cache when anything was parsed or files went away.
   */
  async open(roots: readonly string[]): Promise<OpenStats> {
    const t0 = performance.now();
    this.roots = roots.map((r) => resolve(r));
    this.byPath.clear();
    this.dirFiles = new Map();
    this.modulesByDir.clear();
    this.loadedLru.clear();
    this.recentModules.clear();
    const paths = walk(this.roots, { exclude: this.options.exclude });
    let cacheSize = 0;
    const usedHashes = new Set<string>();
    if (this.options.cacheDir) {
      this.cache = new ParseCache(packPath(this.options.cacheDir, this.roots));
      cacheSize = this.cache.load();
      if (this.cache.loadProblem) this.log('warn', this.cache.loadProblem);
    }
    const stats: OpenStats = { files: 0, parsed: 0, cached: 0, skipped: 0, bytes: 0, ms: 0 };
    const reader = new SharedReader();
    let sinceYield = 0;
    for (const p of paths) {
      let bytes: Buffer | undefined;
      let f: FileRecord;
      let size = 0;
      try {
        ({ bytes, size } = reader.read(p));
      } catch (err) {
        const code = err instanceof Error ? ((err as NodeJS.ErrnoException).code ?? err.message) : String(err);
        f = this.skippedRecord(p, '', { reason: 'unreadable', message: `${p}: skipped, cannot read the file (${code})` });
      }
      if (bytes !== undefined && size > MAX_FILE_BYTES) {
        f = this.skippedRecord(p, '', {
          reason: 'too-large',
          message: `${p}: skipped, ${(size / 1048576).toFixed(1)} MB is over the 5 MB limit for Terraform files`,
        });
      } else if (bytes !== undefined) {
        stats.bytes += bytes.length;
        const hash = hashBytes(bytes);
        const cached = this.cache?.get(hash);
        if (cached) usedHashes.add(hash);
        f = this.fromBytes(p, hash, bytes, cached);
        if (!f.skipped) {
          if (cached) stats.cached++;
          else stats.parsed++;
        }
      }
      stats.files++;
      if (f!.skipped) {
        stats.skipped++;
        this.log('warn', f!.skipped.message);
      }
      this.put(f!);
      // Let other work (LSP requests) run during a long open.
      if (++sinceYield >= 100) {
        sinceYield = 0;
        await new Promise<void>((r) => setImmediate(r));
      }
    }
    if (this.cache) {
      // Rewrite the pack when something was parsed or some entries are no longer used.
      if (stats.parsed > 0 || cacheSize !== usedHashes.size) {
        try {
          this.saveCache();
        } catch (err) {
          this.log('warn', `cannot write the parse cache ${this.cache.file}: ${err instanceof Error ? err.message : String(err)}`);
        }
      }
      this.cache.clear();
    }
    stats.ms = performance.now() - t0;
    return stats;
  }

  private skippedRecord(path: string, hash: string, skip: FileSkip): FileRecord {
    return new FileRecord(this, path, hash, 'native', [], [], skip);
  }

  /** A file read from disk: from the cache when its hash is there (no decoding, no parse), else parsed. */
  private fromBytes(path: string, hash: string, bytes: Uint8Array, cached: CacheEntry | undefined): FileRecord {
    const skip = checkBytes(path, bytes);
    if (skip) return this.skippedRecord(path, hash, skip);
    if (cached && isUtf8Bytes(bytes)) return new FileRecord(this, path, hash, cached.syntax, cached.errors, cached.outline);
    const text = decodeUtf8(bytes);
    if (text === undefined) return this.skippedRecord(path, hash, { reason: 'not-utf8', message: `${path}: skipped, not valid UTF-8 text` });
    this.parseCount++;
    const parsed = parseText(path, text);
    // A bulk open keeps no text and no body: they are loaded again when asked for.
    return new FileRecord(this, path, hash, parsed.syntax, parsed.errors, outlineJson(parsed.body));
  }

  /** Writes the parse cache for the current files (the server calls this on shutdown, for instance). */
  saveCache(): void {
    if (!this.cache) return;
    const entries: [string, CacheEntry][] = [];
    for (const f of this.byPath.values()) if (!f.skipped) entries.push([f.hash, f.cacheEntry()]);
    this.cache.save(entries);
  }

  private put(f: FileRecord): void {
    const old = this.byPath.get(f.path);
    if (old && old.moduleDir !== f.moduleDir) this.dirFiles.get(old.moduleDir)?.delete(f.path);
    this.byPath.set(f.path, f);
    let set = this.dirFiles.get(f.moduleDir);
    if (!set) this.dirFiles.set(f.moduleDir, (set = new Set()));
    set.add(f.path);
    this.invalidate(f.moduleDir);
  }

  private invalidate(dir: string): void {
    this.modulesByDir.delete(dir);
    this.recentModules.delete(dir);
  }

  /** Re-indexes one file from its current text (an editor buffer). Only that file is parsed. */
  updateFile(path: string, text: string): IndexedFile {
    const abs = resolve(path);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    const bytes = Buffer.from(text, 'utf8');
    const hash = hashBytes(bytes);
    let f: FileRecord;
    if (bytes.length > MAX_FILE_BYTES) f = this.skippedRecord(abs, hash, checkBytes(abs, bytes)!);
    else if (text.indexOf('\0') >= 0) f = this.skippedRecord(abs, hash, { reason: 'binary', message: `${abs}: skipped, binary file (contains NUL bytes)` });
    else {
      this.parseCount++;
      const parsed = parseText(abs, text);
      const loaded: Loaded = { text, body: parsed.body };
      f = new FileRecord(this, abs, hash, parsed.syntax, parsed.errors, outlineJson(parsed.body), undefined, loaded, text);
      this.loadedLru.touch(abs, loaded);
    }
    if (f.skipped) this.log('warn', f.skipped.message);
    this.put(f);
    return f;
  }

  /** Re-indexes one file from disk (a change seen by a file watcher). Parses it only when its content changed. */
  refreshFile(path: string): IndexedFile {
    const abs = resolve(path);
    let f: FileRecord;
    try {
      const bytes = readFileSync(abs);
      const hash = hashBytes(bytes);
      const old = this.byPath.get(abs);
      if (old && old.hash === hash && !old.skipped) return old;
      f = this.fromBytes(abs, hash, bytes, undefined);
    } catch (err) {
      const code = err instanceof Error ? ((err as NodeJS.ErrnoException).code ?? err.message) : String(err);
      f = this.skippedRecord(abs, '', { reason: 'unreadable', message: `${abs}: skipped, cannot read the file (${code})` });
    }
    if (f.skipped) this.log('warn', f.skipped.message);
    this.put(f);
    return f;
  }

  removeFile(path: string): void {
    const abs = resolve(path);
    const f = this.byPath.get(abs);
    if (!f) return;
    this.byPath.delete(abs);
    this.loadedLru.delete(abs);
    const set = this.dirFiles.get(f.moduleDir);
    set?.delete(abs);
    if (set && set.size === 0) this.dirFiles.delete(f.moduleDir);
    this.invalidate(f.moduleDir);
  }

  file(path: string): FileRecord | undefined {
    return this.byPath.get(resolve(path));
  }

  /** Every indexed file (skipped ones included, with `skipped` set), in path order. */
  files(): FileRecord[] {
    return [...this.byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  getRoots(): readonly string[] {
    return this.roots;
  }

  /** Directories that hold indexed files (one Terraform module each), sorted. */
  moduleDirs(): string[] {
    return [...this.dirFiles.keys()].sort();
  }

  /** The module index of one directory (built on demand, cached while in use). */
  module(dir: string): ModuleIndex | undefined {
    const abs = resolve(dir);
    let m = this.modulesByDir.get(abs)?.deref();
    if (m === undefined) {
      const paths = this.dirFiles.get(abs);
      if (!paths || paths.size === 0) return undefined;
      const files: IndexedFile[] = [];
      for (const p of paths) files.push(this.byPath.get(p)!);
      m = buildModuleIndex(abs, files);
      this.modulesByDir.set(abs, new WeakRef(m));
    }
    this.recentModules.touch(abs, m);
    return m;
  }

  /** Every module, in directory order. Materialises every body: prefer `module(dir)` or `symbols()` on large workspaces. */
  modules(): ModuleIndex[] {
    const out: ModuleIndex[] = [];
    for (const d of this.moduleDirs()) {
      const m = this.module(d);
      if (m) out.push(m);
    }
    return out;
  }

  /** Every resource and data source, by module then file order. */
  resources(): ResourceInfo[] {
    const out: ResourceInfo[] = [];
    for (const m of this.modules()) out.push(...m.resources);
    return out;
  }

  /** The resource or data source whose block contains `offset` in `path`. */
  resourceAt(path: string, offset: number): ResourceInfo | undefined {
    const abs = resolve(path);
    const f = this.byPath.get(abs);
    if (!f || f.skipped) return undefined;
    // The outline says whether there is a resource there at all, without building the module.
    const hit = f.outline().some((b) => (b.type === 'resource' || b.type === 'data') && b.start <= offset && offset <= b.end);
    if (!hit) return undefined;
    const m = this.module(f.moduleDir);
    return m?.resources.find((r) => r.file === abs && r.block.start <= offset && offset <= r.block.end);
  }

  /** Resources, data sources and module calls of every file (or one file), from outlines: no parse. */
  symbols(path?: string): SymbolInfo[] {
    const files = path !== undefined ? [this.byPath.get(resolve(path))].filter((f): f is FileRecord => f !== undefined) : this.files();
    const out: SymbolInfo[] = [];
    for (const f of files) {
      if (f.skipped) continue;
      for (const b of f.outline()) {
        if (b.type === 'resource' && b.labels.length === 2) {
          out.push({ kind: 'resource', address: `${b.labels[0]}.${b.labels[1]}`, file: f.path, moduleDir: f.moduleDir, block: b });
        } else if (b.type === 'data' && b.labels.length === 2) {
          out.push({ kind: 'data', address: `data.${b.labels[0]}.${b.labels[1]}`, file: f.path, moduleDir: f.moduleDir, block: b });
        } else if (b.type === 'module' && b.labels.length === 1) {
          out.push({ kind: 'module', address: `module.${b.labels[0]}`, file: f.path, moduleDir: f.moduleDir, block: b });
        }
      }
    }
    return out;
  }
}
