// Secrets never reach the audit log, a diagnostic or any output. A value is replaced by a redaction mark when
// (a) the engine flagged it sensitive (Terraform `sensitive`, Cloud Control write-only properties), (b) its
// attribute is known to carry secrets (password, secret_string, user_data, Lambda environment variables, ...),
// or (c) a string in it matches a common secret pattern (cloud keys, tokens, private keys, credentials in URLs).
// The mark is {"redacted": true, "hmac": "hmac-sha256:<hex>"} when an HMAC key is configured (the setting, or
// the DRIFTLOG_HMAC_KEY environment variable; never stored in the repository), so auditors can tell whether two
// redacted values are equal; otherwise just {"redacted": true}.

import { createHmac } from 'node:crypto';
import type { Difference, JsonValue, ResourceResult } from '../scan/types';
import { canonicalize } from './canonical';

export const HMAC_KEY_ENV = 'DRIFTLOG_HMAC_KEY';
const SENSITIVE_PLACEHOLDER = '(sensitive)';

export interface RedactionOptions {
  /** HMAC-SHA256 key; see `hmacKeyFrom`. Absent: marks carry no HMAC. */
  hmacKey?: Buffer;
}

export interface RedactionMark {
  redacted: true;
  hmac?: string;
}

/** The HMAC key from a setting's value, else from DRIFTLOG_HMAC_KEY, else none. */
export function hmacKeyFrom(setting?: string, env: NodeJS.ProcessEnv = process.env): Buffer | undefined {
  const v = setting && setting !== '' ? setting : env[HMAC_KEY_ENV];
  return v ? Buffer.from(v, 'utf8') : undefined;
}

export function isRedactionMark(v: unknown): v is RedactionMark {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && (v as Record<string, unknown>).redacted === true;
}

export function redactionMark(value: JsonValue | undefined, opts: RedactionOptions = {}): RedactionMark {
  if (!opts.hmacKey) return { redacted: true };
  const mac = createHmac('sha256', opts.hmacKey)
    .update(canonicalize(value === undefined ? null : value))
    .digest('hex');
  return { redacted: true, hmac: `hmac-sha256:${mac}` };
}

// Attribute names (any path segment) that carry secrets.
const SECRET_SEGMENT =
  /^(user_data|user_data_base64|secret_string|secret_binary|master_user_password|master_password|password|passwd|private_key|secret_key|access_key|secret_access_key|api_key|auth_token|token|client_secret|credentials|connection_string|kms_data_key|sensitive_.*)$|(^|_)(password|passwd|secret|token|private_key|api_key|credentials?)($|_)/i;

const NOT_SECRET_SUFFIX = /_(arn|arns|id|ids|name|names|version|version_id|rotation|rotation_enabled|manager)$/i;

function secretName(s: string): boolean {
  return SECRET_SEGMENT.test(s) && !NOT_SECRET_SUFFIX.test(s);
}

// Types whose `environment` block holds variables that are secret by convention (Lambda environment variables).
const ENV_SECRET_TYPES = /^(aws_lambda_function|awscc_lambda_function)$/;

function segments(path: string): string[] {
  return path
    .split(/[.[\]]+/)
    .map((s) => s.replace(/^"|"$/g, ''))
    .filter((s) => s !== '');
}

/** True when the attribute at `path` (Terraform attribute syntax) of a resource of `type` carries secrets. */
export function isSecretAttribute(type: string, path: string): boolean {
  const segs = segments(path);
  // Only attribute names are matched, not map keys under tags (a tag named "token" is not a secret value).
  if (segs[0] === 'tags' || segs[0] === 'tags_all') return false;
  if (ENV_SECRET_TYPES.test(type) && (segs[0] === 'environment' || segs[0] === 'Environment')) return true;
  return segs.some((s) => !/^\d+$/.test(s) && secretName(s));
}

const SECRET_PATTERNS: RegExp[] = [
  /\b(AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}\b/, // AWS access key id
  /-----BEGIN [A-Z0-9 ]*PRIVATE KEY( BLOCK)?-----/, // PEM / PGP private keys
  /\bgh[pousr]_[A-Za-z0-9]{30,}\b|\bgithub_pat_[A-Za-z0-9_]{30,}/, // GitHub tokens
  /\bglpat-[A-Za-z0-9_-]{20,}/, // GitLab tokens
  /\bxox[abposr]-[A-Za-z0-9-]{10,}/, // Slack tokens
  /\bAIza[0-9A-Za-z_-]{35}\b/, // Google API keys
  /\b[rs]k_(live|test)_[0-9A-Za-z]{16,}/, // Stripe keys
  /\bnpm_[A-Za-z0-9]{36}\b/, // npm tokens
  /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/, // JWTs
  /\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:[^\s@/]+@/i, // credentials in a URL
  /\b(password|passwd|pwd|secret|api[_-]?key|access[_-]?key|auth[_-]?token)\s*[:=]\s*["']?[^\s"',;]{4,}/i, // key=value
];

// An AWS secret access key: 40 base64 characters with upper case, lower case and digits (not a hex digest).
const AWS_SECRET_KEY = /(?<![A-Za-z0-9/+=])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/g;

// The patterns joined, so a string is scanned twice (case-sensitive and not) instead of once per pattern.
const ANY_SECRET = new RegExp(SECRET_PATTERNS.filter((r) => !r.flags.includes('i')).map((r) => `(?:${r.source})`).join('|'));
const ANY_SECRET_I = new RegExp(SECRET_PATTERNS.filter((r) => r.flags.includes('i')).map((r) => `(?:${r.source})`).join('|'), 'i');

/** True when the string looks like (or contains) a secret. */
export function looksSecret(s: string): boolean {
  if (s.length < 8) return false;
  if (ANY_SECRET.test(s) || ANY_SECRET_I.test(s)) return true;
  for (const m of s.matchAll(AWS_SECRET_KEY)) {
    const t = m[0];
    if (/[A-Z]/.test(t) && /[a-z]/.test(t) && /[0-9]/.test(t)) return true;
  }
  return false;
}

/**
 * Replaces every string inside `value` that looks secret (and any secret-named member) by a redaction mark.
 * Returns `value` itself when nothing had to be replaced.
 */
export function scrubValue(value: JsonValue | undefined, opts: RedactionOptions = {}): JsonValue | undefined {
  if (value === undefined || value === null) return value;
  if (typeof value === 'string') return looksSecret(value) ? (redactionMark(value, opts) as unknown as JsonValue) : value;
  if (Array.isArray(value)) {
    let changed = false;
    const out = value.map((v) => {
      const r = scrubValue(v, opts) ?? null;
      if (r !== v) changed = true;
      return r;
    });
    return changed ? out : value;
  }
  if (typeof value === 'object') {
    if (isRedactionMark(value)) return value;
    let changed = false;
    const out: { [k: string]: JsonValue } = {};
    for (const [k, v] of Object.entries(value)) {
      if (v === undefined) continue;
      const r = secretName(k) && v !== null ? (redactionMark(v, opts) as unknown as JsonValue) : (scrubValue(v, opts) ?? null);
      if (r !== v) changed = true;
      out[k] = r;
    }
    return changed ? out : value;
  }
  return value;
}

/** A difference safe to record or show: expected/actual replaced by marks where the rules above say so. */
export function redactDifference(type: string, diff: Difference, opts: RedactionOptions = {}): Difference {
  if (diff.sensitive || isSecretAttribute(type, diff.path)) {
    // The comparison already replaces sensitive values by "(sensitive)" (compare.ts REDACTED): an HMAC of that
    // placeholder would make all such values look equal, so they get the bare mark.
    const mark = (v: JsonValue | undefined): JsonValue | undefined =>
      v === undefined || isRedactionMark(v)
        ? v
        : v === SENSITIVE_PLACEHOLDER
          ? ({ redacted: true } as unknown as JsonValue)
          : (redactionMark(v, opts) as unknown as JsonValue);
    return { ...diff, expected: mark(diff.expected), actual: mark(diff.actual), sensitive: true };
  }
  const expected = scrubValue(diff.expected, opts);
  const actual = scrubValue(diff.actual, opts);
  return expected !== diff.expected || actual !== diff.actual ? { ...diff, expected, actual, sensitive: true } : diff;
}

/** The scan result with its differences and error text redacted: what diagnostics, output and the log may show. */
export function redactResult(result: ResourceResult, opts: RedactionOptions = {}): ResourceResult {
  return {
    ...result,
    differences: result.differences.map((d) => redactDifference(result.type, d, opts)),
    error: result.error !== undefined && looksSecret(result.error) ? redactText(result.error) : result.error,
  };
}

/** Free text with secret-looking tokens replaced by `(redacted)`. */
export function redactText(text: string): string {
  let out = text;
  for (const re of [...SECRET_PATTERNS, AWS_SECRET_KEY]) {
    out = out.replace(new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g'), (m) =>
      re === AWS_SECRET_KEY && !(/[A-Z]/.test(m) && /[a-z]/.test(m) && /[0-9]/.test(m)) ? m : '(redacted)',
    );
  }
  return out;
}

/** How a possibly redacted value reads in a message. */
export function displayValue(v: JsonValue | undefined): string {
  if (v === undefined) return '(absent)';
  if (isRedactionMark(v)) return '(redacted)';
  return JSON.stringify(v);
}
