// The persistent parse cache: what a parse of each file yields that the index keeps (syntax, syntax errors,
// outline), keyed by the sha256 of the file's bytes, in one pack file per workspace. Re-opening a workspace reads
// the pack and parses only the files whose content is not in it.
//
// Format: one JSON document, `{format, parser, entries: [[hash, syntax, errors, outline], ...]}` with errors and
// outlines as flat arrays. Measured on 10,000 files: JSON.parse of flat arrays loads in well under a second, while
// serialising whole syntax trees (v8.serialize or JSON) loaded slower than re-parsing the sources, which is why
// the trees themselves are not cached (see WorkspaceIndex: bodies are materialised on demand).
//
// A pack written by another parser version, or unreadable, is ignored and replaced on the next save: the cache
// can make the index faster, never different.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import type { SyntaxError } from '../hcl/ast';
import { PARSER_VERSION } from './indexFile';
import type { OutlineData } from './outline';

const FORMAT = 2;

export interface CacheEntry {
  syntax: 'native' | 'json';
  errors: SyntaxError[];
  outline: OutlineData;
}

type PackEntry = [string, 'native' | 'json', (string | number)[], OutlineData];

interface Pack {
  format: number;
  parser: number;
  entries: PackEntry[];
}

/** The CLI's cache directory: `$XDG_CACHE_HOME/driftlog` or `~/.cache/driftlog`. */
export function defaultCacheDir(): string {
  const xdg = process.env.XDG_CACHE_HOME;
  return join(xdg && xdg.length > 0 ? xdg : join(homedir(), '.cache'), 'driftlog');
}

/** The pack file for a set of workspace roots, inside `cacheDir`. */
export function packPath(cacheDir: string, roots: readonly string[]): string {
  const id = createHash('sha256').update([...roots].sort().join('\0')).digest('hex').slice(0, 16);
  return join(cacheDir, `index-${id}.json`);
}

export class ParseCache {
  private entries = new Map<string, CacheEntry>();
  /** Why the pack could not be used, when it existed but was unreadable or stale. */
  loadProblem: string | undefined;

  constructor(readonly file: string) {}

  /** Loads the pack; a missing file is an empty cache. Returns the number of entries. */
  load(): number {
    this.entries.clear();
    this.loadProblem = undefined;
    let text: string;
    try {
      text = readFileSync(this.file, 'utf8');
    } catch {
      return 0;
    }
    try {
      const pack = JSON.parse(text) as Pack;
      if (pack?.format !== FORMAT || pack.parser !== PARSER_VERSION || !Array.isArray(pack.entries)) {
        this.loadProblem = `parse cache ${this.file} was written by another version; re-parsing`;
        return 0;
      }
      for (const [hash, syntax, errs, outline] of pack.entries) {
        const errors: SyntaxError[] = [];
        for (let i = 0; i + 2 < errs.length; i += 3) {
          errors.push({ start: errs[i] as number, end: errs[i + 1] as number, message: errs[i + 2] as string });
        }
        this.entries.set(hash, { syntax, errors, outline });
      }
    } catch (err) {
      this.loadProblem = `parse cache ${this.file} is unreadable (${err instanceof Error ? err.message : String(err)}); re-parsing`;
      this.entries.clear();
    }
    return this.entries.size;
  }

  get(hash: string): CacheEntry | undefined {
    return this.entries.get(hash);
  }

  get size(): number {
    return this.entries.size;
  }

  /** Frees the loaded entries. */
  clear(): void {
    this.entries.clear();
  }

  /** Writes a pack holding exactly the given entries (atomically: temp file + rename). */
  save(entries: Iterable<[string, CacheEntry]>): void {
    const seen = new Set<string>();
    const out: PackEntry[] = [];
    for (const [hash, e] of entries) {
      if (!hash || seen.has(hash)) continue;
      seen.add(hash);
      const errs: (string | number)[] = [];
      for (const x of e.errors) errs.push(x.start, x.end, x.message);
      out.push([hash, e.syntax, errs, e.outline]);
    }
    const pack: Pack = { format: FORMAT, parser: PARSER_VERSION, entries: out };
    mkdirSync(dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(pack));
    renameSync(tmp, this.file);
  }
}
