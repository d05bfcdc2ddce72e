// The emulator's SigV4 verifier against an independent signer (@smithy/signature-v4), on canonicalisation edge
// cases the SDK's own JSON calls never exercise (query strings, encoded paths, header whitespace).
import { strict as assert } from 'node:assert';
import { SignatureV4 } from '@smithy/signature-v4';
import { parseAuthorization, verifyRequest } from '../src/emulator/sigv4';
import { NodeSha256 } from './support/sha256';

const SECRET = 'test-secret';
const lookup = (k: string) => (k === 'AKIDTEST' ? SECRET : undefined);

async function sign(path: string, query: Record<string, string>, headers: Record<string, string>, body: string, date = new Date()) {
  const signer = new SignatureV4({ credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: SECRET }, region: 'eu-west-1', service: 'cloudcontrolapi', sha256: NodeSha256 });
  const signed = await signer.sign({ method: 'POST', protocol: 'http:', hostname: 'localhost', port: 4566, path, query, headers: { host: 'localhost:4566', ...headers }, body }, { signingDate: date });
  const qs = Object.entries(query)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .join('&');
  const lower = Object.fromEntries(Object.entries(signed.headers).map(([k, v]) => [k.toLowerCase(), v]));
  return { method: 'POST', url: path + (qs ? `?${qs}` : ''), headers: lower, body: Buffer.from(body) };
}

describe('emulator SigV4 verifier', () => {
  it('agrees with @smithy/signature-v4 on query strings, encoded paths and folded header whitespace', async () => {
    // The path as it goes on the wire (URI-encoded once), which is what the SDK's signer is given too.
    const req = await sign('/a%20b/./c//d/', { b: '2', a: '1', 'x y': 'z/w' }, { 'x-amz-target': 'CloudApiService.GetResource', 'x-custom': '  two   spaces ' }, '{"x":1}');
    const v = verifyRequest(req, 'cloudcontrolapi', lookup, new Date());
    assert.ok(v.ok, JSON.stringify(v));
    assert.equal(v.auth.region, 'eu-west-1');
    assert.equal(v.auth.accessKeyId, 'AKIDTEST');
  });

  it('rejects a changed query, header or method, each as InvalidSignatureException', async () => {
    const req = await sign('/', { a: '1' }, { 'x-amz-target': 'CloudApiService.GetResource' }, '{}');
    const bad = [
      { ...req, url: '/?a=2' },
      { ...req, headers: { ...req.headers, 'x-amz-target': 'CloudApiService.DeleteResource' } },
      { ...req, method: 'PUT' },
    ];
    for (const r of bad) {
      const v = verifyRequest(r, 'cloudcontrolapi', lookup, new Date());
      assert.equal(v.ok, false);
      assert.equal(!v.ok && v.error.code, 'InvalidSignatureException');
    }
  });

  it('checks the date against its own clock, 15 minutes either way', async () => {
    const signedAt = new Date('2026-11-20T10:00:00Z');
    const req = await sign('/', {}, { 'x-amz-target': 'CloudApiService.GetResource' }, '{}', signedAt);
    assert.ok(verifyRequest(req, 'cloudcontrolapi', lookup, new Date('2026-11-20T10:14:00Z')).ok);
    const late = verifyRequest(req, 'cloudcontrolapi', lookup, new Date('2026-11-20T10:16:00Z'));
    assert.equal(!late.ok && late.error.code, 'InvalidSignatureException');
    assert.match(!late.ok ? late.error.message : '', /Signature expired/);
  });

  it('parses only well-formed Authorization headers', () => {
    assert.deepEqual(parseAuthorization('AWS4-HMAC-SHA256 Credential=AK/20261120/us-east-1/cloudtrail/aws4_request, SignedHeaders=host;x-amz-date, Signature=abc'), {
      accessKeyId: 'AK',
      date: '20261120',
      region: 'us-east-1',
      service: 'cloudtrail',
      signedHeaders: ['host', 'x-amz-date'],
      signature: 'abc',
    });
    assert.equal(parseAuthorization('Basic dXNlcjpwYXNz'), undefined);
    assert.equal(parseAuthorization('AWS4-HMAC-SHA256 Credential=AK/20261120/us-east-1/aws4_request, SignedHeaders=host, Signature=abc'), undefined);
    const v = verifyRequest({ method: 'POST', url: '/', headers: { authorization: 'AWS4-HMAC-SHA256 Credential=AK' }, body: Buffer.alloc(0) }, 'cloudtrail', lookup, new Date());
    assert.equal(!v.ok && v.error.code, 'IncompleteSignatureException');
  });
});
