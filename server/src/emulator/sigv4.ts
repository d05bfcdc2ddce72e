// AWS Signature Version 4 verification for the emulator: recomputes the signature of an incoming request from its
// Authorization header, the signed headers it names and the body, with the secret of the configured test
// credentials, and says why a request is refused the way AWS does (error code and message).
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export interface ParsedAuthorization {
  accessKeyId: string;
  date: string; // YYYYMMDD of the credential scope
  region: string;
  service: string;
  signedHeaders: string[];
  signature: string;
}

export type SigV4Failure = { code: string; message: string; status: number };

const ALGORITHM = 'AWS4-HMAC-SHA256';
/** AWS refuses a request whose X-Amz-Date is more than 15 minutes away from its clock. */
const MAX_SKEW_MS = 15 * 60 * 1000;

export function sha256Hex(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

function hmac(key: Buffer | string, data: string): Buffer {
  return createHmac('sha256', key).update(data, 'utf8').digest();
}

/** Parses `AWS4-HMAC-SHA256 Credential=AKID/20261128/us-east-1/cloudcontrolapi/aws4_request, SignedHeaders=a;b, Signature=hex`. */
export function parseAuthorization(header: string): ParsedAuthorization | undefined {
  const trimmed = header.trim();
  if (!trimmed.startsWith(ALGORITHM + ' ')) return undefined;
  const fields = new Map<string, string>();
  for (const part of trimmed.slice(ALGORITHM.length + 1).split(',')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    fields.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  const credential = fields.get('Credential');
  const signedHeaders = fields.get('SignedHeaders');
  const signature = fields.get('Signature');
  if (!credential || !signedHeaders || !signature) return undefined;
  const scope = credential.split('/');
  if (scope.length !== 5 || scope[4] !== 'aws4_request') return undefined;
  const [accessKeyId, date, region, service] = scope as [string, string, string, string];
  return { accessKeyId, date, region, service, signedHeaders: signedHeaders.split(';'), signature };
}

/** RFC 3986 encoding as SigV4 wants it: everything but unreserved characters, upper-case hex. */
function uriEncode(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}

function canonicalPath(rawPath: string): string {
  // Non-S3 services: the path as sent (already URI-encoded once) is normalised (empty, `.` and `..` segments) and
  // each segment encoded once more ("double encoding").
  const segments: string[] = [];
  for (const seg of rawPath.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') segments.pop();
    else segments.push(seg);
  }
  const trailing = segments.length > 0 && rawPath.endsWith('/') ? '/' : '';
  return '/' + segments.map((seg) => uriEncode(seg)).join('/') + trailing;
}

function canonicalQuery(rawQuery: string): string {
  if (!rawQuery) return '';
  const pairs = rawQuery
    .split('&')
    .filter((p) => p !== '')
    .map((p) => {
      const eq = p.indexOf('=');
      const k = decodeURIComponent((eq < 0 ? p : p.slice(0, eq)).replace(/\+/g, ' '));
      const v = eq < 0 ? '' : decodeURIComponent(p.slice(eq + 1).replace(/\+/g, ' '));
      return [uriEncode(k), uriEncode(v)] as const;
    })
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  return pairs.map(([k, v]) => `${k}=${v}`).join('&');
}

export interface IncomingForSigning {
  method: string;
  /** Path and query exactly as received (`/`, `/?a=b`). */
  url: string;
  /** Header names in lower case; repeated headers joined with `,`. */
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function headerValue(v: string | string[] | undefined): string | undefined {
  if (v === undefined) return undefined;
  const joined = Array.isArray(v) ? v.join(',') : v;
  return joined.trim().replace(/\s+/g, ' ');
}

/** `X-Amz-Date` (20261128T012345Z) to a Date, or undefined when malformed. */
export function parseAmzDate(s: string): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(s);
  if (!m) return undefined;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!));
  return Number.isNaN(d.getTime()) ? undefined : d;
}

export function computeSignature(
  req: IncomingForSigning,
  auth: ParsedAuthorization,
  secretAccessKey: string,
  amzDate: string,
): string {
  const q = req.url.indexOf('?');
  const path = q < 0 ? req.url : req.url.slice(0, q);
  const query = q < 0 ? '' : req.url.slice(q + 1);
  const names = auth.signedHeaders.map((h) => h.toLowerCase());
  const canonicalHeaders = names.map((n) => `${n}:${headerValue(req.headers[n]) ?? ''}\n`).join('');
  const declaredHash = headerValue(req.headers['x-amz-content-sha256']);
  const payloadHash = declaredHash === 'UNSIGNED-PAYLOAD' ? declaredHash : sha256Hex(req.body);
  const canonicalRequest = [
    req.method.toUpperCase(),
    canonicalPath(path),
    canonicalQuery(query),
    canonicalHeaders,
    names.join(';'),
    payloadHash,
  ].join('\n');
  const scope = `${auth.date}/${auth.region}/${auth.service}/aws4_request`;
  const stringToSign = [ALGORITHM, amzDate, scope, sha256Hex(canonicalRequest)].join('\n');
  const kDate = hmac('AWS4' + secretAccessKey, auth.date);
  const kRegion = hmac(kDate, auth.region);
  const kService = hmac(kRegion, auth.service);
  const kSigning = hmac(kService, 'aws4_request');
  return createHmac('sha256', kSigning).update(stringToSign, 'utf8').digest('hex');
}

const SIGNATURE_MISMATCH =
  'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.';

/**
 * Verifies a request. `lookupSecret` gives the secret of a known access key id (undefined for an unknown key).
 * Returns the parsed header on success, or the AWS error to answer with.
 */
export function verifyRequest(
  req: IncomingForSigning,
  expectedService: string,
  lookupSecret: (accessKeyId: string) => string | undefined,
  now: Date,
): { ok: true; auth: ParsedAuthorization } | { ok: false; error: SigV4Failure } {
  const header = headerValue(req.headers['authorization']);
  if (!header) {
    return { ok: false, error: { code: 'MissingAuthenticationTokenException', message: 'Missing Authentication Token', status: 400 } };
  }
  const auth = parseAuthorization(header);
  if (!auth) {
    return {
      ok: false,
      error: {
        code: 'IncompleteSignatureException',
        message: `Authorization header requires 'Credential', 'Signature' and 'SignedHeaders' parameters with algorithm ${ALGORITHM}.`,
        status: 400,
      },
    };
  }
  const secret = lookupSecret(auth.accessKeyId);
  if (secret === undefined) {
    return { ok: false, error: { code: 'UnrecognizedClientException', message: 'The security token included in the request is invalid.', status: 400 } };
  }
  const amzDate = headerValue(req.headers['x-amz-date']);
  const signedAt = amzDate ? parseAmzDate(amzDate) : undefined;
  if (!amzDate || !signedAt || !auth.signedHeaders.includes('x-amz-date')) {
    return {
      ok: false,
      error: { code: 'IncompleteSignatureException', message: 'Authorization header requires existence of either a \'X-Amz-Date\' or a \'Date\' header.', status: 400 },
    };
  }
  if (!auth.signedHeaders.includes('host')) {
    return { ok: false, error: { code: 'InvalidSignatureException', message: "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.", status: 400 } };
  }
  if (auth.service !== expectedService) {
    return { ok: false, error: { code: 'InvalidSignatureException', message: `Credential should be scoped to correct service: '${expectedService}'. `, status: 400 } };
  }
  if (amzDate.slice(0, 8) !== auth.date) {
    return { ok: false, error: { code: 'InvalidSignatureException', message: `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${auth.date}' != '${amzDate.slice(0, 8)}', from '${amzDate}'.`, status: 400 } };
  }
  const skew = Math.abs(now.getTime() - signedAt.getTime());
  if (skew > MAX_SKEW_MS) {
    const fmt = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
    const limit = new Date(now.getTime() - MAX_SKEW_MS);
    return {
      ok: false,
      error: {
        code: 'InvalidSignatureException',
        message: `Signature expired: ${amzDate} is now earlier than ${fmt(limit)} (${fmt(now)} - 15 min.)`,
        status: 400,
      },
    };
  }
  const expected = computeSignature(req, auth, secret, amzDate);
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(auth.signature, 'utf8');
  if (a.length !== b.length || !timingSafeEqual(a, b)) {
    return { ok: false, error: { code: 'InvalidSignatureException', message: SIGNATURE_MISMATCH, status: 400 } };
  }
  return { ok: true, auth };
}
