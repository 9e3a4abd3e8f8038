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
export function credentialReportCsv(rows: readonly { user: string; arn?: string; created?: string; mfa?: boolean; password?: { lastUsed?: string; lastChanged?: string }; keys?: readonly { active: boolean; lastUsed?: string; lastRotated?: string }[] }[]): string {
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
      row.password ? 'true' : 'false', row.password?.lastUsed ?? (row.password ? 'no_information' : 'N/A'), row.password?.lastChanged ?? 'N/A', 'N/A', String(row.mfa ?? false),
      ...key(0), ...key(1), 'false', 'N/A', 'false', 'N/A',
    ].join(','));
  }
  return `${lines.join('\n')}\n`;
}

// Shapes of the pack's most used items (RDK example_ci and protocols.md §C.2), for compact fixtures.

/** An EC2 ingress permission as Config records it: legacy `ipRanges` strings beside `ipv4Ranges`. */
export function ipPermission(protocol: string, fromPort: number | undefined, toPort: number | undefined, cidrs: readonly string[] = ['0.0.0.0/0'], ipv6: readonly string[] = []): Record<string, unknown> {
  return {
    ipProtocol: protocol,
    ...(fromPort === undefined ? {} : { fromPort, toPort }),
    userIdGroupPairs: [],
    ipRanges: cidrs,
    ipv4Ranges: cidrs.map((cidrIp) => ({ cidrIp })),
    ipv6Ranges: ipv6.map((cidrIpv6) => ({ cidrIpv6 })),
    prefixListIds: [],
  };
}

export function securityGroupItem(groupId: string, ipPermissions: readonly Record<string, unknown>[], overrides: ItemOverrides = {}): Record<string, unknown> {
  return buildConfigurationItem(
    'AWS::EC2::SecurityGroup',
    { ownerId: FIXTURE_ACCOUNT, groupName: `group-${groupId}`, groupId, description: 'managed by fixtures', vpcId: 'vpc-0990dc6d', ipPermissions, ipPermissionsEgress: [ipPermission('-1', undefined, undefined)], tags: [] },
    { relationships: [['AWS::EC2::VPC', 'vpc-0990dc6d', 'Is contained in Vpc']], ...overrides },
  );
}

/** An EC2 instance item (the RDK example's shape) with the given image, groups and extra configuration. */
export function instanceItem(
  instanceId: string,
  fields: { imageId?: string; groups?: readonly string[]; volumes?: readonly string[]; profileArn?: string; metadataOptions?: Record<string, unknown>; publicIp?: string } = {},
  overrides: ItemOverrides = {},
): Record<string, unknown> {
  const groups = fields.groups ?? [];
  const volumes = fields.volumes ?? [];
  return buildConfigurationItem(
    'AWS::EC2::Instance',
    {
      instanceId,
      imageId: fields.imageId ?? 'ami-22ce4934',
      instanceType: 't3.micro',
      state: { code: 16, name: 'running' },
      subnetId: 'subnet-1aaccc7f',
      vpcId: 'vpc-79b3ea1e',
      rootDeviceType: 'ebs',
      rootDeviceName: '/dev/xvda',
      blockDeviceMappings: volumes.map((volumeId, index) => ({ deviceName: index === 0 ? '/dev/xvda' : `/dev/xvd${String.fromCharCode(98 + index)}`, ebs: { volumeId, status: 'attached', attachTime: '2026-01-15T09:30:00.000Z', deleteOnTermination: true } })),
      securityGroups: groups.map((groupId) => ({ groupName: `group-${groupId}`, groupId })),
      ...(fields.profileArn ? { iamInstanceProfile: { arn: fields.profileArn, id: 'AIPAJ2AAAAAAAAAAAAAAA' } } : {}),
      metadataOptions: fields.metadataOptions ?? { state: 'applied', httpTokens: 'required', httpPutResponseHopLimit: 1, httpEndpoint: 'enabled' },
      ...(fields.publicIp
        ? {
            publicIpAddress: fields.publicIp,
            publicDnsName: `ec2-${fields.publicIp.replaceAll('.', '-')}.compute-1.amazonaws.com`,
            networkInterfaces: [{ networkInterfaceId: 'eni-0a1b2c3d', subnetId: 'subnet-1aaccc7f', vpcId: 'vpc-79b3ea1e', attachment: { deviceIndex: 0, status: 'attached' }, association: { publicIp: fields.publicIp, ipOwnerId: 'amazon' } }],
          }
        : {}),
      tags: [],
    },
    {
      relationships: [
        ...groups.map((groupId) => ['AWS::EC2::SecurityGroup', groupId, 'Is associated with SecurityGroup'] as const),
        ...volumes.map((volumeId) => ['AWS::EC2::Volume', volumeId, 'Is attached to Volume'] as const),
        ['AWS::EC2::Subnet', 'subnet-1aaccc7f', 'Is contained in Subnet'],
        ['AWS::EC2::VPC', 'vpc-79b3ea1e', 'Is contained in Vpc'],
      ],
      ...overrides,
    },
  );
}

/** An S3 bucket item; `supplementary` replaces the default blobs (versioning, ACL, …) it is merged over. */
export function bucketItem(name: string, supplementary: Record<string, unknown> = {}, overrides: ItemOverrides = {}): Record<string, unknown> {
  return buildConfigurationItem(
    'AWS::S3::Bucket',
    { name, owner: { displayName: null, id: '8ac813c84b8ad4d9f3e35f80aaeb254f85922a902ce87ed6b49ccbfa188f5a12' }, creationDate: '2026-01-15T09:30:00.000Z' },
    {
      supplementaryConfiguration: {
        AccessControlList: '{"grantSet":null,"grantList":[{"grantee":{"id":"8ac813c84b8ad4d9f3e35f80aaeb254f85922a902ce87ed6b49ccbfa188f5a12","displayName":null},"permission":"FullControl"}],"owner":{"displayName":null,"id":"8ac813c84b8ad4d9f3e35f80aaeb254f85922a902ce87ed6b49ccbfa188f5a12"},"isRequesterCharged":false}',
        BucketAccelerateConfiguration: { status: null },
        BucketLoggingConfiguration: { destinationBucketName: null, logFilePrefix: null },
        BucketNotificationConfiguration: { configurations: {} },
        BucketPolicy: { policyText: null },
        BucketVersioningConfiguration: { status: 'Off', isMfaDeleteEnabled: null },
        IsRequesterPaysEnabled: false,
        ...supplementary,
      },
      ...overrides,
    },
  );
}

/** S3 default encryption as Config records it in `ServerSideEncryptionConfiguration`. */
export function sseConfiguration(sseAlgorithm: string, kmsMasterKeyID: string | null = null, bucketKeyEnabled = false): Record<string, unknown> {
  return { rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm, kmsMasterKeyID }, bucketKeyEnabled }] };
}

/** An SQS queue item (GetQueueAttributes names; `Policy` is the queue policy as JSON text). */
export function queueItem(name: string, attributes: Record<string, unknown> = {}, overrides: ItemOverrides = {}): Record<string, unknown> {
  return buildConfigurationItem(
    'AWS::SQS::Queue',
    {
      QueueName: name,
      QueueUrl: `https://sqs.${FIXTURE_REGION}.amazonaws.com/${FIXTURE_ACCOUNT}/${name}`,
      QueueArn: `arn:aws:sqs:${FIXTURE_REGION}:${FIXTURE_ACCOUNT}:${name}`,
      VisibilityTimeout: '30',
      MaximumMessageSize: '262144',
      MessageRetentionPeriod: '345600',
      DelaySeconds: '0',
      ReceiveMessageWaitTimeSeconds: '0',
      SqsManagedSseEnabled: 'false',
      ...attributes,
    },
    { resourceId: `https://sqs.${FIXTURE_REGION}.amazonaws.com/${FIXTURE_ACCOUNT}/${name}`, resourceName: name, ...overrides },
  );
}

/** IAM principal items (users, roles) with inline and managed policies as Config records them (documents URL-encoded). */
export function iamUserItem(name: string, fields: { inline?: Record<string, object>; managed?: readonly string[]; groups?: readonly string[]; boundary?: string } = {}): Record<string, unknown> {
  const id = `AIDA${name.toUpperCase().replace(/[^A-Z0-9]/g, '')}`;
  return buildConfigurationItem(
    'AWS::IAM::User',
    {
      path: '/',
      userName: name,
      userId: id,
      arn: `arn:aws:iam::${FIXTURE_ACCOUNT}:user/${name}`,
      createDate: '2026-01-15T09:30:00.000Z',
      userPolicyList: Object.entries(fields.inline ?? {}).map(([policyName, document]) => ({ policyName, policyDocument: urlEncodedPolicy(document) })),
      groupList: fields.groups ?? [],
      attachedManagedPolicies: (fields.managed ?? []).map((policyArn) => ({ policyName: policyArn.slice(policyArn.lastIndexOf('/') + 1), policyArn })),
      ...(fields.boundary ? { permissionsBoundary: { permissionsBoundaryType: 'PermissionsBoundaryPolicy', permissionsBoundaryArn: fields.boundary } } : {}),
    },
    { resourceId: id, resourceName: name },
  );
}

export function iamRoleItem(name: string, fields: { inline?: Record<string, object>; managed?: readonly string[]; boundary?: string } = {}): Record<string, unknown> {
  const id = `AROA${name.toUpperCase().replace(/[^A-Z0-9]/g, '')}`;
  return buildConfigurationItem(
    'AWS::IAM::Role',
    {
      path: '/',
      roleName: name,
      roleId: id,
      arn: `arn:aws:iam::${FIXTURE_ACCOUNT}:role/${name}`,
      createDate: '2026-01-15T09:30:00.000Z',
      assumeRolePolicyDocument: urlEncodedPolicy({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] }),
      instanceProfileList: [],
      rolePolicyList: Object.entries(fields.inline ?? {}).map(([policyName, document]) => ({ policyName, policyDocument: urlEncodedPolicy(document) })),
      attachedManagedPolicies: (fields.managed ?? []).map((policyArn) => ({ policyName: policyArn.slice(policyArn.lastIndexOf('/') + 1), policyArn })),
      ...(fields.boundary ? { permissionsBoundary: { permissionsBoundaryType: 'PermissionsBoundaryPolicy', permissionsBoundaryArn: fields.boundary } } : {}),
    },
    { resourceId: id, resourceName: name },
  );
}

/**
 * A customer managed policy item (Config's AWS::IAM::Policy): the default version's document
 * URL-encoded; `boundaryUses` roles and users have it as their permissions boundary ('unrecorded':
 * the item has no permissionsBoundaryUsageCount).
 */
export function managedPolicyItem(name: string, document: object, attachedTo: ItemOverrides['relationships'] = [], boundaryUses: number | 'unrecorded' = 0): Record<string, unknown> {
  const id = `ANPA${name.toUpperCase().replace(/[^A-Z0-9]/g, '')}`;
  return buildConfigurationItem(
    'AWS::IAM::Policy',
    {
      policyName: name,
      policyId: id,
      arn: `arn:aws:iam::${FIXTURE_ACCOUNT}:policy/${name}`,
      path: '/',
      defaultVersionId: 'v2',
      attachmentCount: attachedTo?.length ?? 0,
      ...(boundaryUses === 'unrecorded' ? {} : { permissionsBoundaryUsageCount: boundaryUses }),
      isAttachable: true,
      createDate: '2026-01-15T09:30:00.000Z',
      updateDate: '2026-02-01T09:30:00.000Z',
      policyVersionList: [
        { document: urlEncodedPolicy({ Version: '2012-10-17', Statement: [] }), versionId: 'v1', isDefaultVersion: false, createDate: '2026-01-15T09:30:00.000Z' },
        { document: urlEncodedPolicy(document), versionId: 'v2', isDefaultVersion: true, createDate: '2026-02-01T09:30:00.000Z' },
      ],
    },
    { resourceId: id, resourceName: name, relationships: attachedTo ?? [] },
  );
}

/**
 * The account as the Config rule handler and the live scan read it (`live/account.ts`): settings
 * as the account's APIs answer them (camelCase), `null` for none, absent for not read (with why in
 * `unreadable`), and the member lists read (`guardDutyDetectors: []`: their items stand beside it).
 */
export function accountItem(configuration: Record<string, unknown>, overrides: ItemOverrides = {}): Record<string, unknown> {
  const account = overrides.awsAccountId ?? FIXTURE_ACCOUNT;
  return buildConfigurationItem('AWS::::Account', { accountId: account, ...configuration }, { resourceId: account, ARN: `arn:aws:::${account}`, ...overrides });
}
