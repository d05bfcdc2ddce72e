import assert from 'node:assert/strict';
import { consistencyProof, inclusionProof, leafHash, rootHash, verifyConsistency, verifyInclusion } from '../src/engine/log/merkle';

// The leaves of the Certificate Transparency reference tests (RFC 6962 implementations use them).
const LEAVES = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'].map((h) =>
  leafHash(Buffer.from(h, 'hex')),
);
const ROOTS = [
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];

describe('log: RFC 6962 Merkle tree', () => {
  it('computes the reference roots', () => {
    assert.equal(rootHash([]).toString('hex'), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    for (let n = 1; n <= 8; n++) assert.equal(rootHash(LEAVES.slice(0, n)).toString('hex'), ROOTS[n - 1], `size ${n}`);
  });

  it('inclusion proofs verify for every leaf of trees up to 33, and fail when tampered', () => {
    const leaves = Array.from({ length: 33 }, (_, i) => leafHash(Buffer.from([i])));
    for (let n = 1; n <= leaves.length; n++) {
      const tree = leaves.slice(0, n);
      const root = rootHash(tree);
      for (let i = 0; i < n; i++) {
        const proof = inclusionProof(tree, i);
        assert.ok(verifyInclusion(tree[i], i, n, proof, root), `leaf ${i} of ${n}`);
        assert.ok(!verifyInclusion(leafHash(Buffer.from('other')), i, n, proof, root), `wrong leaf ${i} of ${n}`);
        if (proof.length) {
          const bad = proof.map((p, k) => (k === 0 ? leafHash(p) : p));
          assert.ok(!verifyInclusion(tree[i], i, n, bad, root));
        }
      }
    }
  });

  it('consistency proofs verify between every pair of sizes up to 33, and fail for a different history', () => {
    const leaves = Array.from({ length: 33 }, (_, i) => leafHash(Buffer.from([i])));
    for (let n = 1; n <= leaves.length; n++) {
      const tree = leaves.slice(0, n);
      const root = rootHash(tree);
      for (let m = 1; m <= n; m++) {
        const oldRoot = rootHash(leaves.slice(0, m));
        const proof = consistencyProof(tree, m);
        assert.ok(verifyConsistency(m, n, oldRoot, root, proof), `${m} -> ${n}`);
        const forkedOld = rootHash([leafHash(Buffer.from('fork')), ...leaves.slice(1, m)]);
        assert.ok(!verifyConsistency(m, n, forkedOld, root, proof), `forked ${m} -> ${n}`);
      }
    }
  });
});
