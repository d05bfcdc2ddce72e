// C2SP signed notes (https://c2sp.org/signed-note) with Ed25519 signatures, and tlog-checkpoint v1.0.0 bodies
// (https://c2sp.org/tlog-checkpoint): origin, tree size and root hash, one per line.

import { createHash } from 'node:crypto';

export class NoteError extends Error {}

const SIG_PREFIX = '\u2014 '; // em dash and a space

export interface NoteSignature {
  name: string;
  keyId: Buffer;
  signature: Buffer;
}

/** Key names may not contain whitespace or "+"; principals (emails) are mapped into that alphabet. */
export function noteKeyName(principal: string): string {
  return principal.replace(/[\s+]/g, '_');
}

/** The 4-byte key ID of an Ed25519 note key: SHA-256(name || "\n" || 0x01 || public key)[:4]. */
export function noteKeyId(name: string, publicKeyRaw: Buffer): Buffer {
  return createHash('sha256')
    .update(Buffer.from(name + '\n'))
    .update(Buffer.from([0x01]))
    .update(publicKeyRaw)
    .digest()
    .subarray(0, 4);
}

export function signatureLine(name: string, publicKeyRaw: Buffer, signature: Buffer): string {
  return `${SIG_PREFIX}${name} ${Buffer.concat([noteKeyId(name, publicKeyRaw), signature]).toString('base64')}\n`;
}

/** Splits a signed note into its text (ending in a newline) and its signature lines. */
export function parseNote(text: string): { body: string; signatures: NoteSignature[] } {
  const at = text.lastIndexOf('\n\n');
  if (at < 0) throw new NoteError('not a signed note: no blank line before the signatures');
  const body = text.slice(0, at + 1);
  const sigText = text.slice(at + 2);
  if (!sigText.endsWith('\n')) throw new NoteError('signed note does not end with a newline');
  const signatures: NoteSignature[] = [];
  for (const line of sigText.slice(0, -1).split('\n')) {
    if (!line.startsWith(SIG_PREFIX)) throw new NoteError(`malformed signature line: ${JSON.stringify(line)}`);
    const [name, b64, extra] = line.slice(SIG_PREFIX.length).split(' ');
    if (!name || !b64 || extra !== undefined) throw new NoteError(`malformed signature line: ${JSON.stringify(line)}`);
    const raw = Buffer.from(b64, 'base64');
    if (raw.length < 5) throw new NoteError('signature too short');
    signatures.push({ name, keyId: raw.subarray(0, 4), signature: raw.subarray(4) });
  }
  if (signatures.length === 0) throw new NoteError('signed note has no signature');
  return { body, signatures };
}

export interface CheckpointBody {
  origin: string;
  size: number;
  root: Buffer;
  extensions: string[];
}

export function formatCheckpoint(cp: CheckpointBody): string {
  return [cp.origin, String(cp.size), cp.root.toString('base64'), ...cp.extensions].join('\n') + '\n';
}

export function parseCheckpoint(body: string): CheckpointBody {
  const lines = body.slice(0, -1).split('\n');
  if (lines.length < 3) throw new NoteError('a checkpoint has at least three lines: origin, size, root hash');
  const [origin, sizeText, rootText, ...extensions] = lines;
  if (!/^(0|[1-9][0-9]*)$/.test(sizeText)) throw new NoteError(`checkpoint size "${sizeText}" is not a decimal number`);
  const root = Buffer.from(rootText, 'base64');
  if (root.length !== 32 || root.toString('base64') !== rootText) throw new NoteError('checkpoint root hash is not 32 bytes of base64');
  return { origin, size: Number(sizeText), root, extensions };
}
