import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  actionEvent,
  appendBatch,
  fileSigner,
  isSecretAttribute,
  looksSecret,
  openLog,
  redactResult,
  scanEvents,
  hmacKeyFrom,
  show,
} from '../src/engine/log/index';
import type { ResourceResult } from '../src/engine/scan/types';
import { makeRepo, result } from '../../test-fixtures/log/helpers';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

const SECRETS = {
  dbPassword: 'Sup3rS3cretPassw0rd!',
  dbPasswordOld: 'An0therS3cret!',
  secretString: '{"user":"app","pass":"vault-9f8e7d"}',
  lambdaEnv: 'lambda-env-value-123',
  userData: 'echo userdata-secret-xyz',
  awsKeyInTag: 'AKIAIOSFODNN7EXAMPLE',
  flagged: 'flagged-sensitive-value',
  githubToken: 'ghp_abcdefghijklmnopqrstuvwxyz0123456789',
  pem: '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAA\n-----END OPENSSH PRIVATE KEY-----',
};

function secretResults(): ResourceResult[] {
  return [
    result('aws_db_instance.db', 'drifted', {
      differences: [
        { path: 'password', expected: SECRETS.dbPasswordOld, actual: SECRETS.dbPassword, kind: 'changed', source: 'state' },
        { path: 'instance_class', expected: 'db.t3.micro', actual: 'db.t3.small', kind: 'changed', source: 'config' },
      ],
    }),
    result('aws_secretsmanager_secret_version.v', 'drifted', {
      differences: [{ path: 'secret_string', expected: 'x', actual: SECRETS.secretString, kind: 'changed', source: 'state' }],
    }),
    result('aws_lambda_function.fn', 'drifted', {
      differences: [{ path: 'environment[0].variables.SETTING', expected: 'a', actual: SECRETS.lambdaEnv, kind: 'changed', source: 'config' }],
    }),
    result('aws_instance.web', 'drifted', {
      differences: [{ path: 'user_data', expected: 'echo hi', actual: SECRETS.userData, kind: 'changed', source: 'config' }],
    }),
    result('aws_s3_bucket.b', 'drifted', {
      differences: [
        { path: 'tags.Note', expected: 'none', actual: `key ${SECRETS.awsKeyInTag} leaked`, kind: 'changed', source: 'config' },
        { path: 'tags.Env', expected: 'dev', actual: 'prod', kind: 'changed', source: 'config' },
      ],
    }),
    result('awscc_thing.t', 'drifted', {
      differences: [{ path: 'custom_field', expected: 'a', actual: SECRETS.flagged, kind: 'changed', source: 'state', sensitive: true }],
    }),
    result('aws_sqs_queue.q', 'error', { error: `AccessDenied for token ${SECRETS.githubToken}` }),
  ];
}

describe('log: redaction', function () {
  this.timeout(20000);

  it('a drifted secret never appears in any file under .driftlog/, with or without an HMAC key', async () => {
    for (const hmac of [undefined, 'team-hmac-key-do-not-log']) {
      const repo = makeRepo();
      try {
        const log = await openLog(repo.dir, { create: true });
        const signer = await fileSigner({ dir: repo.keyDir });
        const redaction = { hmacKey: hmacKeyFrom(undefined, hmac ? { DRIFTLOG_HMAC_KEY: hmac } : {}) };
        const events = scanEvents(secretResults(), { repoRoot: repo.dir, redaction });
        events.push(
          actionEvent('revert', secretResults()[0], {
            repoRoot: repo.dir,
            redaction,
            before: { password: SECRETS.dbPassword, ssh_key: SECRETS.pem },
            after: { engine: 'postgres', note: SECRETS.pem },
            requestToken: 'tok-1',
          }),
        );
        await appendBatch(log, events, { signer, author: { email: 'alice@example.com' }, redaction });
        // A careless caller that passes raw events is still caught by the last pass.
        await appendBatch(
          log,
          [{ kind: 'accept', address: 'aws_db_instance.db', type: 'aws_db_instance', before: { password: SECRETS.dbPassword }, after: SECRETS.githubToken }],
          { signer, author: { email: 'alice@example.com' }, redaction },
        );
        const files = filesUnder(join(repo.dir, '.driftlog'));
        assert.ok(files.length >= 5);
        for (const f of files) {
          const bytes = readFileSync(f);
          for (const [name, secret] of Object.entries(SECRETS)) {
            for (const piece of secret.split('\n')) {
              assert.equal(bytes.indexOf(Buffer.from(piece)), -1, `${name} found in ${f}`);
            }
          }
          if (hmac) assert.equal(bytes.indexOf(Buffer.from(hmac)), -1, 'the HMAC key itself is never written');
        }
        const { entries } = await show(log, { resource: 'aws_db_instance.db' });
        const pw = entries[0].event.differences!.find((d) => d.path === 'password')!;
        assert.deepEqual(Object.keys(pw.actual as object).sort(), hmac ? ['hmac', 'redacted'] : ['redacted']);
        const cls = entries[0].event.differences!.find((d) => d.path === 'instance_class')!;
        assert.equal(cls.actual, 'db.t3.small', 'non-secret values are kept');
        const env = (await show(log, { resource: 'aws_s3_bucket.b' })).entries[0].event.differences!;
        assert.equal(env.find((d) => d.path === 'tags.Env')!.actual, 'prod');
      } finally {
        repo.cleanup();
      }
    }
  });

  it('equal secrets get equal HMACs under one key and different ones under another', async () => {
    const k1 = { hmacKey: Buffer.from('k1') };
    const k2 = { hmacKey: Buffer.from('k2') };
    const r = result('aws_db_instance.db', 'drifted', {
      differences: [{ path: 'password', expected: 'same', actual: 'same', kind: 'changed', source: 'state' }],
    });
    const a = redactResult(r, k1).differences[0];
    const b = redactResult(r, k2).differences[0];
    assert.deepEqual(a.expected, a.actual);
    assert.notDeepEqual(a.actual, b.actual);
    assert.deepEqual(redactResult(r).differences[0].actual, { redacted: true }, 'no key: the bare mark');
    const placeholder = result('aws_db_instance.db', 'drifted', {
      differences: [{ path: 'master_password', expected: '(sensitive)', actual: '(sensitive)', kind: 'changed', source: 'state', sensitive: true }],
    });
    assert.deepEqual(redactResult(placeholder, k1).differences[0].actual, { redacted: true }, 'no HMAC of the comparison placeholder');
  });

  it('knows secret-bearing attributes and secret-looking values, without flagging ordinary ones', () => {
    for (const [type, path] of [
      ['aws_db_instance', 'password'],
      ['aws_rds_cluster', 'master_password'],
      ['aws_secretsmanager_secret_version', 'secret_string'],
      ['aws_instance', 'user_data'],
      ['aws_instance', 'user_data_base64'],
      ['aws_lambda_function', 'environment[0].variables.X'],
      ['aws_lambda_function', 'environment'],
      ['aws_iam_access_key', 'secret'],
      ['aws_iam_user_login_profile', 'encrypted_password'],
    ]) {
      assert.ok(isSecretAttribute(type, path), `${type}.${path}`);
    }
    for (const [type, path] of [
      ['aws_s3_bucket', 'tags.token'],
      ['aws_instance', 'instance_type'],
      ['aws_secretsmanager_secret', 'name'],
      ['aws_secretsmanager_secret_version', 'secret_id'],
      ['aws_ecs_service', 'environment'],
    ]) {
      assert.ok(!isSecretAttribute(type, path), `${type}.${path}`);
    }
    for (const s of [SECRETS.awsKeyInTag, SECRETS.githubToken, SECRETS.pem, 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'postgres://app:hunter22@db:5432/x', 'password=hunter22']) {
      assert.ok(looksSecret(s), s);
    }
    for (const s of ['prod', 'arn:aws:iam::123456789012:role/app', 'da39a3ee5e6b4b0d3255bfef95601890afd80709', 'https://example.com/path', 'sg-0123456789abcdef0']) {
      assert.ok(!looksSecret(s), s);
    }
  });
});
