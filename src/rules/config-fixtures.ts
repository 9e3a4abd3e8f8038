/**
 * Builds AWS Config configuration items for rule fixtures and users' tests, in the shapes of
 * the real items (protocols.md §C.2; the Config RDK's `example_ci`): the notification form by
 * default, or the API form (`configuration` and supplementary values as JSON strings,
 * `relationshipName`, `accountId`/`arn`/`version`).
 */
export interface ItemOverrides {
  resourceId?: string;
  resourceName?: string | null;
  ARN?: string;
  awsAccountId?: string;
  awsRegion?: string;
  status?: 'OK' | 'ResourceDiscovered' | 'ResourceNotRecorded' | 'ResourceDeleted' | 'ResourceDeletedNotRecorded';
  captureTime?: string;
  supplementaryConfiguration?: Record<string, unknown>;
  /** `[resourceType, resourceId, name]`, e.g. `['AWS::EC2::SecurityGroup', 'sg-1', 'Is associated with SecurityGroup']`. */
  relationships?: readonly (readonly [string, string, string] | readonly [string, string, string, string])[];
  tags?: Record<string, string>;
  /** `api`: the GetResourceConfigHistory / BatchGetResourceConfig form. */
  form?: 'notification' | 'api';
}

export const FIXTURE_ACCOUNT = '123456789012';
export const FIXTURE_REGION = 'us-east-1';

/** Config resource ids are physical ids; a readable default from the type and configuration. */
function defaultId(type: string, configuration: Record<string, unknown> | null): string {
  const keys = ['groupId', 'instanceId', 'volumeId', 'vpcId', 'flowLogId', 'name', 'Name', 'userId', 'roleId', 'groupName', 'policyId', 'QueueName', 'FileSystemId', 'fileSystemId', 'dBInstanceIdentifier', 'dbclusterIdentifier', 'replicationGroupId', 'cacheClusterId', 'Id'];
  for (const key of keys) {
    const value = configuration?.[key];
    if (typeof value === 'string' && value !== '') return value;
  }
  return `${type.split('::')[2]?.toLowerCase() ?? 'resource'}-1`;
}

function defaultArn(type: string, id: string, name: string, account: string, region: string): string {
  const [, service = '', kind = ''] = type.split('::');
  const lower = service.toLowerCase();
  if (type === 'AWS::S3::Bucket') return `arn:aws:s3:::${id}`;
  if (lower === 'iam') return `arn:aws:iam::${account}:${kind.toLowerCase()}/${name}`;
  if (type === 'AWS::SQS::Queue') return `arn:aws:sqs:${region}:${account}:${id}`;
  const kebab = kind.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
  return `arn:aws:${lower}:${region}:${account}:${kebab}/${id}`;
}

/** One configuration item of `type` with the given `configuration` (null for a deleted resource). */
export function buildConfigurationItem(type: string, configuration: Record<string, unknown> | null, overrides: ItemOverrides = {}): Record<string, unknown> {
  const account = overrides.awsAccountId ?? FIXTURE_ACCOUNT;
  const region = overrides.awsRegion ?? (type.startsWith('AWS::IAM::') ? 'global' : FIXTURE_REGION);
  const id = overrides.resourceId ?? defaultId(type, configuration);
  const arn = overrides.ARN ?? defaultArn(type, id, overrides.resourceName ?? id, account, region);
  const status = overrides.status ?? 'OK';
  const capture = overrides.captureTime ?? '2026-11-30T12:00:00.000Z';
  const supplementary = overrides.supplementaryConfiguration ?? {};
  const relationships = (overrides.relationships ?? []).map(([resourceType, resourceId, name, resourceName]) => ({ resourceType, resourceId, resourceName: resourceName ?? null, name }));
  const deleted = status === 'ResourceDeleted' || status === 'ResourceDeletedNotRecorded';
  if (overrides.form === 'api') {
    return {
      version: '1.3',
      accountId: account,
      configurationItemCaptureTime: capture,
      configurationItemStatus: status,
      configurationStateId: String(Date.parse(capture)),
      configurationItemMD5Hash: '',
      arn,
      resourceType: type,
      resourceId: id,
      resourceName: overrides.resourceName ?? null,
      awsRegion: region,
      availabilityZone: 'Not Applicable',
      tags: overrides.tags ?? {},
      relatedEvents: [],
      relationships: relationships.map(({ name, ...rest }) => ({ ...rest, relationshipName: name })),
      configuration: deleted || configuration === null ? null : JSON.stringify(configuration),
      supplementaryConfiguration: Object.fromEntries(Object.entries(supplementary).map(([key, value]) => [key, typeof value === 'string' ? value : JSON.stringify(value)])),
    };
  }
  return {
    relatedEvents: [],
    relationships,
    configuration: deleted ? null : configuration,
    supplementaryConfiguration: supplementary,
    tags: overrides.tags ?? {},
    configurationItemVersion: '1.3',
    configurationItemCaptureTime: capture,
    configurationStateId: Date.parse(capture),
    awsAccountId: account,
    configurationItemStatus: status,
    resourceType: type,
    resourceId: id,
    resourceName: overrides.resourceName === undefined ? null : overrides.resourceName,
    ARN: arn,
    awsRegion: region,
    availabilityZone: 'Not Applicable',
    configurationStateMd5Hash: '',
    resourceCreationTime: '2026-01-15T09:30:00.000Z',
  };
}

/** An IAM policy document as Config records it inside IAM items: URL-encoded JSON. */
export function urlEncodedPolicy(document: object): string {
  return encodeURIComponent(JSON.stringify(document));
}

/** A credential report (IAM's CSV columns) from rows of the columns that matter. */
export function credentialReportCsv(rows: readonly { user: string; arn?: string; created?: string; password?: { lastUsed?: string; lastChanged?: string }; keys?: readonly { active: boolean; lastUsed?: string; lastRotated?: string }[] }[]): string {
  const header = [
    'user', 'arn', 'user_creation_time', 'password_enabled', 'password_last_used', 'password_last_changed', 'password_next_rotation', 'mfa_active',
    'access_key_1_active', 'access_key_1_last_rotated', 'access_key_1_last_used_date', 'access_key_1_last_used_region', 'access_key_1_last_used_service',
    'access_key_2_active', 'access_key_2_last_rotated', 'access_key_2_last_used_date', 'access_key_2_last_used_region', 'access_key_2_last_used_service',
    'cert_1_active', 'cert_1_last_rotated', 'cert_2_active', 'cert_2_last_rotated',
  ];
  const lines = [header.join(','), `<root_account>,arn:aws:iam::${FIXTURE_ACCOUNT}:root,2020-01-01T00:00:00+00:00,not_supported,2026-11-01T00:00:00+00:00,not_supported,not_supported,true,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A`];
  for (const row of rows) {
    const key = (n: number) => {
      const entry = row.keys?.[n];
      if (!entry) return ['false', 'N/A', 'N/A', 'N/A', 'N/A'];
      return [String(entry.active), entry.lastRotated ?? 'N/A', entry.lastUsed ?? 'N/A', entry.lastUsed ? 'us-east-1' : 'N/A', entry.lastUsed ? 's3' : 'N/A'];
    };
    lines.push([
      row.user, row.arn ?? `arn:aws:iam::${FIXTURE_ACCOUNT}:user/${row.user}`, row.created ?? '2025-01-01T00:00:00+00:00',
      row.password ? 'true' : 'false', row.password?.lastUsed ?? (row.password ? 'no_information' : 'N/A'), row.password?.lastChanged ?? 'N/A', 'N/A', 'false',
      ...key(0), ...key(1), 'false', 'N/A', 'false', 'N/A',
    ].join(','));
  }
  return `${lines.join('\n')}\n`;
}
