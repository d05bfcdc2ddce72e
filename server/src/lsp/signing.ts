// The audit log's signer in the language server: the key the editor keeps in SecretStorage (asked once), or,
// when the client has none to give (another editor), the engine's default (a 0600 key file in the user's
// config directory, or git's signing key when `driftlog.log.signWith` is `git`).
import type { Connection } from 'vscode-languageserver';
import { rawKeySigner, type Signer } from '../engine/log';
import { SigningKeyRequest } from '../protocol';
import type { Logger } from './logger';

export function editorSigner(connection: Connection, log: Logger): () => Promise<Signer | undefined> {
  let cached: Promise<Signer | undefined> | undefined;
  return () =>
    (cached ??= connection.sendRequest(SigningKeyRequest).then(
      (r) => (r?.seed ? rawKeySigner(Buffer.from(r.seed, 'base64'), "Driftlog key in VS Code's secret storage") : undefined),
      (err: unknown) => {
        log.debug(`the client keeps no signing key (${err instanceof Error ? err.message : String(err)}): using the default signer`);
        return undefined;
      },
    ));
}
