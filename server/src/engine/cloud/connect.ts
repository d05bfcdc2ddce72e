// Credentials and Cloud Control clients per provider configuration (region, profile, assume_role), through the
// AWS SDK's standard credential chain. The endpoint comes, in this order, from an explicit option (the
// `driftlog.endpoint` setting, `--endpoint`), the provider block's `endpoints { cloudcontrol = ... }`, or the SDK's
// own configuration, which it reads itself: `AWS_ENDPOINT_URL_CLOUDCONTROL`, `AWS_ENDPOINT_URL`, or `endpoint_url`
// in the shared config file.
//
// Account id: Cloud Control cannot say who we are, and STS (GetCallerIdentity) is not always reachable (the local
// emulator has none), so Driftlog never calls it. The account is taken from what the credentials say themselves:
// the SDK's `accountId` (AWS_ACCOUNT_ID, `aws_account_id` in a profile, SSO), else the account in the assume_role
// ARN. When neither says, the token bucket is keyed by a hash of the access key id (one bucket per credentials),
// and results carry no account.
import { createHash } from 'node:crypto';
import { CloudControlClient } from '@aws-sdk/client-cloudcontrol';
import { fromIni, fromNodeProviderChain, fromTemporaryCredentials } from '@aws-sdk/credential-providers';

type AwsCredentialIdentityProvider = ReturnType<typeof fromNodeProviderChain>;
type AwsCredentialIdentity = Awaited<ReturnType<AwsCredentialIdentityProvider>>;

export interface ProviderTarget {
  /** `aws`, `aws.west`: the provider configuration this target stands for (for messages). */
  providerKey: string;
  region: string;
  profile?: string;
  assumeRole?: { roleArn: string; sessionName?: string; externalId?: string };
  /** `endpoints { cloudcontrol = "..." }` of the provider block. */
  endpoint?: string;
}

export interface ConnectOptions {
  /** Explicit Cloud Control endpoint: wins over the provider block and the SDK's variables. */
  endpoint?: string;
  /** Per-connection HTTP timeouts, ms: establishing the connection. */
  connectionTimeoutMs?: number;
}

export interface CloudConnection {
  target: ProviderTarget;
  client: CloudControlClient;
  region: string;
  /** The account id when the credentials say it. */
  account?: string;
  /** Token-bucket key: account (or credentials) and region. */
  bucket: string;
  credentials: AwsCredentialIdentityProvider;
}

/** No credentials could be found for a provider configuration: the scan must not run. */
export class CredentialsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CredentialsError';
  }
}

const CHAIN_DESCRIPTION = [
  'environment variables (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN)',
  'the shared files ~/.aws/credentials and ~/.aws/config (AWS_SHARED_CREDENTIALS_FILE, AWS_CONFIG_FILE; the profile in AWS_PROFILE, else "default"), SSO and credential_process included',
  'a web identity token (AWS_WEB_IDENTITY_TOKEN_FILE with AWS_ROLE_ARN)',
  'container credentials (AWS_CONTAINER_CREDENTIALS_RELATIVE_URI / _FULL_URI)',
  'EC2 instance metadata (unless AWS_EC2_METADATA_DISABLED=true)',
];

function targetKey(t: ProviderTarget, endpoint: string | undefined): string {
  return JSON.stringify([t.region, t.profile ?? null, t.assumeRole?.roleArn ?? null, t.assumeRole?.externalId ?? null, endpoint ?? null]);
}

function accountFromArn(arn: string | undefined): string | undefined {
  const m = /^arn:[^:]+:[^:]*:[^:]*:(\d{12}):/.exec(arn ?? '');
  return m?.[1];
}

/** Messages from the SDK's providers never hold secrets, but trim them to one line. */
function oneLine(err: unknown): string {
  const m = err instanceof Error ? err.message : String(err);
  return m.split('\n')[0].trim();
}

/**
 * Builds (once per distinct region/profile/role/endpoint) the credentials and Cloud Control client of provider
 * configurations. `connect` resolves the credentials at once, so that a missing one stops the scan before any
 * call, with a message that says what was tried.
 */
export class CloudConnector {
  private readonly cache = new Map<string, Promise<CloudConnection>>();

  constructor(private readonly opts: ConnectOptions = {}) {}

  connect(target: ProviderTarget): Promise<CloudConnection> {
    const endpoint = this.opts.endpoint ?? target.endpoint;
    const key = targetKey(target, endpoint);
    let c = this.cache.get(key);
    if (!c) {
      c = this.build(target, endpoint);
      this.cache.set(key, c);
    }
    return c;
  }

  /** Close every client's sockets. */
  destroy(): void {
    for (const c of this.cache.values()) c.then((x) => x.client.destroy(), () => {});
    this.cache.clear();
  }

  private async build(target: ProviderTarget, endpoint: string | undefined): Promise<CloudConnection> {
    const where = `provider "${target.providerKey}" (region ${target.region}${target.profile ? `, profile ${target.profile}` : ''})`;
    const base: AwsCredentialIdentityProvider = target.profile ? fromIni({ profile: target.profile }) : fromNodeProviderChain();
    let baseIdentity: AwsCredentialIdentity;
    try {
      baseIdentity = await base();
    } catch (err) {
      const tried = target.profile
        ? [`the profile "${target.profile}" in ~/.aws/credentials and ~/.aws/config (AWS_SHARED_CREDENTIALS_FILE, AWS_CONFIG_FILE), with its SSO, credential_process, role or web identity settings`]
        : CHAIN_DESCRIPTION;
      throw new CredentialsError(
        `no AWS credentials for ${where}: ${oneLine(err)}.\nTried, in order:\n${tried.map((t) => `  - ${t}`).join('\n')}\n` +
          'Set credentials for one of these (or `--profile`), then scan again. Nothing was scanned.',
      );
    }
    let credentials = base;
    let account = (baseIdentity as { accountId?: string }).accountId;
    if (target.assumeRole) {
      credentials = fromTemporaryCredentials({
        masterCredentials: base,
        params: {
          RoleArn: target.assumeRole.roleArn,
          RoleSessionName: target.assumeRole.sessionName ?? 'driftlog',
          ...(target.assumeRole.externalId ? { ExternalId: target.assumeRole.externalId } : {}),
        },
        clientConfig: { region: target.region },
      });
      account = accountFromArn(target.assumeRole.roleArn) ?? account;
      try {
        await credentials();
      } catch (err) {
        throw new CredentialsError(
          `could not assume the role ${target.assumeRole.roleArn} for ${where}: ${oneLine(err)}. Nothing was scanned.`,
        );
      }
    }
    const who = account ?? `key-${createHash('sha256').update(baseIdentity.accessKeyId).digest('hex').slice(0, 12)}`;
    const client = new CloudControlClient({
      region: target.region,
      credentials,
      ...(endpoint ? { endpoint } : {}),
      // The scheduler is the one place that retries.
      maxAttempts: 1,
      requestHandler: { connectionTimeout: this.opts.connectionTimeoutMs ?? 5_000 },
    });
    return { target, client, region: target.region, account, bucket: `${who}|${target.region}`, credentials };
  }
}
