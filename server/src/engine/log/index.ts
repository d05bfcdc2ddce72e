// The audit log engine: what the CLI, the language server and the editor actions call.
export { canonicalize, parseCanonical, CanonicalJsonError } from './canonical';
export { appendBatch, currentHeads, ensureAllowedSigner, listBatchFiles, openLog, stageBatch, LogError, NAMESPACE, DEFAULT_LOG_DIR } from './store';
export type { AppendOptions, AppendResult, BatchHeader, Log } from './store';
export { actionEvent, repoRelative, scanEvents, EVENT_KINDS } from './events';
export type { EventKind, LogEvent } from './events';
export { verify, FINDING_KINDS } from './verify';
export type { Finding, FindingKind, VerifyOptions, VerifyReport } from './verify';
export { show, matchesResource } from './show';
export type { HistoryEntry, ShowOptions } from './show';
export { checkpoint, prove, listCheckpoints } from './checkpoint';
export type { CheckpointResult, InclusionProof } from './checkpoint';
export { defaultKeyDir, fileSigner, generateKeySeed, rawKeySigner, sshKeygenSigner, SignerError } from './signer';
export type { Signer } from './signer';
export {
  displayValue,
  hmacKeyFrom,
  HMAC_KEY_ENV,
  isRedactionMark,
  isSecretAttribute,
  looksSecret,
  redactDifference,
  redactResult,
  redactText,
  scrubValue,
} from './redact';
export type { RedactionMark, RedactionOptions } from './redact';
export { gitInfo, GitUnavailable } from './git';
export type { GitInfo } from './git';
export { sshsigSign, sshsigVerify, parseAllowedSigners } from './sshsig';
export { chooseSigner, recordEvents, recordScan, repoRootOf } from './record';
export type { RecordOptions } from './record';
