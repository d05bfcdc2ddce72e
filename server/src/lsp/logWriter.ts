// The language server's one way into the audit log: every scan, action and revert is appended here with the
// settings of the moment (directory, staging, signer, HMAC key). A failure to record is reported in the output
// channel; it never changes what the scan found or what the action did.
import { hmacKeyFrom, recordEvents, recordScan, type LogEvent, type RedactionOptions, type Signer } from '../engine/log';
import type { ResourceResult } from '../engine/scan/types';
import type { Logger } from './logger';
import type { Settings } from './settings';

export class LogWriter {
  constructor(
    private readonly settings: () => Settings,
    private readonly signer: () => Promise<Signer | undefined>,
    private readonly log: Logger,
  ) {}

  /** The HMAC key for redaction marks, from the environment variable the settings name. */
  redaction(): RedactionOptions {
    return { hmacKey: hmacKeyFrom(process.env[this.settings().log.hmacKeyEnv]) };
  }

  private async options() {
    const s = this.settings().log;
    // `git`: sign with git's user.signingkey through ssh-keygen, not with the editor's key.
    const signer = s.signWith === 'git' ? undefined : await this.signer();
    return { logDir: s.directory, stage: s.stage, signWith: s.signWith, signer, redaction: this.redaction() };
  }

  /** One `scan` event per result, in the repository that holds `dir`. */
  async scan(dir: string, results: ResourceResult[]): Promise<void> {
    try {
      const res = await recordScan(dir, results, await this.options());
      this.log.info(`Audit log: recorded ${results.length} change(s) of status in ${res.rel}`);
    } catch (err) {
      this.log.warn(`Audit log not written: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  /** Action events (accept, ignore, import, revert), in the repository `repoRoot`. */
  async events(repoRoot: string, events: LogEvent[], what: string): Promise<void> {
    try {
      const res = await recordEvents(repoRoot, events, await this.options());
      this.log.info(`Audit log: recorded ${what} in ${res.rel}`);
    } catch (err) {
      this.log.warn(`Audit log not written for ${what}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
}
