import { ACMClient } from '@aws-sdk/client-acm';
import { CloudControlClient } from '@aws-sdk/client-cloudcontrol';
import { EC2Client } from '@aws-sdk/client-ec2';
import { IAMClient } from '@aws-sdk/client-iam';
import { OrganizationsClient } from '@aws-sdk/client-organizations';
import { RDSClient } from '@aws-sdk/client-rds';
import { S3Client } from '@aws-sdk/client-s3';
import { SQSClient } from '@aws-sdk/client-sqs';
import { SSMClient } from '@aws-sdk/client-ssm';
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider, RetryErrorInfo, RetryStrategyV2, RetryToken } from '@smithy/types';

/**
 * How the live scan reaches an account. Credentials come from the SDK's default chain unless
 * `credentials` or `profile` says otherwise; with `roleArn` the scan assumes that role first (STS
 * AssumeRole). Endpoints are the SDK's: `AWS_ENDPOINT_URL` and `AWS_ENDPOINT_URL_<SERVICE>` are
 * honoured by the SDK itself (that is how the tests point it at 127.0.0.1).
 */
export interface LiveAccess {
  credentials?: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  /** A profile of ~/.aws/config and ~/.aws/credentials. */
  profile?: string;
  roleArn?: string;
  /** Most attempts per call, retries of throttling and transient errors included (default 5). */
  maxAttempts?: number;
  /**
   * Delay before retry `attempt` (1-based) in ms. When absent, the SDK's adaptive retry mode
   * decides (client-side rate limiting after throttling); tests inject a short delay.
   */
  retryDelay?: (attempt: number, errorInfo: RetryErrorInfo) => number;
  /** Environment for the endpoint overrides the clients need to know about (default process.env). */
  env?: Record<string, string | undefined>;
}

export interface ServiceClients {
  region: string;
  acm: ACMClient;
  cloudControl: CloudControlClient;
  ec2: EC2Client;
  iam: IAMClient;
  /** Organizations is global: every region's client asks the same endpoint. */
  organizations: OrganizationsClient;
  rds: RDSClient;
  s3: S3Client;
  sqs: SQSClient;
  ssm: SSMClient;
}

const DEFAULT_MAX_ATTEMPTS = 5;

/** The configuration every client of one account shares. */
interface ClientSettings {
  region: string;
  maxAttempts: number;
  credentials?: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  profile?: string;
  retryMode?: string;
  retryStrategy?: RetryStrategyV2;
}

/** Resolved access to one account: its id and a client set per region, made on first use. */
export class AccountSession {
  private readonly clients = new Map<string, ServiceClients>();

  private constructor(
    readonly accountId: string,
    private readonly access: LiveAccess,
    private readonly credentials: AwsCredentialIdentity | AwsCredentialIdentityProvider | undefined,
  ) {}

  /** Resolves credentials (assuming `roleArn` when given) and the account id (STS GetCallerIdentity). */
  static async open(access: LiveAccess, region: string): Promise<AccountSession> {
    let credentials = access.credentials;
    const base = settings(access, region, credentials);
    if (access.roleArn) credentials = assumeRole(new STSClient(base), access.roleArn);
    const sts = new STSClient(settings(access, region, credentials));
    const identity = await sts.send(new GetCallerIdentityCommand({}));
    const accountId = identity.Account ?? roleAccount(access.roleArn) ?? 'unknown';
    return new AccountSession(accountId, access, credentials);
  }

  forRegion(region: string): ServiceClients {
    let clients = this.clients.get(region);
    if (!clients) {
      const config = settings(this.access, region, this.credentials);
      const env = this.access.env ?? process.env;
      clients = {
        region,
        acm: new ACMClient(config),
        cloudControl: new CloudControlClient(config),
        ec2: new EC2Client(config),
        iam: new IAMClient(config),
        organizations: new OrganizationsClient(config),
        rds: new RDSClient(config),
        // A custom endpoint (AWS_ENDPOINT_URL, e.g. a local emulator) has no per-bucket host names.
        s3: new S3Client({ ...config, forcePathStyle: Boolean(env.AWS_ENDPOINT_URL_S3 ?? env.AWS_ENDPOINT_URL) }),
        // Without this the SQS client sends each call to the host of the queue URL it names, not the
        // configured endpoint.
        sqs: new SQSClient({ ...config, useQueueUrlAsEndpoint: false }),
        ssm: new SSMClient(config),
      };
      this.clients.set(region, clients);
    }
    return clients;
  }

  destroy(): void {
    for (const clients of this.clients.values()) {
      for (const client of [clients.acm, clients.cloudControl, clients.ec2, clients.iam, clients.organizations, clients.rds, clients.s3, clients.sqs, clients.ssm]) client.destroy();
    }
    this.clients.clear();
  }
}

function settings(access: LiveAccess, region: string, credentials: AwsCredentialIdentity | AwsCredentialIdentityProvider | undefined): ClientSettings {
  const maxAttempts = access.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const config: ClientSettings = { region, maxAttempts };
  if (credentials) config.credentials = credentials;
  else if (access.profile) config.profile = access.profile;
  if (access.retryDelay) config.retryStrategy = fixedDelayRetry(maxAttempts, access.retryDelay);
  else config.retryMode = 'adaptive';
  return config;
}

/** Credentials of `roleArn`, assumed with `sts`, renewed five minutes before they expire. */
function assumeRole(sts: STSClient, roleArn: string): AwsCredentialIdentityProvider {
  let current: AwsCredentialIdentity | undefined;
  return async () => {
    if (current?.expiration && current.expiration.getTime() - Date.now() > 5 * 60_000) return current;
    const result = await sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: `tosei-scan-${Date.now()}` }));
    const issued = result.Credentials;
    if (!issued?.AccessKeyId || !issued.SecretAccessKey) throw new Error(`AssumeRole ${roleArn} returned no credentials`);
    current = {
      accessKeyId: issued.AccessKeyId,
      secretAccessKey: issued.SecretAccessKey,
      ...(issued.SessionToken ? { sessionToken: issued.SessionToken } : {}),
      ...(issued.Expiration ? { expiration: issued.Expiration } : {}),
    };
    return current;
  };
}

function roleAccount(roleArn: string | undefined): string | undefined {
  return roleArn?.split(':')[4] || undefined;
}

/**
 * The SDK's retry contract with an injected delay: throttling, transient and server errors are
 * retried up to `maxAttempts`; client errors are not. Which errors count as throttling is the
 * SDK's decision (`errorInfo.errorType`), so tests exercise the same classification.
 */
function fixedDelayRetry(maxAttempts: number, delay: (attempt: number, errorInfo: RetryErrorInfo) => number): RetryStrategyV2 {
  const token = (retryCount: number, retryDelay: number): RetryToken => ({ getRetryCount: () => retryCount, getRetryDelay: () => retryDelay });
  return {
    acquireInitialRetryToken: async () => token(0, 0),
    refreshRetryTokenForRetry: async (previous, errorInfo) => {
      const attempt = previous.getRetryCount() + 1;
      if (errorInfo.errorType === 'CLIENT_ERROR' || attempt >= maxAttempts) throw new Error('no more retries');
      return token(attempt, delay(attempt, errorInfo));
    },
    recordSuccess: () => undefined,
  };
}
