// The persistent parse cache: what a parse of each file yields that the index keeps (syntax, syntax errors,
// outline), keyed by the sha256 of the file's bytes, in one pack file per workspace. Re-opening a workspace reads
// the pack and parses only the files whose content is not in it.
//
// Format: a text file, one header line `driftlog-parse-cache <format> <parser version>`, then one line per
// entry: `hash TAB syntax TAB errors-json TAB outline-json`. Loading splits lines and keeps each entry's JSON
// as text until it is needed (errors at once only when not "[]", outlines when symbols are asked for), so a
// 10,000-file pack loads without building hundreds of thousands of objects. Serialising whole syntax trees
// (v8.serialize or JSON) was measured to load slower than re-parsing the sources, which is why the trees
// themselves are not cached (see WorkspaceIndex: bodies are materialised on demand).
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

const FORMAT = 3;
const MAGIC = 'driftlog-parse-cache';

export interface CacheEntry {
  syntax: 'native' | 'json';
  /** Errors, or their JSON text (`[start, end, message, ...]`) not decoded yet. */
  errors: SyntaxError[] | string;
  /** Outline, or its JSON text not decoded yet. */
  outline: OutlineData | string;
}

export function decodeErrors(e: SyntaxError[] | string): SyntaxError[] {
  if (typeof e !== 'string') return e;
  if (e === '[]') return [];
  const flat = JSON.parse(e) as (string | number)[];
  const out: SyntaxError[] = [];
  for (let i = 0; i + 2 < flat.length; i += 3) out.push({ start: flat[i] as number, end: flat[i + 1] as number, message: flat[i + 2] as string });
  return out;
}

function encodeErrors(e: SyntaxError[] | string): string {
  if (typeof e === 'string') return e;
  if (e.length === 0) return '[]';
  const flat: (string | number)[] = [];
  for (const x of e) flat.push(x.start, x.end, x.message);
  return JSON.stringify(flat);
}

export function decodeOutlineJson(o: OutlineData | string): OutlineData {
  return typeof o === 'string' ? (JSON.parse(o) as OutlineData) : o;
}

/** The CLI's cache directory: `$XDG_CACHE_HOME/driftlog` or `~/.cache/driftlog`. */
export function defaultCacheDir(): string {
  const xdg = process.env.XDG_CACHE_HOME;
  return join(xdg && xdg.length > 0 ? xdg : join(homedir(), '.cache'), 'driftlog');
}

/** The pack file for a set of workspace roots, inside `cacheDir`. */
export function packPath(cacheDir: string, roots: readonly string[]): string {
  const id = createHash('sha256').update([...roots].sort().join('\0')).digest('hex').slice(0, 16);
  return join(cacheDir, `index-${id}.cache`);
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
    const firstNl = text.indexOf('\n');
    const header = firstNl < 0 ? text : text.slice(0, firstNl);
    if (header !== `${MAGIC} ${FORMAT} ${PARSER_VERSION}`) {
      this.loadProblem = header.startsWith(MAGIC)
        ? `parse cache ${this.file} was written by another version; re-parsing`
        : `parse cache ${this.file} is unreadable (bad header); re-parsing`;
      return 0;
    }
    let p = firstNl + 1;
    while (p < text.length) {
      let nl = text.indexOf('\n', p);
      if (nl < 0) nl = text.length;
      const t1 = text.indexOf('\t', p);
      const t2 = t1 < 0 ? -1 : text.indexOf('\t', t1 + 1);
      const t3 = t2 < 0 ? -1 : text.indexOf('\t', t2 + 1);
      if (t1 < 0 || t3 < 0 || t3 > nl || t1 - p !== 64) {
        this.loadProblem = `parse cache ${this.file} is unreadable (damaged entry); re-parsing`;
        this.entries.clear();
        return 0;
      }
      this.entries.set(text.slice(p, t1), {
        syntax: text.charCodeAt(t1 + 1) === 106 /* j */ ? 'json' : 'native',
        errors: text.slice(t2 + 1, t3),
        outline: text.slice(t3 + 1, nl),
      });
      p = nl + 1;
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
    const lines: string[] = [`${MAGIC} ${FORMAT} ${PARSER_VERSION}`];
    for (const [hash, e] of entries) {
      if (!hash || seen.has(hash)) continue;
      seen.add(hash);
      const outline = typeof e.outline === 'string' ? e.outline : JSON.stringify(e.outline);
      lines.push(`${hash}\t${e.syntax === 'json' ? 'j' : 'n'}\t${encodeErrors(e.errors)}\t${outline}`);
    }
    mkdirSync(dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(tmp, lines.join('\n') + '\n');
    renameSync(tmp, this.file);
  }
}
