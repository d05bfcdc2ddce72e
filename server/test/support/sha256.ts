// The hash constructor @smithy/signature-v4 wants, over node:crypto: the SDK's own signer, for cross-checking
// the emulator's SigV4 verification in tests.
import { createHash, createHmac } from 'node:crypto';

export class NodeSha256 {
  private readonly h;
  constructor(secret?: unknown) {
    this.h = secret ? createHmac('sha256', Buffer.from(secret as Uint8Array)) : createHash('sha256');
  }
  update(data: Uint8Array | string): void {
    this.h.update(typeof data === 'string' ? Buffer.from(data) : Buffer.from(data));
  }
  async digest(): Promise<Uint8Array> {
    return new Uint8Array(this.h.digest());
  }
}
