// Who signs a batch. Three kinds, one interface:
//  - a Driftlog key in a 0600 file in the user's config directory, generated on first use (the CLI);
//  - raw key bytes the caller keeps elsewhere (the extension keeps them in VS Code SecretStorage);
//  - the user's own SSH key through `ssh-keygen -Y sign` (e.g. git's user.signingkey; ssh-agent works too).
// Private keys never go into the repository; only the public key is added to .driftlog/allowed_signers.

import { execFile } from 'node:child_process';
import { createPrivateKey, generateKeyPairSync, randomBytes, sign as cryptoSign } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArmoredSignature, parsePublicKeyLine, sshPublicKeyOf, sshsigSign, privateKeyFromSeed } from './sshsig';
import type { SshPublicKey } from './sshsig';

export class SignerError extends Error {}

export interface Signer {
  readonly kind: 'file' | 'raw' | 'ssh-keygen';
  /** Where the key is, for messages (never the key itself). */
  readonly description: string;
  readonly publicKey: SshPublicKey;
  /** An armored SSH signature (SSHSIG) over `message` in `namespace`. */
  signSsh(message: Buffer, namespace: string): Promise<string>;
  /** A raw Ed25519 signature, for checkpoint notes. Absent for keys held by ssh-keygen/ssh-agent. */
  signRaw?(message: Buffer): Promise<Buffer>;
}

function ensureEd25519Available(): void {
  try {
    generateKeyPairSync('ed25519');
  } catch (e) {
    throw new SignerError(`this runtime cannot make Ed25519 signatures (${(e as Error).message}); Driftlog never writes unsigned batches`);
  }
}

function keySigner(kind: 'file' | 'raw', description: string, key: KeyObject): Signer {
  const publicKey = sshPublicKeyOf(key);
  return {
    kind,
    description,
    publicKey,
    signSsh: async (message, namespace) => sshsigSign(key, namespace, message, publicKey),
    signRaw: async (message) => cryptoSign(null, message, key),
  };
}

/** A new random Ed25519 private key: its 32-byte seed, for the caller to keep (e.g. in SecretStorage). */
export function generateKeySeed(): Buffer {
  ensureEd25519Available();
  return randomBytes(32);
}

/** A signer from a 32-byte Ed25519 seed held by the caller. */
export function rawKeySigner(seed: Uint8Array, description = 'key held by the editor'): Signer {
  ensureEd25519Available();
  return keySigner('raw', description, privateKeyFromSeed(Buffer.from(seed)));
}

/** `$XDG_CONFIG_HOME/driftlog`, else `~/.config/driftlog`. */
export function defaultKeyDir(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_CONFIG_HOME && env.XDG_CONFIG_HOME !== '' ? env.XDG_CONFIG_HOME : join(homedir(), '.config');
  return join(base, 'driftlog');
}

export const KEY_FILE_NAME = 'signing_key';

/**
 * The Driftlog key in `dir` (default `defaultKeyDir()`), generated on first use as a 0600 PKCS#8 PEM file with
 * its public key next to it (`signing_key.pub`). Refuses a key file others can read.
 */
export async function fileSigner(opts: { dir?: string } = {}): Promise<Signer> {
  ensureEd25519Available();
  const dir = opts.dir ?? defaultKeyDir();
  const file = join(dir, KEY_FILE_NAME);
  let pem: string;
  try {
    pem = await readPrivate(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    await fs.mkdir(dir, { recursive: true, mode: 0o700 });
    const { privateKey } = generateKeyPairSync('ed25519');
    const text = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    await fs.writeFile(tmp, text, { mode: 0o600, flag: 'wx' });
    try {
      await fs.link(tmp, file); // atomic and never overwrites a key another process made at the same time
    } catch (le) {
      if ((le as NodeJS.ErrnoException).code !== 'EEXIST') throw le;
    } finally {
      await fs.unlink(tmp).catch(() => undefined);
    }
    pem = await readPrivate(file);
    const pub = sshPublicKeyOf(createPrivateKey(pem));
    await fs.writeFile(`${file}.pub`, `${pub.line} driftlog\n`, { mode: 0o644 }).catch(() => undefined);
  }
  let key: KeyObject;
  try {
    key = createPrivateKey(pem);
  } catch (e) {
    throw new SignerError(`${file} is not a readable private key: ${(e as Error).message}`);
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new SignerError(`${file} is a ${key.asymmetricKeyType} key; Driftlog needs Ed25519`);
  return keySigner('file', file, key);
}

async function readPrivate(file: string): Promise<string> {
  const st = await fs.stat(file);
  if (process.platform !== 'win32' && (st.mode & 0o077) !== 0) {
    throw new SignerError(
      `the signing key ${file} can be read by other users (mode ${(st.mode & 0o777).toString(8)}); run: chmod 600 ${file}`,
    );
  }
  return fs.readFile(file, 'utf8');
}

function run(cmd: string, args: string[], input: Buffer): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = execFile(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 20 }, (err, stdout, stderr) => {
      if (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') reject(new SignerError(`${cmd} is not installed (needed to sign with an SSH key)`));
        else reject(new SignerError(`${cmd} ${args.join(' ')} failed: ${stderr.trim() || err.message}`));
      } else resolvePromise({ stdout, stderr });
    });
    child.stdin?.end(input);
  });
}

/**
 * The user's own Ed25519 SSH key, signing through `ssh-keygen -Y sign`. `key` is what git's user.signingkey
 * holds: a private key path (with `<path>.pub` next to it), a public key path (the private key in ssh-agent), or
 * a literal `key::ssh-ed25519 AAAA...`.
 */
export async function sshKeygenSigner(key: string, opts: { cwd?: string } = {}): Promise<Signer> {
  let keyFile: string;
  let publicLine: string;
  if (key.startsWith('key::') || key.startsWith('ssh-')) {
    publicLine = key.replace(/^key::/, '');
    keyFile = join(await fs.mkdtemp(join(tmpdir(), 'driftlog-key-')), 'key.pub');
    await fs.writeFile(keyFile, publicLine + '\n');
  } else {
    keyFile = resolve(opts.cwd ?? process.cwd(), key.replace(/^~(?=\/)/, homedir()));
    const pubFile = keyFile.endsWith('.pub') ? keyFile : `${keyFile}.pub`;
    try {
      publicLine = await fs.readFile(pubFile, 'utf8');
    } catch {
      throw new SignerError(`cannot read the public key ${pubFile} of the SSH signing key`);
    }
  }
  let publicKey: SshPublicKey;
  try {
    publicKey = parsePublicKeyLine(publicLine);
  } catch (e) {
    throw new SignerError(`SSH signing key ${key}: ${(e as Error).message}`);
  }
  return {
    kind: 'ssh-keygen',
    description: `SSH key ${keyFile} (via ssh-keygen)`,
    publicKey,
    async signSsh(message, namespace) {
      const { stdout } = await run('ssh-keygen', ['-Y', 'sign', '-f', keyFile, '-n', namespace], message);
      const parsed = parseArmoredSignature(stdout);
      if (!parsed.publicKey.raw.equals(publicKey.raw)) throw new SignerError('ssh-keygen signed with a different key than expected');
      return stdout;
    },
  };
}

