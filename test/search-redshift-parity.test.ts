import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkResource, type ActiveRule } from '../src/engine/run.js';
import { resolveParameters } from '../src/engine/parameters.js';
import { configItemsToDocument } from '../src/inputs/config/index.js';
import { liveDocument } from '../src/live/index.js';
import { cloudControlProperties } from '../src/live/readers/cloudcontrol.js';
import type { ScanDocument } from '../src/model/document.js';
import type { Resource } from '../src/model/resource.js';
import { getPath, type PropertyPath } from '../src/model/value.js';
import { elasticsearchDomainItem, elasticsearchVpc, openSearchDomainItem } from '../src/rules/aws/opensearch/items.js';
import { redshiftClusterItem, redshiftParameterGroupItem } from '../src/rules/aws/redshift/items.js';
import { builtinRules } from '../src/rules/index.js';
import { CORPORA } from './support/corpora.js';

/**
 * One resource, one shape, whichever way it was read: the same state as Config records it and as
 * Cloud Control returns it (CloudFormation's shape) gives the same canonical properties where
 * the rules look, and the same verdict from every rule of the type.
 */

const GROUP = 'arn:aws:logs:us-east-1:123456789012:log-group:/aws/opensearch/domains';
const PARAMETERS = { tlsPolicies: 'Policy-Min-TLS-1-2-PFS-2023-10', logTypes: 'error', cloudWatchLogsLogGroupArnList: GROUP, kmsKeyArns: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab', MinRetentionPeriod: 7 };

/** Paths the OpenSearch and Redshift rules read. */
const DOMAIN_PATHS: PropertyPath[] = [
  ['VPCOptions', 'SubnetIds'],
  ['EncryptionAtRestOptions', 'Enabled'],
  ['NodeToNodeEncryptionOptions', 'Enabled'],
  ['DomainEndpointOptions', 'EnforceHTTPS'],
  ['DomainEndpointOptions', 'TLSSecurityPolicy'],
  ['LogPublishingOptions', 'ES_APPLICATION_LOGS', 'Enabled'],
  ['LogPublishingOptions', 'ES_APPLICATION_LOGS', 'CloudWatchLogsLogGroupArn'],
  ['LogPublishingOptions', 'AUDIT_LOGS', 'Enabled'],
  ['LogPublishingOptions', 'AUDIT_LOGS', 'CloudWatchLogsLogGroupArn'],
  ['AdvancedSecurityOptions', 'Enabled'],
];
const CLUSTER_PATHS: PropertyPath[] = [
  ['PubliclyAccessible'],
  ['Encrypted'],
  ['KmsKeyId'],
  ['EnhancedVpcRouting'],
  ['AutomatedSnapshotRetentionPeriod'],
  ['AllowVersionUpgrade'],
  ['PreferredMaintenanceWindow'],
  ['MasterUsername'],
  ['ClusterParameterGroupName'],
];

function verdicts(document: ScanDocument, resource: Resource): Record<string, string> {
  const result: Record<string, string> = {};
  for (const rule of builtinRules.filter((candidate) => candidate.meta.resourceTypes.includes(resource.type))) {
    const given = Object.fromEntries(Object.entries(PARAMETERS).filter(([name]) => name in (rule.meta.parameters ?? {})));
    const active: ActiveRule = { rule, params: resolveParameters(rule, given), severity: rule.meta.severity };
    result[rule.meta.id] = checkResource(document, resource, active, { live: true }, []).evaluation.status;
  }
  return result;
}

/** The subject of each document (its first resource of `type`), read both ways. */
function compare(type: string, item: Record<string, unknown>, cloudControl: object, paths: readonly PropertyPath[], neighbours: { items: Record<string, unknown>[]; cloudControl: { type: string; id: string; model: object }[] } = { items: [], cloudControl: [] }): Record<string, string> {
  const fromConfig = configItemsToDocument([item, ...neighbours.items], 'items.json');
  assert.deepEqual(fromConfig.problems, []);
  const live = [{ type, id: 'subject', model: cloudControl }, ...neighbours.cloudControl].map((entry) => ({ type: entry.type, id: entry.id, properties: cloudControlProperties(JSON.stringify(entry.model)) ?? {} }));
  const fromCloudControl = liveDocument('123456789012', 'us-east-1', live, []);
  const configResource = fromConfig.graph.ofType(type)[0];
  const liveResource = fromCloudControl.graph.ofType(type)[0];
  assert.ok(configResource && liveResource, `${type} read both ways`);
  for (const path of paths) {
    assert.deepEqual(getPath(configResource.properties, path), getPath(liveResource.properties, path), `${type} ${path.join('.')}`);
  }
  const expected = verdicts(fromCloudControl, liveResource);
  assert.deepEqual(verdicts(fromConfig, configResource), expected, `${type}: the same verdicts`);
  return expected;
}

const secureDomain = {
  VPCOptions: { SubnetIds: ['subnet-0a1b2c3d'], SecurityGroupIds: ['sg-0a1b2c3d'] },
  EncryptionAtRestOptions: { Enabled: true, KmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab' },
  NodeToNodeEncryptionOptions: { Enabled: true },
  DomainEndpointOptions: { EnforceHTTPS: true, TLSSecurityPolicy: 'Policy-Min-TLS-1-2-PFS-2023-10', CustomEndpointEnabled: false },
  LogPublishingOptions: { ES_APPLICATION_LOGS: { CloudWatchLogsLogGroupArn: GROUP, Enabled: true }, AUDIT_LOGS: { CloudWatchLogsLogGroupArn: GROUP, Enabled: true } },
  AdvancedSecurityOptions: { Enabled: true, InternalUserDatabaseEnabled: true, AnonymousAuthEnabled: false },
  ClusterConfig: { InstanceType: 'r6g.large.search', InstanceCount: 3, DedicatedMasterEnabled: false, ZoneAwarenessEnabled: true, ZoneAwarenessConfig: { AvailabilityZoneCount: 3 }, WarmEnabled: false },
};

describe('OpenSearch Service domains: Config item and Cloud Control agree', () => {
  it('a hardened domain passes every rule both ways', () => {
    const cloudControl = { DomainName: 'secure', Arn: 'arn:aws:es:us-east-1:123456789012:domain/secure', EngineVersion: 'OpenSearch_2.11', ...secureDomain, EBSOptions: { EBSEnabled: true, VolumeSize: 10, VolumeType: 'gp3' } };
    const statuses = compare('AWS::OpenSearchService::Domain', openSearchDomainItem('secure', secureDomain), cloudControl, DOMAIN_PATHS);
    assert.deepEqual(new Set(Object.values(statuses)), new Set(['COMPLIANT']));
    assert.equal(Object.keys(statuses).length, 8);
  });

  it('a domain created with the defaults fails every rule both ways', () => {
    // Cloud Control returns the option blocks with their values, as the service describes them.
    const cloudControl = {
      DomainName: 'defaults',
      EngineVersion: 'OpenSearch_2.11',
      ClusterConfig: { InstanceType: 'r6g.large.search', InstanceCount: 1, DedicatedMasterEnabled: false, ZoneAwarenessEnabled: false, WarmEnabled: false },
      DomainEndpointOptions: { EnforceHTTPS: false, TLSSecurityPolicy: 'Policy-Min-TLS-1-0-2019-07', CustomEndpointEnabled: false },
      EncryptionAtRestOptions: { Enabled: false },
      NodeToNodeEncryptionOptions: { Enabled: false },
      AdvancedSecurityOptions: { Enabled: false, InternalUserDatabaseEnabled: false, AnonymousAuthEnabled: false },
      LogPublishingOptions: {},
    };
    const statuses = compare('AWS::OpenSearchService::Domain', openSearchDomainItem('defaults'), cloudControl, DOMAIN_PATHS);
    assert.deepEqual(new Set(Object.values(statuses)), new Set(['NON_COMPLIANT']));
  });

  it('the legacy Elasticsearch type: Config’s camelCase item and the CloudFormation shape agree', () => {
    const { ClusterConfig, ...options } = secureDomain;
    const item = elasticsearchDomainItem('legacy', {
      ...elasticsearchVpc,
      encryptionAtRestOptions: { enabled: true, kmsKeyId: options.EncryptionAtRestOptions.KmsKeyId },
      nodeToNodeEncryptionOptions: { enabled: true },
      domainEndpointOptions: { enforceHTTPS: true, customEndpointEnabled: false, tlssecurityPolicy: 'Policy-Min-TLS-1-2-PFS-2023-10' },
      logPublishingOptions: { ES_APPLICATION_LOGS: { cloudWatchLogsLogGroupArn: GROUP, enabled: true }, AUDIT_LOGS: { cloudWatchLogsLogGroupArn: GROUP, enabled: true } },
      advancedSecurityOptions: { enabled: true, internalUserDatabaseEnabled: true, anonymousAuthEnabled: false },
    });
    const cloudControl = { DomainName: 'legacy', ElasticsearchVersion: '7.10', ElasticsearchClusterConfig: { ...ClusterConfig, InstanceType: 'r6g.large.elasticsearch' }, ...options, VPCOptions: { SubnetIds: ['subnet-0a1b2c3d'], SecurityGroupIds: ['sg-0a1b2c3d'] } };
    const statuses = compare('AWS::Elasticsearch::Domain', item, cloudControl, DOMAIN_PATHS);
    assert.deepEqual(statuses, { ELASTICSEARCH_ENCRYPTED_AT_REST: 'COMPLIANT', ELASTICSEARCH_IN_VPC_ONLY: 'COMPLIANT', ELASTICSEARCH_LOGS_TO_CLOUDWATCH: 'COMPLIANT', ELASTICSEARCH_NODE_TO_NODE_ENCRYPTION_CHECK: 'COMPLIANT' });
  });

  it('the real RDK items map to the CloudFormation shape the rules read', () => {
    const example = (name: string) => JSON.parse(readFileSync(join(CORPORA, 'config-rdk-example-ci', 'rdk', 'template', 'example_ci', name), 'utf8')) as Record<string, unknown>;
    const document = configItemsToDocument([example('AWS_OpenSearch_Domain.json'), example('AWS_ElasticSearch_Domain.json')], 'example_ci');
    assert.deepEqual(document.problems, []);
    const [openSearch] = document.graph.ofType('AWS::OpenSearchService::Domain');
    const [elasticsearch] = document.graph.ofType('AWS::Elasticsearch::Domain');
    assert.ok(openSearch && elasticsearch);
    for (const domain of [openSearch, elasticsearch]) {
      assert.deepEqual(getPath(domain.properties, ['VPCOptions', 'SubnetIds']), ['subnet-test']);
      assert.equal(getPath(domain.properties, ['EncryptionAtRestOptions', 'Enabled']), true);
      assert.equal(getPath(domain.properties, ['DomainEndpointOptions', 'EnforceHTTPS']), true);
      assert.equal(getPath(domain.properties, ['DomainEndpointOptions', 'TLSSecurityPolicy']), 'Policy-Min-TLS-1-0-2019-07');
      assert.equal(getPath(domain.properties, ['AdvancedSecurityOptions', 'Enabled']), true);
    }
    assert.equal(getPath(elasticsearch.properties, ['ElasticsearchClusterConfig', 'InstanceCount']), 3);
    assert.deepEqual(verdicts(document, openSearch), {
      OPENSEARCH_ACCESS_CONTROL_ENABLED: 'COMPLIANT',
      OPENSEARCH_AUDIT_LOGGING_ENABLED: 'NON_COMPLIANT',
      OPENSEARCH_DATA_NODE_FAULT_TOLERANCE: 'NON_COMPLIANT',
      OPENSEARCH_ENCRYPTED_AT_REST: 'COMPLIANT',
      OPENSEARCH_HTTPS_REQUIRED: 'NON_COMPLIANT',
      OPENSEARCH_IN_VPC_ONLY: 'COMPLIANT',
      OPENSEARCH_LOGS_TO_CLOUDWATCH: 'NON_COMPLIANT',
      OPENSEARCH_NODE_TO_NODE_ENCRYPTION_CHECK: 'COMPLIANT',
    });
  });
});

describe('Redshift clusters: Config item and Cloud Control agree', () => {
  const kms = PARAMETERS.kmsKeyArns;

  it('a hardened cluster with a TLS parameter group passes every rule both ways', () => {
    const item = redshiftClusterItem('secure', {
      kmsKeyId: kms,
      enhancedVpcRouting: true,
      automatedSnapshotRetentionPeriod: 7,
      clusterParameterGroups: [{ parameterGroupName: 'tls-params', parameterApplyStatus: 'in-sync', clusterParameterStatusList: [] }],
    });
    const cloudControl = {
      ClusterIdentifier: 'secure',
      NodeType: 'ra3.xlplus',
      ClusterType: 'single-node',
      MasterUsername: 'warehouse_admin',
      DBName: 'analytics',
      PubliclyAccessible: false,
      Encrypted: true,
      KmsKeyId: kms,
      EnhancedVpcRouting: true,
      AutomatedSnapshotRetentionPeriod: 7,
      AllowVersionUpgrade: true,
      PreferredMaintenanceWindow: 'tue:10:00-tue:10:30',
      ClusterParameterGroupName: 'tls-params',
    };
    // Cloud Control lists the parameters set on the group; Config every parameter with its value.
    const statuses = compare('AWS::Redshift::Cluster', item, cloudControl, CLUSTER_PATHS, {
      items: [redshiftParameterGroupItem('tls-params', 'true')],
      cloudControl: [{ type: 'AWS::Redshift::ClusterParameterGroup', id: 'tls-params', model: { ParameterGroupName: 'tls-params', ParameterGroupFamily: 'redshift-1.0', Description: 'tls-params', Parameters: [{ ParameterName: 'require_ssl', ParameterValue: 'true' }] } }],
    });
    assert.deepEqual(new Set(Object.values(statuses)), new Set(['COMPLIANT']));
    assert.equal(Object.keys(statuses).length, 7);
  });

  it('a public cluster in the default parameter group fails both ways', () => {
    const item = redshiftClusterItem('exposed', { publiclyAccessible: true, masterUsername: 'awsuser', allowVersionUpgrade: false, automatedSnapshotRetentionPeriod: 0 });
    const cloudControl = {
      ClusterIdentifier: 'exposed',
      NodeType: 'ra3.xlplus',
      MasterUsername: 'awsuser',
      PubliclyAccessible: true,
      Encrypted: true,
      KmsKeyId: 'AWS_OWNED_KMS_KEY',
      EnhancedVpcRouting: false,
      AutomatedSnapshotRetentionPeriod: 0,
      AllowVersionUpgrade: false,
      PreferredMaintenanceWindow: 'tue:10:00-tue:10:30',
      ClusterParameterGroupName: 'default.redshift-1.0',
    };
    const statuses = compare('AWS::Redshift::Cluster', item, cloudControl, CLUSTER_PATHS);
    assert.deepEqual(new Set(Object.values(statuses)), new Set(['NON_COMPLIANT']));
  });
});
