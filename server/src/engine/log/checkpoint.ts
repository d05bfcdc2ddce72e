// Checkpoints for a protected branch or CI: all batches in one append-only order (the previous checkpoint's
// order, then new batches by createdAt and hash) as the leaves of an RFC 6962 Merkle tree, and a C2SP
// tlog-checkpoint signed note over its size and root:
//   .driftlog/checkpoints/<size, 10 digits>-<root, 16 hex>.checkpoint   the signed note
//   .driftlog/checkpoints/<same>.leaves                                  the batch hashes in leaf order
// `prove` gives the inclusion proof of a batch in the newest checkpoint.

import { randomBytes, verify as cryptoVerify } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { basename, join } from 'node:path';
import { consistencyProof, inclusionProof, leafHash, rootHash, verifyConsistency, verifyInclusion } from './merkle';
import { formatCheckpoint, noteKeyId, noteKeyName, parseCheckpoint, parseNote, signatureLine } from './note';
import type { CheckpointBody } from './note';
import type { Signer } from './signer';
import type { AllowedSignersFile } from './sshsig';
import { findAllowed, nodePublicKey } from './sshsig';
import { HASH_NAME, LogError, NAMESPACE, ensureAllowedSigner, listBatchFiles, readHeaderLine } from './store';
import type { Log } from './store';

export function checkpointOrigin(log: Log): string {
  return `driftlog/${log.logId}`;
}

export interface StoredCheckpoint {
  /** Repository-relative path of the .checkpoint file. */
  rel: string;
  path: string;
  text: string;
  body?: CheckpointBody;
  /** Batch hashes in leaf order, from the .leaves file. */
  leaves?: string[];
  /** Why it could not be read, when it could not. */
  error?: string;
}

export async function listCheckpoints(log: Log): Promise<StoredCheckpoint[]> {
  let files: string[];
  try {
    files = (await fs.readdir(log.checkpointsDir)).filter((f) => f.endsWith('.checkpoint')).sort();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
  const out: StoredCheckpoint[] = [];
  for (const f of files) {
    const path = join(log.checkpointsDir, f);
    const rel = `${log.relDir}/checkpoints/${f}`;
    const text = await fs.readFile(path, 'utf8');
    const cp: StoredCheckpoint = { rel, path, text };
    try {
      cp.body = parseCheckpoint(parseNote(text).body);
      const leavesText = await fs.readFile(path.replace(/\.checkpoint$/, '.leaves'), 'utf8').catch(() => undefined);
      if (leavesText === undefined) cp.error = 'its .leaves file is missing';
      else cp.leaves = leavesText.split('\n').filter((l) => l !== '');
    } catch (e) {
      cp.error = (e as Error).message;
    }
    out.push(cp);
  }
  return out.sort((a, b) => (a.body?.size ?? -1) - (b.body?.size ?? -1));
}

export function leafHashesOf(leaves: string[]): Buffer[] {
  return leaves.map((h) => leafHash(Buffer.from(h, 'hex')));
}

/** Checks a checkpoint's note signature against allowed_signers; returns the principal or an error text. */
export function checkNoteSignature(text: string, signers: AllowedSignersFile): { principal: string } | { error: string } {
  let note;
  try {
    note = parseNote(text);
  } catch (e) {
    return { error: (e as Error).message };
  }
  for (const sig of note.signatures) {
    for (const s of signers.signers) {
      const principal = s.principals.find((p) => noteKeyName(p) === sig.name);
      if (!principal || !noteKeyId(sig.name, s.key.raw).equals(sig.keyId)) continue;
      if (cryptoVerify(null, Buffer.from(note.body, 'utf8'), nodePublicKey(s.key), sig.signature)) {
        return findAllowed(signers, principal, s.key, NAMESPACE) ? { principal } : { error: `key of ${principal} not allowed for ${NAMESPACE}` };
      }
      return { error: `the signature by ${sig.name} does not match the checkpoint` };
    }
  }
  return { error: `signed by ${note.signatures.map((s) => s.name).join(', ')}, whose key is not in allowed_signers` };
}

export interface CheckpointResult {
  rel: string;
  size: number;
  root: string;
  /** False when nothing was added since the newest checkpoint (then `rel` is that checkpoint). */
  created: boolean;
}

/** Writes a checkpoint over all batches. The signer must make raw Ed25519 signatures (not ssh-agent keys). */
export async function checkpoint(log: Log, signer: Signer, principal: string): Promise<CheckpointResult> {
  if (!signer.signRaw) {
    throw new LogError(`${signer.description} cannot sign checkpoint notes (they need a raw Ed25519 signature); use the Driftlog key`);
  }
  const existing = (await listCheckpoints(log)).filter((c) => c.body && c.leaves);
  const prev = existing[existing.length - 1];
  const { batches } = await listBatchFiles(log);
  const present = new Map(batches.filter((b) => HASH_NAME.test(b.name)).map((b) => [b.name, b]));
  const prevLeaves = prev?.leaves ?? [];
  for (const h of prevLeaves) {
    if (!present.has(h)) throw new LogError(`batch ${h} of checkpoint ${prev!.rel} is missing: run \`driftlog log verify\``);
  }
  const inPrev = new Set(prevLeaves);
  const fresh: { hash: string; createdAt: string }[] = [];
  for (const [hash, b] of present) {
    if (inPrev.has(hash)) continue;
    let createdAt = '';
    try {
      createdAt = String((JSON.parse(await readHeaderLine(b.path)) as { createdAt?: unknown }).createdAt ?? '');
    } catch {
      // unreadable header: ordered first; verify reports it
    }
    fresh.push({ hash, createdAt });
  }
  fresh.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.hash < b.hash ? -1 : 1));
  if (prev && fresh.length === 0) {
    return { rel: prev.rel, size: prev.body!.size, root: prev.body!.root.toString('hex'), created: false };
  }
  const leaves = [...prevLeaves, ...fresh.map((f) => f.hash)];
  const root = rootHash(leafHashesOf(leaves));
  const body = formatCheckpoint({ origin: checkpointOrigin(log), size: leaves.length, root, extensions: [] });
  const name = noteKeyName(principal);
  const sig = await signer.signRaw(Buffer.from(body, 'utf8'));
  const note = `${body}\n${signatureLine(name, signer.publicKey.raw, sig)}`;
  await ensureAllowedSigner(log, principal, signer.publicKey);
  await fs.mkdir(log.checkpointsDir, { recursive: true });
  const stem = `${String(leaves.length).padStart(10, '0')}-${root.toString('hex').slice(0, 16)}`;
  const tmp = join(log.checkpointsDir, `.tmp-${process.pid}-${randomBytes(6).toString('hex')}`);
  // Leaves first, so a crash never leaves a checkpoint without its leaves.
  await fs.writeFile(tmp, leaves.join('\n') + '\n');
  await fs.rename(tmp, join(log.checkpointsDir, `${stem}.leaves`));
  await fs.writeFile(tmp, note);
  await fs.rename(tmp, join(log.checkpointsDir, `${stem}.checkpoint`));
  return { rel: `${log.relDir}/checkpoints/${stem}.checkpoint`, size: leaves.length, root: root.toString('hex'), created: true };
}

export interface InclusionProof {
  batch: string;
  checkpoint: string;
  /** The signed note, as stored. */
  note: string;
  origin: string;
  treeSize: number;
  leafIndex: number;
  /** RFC 6962 leaf hash: SHA-256(0x00 || batch hash bytes), hex. */
  leafHash: string;
  rootHash: string;
  /** Audit path, hex, leaf to root. */
  proof: string[];
  /** Checked here before returning. */
  verified: boolean;
}

/** Inclusion proof of a batch (its hash, or a path to it) in the newest checkpoint that covers it. */
export async function prove(log: Log, batch: string): Promise<InclusionProof> {
  const hash = basename(batch).replace(/\.jsonl$/, '');
  if (!HASH_NAME.test(hash)) throw new LogError(`"${batch}" is not a batch: give its sha256 or its path`);
  const checkpoints = (await listCheckpoints(log)).filter((c) => c.body && c.leaves);
  if (checkpoints.length === 0) throw new LogError('there is no checkpoint yet: run `driftlog log checkpoint`');
  const cp = [...checkpoints].reverse().find((c) => c.leaves!.includes(hash));
  if (!cp) throw new LogError(`batch ${hash} is not covered by any checkpoint yet: run \`driftlog log checkpoint\``);
  const leaves = cp.leaves!;
  const hashes = leafHashesOf(leaves);
  const index = leaves.indexOf(hash);
  const proof = inclusionProof(hashes, index);
  const body = cp.body!;
  return {
    batch: hash,
    checkpoint: cp.rel,
    note: cp.text,
    origin: body.origin,
    treeSize: body.size,
    leafIndex: index,
    leafHash: hashes[index].toString('hex'),
    rootHash: body.root.toString('hex'),
    proof: proof.map((p) => p.toString('hex')),
    verified: verifyInclusion(hashes[index], index, body.size, proof, body.root),
  };
}

/** True when the checkpoint `later` extends `earlier` (RFC 6962 consistency proof from later's leaves). */
export function consistent(earlier: { size: number; root: Buffer }, laterLeaves: string[], laterRoot: Buffer): boolean {
  if (earlier.size > laterLeaves.length) return false;
  const hashes = leafHashesOf(laterLeaves);
  return verifyConsistency(earlier.size, laterLeaves.length, earlier.root, laterRoot, consistencyProof(hashes, earlier.size));
}
