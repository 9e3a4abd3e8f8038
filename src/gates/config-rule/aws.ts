/**
 * The AWS calls of the Config rule gate, over the SDK v3 (which follows the standard settings:
 * credential chain, region, `AWS_ENDPOINT_URL` / `AWS_ENDPOINT_URL_<SERVICE>`). Every list is
 * paginated to the end; every call is retried with backoff when throttled.
 */
import type { CloudControlClient } from '@aws-sdk/client-cloudcontrol';
import type { ConfigServiceClient, ResourceType } from '@aws-sdk/client-config-service';
import type { EC2Client } from '@aws-sdk/client-ec2';
import type { ElastiCacheClient } from '@aws-sdk/client-elasticache';
import type { IAMClient } from '@aws-sdk/client-iam';
import type { SSMClient } from '@aws-sdk/client-ssm';
import type { OrganizationsClient } from '@aws-sdk/client-organizations';
import type * as CloudControlModule from '@aws-sdk/client-cloudcontrol';
import type * as ConfigModule from '@aws-sdk/client-config-service';
import type * as Ec2Module from '@aws-sdk/client-ec2';
import type * as ElastiCacheModule from '@aws-sdk/client-elasticache';
import type * as IamModule from '@aws-sdk/client-iam';
import type * as SsmModule from '@aws-sdk/client-ssm';
import type * as OrganizationsModule from '@aws-sdk/client-organizations';
import type * as StsModule from '@aws-sdk/client-sts';
import { readAccount, type AccountCalls, type AccountMemberRead } from '../../live/account.js';
import { readOwnDocuments, type DocumentCalls } from '../../live/ssm-documents.js';
import { partitionOf } from '../../live/types.js';

/**
 * The SDK clients, loaded on first use: the CLI bundles this module, and loading eight SDK
 * clients on every `tosei scan` start would cost more than the scan of a small template.
 */
export interface Sdk {
  cloudControl: typeof CloudControlModule;
  config: typeof ConfigModule;
  ec2: typeof Ec2Module;
  iam: typeof IamModule;
  elasticache: typeof ElastiCacheModule;
  ssm: typeof SsmModule;
  sts: typeof StsModule;
  organizations: typeof OrganizationsModule;
}

let loading: Promise<Sdk> | undefined;

export function loadSdk(): Promise<Sdk> {
  loading ??= Promise.all([
    import('@aws-sdk/client-config-service'),
    import('@aws-sdk/client-ec2'),
    import('@aws-sdk/client-iam'),
    import('@aws-sdk/client-elasticache'),
    import('@aws-sdk/client-sts'),
    import('@aws-sdk/client-cloudcontrol'),
    import('@aws-sdk/client-ssm'),
    import('@aws-sdk/client-organizations'),
  ]).then(([config, ec2, iam, elasticache, sts, cloudControl, ssm, organizations]) => ({ config, ec2, iam, elasticache, sts, cloudControl, ssm, organizations }));
  return loading;
}

export interface AwsClients {
  sdk: Sdk;
  /** Cloud Control, for the account's members (trails, detectors, hubs, analyzers); made on first use. */
  cloudControl?: CloudControlClient;
  /** Organizations, for the account's organization; made on first use. */
  organizations?: OrganizationsClient;
  config: ConfigServiceClient;
  ec2: EC2Client;
  iam: IAMClient;
  elasticache: ElastiCacheClient;
  /** Systems Manager, for the account's own documents and their sharing; made on first use when absent. */
  ssm?: SSMClient;
}

export interface ClientOptions {
  /** The SDK's own attempts per call (its retry covers transient network errors). */
  maxAttempts?: number;
  region?: string;
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
}

export async function createClients(options: ClientOptions = {}): Promise<AwsClients> {
  const sdk = await loadSdk();
  const settings = {
    ...(options.maxAttempts !== undefined ? { maxAttempts: options.maxAttempts } : {}),
    ...(options.region ? { region: options.region } : {}),
    ...(options.credentials ? { credentials: options.credentials } : {}),
  };
  return {
    sdk,
    config: new sdk.config.ConfigServiceClient(settings),
    ec2: new sdk.ec2.EC2Client(settings),
    iam: new sdk.iam.IAMClient(settings),
    elasticache: new sdk.elasticache.ElastiCacheClient(settings),
    cloudControl: new sdk.cloudControl.CloudControlClient(settings),
    ssm: new sdk.ssm.SSMClient(settings),
    organizations: new sdk.organizations.OrganizationsClient(settings),
  };
}

/** Cross-account: clients acting as the rule's `executionRoleArn` (STS AssumeRole). */
export async function assumeRoleClients(roleArn: string, options: ClientOptions & { retry: Retry }): Promise<AwsClients> {
  const { sts: stsSdk } = await loadSdk();
  const sts = new stsSdk.STSClient({ ...(options.maxAttempts !== undefined ? { maxAttempts: options.maxAttempts } : {}), ...(options.region ? { region: options.region } : {}) });
  const { Credentials: credentials } = await options.retry(() => sts.send(new stsSdk.AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'tosei-config-rule' })));
  if (!credentials?.AccessKeyId || !credentials.SecretAccessKey) throw new Error(`AssumeRole ${roleArn} returned no credentials`);
  return createClients({ ...options, credentials: { accessKeyId: credentials.AccessKeyId, secretAccessKey: credentials.SecretAccessKey, ...(credentials.SessionToken ? { sessionToken: credentials.SessionToken } : {}) } });
}

export type Retry = <T>(call: () => Promise<T>) => Promise<T>;

const THROTTLING = new Set([
  'Throttling', 'ThrottlingException', 'ThrottledException', 'TooManyRequestsException', 'RequestLimitExceeded', 'RequestThrottled',
  'RequestThrottledException', 'ProvisionedThroughputExceededException', 'SlowDown',
]);

export function isThrottling(error: unknown): boolean {
  const name = (error as Error)?.name ?? '';
  const status = (error as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode;
  return THROTTLING.has(name) || status === 429;
}

export interface Backoff {
  /** Attempts in all, the first included. */
  attempts: number;
  /** Delay before retry n (0-based): base · 2ⁿ, capped, with full jitter unless `random` says otherwise. */
  baseMs: number;
  maxMs: number;
  sleep: (ms: number) => Promise<void>;
  random?: () => number;
}

export const DEFAULT_BACKOFF: Backoff = { attempts: 6, baseMs: 200, maxMs: 10_000, sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) };

export function backoffDelay(backoff: Backoff, retry: number): number {
  const ceiling = Math.min(backoff.maxMs, backoff.baseMs * 2 ** retry);
  return Math.round(ceiling * (backoff.random ?? Math.random)());
}

/** Retries a call while AWS throttles it, with exponential backoff. */
export function retrying(backoff: Backoff): Retry {
  return async (call) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await call();
      } catch (error) {
        if (!isThrottling(error) || attempt + 1 >= backoff.attempts) throw error;
        await backoff.sleep(backoffDelay(backoff, attempt));
      }
    }
  };
}

/** A resource key as Config names it. */
export interface ResourceKey {
  resourceType: string;
  resourceId: string;
}

/** Every resource of a type Config has discovered (ListDiscoveredResources, paginated). Deleted ones are left out. */
export async function listDiscovered(clients: AwsClients, retry: Retry, resourceType: string): Promise<ResourceKey[]> {
  const keys: ResourceKey[] = [];
  let nextToken: string | undefined;
  do {
    const page = await retry(() => clients.config.send(new clients.sdk.config.ListDiscoveredResourcesCommand({ resourceType: resourceType as ResourceType, nextToken })));
    for (const identifier of page.resourceIdentifiers ?? []) {
      if (identifier.resourceId && !identifier.resourceDeletionTime) keys.push({ resourceType, resourceId: identifier.resourceId });
    }
    nextToken = page.nextToken;
  } while (nextToken);
  return keys;
}

/**
 * Current configuration items (API form) of the given resources: BatchGetResourceConfig, 100
 * keys a call, unprocessed keys asked again (with backoff) until none is left or no progress.
 */
export async function batchGetItems(clients: AwsClients, retry: Retry, keys: readonly ResourceKey[], sleep: (ms: number) => Promise<void>): Promise<unknown[]> {
  const items: unknown[] = [];
  for (let start = 0; start < keys.length; start += 100) {
    let pending = keys.slice(start, start + 100).map((key) => ({ resourceType: key.resourceType as ResourceType, resourceId: key.resourceId }));
    for (let round = 0; pending.length > 0 && round < 5; round++) {
      if (round > 0) await sleep(200 * 2 ** round);
      const batch = pending;
      const output = await retry(() => clients.config.send(new clients.sdk.config.BatchGetResourceConfigCommand({ resourceKeys: batch })));
      items.push(...(output.baseConfigurationItems ?? []));
      pending = (output.unprocessedResourceKeys ?? []).map((key) => ({ resourceType: key.resourceType as ResourceType, resourceId: key.resourceId ?? '' }));
    }
  }
  return items;
}

/** The item of an oversized change notification (protocols.md §C.1.1): GetResourceConfigHistory, latest at the capture time. */
export async function itemFromHistory(clients: AwsClients, retry: Retry, key: ResourceKey, captureTime: string | undefined): Promise<unknown> {
  const output = await retry(() =>
    clients.config.send(
      new clients.sdk.config.GetResourceConfigHistoryCommand({ resourceType: key.resourceType as ResourceType, resourceId: key.resourceId, ...(captureTime ? { laterTime: new Date(captureTime) } : {}), limit: 1 }),
    ),
  );
  const item = output.configurationItems?.[0];
  if (!item) throw new Error(`GetResourceConfigHistory returned no configuration item for ${key.resourceType} ${key.resourceId}`);
  return item;
}

/** Resources the rule has evaluations for (GetComplianceDetailsByConfigRule, paginated). */
export async function evaluatedResources(clients: AwsClients, retry: Retry, ruleName: string): Promise<(ResourceKey & { complianceType: string })[]> {
  const found: (ResourceKey & { complianceType: string })[] = [];
  let nextToken: string | undefined;
  do {
    const page = await retry(() => clients.config.send(new clients.sdk.config.GetComplianceDetailsByConfigRuleCommand({ ConfigRuleName: ruleName, NextToken: nextToken, Limit: 100 })));
    for (const result of page.EvaluationResults ?? []) {
      const qualifier = result.EvaluationResultIdentifier?.EvaluationResultQualifier;
      if (qualifier?.ResourceType && qualifier.ResourceId) found.push({ resourceType: qualifier.ResourceType, resourceId: qualifier.ResourceId, complianceType: result.ComplianceType ?? '' });
    }
    nextToken = page.NextToken;
  } while (nextToken);
  return found;
}

/** SDK output (PascalCase, Dates) → Config's camelCase configuration shape. */
export function describeToConfiguration(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(describeToConfiguration);
  if (value === null || typeof value !== 'object') return value;
  const result: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    if (child === undefined) continue;
    result[key.charAt(0).toLowerCase() + key.slice(1)] = describeToConfiguration(child);
  }
  return result;
}

/** A describe-API resource as a notification-form item, so it takes the same adapter path. */
export function describedItem(resourceType: string, resourceId: string, described: unknown, context: { account?: string; region?: string; arn?: string }): Record<string, unknown> {
  return {
    configurationItemVersion: '1.3',
    configurationItemStatus: 'OK',
    resourceType,
    resourceId,
    resourceName: resourceId,
    ...(context.arn ? { ARN: context.arn } : {}),
    ...(context.account ? { awsAccountId: context.account } : {}),
    ...(context.region ? { awsRegion: context.region } : {}),
    relationships: [],
    configuration: describeToConfiguration(described),
    supplementaryConfiguration: {},
  };
}

type ItemContext = { account?: string; region?: string };

export async function describeSecurityGroups(clients: AwsClients, retry: Retry, groupIds: readonly string[], context: ItemContext): Promise<unknown[]> {
  const items: unknown[] = [];
  for (let start = 0; start < groupIds.length; start += 100) {
    const ids = groupIds.slice(start, start + 100);
    let nextToken: string | undefined;
    do {
      const page = await retry(() => clients.ec2.send(new clients.sdk.ec2.DescribeSecurityGroupsCommand({ GroupIds: ids, NextToken: nextToken })));
      for (const group of page.SecurityGroups ?? []) if (group.GroupId) items.push(describedItem('AWS::EC2::SecurityGroup', group.GroupId, group, { ...context, ...(group.SecurityGroupArn ? { arn: group.SecurityGroupArn } : {}) }));
      nextToken = page.NextToken;
    } while (nextToken);
  }
  return items;
}

export async function describeVolumes(clients: AwsClients, retry: Retry, volumeIds: readonly string[], context: ItemContext): Promise<unknown[]> {
  const items: unknown[] = [];
  for (let start = 0; start < volumeIds.length; start += 100) {
    const ids = volumeIds.slice(start, start + 100);
    let nextToken: string | undefined;
    do {
      const page = await retry(() => clients.ec2.send(new clients.sdk.ec2.DescribeVolumesCommand({ VolumeIds: ids, NextToken: nextToken })));
      for (const volume of page.Volumes ?? []) if (volume.VolumeId) items.push(describedItem('AWS::EC2::Volume', volume.VolumeId, volume, context));
      nextToken = page.NextToken;
    } while (nextToken);
  }
  return items;
}

/** Flow logs whose target is one of the given resources (DescribeFlowLogs, filter `resource-id`). */
export async function describeFlowLogs(clients: AwsClients, retry: Retry, resourceIds: readonly string[], context: ItemContext): Promise<unknown[]> {
  const items: unknown[] = [];
  for (let start = 0; start < resourceIds.length; start += 200) {
    const ids = resourceIds.slice(start, start + 200);
    let nextToken: string | undefined;
    do {
      const page = await retry(() => clients.ec2.send(new clients.sdk.ec2.DescribeFlowLogsCommand({ Filter: [{ Name: 'resource-id', Values: ids }], NextToken: nextToken })));
      for (const flowLog of page.FlowLogs ?? []) if (flowLog.FlowLogId) items.push(describedItem('AWS::EC2::FlowLog', flowLog.FlowLogId, flowLog, context));
      nextToken = page.NextToken;
    } while (nextToken);
  }
  return items;
}

/** VPC endpoints in the given VPCs (DescribeVpcEndpoints, filter `vpc-id`). */
export async function describeVpcEndpoints(clients: AwsClients, retry: Retry, vpcIds: readonly string[], context: ItemContext): Promise<unknown[]> {
  const items: unknown[] = [];
  for (let start = 0; start < vpcIds.length; start += 200) {
    const ids = vpcIds.slice(start, start + 200);
    let nextToken: string | undefined;
    do {
      const page = await retry(() => clients.ec2.send(new clients.sdk.ec2.DescribeVpcEndpointsCommand({ Filters: [{ Name: 'vpc-id', Values: ids }], NextToken: nextToken })));
      for (const endpoint of page.VpcEndpoints ?? []) if (endpoint.VpcEndpointId) items.push(describedItem('AWS::EC2::VPCEndpoint', endpoint.VpcEndpointId, endpoint, context));
      nextToken = page.NextToken;
    } while (nextToken);
  }
  return items;
}

/** Replication groups as items (DescribeReplicationGroups, paginated with Marker). */
export async function describeReplicationGroups(clients: AwsClients, retry: Retry, context: ItemContext): Promise<unknown[]> {
  const items: unknown[] = [];
  let marker: string | undefined;
  do {
    const page = await retry(() => clients.elasticache.send(new clients.sdk.elasticache.DescribeReplicationGroupsCommand({ Marker: marker })));
    for (const group of page.ReplicationGroups ?? []) {
      if (group.ReplicationGroupId) items.push(describedItem('AWS::ElastiCache::ReplicationGroup', group.ReplicationGroupId, group, { ...context, ...(group.ARN ? { arn: group.ARN } : {}) }));
    }
    marker = page.Marker;
  } while (marker);
  return items;
}

/** Cache clusters as items (DescribeCacheClusters, paginated with Marker); `standAloneOnly` leaves out replication group members. */
export async function describeCacheClusters(clients: AwsClients, retry: Retry, context: ItemContext, standAloneOnly = true): Promise<unknown[]> {
  const items: unknown[] = [];
  let marker: string | undefined;
  do {
    const page = await retry(() => clients.elasticache.send(new clients.sdk.elasticache.DescribeCacheClustersCommand({ Marker: marker })));
    for (const cluster of page.CacheClusters ?? []) {
      if (!cluster.CacheClusterId || (standAloneOnly && cluster.ReplicationGroupId)) continue;
      items.push(describedItem('AWS::ElastiCache::CacheCluster', cluster.CacheClusterId, cluster, { ...context, ...(cluster.ARN ? { arn: cluster.ARN } : {}) }));
    }
    marker = page.Marker;
  } while (marker);
  return items;
}

/**
 * The account as an item (`AWS::::Account`, id: the account id) and its members as items of their
 * CloudFormation types, read with the account's own APIs (`live/account.ts`).
 */
export async function describeAccount(clients: AwsClients, retry: Retry, context: ItemContext): Promise<unknown[]> {
  const { iam, ec2, sdk } = clients;
  // The event names the account; without it, the caller's own (STS GetCallerIdentity).
  const accountId: string = context.account ?? (await retry(() => new sdk.sts.STSClient(context.region ? { region: context.region } : {}).send(new sdk.sts.GetCallerIdentityCommand({})))).Account ?? 'unknown';
  const cloudControl = clients.cloudControl ?? new sdk.cloudControl.CloudControlClient({ ...(context.region ? { region: context.region } : {}) });
  const organizations = clients.organizations ?? new sdk.organizations.OrganizationsClient({ ...(context.region ? { region: context.region } : {}) });
  const calls: AccountCalls = {
    passwordPolicy: () => retry(() => iam.send(new sdk.iam.GetAccountPasswordPolicyCommand({}))),
    ebsEncryptionByDefault: () => retry(() => ec2.send(new sdk.ec2.GetEbsEncryptionByDefaultCommand({}))),
    accountSummary: () => retry(() => iam.send(new sdk.iam.GetAccountSummaryCommand({}))),
    virtualMfaDevices: async () => {
      const devices: { SerialNumber?: string; User?: { Arn?: string } }[] = [];
      let marker: string | undefined;
      do {
        const page = await retry(() => iam.send(new sdk.iam.ListVirtualMFADevicesCommand({ AssignmentStatus: 'Assigned', Marker: marker })));
        devices.push(...(page.VirtualMFADevices ?? []));
        marker = page.IsTruncated ? page.Marker : undefined;
      } while (marker);
      return devices;
    },
    organization: () => retry(() => organizations.send(new sdk.organizations.DescribeOrganizationCommand({}))),
    members: async (type) => {
      const members: AccountMemberRead[] = [];
      let token: string | undefined;
      do {
        const page = await retry(() => cloudControl.send(new sdk.cloudControl.ListResourcesCommand({ TypeName: type, NextToken: token })));
        for (const description of page.ResourceDescriptions ?? []) {
          if (!description.Identifier) continue;
          const read = await retry(() => cloudControl.send(new sdk.cloudControl.GetResourceCommand({ TypeName: type, Identifier: description.Identifier })));
          const properties = JSON.parse(read.ResourceDescription?.Properties ?? '{}') as Record<string, unknown>;
          members.push({ type, id: description.Identifier, properties, ...(typeof properties.Arn === 'string' ? { arn: properties.Arn } : {}) });
        }
        token = page.NextToken;
      } while (token);
      return members;
    },
  };
  const read = await readAccount(calls, accountId);
  const where = { ...context, account: accountId };
  return [
    describedItem('AWS::::Account', accountId, read.configuration, where),
    ...read.members.map((member) => describedItem(member.type, member.id, member.properties, { ...where, ...(member.arn ? { arn: member.arn } : {}) })),
  ];
}

/**
 * The account's own SSM documents as items, each with who it is shared with: Config records the
 * documents but not their sharing, so the periodic rule reads both with SSM's APIs, through the
 * live scan's reader (`live/ssm-documents.ts`). A sharing that can not be read stays in the item
 * as why (the document is then undecided).
 */
export async function describeDocuments(clients: AwsClients, retry: Retry, context: ItemContext): Promise<unknown[]> {
  const { sdk } = clients;
  const ssm = clients.ssm ?? new sdk.ssm.SSMClient({ ...(context.region ? { region: context.region } : {}) });
  const calls: DocumentCalls = {
    listOwnDocuments: (nextToken, name) =>
      retry(() => ssm.send(new sdk.ssm.ListDocumentsCommand({ Filters: [{ Key: 'Owner', Values: ['Self'] }, ...(name ? [{ Key: 'Name', Values: [name] }] : [])], MaxResults: 50, NextToken: nextToken }))),
    sharePermission: (name, nextToken) => retry(() => ssm.send(new sdk.ssm.DescribeDocumentPermissionCommand({ Name: name, PermissionType: 'Share', MaxResults: 200, NextToken: nextToken }))),
  };
  // Why a sharing was not read is in its item (SharedAccountIdsUnreadable), and so in its evaluation.
  const documents = await readOwnDocuments(calls, () => undefined);
  return documents.map((document) => {
    const arn = context.account && context.region ? `arn:${partitionOf(context.region)}:ssm:${context.region}:${context.account}:document/${document.name}` : undefined;
    return { ...describedItem('AWS::SSM::Document', document.name, {}, { ...context, ...(arn ? { arn } : {}) }), configuration: document.configuration };
  });
}
