import type { ServiceCatalog } from './document.js';
import type { ApiCaller, ApiRequest } from './execute.js';

/**
 * Maps SSM's `Service`/`Api` (boto3 client names, PascalCase operations; protocols.md §D.2) onto
 * AWS SDK v3: `@aws-sdk/client-<package>` and its `<Api>Command`. Only the clients Tosei ships can be
 * called; any other service is refused when the runbook is validated.
 */

interface ServiceModule {
  /** Package name after `@aws-sdk/client-`. */
  package: string;
  /** Exported client class. */
  client: string;
}

/** boto3 client name (as SSM documents write it) → SDK v3 client. */
const SERVICES: Record<string, ServiceModule> = {
  ec2: { package: 'ec2', client: 'EC2Client' },
  s3: { package: 's3', client: 'S3Client' },
  sqs: { package: 'sqs', client: 'SQSClient' },
  iam: { package: 'iam', client: 'IAMClient' },
  sts: { package: 'sts', client: 'STSClient' },
  ssm: { package: 'ssm', client: 'SSMClient' },
  logs: { package: 'cloudwatch-logs', client: 'CloudWatchLogsClient' },
  config: { package: 'config-service', client: 'ConfigServiceClient' },
  cloudcontrol: { package: 'cloudcontrol', client: 'CloudControlClient' },
  elasticache: { package: 'elasticache', client: 'ElastiCacheClient' },
};

/** Other spellings seen in documents (SDK package names, the API's own service ids). */
const ALIASES: Record<string, string> = {
  'cloudwatch-logs': 'logs',
  cloudwatchlogs: 'logs',
  'config-service': 'config',
  configservice: 'config',
  'cloud-control': 'cloudcontrol',
};

export function canonicalService(service: string): string | undefined {
  const lower = service.trim().toLowerCase();
  const name = ALIASES[lower] ?? lower;
  return SERVICES[name] ? name : undefined;
}

export const awsServices: ServiceCatalog = {
  checkService(service) {
    return canonicalService(service)
      ? undefined
      : `service "${service}" is not supported by Tosei's runbook engine (supported: ${Object.keys(SERVICES).join(', ')})`;
  },
};

export interface SdkCallerOptions {
  region?: string;
  /** `AWS_ENDPOINT_URL`, or a per-service `AWS_ENDPOINT_URL_<SERVICE>` as the SDK names them. */
  env?: Record<string, string | undefined>;
  /** Credentials to use instead of the SDK's default chain (e.g. from an assumed role). */
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
}

type SdkClient = { send(command: unknown, options?: { abortSignal?: AbortSignal }): Promise<Record<string, unknown>>; destroy(): void };
type SdkModule = Record<string, unknown>;

/** Per-service endpoint variables as the SDK reads them (`AWS_ENDPOINT_URL_CLOUDWATCH_LOGS`). */
const ENDPOINT_IDS: Record<string, string> = { logs: 'CLOUDWATCH_LOGS', config: 'CONFIG_SERVICE', cloudcontrol: 'CLOUDCONTROL' };

/** The standard SDK settings (region and credential chain from the environment, `AWS_ENDPOINT_URL`). */
export type SdkApiCaller = ApiCaller & Required<Pick<ApiCaller, 'check'>> & { close(): void };

export function sdkApiCaller(options: SdkCallerOptions = {}): SdkApiCaller {
  const env = options.env ?? process.env;
  const clients = new Map<string, SdkClient>();
  const modules = new Map<string, Promise<SdkModule>>();
  const load = (service: string): Promise<SdkModule> => {
    const name = canonicalService(service);
    if (!name) return Promise.reject(new Error(awsServices.checkService(service)));
    let loaded = modules.get(name);
    if (!loaded) {
      loaded = import(`@aws-sdk/client-${(SERVICES[name] as ServiceModule).package}`) as Promise<SdkModule>;
      modules.set(name, loaded);
    }
    return loaded;
  };
  const client = async (service: string): Promise<SdkClient> => {
    const name = canonicalService(service) as string;
    const existing = clients.get(name);
    if (existing) return existing;
    const module = await load(service);
    const Client = module[(SERVICES[name] as ServiceModule).client] as new (config: Record<string, unknown>) => SdkClient;
    const endpoint = env[`AWS_ENDPOINT_URL_${ENDPOINT_IDS[name] ?? name.toUpperCase()}`] ?? env.AWS_ENDPOINT_URL;
    const region = options.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION;
    const created = new Client({
      ...(region ? { region } : {}),
      ...(endpoint ? { endpoint } : {}),
      ...(options.credentials ? { credentials: options.credentials } : {}),
      // A path-style S3 URL works against any endpoint, a local one included.
      ...(name === 's3' && endpoint ? { forcePathStyle: true } : {}),
      maxAttempts: 3,
    });
    clients.set(name, created);
    return created;
  };
  return {
    async check(service, api) {
      if (!canonicalService(service)) return awsServices.checkService(service);
      const module = await load(service);
      return typeof module[`${api}Command`] === 'function' ? undefined : `${service} has no API ${api} in the AWS SDK`;
    },
    async call(request: ApiRequest) {
      const module = await load(request.service);
      const Command = module[`${request.api}Command`] as (new (input: unknown) => unknown) | undefined;
      if (typeof Command !== 'function') throw new Error(`${request.service} has no API ${request.api} in the AWS SDK`);
      const sdk = await client(request.service);
      const response = await sdk.send(new Command(request.input), request.signal ? { abortSignal: request.signal } : {});
      return plainResponse(response) as Record<string, unknown>;
    },
    close() {
      for (const sdk of clients.values()) sdk.destroy();
      clients.clear();
    },
  };
}

/** The response as boto3 would give it to Automation: no `$metadata`, dates as ISO text, bytes as text. */
export function plainResponse(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Uint8Array) return Buffer.from(value).toString('utf8');
  if (Array.isArray(value)) return value.map(plainResponse);
  if (value !== null && typeof value === 'object') {
    const result: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) if (key !== '$metadata' && item !== undefined) result[key] = plainResponse(item);
    return result;
  }
  return value;
}

/**
 * The caller Automation uses for a runbook's `assumeRole`: STS AssumeRole with the ambient
 * credentials, then every call with the role's temporary credentials.
 */
export async function assumeRoleCaller(roleArn: string, options: SdkCallerOptions, sessionName: string): Promise<SdkApiCaller> {
  const sts = sdkApiCaller(options);
  try {
    const response = await sts.call({ service: 'sts', api: 'AssumeRole', input: { RoleArn: roleArn, RoleSessionName: sessionName.slice(0, 64) } });
    const credentials = response.Credentials as { AccessKeyId?: string; SecretAccessKey?: string; SessionToken?: string } | undefined;
    if (!credentials?.AccessKeyId || !credentials.SecretAccessKey) throw new Error(`AssumeRole ${roleArn} returned no credentials`);
    return sdkApiCaller({
      ...options,
      credentials: { accessKeyId: credentials.AccessKeyId, secretAccessKey: credentials.SecretAccessKey, ...(credentials.SessionToken ? { sessionToken: credentials.SessionToken } : {}) },
    });
  } finally {
    sts.close();
  }
}
