// `driftlog index [DIR]`: prints the workspace index (every resource and data source with its file, ranges and
// attributes) from the same engine the language server uses.
import { statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import type { Attribute, Block, Body, Expr } from '../engine/hcl/ast';
import { LineIndex, type Position } from '../engine/hcl/lineIndex';
import { exprText, literalValue, references, type LiteralValue } from '../engine/hcl/values';
import { defaultCacheDir, WorkspaceIndex, type FileRecord, type ResourceInfo } from '../engine/index';

const HELP = `Usage: driftlog index [DIR] [options]

Indexes the Terraform files (.tf, .tf.json, terraform.tfvars, *.auto.tfvars) under DIR (default: the current
directory) and prints every resource and data source: address, file, the range of the block, of its header,
of every attribute and nested block (dynamic blocks too), and each attribute's value (the literal value, or the
expression text and the references it contains). Ranges are 0-based line/character (UTF-16), as in LSP.
.terraform/, .git/, node_modules/ and .driftlog/ are always skipped.

Skipped files and syntax errors are reported on stderr as file:line:col; the index of everything else is
still printed. Parsed files are cached by content hash in $XDG_CACHE_HOME/driftlog (or ~/.cache/driftlog).

Options:
  --json               print JSON (default: plain text)
  --exclude GLOB       skip files and directories matching GLOB (relative to DIR); repeatable
  --cache-dir DIR      where to keep the parse cache
  --no-cache           neither read nor write the parse cache
  -h, --help           show this help

Exit codes: 0 the index was printed (even with syntax errors), 1 bad usage or DIR missing.`;

interface JsonRange {
  start: Position;
  end: Position;
}

interface JsonAttribute {
  name: string;
  range: JsonRange;
  nameRange: JsonRange;
  /** The literal value, when the expression is a literal. */
  value?: LiteralValue;
  /** The expression's text, when it is not a literal. */
  expression?: string;
  references?: string[];
}

interface JsonBlock {
  type: string;
  labels: string[];
  range: JsonRange;
  headerRange: JsonRange;
  attributes: JsonAttribute[];
  blocks: JsonBlock[];
}

export async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean', default: false },
        exclude: { type: 'string', multiple: true, default: [] },
        'cache-dir': { type: 'string' },
        'no-cache': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    process.stderr.write(`driftlog index: ${err instanceof Error ? err.message : String(err)}\n\n${HELP}\n`);
    return 1;
  }
  const { values, positionals } = args;
  if (values.help) {
    process.stdout.write(HELP + '\n');
    return 0;
  }
  if (positionals.length > 1) {
    process.stderr.write(`driftlog index: expected at most one directory, got ${positionals.length}: ${positionals.join(' ')}\n`);
    return 1;
  }
  const root = resolve(positionals[0] ?? '.');
  let isDir = false;
  try {
    isDir = statSync(root).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir) {
    process.stderr.write(`driftlog index: ${positionals[0] ?? root}: no such directory\n`);
    return 1;
  }

  const index = new WorkspaceIndex({
    cacheDir: values['no-cache'] ? undefined : (values['cache-dir'] ?? defaultCacheDir()),
    exclude: values.exclude,
    // Modules are printed one at a time: keep few bodies and modules around (less for the GC to move).
    bodyCacheSize: 64,
    moduleCacheSize: 2,
    log: (level, message) => {
      // Skipped files are reported below with the rest; cache problems go to stderr now.
      if (!message.includes(': skipped,')) process.stderr.write(`driftlog index: ${level}: ${message}\n`);
    },
  });
  await index.open([root]);
  const rel = (p: string): string => relative(root, p).split(sep).join('/') || '.';

  // Problems: skipped files and syntax errors, on stderr.
  const files = index.files();
  for (const f of files) {
    if (f.skipped) process.stderr.write(`${rel(f.path)}: ${f.skipped.message.replace(f.path + ': ', '')}\n`);
    if (f.errors.length === 0) continue;
    const li = new LineIndex(f.lineStarts, f.text.length);
    for (const e of f.errors) {
      const p = li.positionAt(e.start);
      process.stderr.write(`${rel(f.path)}:${p.line + 1}:${p.character + 1}: syntax error: ${e.message}\n`);
    }
  }

  const out = new Output();
  if (values.json) {
    out.write(`{"root":${JSON.stringify(root)},"files":[`);
    files.forEach((f, i) => {
      const li = new LineIndex(f.lineStarts, f.text.length);
      const entry: Record<string, unknown> = { file: rel(f.path), syntax: f.syntax };
      entry.errors = f.errors.map((e) => ({ message: e.message, range: li.rangeOf(e) }));
      if (f.skipped) entry.skipped = f.skipped;
      out.write((i ? ',' : '') + JSON.stringify(entry));
    });
    out.write('],"resources":[');
    let first = true;
    // One module at a time, so a large workspace is never materialised all at once.
    for (const dir of index.moduleDirs()) {
      const m = index.module(dir);
      if (!m) continue;
      for (const r of m.resources) {
        out.write((first ? '' : ',') + JSON.stringify(resourceJson(index.file(r.file)!, r, rel)));
        first = false;
      }
      await out.flush();
      await nextTask();
    }
    out.write(']}\n');
  } else {
    let count = 0;
    for (const dir of index.moduleDirs()) {
      const m = index.module(dir);
      if (!m) continue;
      for (const r of m.resources) {
        out.write(resourceText(index.file(r.file)!, r, rel));
        count++;
      }
      await out.flush();
      await nextTask();
    }
    const errors = files.reduce((n, f) => n + f.errors.length, 0);
    const skipped = files.filter((f) => f.skipped).length;
    out.write(`${count} resources in ${files.length} files (${errors} syntax errors, ${skipped} skipped)\n`);
  }
  await out.flush();
  return 0;
}

/**
 * Yields to the event loop: bodies are held through WeakRefs, which keep their targets alive until the current
 * task ends, so a long loop over modules must end tasks to let finished modules be collected.
 */
function nextTask(): Promise<void> {
  return new Promise((r) => setImmediate(r));
}

/** Buffered stdout that respects back-pressure. */
class Output {
  private chunks: string[] = [];
  private size = 0;
  write(s: string): void {
    this.chunks.push(s);
    this.size += s.length;
  }
  async flush(): Promise<void> {
    if (this.chunks.length === 0) return;
    const s = this.chunks.join('');
    this.chunks = [];
    this.size = 0;
    if (!process.stdout.write(s)) await new Promise<void>((r) => process.stdout.once('drain', () => r()));
  }
}

function attributeJson(file: FileRecord, li: LineIndex, a: Attribute): JsonAttribute {
  const out: JsonAttribute = { name: a.name, range: li.rangeOf(a), nameRange: li.rangeOf(a.nameSpan) };
  const v = literalValue(a.expr);
  if (v !== undefined) out.value = v;
  else {
    out.expression = exprText(file.text, a.expr);
    out.references = references(a.expr);
  }
  return out;
}

function blockJson(file: FileRecord, li: LineIndex, b: Block): JsonBlock {
  return {
    type: b.type,
    labels: b.labels,
    range: li.rangeOf(b),
    headerRange: li.rangeOf(b.header),
    ...bodyJson(file, li, b.body),
  };
}

function bodyJson(file: FileRecord, li: LineIndex, body: Body): { attributes: JsonAttribute[]; blocks: JsonBlock[] } {
  return {
    attributes: body.attributes.map((a) => attributeJson(file, li, a)),
    blocks: body.blocks.map((b) => blockJson(file, li, b)),
  };
}

function exprJson(file: FileRecord, e: Expr | undefined): unknown {
  if (!e) return undefined;
  const v = literalValue(e);
  return v !== undefined ? { value: v } : { expression: exprText(file.text, e), references: references(e) };
}

function resourceJson(file: FileRecord, r: ResourceInfo, rel: (p: string) => string): Record<string, unknown> {
  const li = new LineIndex(file.lineStarts, file.text.length);
  const moduleDir = rel(r.moduleDir);
  return {
    address: r.localAddress,
    mode: r.mode,
    type: r.type,
    name: r.name,
    module: moduleDir,
    file: rel(r.file),
    range: li.rangeOf(r.block),
    headerRange: li.rangeOf(r.block.header),
    ...(r.count ? { count: exprJson(file, r.count) } : {}),
    ...(r.forEach ? { forEach: exprJson(file, r.forEach) } : {}),
    ...(r.provider ? { provider: r.provider } : {}),
    ignoreChanges: r.ignoreChanges,
    ...bodyJson(file, li, r.block.body),
  };
}

function pos(p: Position): string {
  return `${p.line + 1}:${p.character + 1}`;
}

function resourceText(file: FileRecord, r: ResourceInfo, rel: (p: string) => string): string {
  const li = new LineIndex(file.lineStarts, file.text.length);
  const lines: string[] = [];
  const range = li.rangeOf(r.block);
  lines.push(`${r.localAddress}  ${rel(r.file)}:${pos(range.start)}-${pos(range.end)}`);
  const body = (b: Body, indent: string): void => {
    for (const a of b.attributes) {
      const v = literalValue(a.expr);
      let shown = v !== undefined ? JSON.stringify(v) : exprText(file.text, a.expr).replace(/\s*\n\s*/g, ' ');
      if (shown.length > 80) shown = shown.slice(0, 77) + '...';
      lines.push(`${indent}${a.name} = ${shown}  (${pos(li.positionAt(a.start))})`);
    }
    for (const nb of b.blocks) {
      const label = nb.labels.length ? ' ' + nb.labels.map((l) => JSON.stringify(l)).join(' ') : '';
      lines.push(`${indent}${nb.type}${label} {  (${pos(li.positionAt(nb.start))})`);
      body(nb.body, indent + '  ');
      lines.push(`${indent}}`);
    }
  };
  body(r.block.body, '  ');
  return lines.join('\n') + '\n\n';
}
