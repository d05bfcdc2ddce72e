import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileSigner, generateKeySeed, rawKeySigner, sshKeygenSigner } from '../src/engine/log/signer';
import { allowedSignersLine, findAllowed, parseAllowedSigners, parsePublicKeyLine, sshsigVerify } from '../src/engine/log/sshsig';

describe('log: SSH signatures (interop with ssh-keygen)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'driftlog-sshsig-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('a signature made by Driftlog verifies with `ssh-keygen -Y verify`, and a changed message does not', async () => {
    const signer = await fileSigner({ dir: join(dir, 'keys') });
    const message = Buffer.from('{"a":1}\n{"b":2}\n');
    writeFileSync(join(dir, 'msg'), message);
    writeFileSync(join(dir, 'msg.sig'), await signer.signSsh(message, 'driftlog'));
    writeFileSync(join(dir, 'allowed_signers'), allowedSignersLine('alice@example.com', signer.publicKey) + '\n');
    const ok = spawnSync(
      'ssh-keygen',
      ['-Y', 'verify', '-f', join(dir, 'allowed_signers'), '-I', 'alice@example.com', '-n', 'driftlog', '-s', join(dir, 'msg.sig')],
      { input: message, encoding: 'utf8' },
    );
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(ok.stdout, /Good "driftlog" signature for alice@example.com/);
    assert.ok(ok.stdout.includes(signer.publicKey.fingerprint), 'ssh-keygen prints the same fingerprint');
    const bad = spawnSync(
      'ssh-keygen',
      ['-Y', 'verify', '-f', join(dir, 'allowed_signers'), '-I', 'alice@example.com', '-n', 'driftlog', '-s', join(dir, 'msg.sig')],
      { input: Buffer.from('{"a":2}\n{"b":2}\n'), encoding: 'utf8' },
    );
    assert.notEqual(bad.status, 0);
  });

  it('a signature made by `ssh-keygen -Y sign` verifies in Driftlog, through the ssh-keygen signer too', async () => {
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'bob', '-f', join(dir, 'id_ed25519')]);
    const message = Buffer.from('hello driftlog\n');
    writeFileSync(join(dir, 'm'), message);
    execFileSync('ssh-keygen', ['-Y', 'sign', '-q', '-f', join(dir, 'id_ed25519'), '-n', 'driftlog', join(dir, 'm')]);
    const armored = readFileSync(join(dir, 'm.sig'), 'utf8');
    const parsed = sshsigVerify(armored, 'driftlog', message);
    assert.equal(parsed.publicKey.line, parsePublicKeyLine(readFileSync(join(dir, 'id_ed25519.pub'), 'utf8')).line);
    assert.throws(() => sshsigVerify(armored, 'driftlog', Buffer.from('hello driftlog!\n')), /does not match/);
    assert.throws(() => sshsigVerify(armored, 'git', message), /namespace/);

    const viaSigner = await sshKeygenSigner(join(dir, 'id_ed25519'));
    assert.equal(viaSigner.signRaw, undefined, 'an ssh-keygen key cannot make raw note signatures');
    const sig2 = await viaSigner.signSsh(message, 'driftlog');
    assert.equal(sshsigVerify(sig2, 'driftlog', message).publicKey.fingerprint, viaSigner.publicKey.fingerprint);
  });

  it('the key file is created 0600 on first use, reused after, and refused when others can read it', async () => {
    const keys = join(dir, 'cfg', 'driftlog');
    const a = await fileSigner({ dir: keys });
    assert.equal(statSync(join(keys, 'signing_key')).mode & 0o777, 0o600);
    const b = await fileSigner({ dir: keys });
    assert.equal(a.publicKey.fingerprint, b.publicKey.fingerprint);
    execFileSync('chmod', ['644', join(keys, 'signing_key')]);
    await assert.rejects(fileSigner({ dir: keys }), /can be read by other users.*chmod 600/);
  });

  it('a raw key (as the editor keeps it in SecretStorage) signs verifiably and deterministically', async () => {
    const seed = generateKeySeed();
    const s1 = rawKeySigner(seed);
    const s2 = rawKeySigner(seed);
    assert.equal(s1.publicKey.fingerprint, s2.publicKey.fingerprint);
    const m = Buffer.from('x');
    assert.equal(await s1.signSsh(m, 'driftlog'), await s2.signSsh(m, 'driftlog'));
    sshsigVerify(await s1.signSsh(m, 'driftlog'), 'driftlog', m);
  });

  it('parses allowed_signers as git and ssh-keygen write it', async () => {
    const k1 = rawKeySigner(generateKeySeed()).publicKey;
    const k2 = rawKeySigner(generateKeySeed()).publicKey;
    const text = [
      '# team keys',
      `alice@example.com,"al ice@example.com" namespaces="driftlog,git" ${k1.line} alice laptop`,
      `*@ci.example.com ${k2.line}`,
      `carol@example.com namespaces="git" ${k2.line}`,
      'broken line',
      `dave@example.com ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ`,
    ].join('\n');
    const f = parseAllowedSigners(text);
    assert.equal(f.signers.length, 3);
    assert.equal(f.problems.length, 2);
    assert.ok(findAllowed(f, 'alice@example.com', k1, 'driftlog'));
    assert.ok(!findAllowed(f, 'alice@example.com', k2, 'driftlog'));
    assert.ok(findAllowed(f, 'runner@ci.example.com', k2, 'driftlog'));
    assert.ok(findAllowed(f, 'al ice@example.com', k1, 'git'));
    assert.ok(!findAllowed(f, 'carol@example.com', k2, 'driftlog'), 'namespaces="git" does not admit driftlog');
  });
});
