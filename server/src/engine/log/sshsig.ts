// SSH signatures (OpenSSH PROTOCOL.sshsig) with Ed25519 keys, made and checked with node:crypto, so that
// `ssh-keygen -Y verify` accepts what Driftlog signs and Driftlog accepts what `ssh-keygen -Y sign` makes.
// Also: the SSH public key wire format, SHA256 fingerprints as ssh-keygen prints them, and git's
// allowed_signers file format (ssh-keygen(1), section ALLOWED SIGNERS).

import { createHash, createPrivateKey, createPublicKey, sign as cryptoSign, verify as cryptoVerify } from 'node:crypto';
import type { KeyObject } from 'node:crypto';

export const ED25519 = 'ssh-ed25519';
const MAGIC = Buffer.from('SSHSIG');
const ARMOR_BEGIN = '-----BEGIN SSH SIGNATURE-----';
const ARMOR_END = '-----END SSH SIGNATURE-----';

export class SshSigError extends Error {}

// ---- SSH wire format (RFC 4251 section 5) ----

export function sshString(data: Buffer | string): Buffer {
  const b = typeof data === 'string' ? Buffer.from(data) : data;
  const len = Buffer.alloc(4);
  len.writeUInt32BE(b.length);
  return Buffer.concat([len, b]);
}

class Reader {
  private off = 0;
  constructor(private readonly buf: Buffer) {}
  uint32(): number {
    if (this.off + 4 > this.buf.length) throw new SshSigError('truncated SSH data');
    const v = this.buf.readUInt32BE(this.off);
    this.off += 4;
    return v;
  }
  bytes(n: number): Buffer {
    if (this.off + n > this.buf.length) throw new SshSigError('truncated SSH data');
    const v = this.buf.subarray(this.off, this.off + n);
    this.off += n;
    return v;
  }
  string(): Buffer {
    return this.bytes(this.uint32());
  }
  done(): boolean {
    return this.off === this.buf.length;
  }
}

// ---- Ed25519 public keys ----

/** An Ed25519 public key: its 32 raw bytes and the forms SSH uses. */
export interface SshPublicKey {
  raw: Buffer;
  /** The SSH wire blob: string "ssh-ed25519", string raw. */
  blob: Buffer;
  /** `ssh-ed25519 AAAA...` (no comment). */
  line: string;
  /** `SHA256:...` as `ssh-keygen -l` prints it. */
  fingerprint: string;
}

export function publicKeyFromRaw(raw: Buffer): SshPublicKey {
  if (raw.length !== 32) throw new SshSigError(`an Ed25519 public key is 32 bytes, not ${raw.length}`);
  const blob = Buffer.concat([sshString(ED25519), sshString(raw)]);
  return {
    raw: Buffer.from(raw),
    blob,
    line: `${ED25519} ${blob.toString('base64')}`,
    fingerprint: 'SHA256:' + createHash('sha256').update(blob).digest('base64').replace(/=+$/, ''),
  };
}

export function publicKeyFromBlob(blob: Buffer): SshPublicKey {
  const r = new Reader(blob);
  const type = r.string().toString();
  if (type !== ED25519) throw new SshSigError(`unsupported key type ${type}: Driftlog signs and verifies ssh-ed25519 keys only`);
  const raw = r.string();
  if (!r.done()) throw new SshSigError('trailing bytes after the public key');
  return publicKeyFromRaw(raw);
}

/** Parses `ssh-ed25519 AAAA... [comment]`. */
export function parsePublicKeyLine(line: string): SshPublicKey {
  const parts = line.trim().split(/\s+/);
  if (parts.length < 2) throw new SshSigError('expected "<key type> <base64 key>"');
  if (parts[0] !== ED25519) throw new SshSigError(`unsupported key type ${parts[0]}: Driftlog signs and verifies ssh-ed25519 keys only`);
  const key = publicKeyFromBlob(Buffer.from(parts[1], 'base64'));
  return key;
}

const SPKI_ED25519_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

const keyObjects = new Map<string, KeyObject>();
export function nodePublicKey(key: SshPublicKey): KeyObject {
  const id = key.raw.toString('hex');
  let k = keyObjects.get(id);
  if (!k) {
    k = createPublicKey({ key: Buffer.concat([SPKI_ED25519_PREFIX, key.raw]), format: 'der', type: 'spki' });
    keyObjects.set(id, k);
  }
  return k;
}

/** A Node private key from a 32-byte Ed25519 seed. */
export function privateKeyFromSeed(seed: Buffer): KeyObject {
  if (seed.length !== 32) throw new SshSigError(`an Ed25519 private key seed is 32 bytes, not ${seed.length}`);
  return createPrivateKey({ key: Buffer.concat([PKCS8_ED25519_PREFIX, seed]), format: 'der', type: 'pkcs8' });
}

/** The SSH public key of a Node Ed25519 key object. */
export function sshPublicKeyOf(key: KeyObject): SshPublicKey {
  const pub = key.type === 'private' ? createPublicKey(key) : key;
  if (pub.asymmetricKeyType !== 'ed25519') throw new SshSigError(`unsupported key type ${pub.asymmetricKeyType}: Ed25519 needed`);
  const der = pub.export({ format: 'der', type: 'spki' });
  return publicKeyFromRaw(der.subarray(der.length - 32));
}

// ---- SSHSIG ----

function signedData(namespace: string, message: Buffer): Buffer {
  const digest = createHash('sha512').update(message).digest();
  return Buffer.concat([MAGIC, sshString(namespace), sshString(''), sshString('sha512'), sshString(digest)]);
}

/** The bytes SSHSIG signs for `message` in `namespace` (to hand to an external signer). */
export function sshsigSignedData(namespace: string, message: Buffer): Buffer {
  return signedData(namespace, message);
}

/** Builds the armored SSHSIG from a raw Ed25519 signature over `sshsigSignedData(...)`. */
export function armorSignature(publicKey: SshPublicKey, namespace: string, rawSignature: Buffer): string {
  const version = Buffer.alloc(4);
  version.writeUInt32BE(1);
  const blob = Buffer.concat([
    MAGIC,
    version,
    sshString(publicKey.blob),
    sshString(namespace),
    sshString(''),
    sshString('sha512'),
    sshString(Buffer.concat([sshString(ED25519), sshString(rawSignature)])),
  ]);
  const b64 = blob.toString('base64');
  const lines: string[] = [];
  for (let i = 0; i < b64.length; i += 70) lines.push(b64.slice(i, i + 70));
  return `${ARMOR_BEGIN}\n${lines.join('\n')}\n${ARMOR_END}\n`;
}

/** Signs `message` with an Ed25519 private key; returns the armored SSH signature. */
export function sshsigSign(privateKey: KeyObject, namespace: string, message: Buffer, publicKey?: SshPublicKey): string {
  const pub = publicKey ?? sshPublicKeyOf(privateKey);
  const sig = cryptoSign(null, signedData(namespace, message), privateKey);
  return armorSignature(pub, namespace, sig);
}

export interface ParsedSignature {
  publicKey: SshPublicKey;
  namespace: string;
  hashAlgorithm: string;
  signature: Buffer;
}

export function parseArmoredSignature(text: string): ParsedSignature {
  const t = text.trim();
  if (!t.startsWith(ARMOR_BEGIN) || !t.endsWith(ARMOR_END)) throw new SshSigError('not an armored SSH signature');
  const body = t.slice(ARMOR_BEGIN.length, t.length - ARMOR_END.length).replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(body)) throw new SshSigError('the signature is not valid base64');
  const r = new Reader(Buffer.from(body, 'base64'));
  if (!r.bytes(6).equals(MAGIC)) throw new SshSigError('missing SSHSIG magic');
  const version = r.uint32();
  if (version !== 1) throw new SshSigError(`unsupported SSHSIG version ${version}`);
  const publicKey = publicKeyFromBlob(r.string());
  const namespace = r.string().toString();
  r.string(); // reserved
  const hashAlgorithm = r.string().toString();
  const sr = new Reader(r.string());
  const sigType = sr.string().toString();
  if (sigType !== ED25519) throw new SshSigError(`unsupported signature type ${sigType}`);
  const signature = Buffer.from(sr.string());
  if (!r.done()) throw new SshSigError('trailing bytes after the signature');
  return { publicKey, namespace, hashAlgorithm, signature };
}

/** Checks an armored SSH signature over `message`; returns the signing key, or throws with the reason. */
export function sshsigVerify(armored: string, namespace: string, message: Buffer): ParsedSignature {
  const parsed = parseArmoredSignature(armored);
  if (parsed.namespace !== namespace) throw new SshSigError(`signature namespace is "${parsed.namespace}", expected "${namespace}"`);
  if (parsed.hashAlgorithm !== 'sha512' && parsed.hashAlgorithm !== 'sha256') {
    throw new SshSigError(`unsupported hash algorithm ${parsed.hashAlgorithm}`);
  }
  const digest = createHash(parsed.hashAlgorithm).update(message).digest();
  const data = Buffer.concat([MAGIC, sshString(namespace), sshString(''), sshString(parsed.hashAlgorithm), sshString(digest)]);
  if (!cryptoVerify(null, data, nodePublicKey(parsed.publicKey), parsed.signature)) {
    throw new SshSigError('the signature does not match the data');
  }
  return parsed;
}

// ---- allowed_signers ----

export interface AllowedSigner {
  principals: string[];
  namespaces?: string[];
  key: SshPublicKey;
  /** 1-based line number in the file. */
  line: number;
}

export interface AllowedSignersFile {
  signers: AllowedSigner[];
  /** Lines that could not be parsed or carry a key type Driftlog does not check (kept, reported, never trusted). */
  problems: { line: number; message: string }[];
}

function tokenize(line: string): string[] {
  const tokens: string[] = [];
  let i = 0;
  while (i < line.length) {
    while (i < line.length && /\s/.test(line[i])) i++;
    if (i >= line.length) break;
    let tok = '';
    let inQuote = false;
    while (i < line.length && (inQuote || !/\s/.test(line[i]))) {
      if (line[i] === '"') inQuote = !inQuote;
      tok += line[i];
      i++;
    }
    tokens.push(tok);
  }
  return tokens;
}

const KEY_TYPE = /^(ssh-|ecdsa-|sk-)/;

export function parseAllowedSigners(text: string): AllowedSignersFile {
  const signers: AllowedSigner[] = [];
  const problems: { line: number; message: string }[] = [];
  text.split('\n').forEach((raw, idx) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const tokens = tokenize(line);
    const principals = tokens[0].split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/).map((p) => p.replace(/^"|"$/g, ''));
    let i = 1;
    let namespaces: string[] | undefined;
    if (tokens[i] !== undefined && !KEY_TYPE.test(tokens[i])) {
      for (const opt of tokens[i].split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/)) {
        const m = /^namespaces="([^"]*)"$/i.exec(opt);
        if (m) namespaces = m[1].split(',');
      }
      i++;
    }
    if (tokens[i] === undefined || tokens[i + 1] === undefined) {
      problems.push({ line: idx + 1, message: 'expected "principals [options] key-type base64-key"' });
      return;
    }
    try {
      signers.push({ principals, namespaces, key: parsePublicKeyLine(`${tokens[i]} ${tokens[i + 1]}`), line: idx + 1 });
    } catch (e) {
      problems.push({ line: idx + 1, message: (e as Error).message });
    }
  });
  return { signers, problems };
}

function globMatch(pattern: string, s: string): boolean {
  const re = new RegExp('^' + pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.') + '$');
  return re.test(s);
}

/** The entries that admit `key` for `principal` in `namespace`. */
export function findAllowed(file: AllowedSignersFile, principal: string, key: SshPublicKey, namespace: string): AllowedSigner | undefined {
  return file.signers.find(
    (s) =>
      s.key.raw.equals(key.raw) &&
      s.principals.some((p) => globMatch(p, principal)) &&
      (!s.namespaces || s.namespaces.some((n) => globMatch(n, namespace))),
  );
}

/** The allowed_signers line for a principal, as Driftlog writes it. */
export function allowedSignersLine(principal: string, key: SshPublicKey, namespace = 'driftlog'): string {
  const p = /[\s"]/.test(principal) ? `"${principal.replace(/"/g, '')}"` : principal;
  return `${p} namespaces="${namespace}" ${key.line}`;
}
