// One file -> IndexedFile: decoding checks (size, binary, UTF-8, BOM), hashing, and parsing with the right syntax.
import { isAscii, isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { basename, dirname } from 'node:path';
import { parse } from '../hcl/parse';
import { parseJson, parseJsonValues } from '../hcl/json';
import { computeLineStarts } from '../hcl/lineIndex';
import type { ParsedFile } from '../hcl/ast';
import type { FileSkip, IndexedFile } from './model';

/** Files larger than this are skipped. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Bumped whenever the parser's output changes, so stale cache entries are not used. */
export const PARSER_VERSION = 1;

export type FileKind = 'tf' | 'tf.json' | 'tfvars' | 'tfvars.json';

/** The kind of an indexable file by name, or undefined when the index ignores it. */
export function fileKind(path: string): FileKind | undefined {
  const name = basename(path);
  if (name.endsWith('.tf')) return 'tf';
  if (name.endsWith('.tf.json')) return 'tf.json';
  if (name === 'terraform.tfvars' || name.endsWith('.auto.tfvars')) return 'tfvars';
  if (name === 'terraform.tfvars.json' || name.endsWith('.auto.tfvars.json')) return 'tfvars.json';
  return undefined;
}

export function isTfvars(path: string): boolean {
  const k = fileKind(path);
  return k === 'tfvars' || k === 'tfvars.json';
}

export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** What a parse yields, independent of the file's path: what the cache stores. */
export interface ParsedEntry {
  syntax: 'native' | 'json';
  lineStarts: number[];
  body: ParsedFile['body'];
  errors: ParsedFile['errors'];
}

/** Parses text according to the file's kind. */
export function parseText(path: string, text: string): ParsedEntry {
  const kind = fileKind(path) ?? 'tf';
  let parsed: ParsedFile;
  let syntax: 'native' | 'json' = 'native';
  if (kind === 'tf.json') {
    parsed = parseJson(text);
    syntax = 'json';
  } else if (kind === 'tfvars.json') {
    parsed = parseJsonValues(text);
    syntax = 'json';
  } else parsed = parse(text);
  return { syntax, lineStarts: computeLineStarts(text), body: parsed.body, errors: parsed.errors };
}

/** Why `bytes` cannot be indexed, or undefined when they can. */
export function checkBytes(path: string, bytes: Uint8Array): FileSkip | undefined {
  if (bytes.length > MAX_FILE_BYTES) {
    return {
      reason: 'too-large',
      message: `${path}: skipped, ${(bytes.length / 1048576).toFixed(1)} MB is over the 5 MB limit for Terraform files`,
    };
  }
  if (bytes.indexOf(0) >= 0) return { reason: 'binary', message: `${path}: skipped, binary file (contains NUL bytes)` };
  return undefined;
}

/** Whether the bytes are valid UTF-8 (without decoding them). */
export function isUtf8Bytes(bytes: Uint8Array): boolean {
  return isAscii(bytes) || isUtf8(bytes);
}

/** Decodes UTF-8 (a BOM is dropped, as editors do), or returns undefined when the bytes are not UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // ASCII (most Terraform) decodes fastest as latin1, into a one-byte string.
  if (isAscii(buf)) return buf.toString('latin1');
  if (!isUtf8(buf)) return undefined;
  const text = buf.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function skippedFile(path: string, hash: string, skipped: FileSkip): IndexedFile {
  return {
    path,
    moduleDir: dirname(path),
    hash,
    syntax: 'native',
    lineStarts: [0],
    body: { start: 0, end: 0, attributes: [], blocks: [] },
    errors: [],
    skipped,
  };
}

export function fromEntry(path: string, hash: string, e: ParsedEntry): IndexedFile {
  return { path, moduleDir: dirname(path), hash, syntax: e.syntax, lineStarts: e.lineStarts, body: e.body, errors: e.errors };
}

/**
 * Indexes one file from its bytes. Never throws: a file that cannot be parsed comes back with `skipped` set
 * and a message saying why.
 */
export function indexFile(path: string, bytes: Uint8Array): IndexedFile {
  const hash = hashBytes(bytes);
  const skip = checkBytes(path, bytes);
  if (skip) return skippedFile(path, hash, skip);
  const text = decodeUtf8(bytes);
  if (text === undefined) {
    return skippedFile(path, hash, { reason: 'not-utf8', message: `${path}: skipped, not valid UTF-8 text` });
  }
  return fromEntry(path, hash, parseText(path, text));
}

/** Indexes one file from text already in memory (an open editor document). */
export function indexText(path: string, text: string): IndexedFile {
  const bytes = Buffer.from(text, 'utf8');
  const hash = hashBytes(bytes);
  if (bytes.length > MAX_FILE_BYTES) return skippedFile(path, hash, checkBytes(path, bytes)!);
  if (text.indexOf('\0') >= 0) return skippedFile(path, hash, { reason: 'binary', message: `${path}: skipped, binary file (contains NUL bytes)` });
  return fromEntry(path, hash, parseText(path, text.charCodeAt(0) === 0xfeff ? text.slice(1) : text));
}

export function unreadableFile(path: string, err: unknown): IndexedFile {
  const msg = err instanceof Error ? ((err as NodeJS.ErrnoException).code ?? err.message) : String(err);
  return skippedFile(path, '', { reason: 'unreadable', message: `${path}: skipped, cannot read the file (${msg})` });
}
