// RFC 6962 / RFC 9162 Merkle tree: root, inclusion and consistency proofs, and their verification.
// Leaves are given as their data (here: the 32-byte SHA-256 of a batch file); hashes are SHA-256.

import { createHash } from 'node:crypto';

const EMPTY = createHash('sha256').digest();

export function leafHash(data: Buffer): Buffer {
  return createHash('sha256').update(Buffer.from([0])).update(data).digest();
}

function nodeHash(left: Buffer, right: Buffer): Buffer {
  return createHash('sha256').update(Buffer.from([1])).update(left).update(right).digest();
}

/** The largest power of two smaller than n (n > 1). */
function split(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** MTH over leaf hashes [lo, hi). */
function mth(leaves: Buffer[], lo: number, hi: number): Buffer {
  const n = hi - lo;
  if (n === 0) return EMPTY;
  if (n === 1) return leaves[lo];
  const k = split(n);
  return nodeHash(mth(leaves, lo, lo + k), mth(leaves, lo + k, hi));
}

/** The tree head over the given leaf hashes. */
export function rootHash(leafHashes: Buffer[]): Buffer {
  return mth(leafHashes, 0, leafHashes.length);
}

/** Audit path for leaf `index` in the tree of `leafHashes` (RFC 6962 section 2.1.1). */
export function inclusionProof(leafHashes: Buffer[], index: number): Buffer[] {
  if (index < 0 || index >= leafHashes.length) throw new RangeError(`leaf ${index} is outside a tree of ${leafHashes.length}`);
  const path = (m: number, lo: number, hi: number): Buffer[] => {
    const n = hi - lo;
    if (n <= 1) return [];
    const k = split(n);
    return m < k ? [...path(m, lo, lo + k), mth(leafHashes, lo + k, hi)] : [...path(m - k, lo + k, hi), mth(leafHashes, lo, lo + k)];
  };
  return path(index, 0, leafHashes.length);
}

/** Consistency proof between the first `m` leaves and all of `leafHashes` (RFC 6962 section 2.1.2). */
export function consistencyProof(leafHashes: Buffer[], m: number): Buffer[] {
  const n = leafHashes.length;
  if (m < 0 || m > n) throw new RangeError(`size ${m} is outside a tree of ${n}`);
  if (m === 0 || m === n) return [];
  const sub = (m2: number, lo: number, hi: number, complete: boolean): Buffer[] => {
    const size = hi - lo;
    if (m2 === size) return complete ? [] : [mth(leafHashes, lo, hi)];
    const k = split(size);
    return m2 <= k
      ? [...sub(m2, lo, lo + k, complete), mth(leafHashes, lo + k, hi)]
      : [...sub(m2 - k, lo + k, hi, false), mth(leafHashes, lo, lo + k)];
  };
  return sub(m, 0, n, true);
}

/** RFC 9162 section 2.1.3.2. */
export function verifyInclusion(leaf: Buffer, index: number, size: number, proof: Buffer[], root: Buffer): boolean {
  if (index >= size || index < 0) return false;
  let fn = index;
  let sn = size - 1;
  let r = leaf;
  for (const p of proof) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && r.equals(root);
}

/** RFC 9162 section 2.1.4.2. */
export function verifyConsistency(first: number, second: number, firstRoot: Buffer, secondRoot: Buffer, proof: Buffer[]): boolean {
  if (first > second) return false;
  if (first === second) return proof.length === 0 && firstRoot.equals(secondRoot);
  if (first === 0) return proof.length === 0;
  let path = proof;
  if ((first & (first - 1)) === 0) path = [firstRoot, ...proof];
  if (path.length === 0) return false;
  let fn = first - 1;
  let sn = second - 1;
  while (fn % 2 === 1) {
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  let fr = path[0];
  let sr = path[0];
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return fr.equals(firstRoot) && sr.equals(secondRoot) && sn === 0;
}
