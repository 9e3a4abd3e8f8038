import { buildConfigurationItem, FIXTURE_ACCOUNT, FIXTURE_REGION, type ItemOverrides } from '../../config-fixtures.js';

/**
 * Configuration items of OpenSearch Service domains for rule fixtures, in the shapes Config
 * records (the RDK's example_ci): a domain outside a VPC with every option off, unless `fields`
 * say otherwise; `without` names keys Config did not record.
 */
function withFields(base: Record<string, unknown>, fields: Record<string, unknown>, without: readonly string[]): Record<string, unknown> {
  const configuration: Record<string, unknown> = { ...base, ...fields };
  for (const key of without) delete configuration[key];
  return configuration;
}

const arn = (name: string) => `arn:aws:es:${FIXTURE_REGION}:${FIXTURE_ACCOUNT}:domain/${name}`;

/** `AWS::OpenSearch::Domain`: CloudFormation's property names. */
export function openSearchDomainItem(name: string, fields: Record<string, unknown> = {}, without: readonly string[] = [], overrides: ItemOverrides = {}): Record<string, unknown> {
  const base = {
    Id: `${FIXTURE_ACCOUNT}/${name}`,
    DomainName: name,
    Arn: arn(name),
    EngineVersion: 'OpenSearch_2.11',
    ClusterConfig: { InstanceType: 'r6g.large.search', InstanceCount: 1, DedicatedMasterEnabled: false, ZoneAwarenessEnabled: false, WarmEnabled: false },
    EBSOptions: { EBSEnabled: true, VolumeSize: 10, VolumeType: 'gp3' },
    DomainEndpointOptions: { EnforceHTTPS: false, TLSSecurityPolicy: 'Policy-Min-TLS-1-0-2019-07', CustomEndpointEnabled: false },
    EncryptionAtRestOptions: { Enabled: false },
    NodeToNodeEncryptionOptions: { Enabled: false },
    AdvancedSecurityOptions: { Enabled: false, InternalUserDatabaseEnabled: false, AnonymousAuthEnabled: false },
    LogPublishingOptions: {},
    SnapshotOptions: {},
    CognitoOptions: { Enabled: false },
    Tags: [],
  };
  return buildConfigurationItem('AWS::OpenSearch::Domain', withFields(base, fields, without), { resourceId: name, resourceName: name, ARN: arn(name), ...overrides });
}

/** `AWS::Elasticsearch::Domain`: the describe output in camelCase, with Config's spellings (`vpcoptions`, `tlssecurityPolicy`). */
export function elasticsearchDomainItem(name: string, fields: Record<string, unknown> = {}, without: readonly string[] = [], overrides: ItemOverrides = {}): Record<string, unknown> {
  const base = {
    domainId: `${FIXTURE_ACCOUNT}/${name}`,
    domainName: name,
    arn: arn(name),
    created: true,
    deleted: false,
    processing: false,
    elasticsearchVersion: '7.10',
    elasticsearchClusterConfig: { instanceType: 'r6g.large.elasticsearch', instanceCount: 1, dedicatedMasterEnabled: false, zoneAwarenessEnabled: false, warmEnabled: false, coldStorageOptions: { enabled: false } },
    accessPolicies: '{"Version":"2012-10-17","Statement":[]}',
    snapshotOptions: {},
    cognitoOptions: { enabled: false },
    encryptionAtRestOptions: { enabled: false },
    nodeToNodeEncryptionOptions: { enabled: false },
    domainEndpointOptions: { enforceHTTPS: false, customEndpointEnabled: false, tlssecurityPolicy: 'Policy-Min-TLS-1-0-2019-07' },
    advancedSecurityOptions: { enabled: false, internalUserDatabaseEnabled: false, anonymousAuthEnabled: false },
    ebsoptions: { volumeType: 'gp2', volumeSize: 10, ebsenabled: true },
  };
  return buildConfigurationItem('AWS::Elasticsearch::Domain', withFields(base, fields, without), { resourceId: `${FIXTURE_ACCOUNT}/${name}`, resourceName: name, ARN: arn(name), supplementaryConfiguration: { Tags: [] }, ...overrides });
}

/** The `vpcoptions` of an Elasticsearch domain item placed in a VPC. */
export const elasticsearchVpc = { vpcoptions: { subnetIds: ['subnet-0a1b2c3d'], availabilityZones: ['us-east-1a'], securityGroupIds: ['sg-0a1b2c3d'], vpcid: 'vpc-0a1b2c3d' } };
