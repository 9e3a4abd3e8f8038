import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { checkResource, type ActiveRule } from '../src/engine/run.js';
import { resolveParameters } from '../src/engine/parameters.js';
import { configItemsToDocument } from '../src/inputs/config/index.js';
import type { Resource } from '../src/model/resource.js';
import { ResourceGraph } from '../src/model/graph.js';
import { getPath, isObject, type Value } from '../src/model/value.js';
import { buildConfigurationItem } from '../src/rules/config-fixtures.js';
import { builtinRules } from '../src/rules/index.js';
import {
  judgeAuditLogging,
  judgeDataNodeFaultTolerance,
  judgeEncryptionAtRest,
  judgeFineGrainedAccessControl,
  judgeHttpsRequired,
  judgeInVpc,
  judgeLogsToCloudWatch,
  judgeNodeToNodeEncryption,
} from '../src/rules/lib/search-domains.js';

function domain(type: string, properties: Record<string, Value>): Resource {
  return { id: 'Domain', type, properties, source: { file: 'f', format: 'cloudformation' } };
}

const isTrue = (value: Value | undefined) => value === true || (typeof value === 'string' && value.toLowerCase() === 'true');
const types = fc.constantFrom('AWS::OpenSearchService::Domain', 'AWS::Elasticsearch::Domain');
const json = fc.jsonValue() as fc.Arbitrary<Value>;
/** A domain whose option blocks hold anything: objects with odd members, scalars, lists. */
const properties = fc.record(
  {
    VPCOptions: fc.oneof(json, fc.record({ SubnetIds: json })),
    EncryptionAtRestOptions: fc.oneof(json, fc.record({ Enabled: json })),
    NodeToNodeEncryptionOptions: fc.oneof(json, fc.record({ Enabled: json })),
    DomainEndpointOptions: fc.oneof(json, fc.record({ EnforceHTTPS: json, TLSSecurityPolicy: json })),
    AdvancedSecurityOptions: fc.oneof(json, fc.record({ Enabled: json })),
    LogPublishingOptions: fc.oneof(json, fc.dictionary(fc.constantFrom('AUDIT_LOGS', 'ES_APPLICATION_LOGS', 'SEARCH_SLOW_LOGS'), fc.oneof(json, fc.record({ Enabled: json, CloudWatchLogsLogGroupArn: json })))),
    ClusterConfig: fc.oneof(json, fc.record({ InstanceCount: json, ZoneAwarenessEnabled: json })),
    ElasticsearchClusterConfig: fc.oneof(json, fc.record({ InstanceCount: json, ZoneAwarenessEnabled: json })),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<Record<string, Value>>;

describe('search domain judgements', () => {
  it('never pass on a value that is not the documented one', () => {
    fc.assert(
      fc.property(types, properties, (type, props) => {
        const subject = domain(type, props);
        const at = (...path: string[]) => getPath(props, path);
        if (judgeEncryptionAtRest(subject, new ResourceGraph([subject], [], new Map())).status === 'COMPLIANT') assert.ok(isTrue(at('EncryptionAtRestOptions', 'Enabled')));
        if (judgeNodeToNodeEncryption(subject).status === 'COMPLIANT') assert.ok(isTrue(at('NodeToNodeEncryptionOptions', 'Enabled')));
        if (judgeFineGrainedAccessControl(subject).status === 'COMPLIANT') assert.ok(isTrue(at('AdvancedSecurityOptions', 'Enabled')));
        if (judgeHttpsRequired(subject, ['Policy-Min-TLS-1-2-PFS-2023-10']).status === 'COMPLIANT') {
          assert.ok(isTrue(at('DomainEndpointOptions', 'EnforceHTTPS')));
          assert.equal(at('DomainEndpointOptions', 'TLSSecurityPolicy'), 'Policy-Min-TLS-1-2-PFS-2023-10');
        }
        if (judgeInVpc(subject).status === 'COMPLIANT') {
          const subnets = at('VPCOptions', 'SubnetIds');
          assert.ok(Array.isArray(subnets) && subnets.length > 0);
        }
        if (judgeAuditLogging(subject, undefined).status === 'COMPLIANT') {
          assert.ok(isTrue(at('LogPublishingOptions', 'AUDIT_LOGS', 'Enabled')));
          const group = at('LogPublishingOptions', 'AUDIT_LOGS', 'CloudWatchLogsLogGroupArn');
          assert.ok(typeof group === 'string' && group !== '');
        }
        if (judgeLogsToCloudWatch(subject, ['error']).status === 'COMPLIANT') {
          assert.ok(isTrue(at('LogPublishingOptions', 'ES_APPLICATION_LOGS', 'Enabled')));
          const group = at('LogPublishingOptions', 'ES_APPLICATION_LOGS', 'CloudWatchLogsLogGroupArn');
          assert.ok(typeof group === 'string' && group !== '');
        }
        if (judgeDataNodeFaultTolerance(subject).status === 'COMPLIANT') {
          const cluster = type === 'AWS::Elasticsearch::Domain' ? 'ElasticsearchClusterConfig' : 'ClusterConfig';
          assert.ok(Number(at(cluster, 'InstanceCount')) >= 3);
          assert.ok(isTrue(at(cluster, 'ZoneAwarenessEnabled')));
        }
      }),
    );
  });
});

describe('OpenSearch and Redshift inputs', () => {
  const ours = builtinRules.filter((rule) => /^(OPENSEARCH|ELASTICSEARCH|REDSHIFT)_/.test(rule.meta.id));

  it('any configuration Config might send for these types is read without a crash, and no rule errors on it', () => {
    const configTypes = fc.constantFrom('AWS::OpenSearch::Domain', 'AWS::Elasticsearch::Domain', 'AWS::Redshift::Cluster', 'AWS::Redshift::ClusterParameterGroup');
    fc.assert(
      fc.property(configTypes, fc.dictionary(fc.string({ maxLength: 30 }), fc.jsonValue()), fc.jsonValue(), (type, configuration, supplementary) => {
        const item = buildConfigurationItem(type, configuration, { resourceId: 'subject', supplementaryConfiguration: isObject(supplementary as Value) ? (supplementary as Record<string, unknown>) : {} });
        const document = configItemsToDocument([item], 'items.json');
        for (const resource of document.graph.resources) {
          for (const rule of ours.filter((candidate) => candidate.meta.resourceTypes.includes(resource.type))) {
            const active: ActiveRule = { rule, params: resolveParameters(rule, {}), severity: rule.meta.severity };
            assert.notEqual(checkResource(document, resource, active, { live: true }, []).evaluation.status, 'ERROR', rule.meta.id);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a parameter group requires TLS only when require_ssl is set to a true value', () => {
    const rule = ours.find((candidate) => candidate.meta.id === 'REDSHIFT_REQUIRE_TLS_SSL');
    assert.ok(rule);
    const active: ActiveRule = { rule, params: {}, severity: rule.meta.severity };
    const entry = fc.oneof(json, fc.record({ ParameterName: fc.oneof(fc.constantFrom('require_ssl', 'REQUIRE_SSL', 'use_fips_ssl'), json), ParameterValue: fc.oneof(fc.constantFrom('true', 'on', 'false', 'off', '1', 'yes'), json) }));
    fc.assert(
      fc.property(fc.oneof(json, fc.array(entry, { maxLength: 5 })), (parameters) => {
        const group: Resource = { id: 'Group', type: 'AWS::Redshift::ClusterParameterGroup', properties: { Parameters: parameters }, source: { file: 'f', format: 'cloudformation' } };
        const cluster: Resource = { id: 'Cluster', type: 'AWS::Redshift::Cluster', properties: { ClusterParameterGroupName: 'Group' }, source: { file: 'f', format: 'cloudformation' } };
        const graph = new ResourceGraph([group, cluster], [], new Map([['Group', 'Group']]));
        const status = checkResource({ file: 'f', format: 'cloudformation', graph, locate: () => undefined, problems: [] }, cluster, active, {}, []).evaluation.status;
        assert.notEqual(status, 'ERROR');
        if (status === 'COMPLIANT') {
          assert.ok(Array.isArray(parameters));
          const ssl = parameters.find((item) => isObject(item) && typeof item.ParameterName === 'string' && item.ParameterName.toLowerCase() === 'require_ssl');
          assert.ok(isObject(ssl) && /^(true|on|1)$/i.test(String(ssl.ParameterValue)), JSON.stringify(parameters));
        }
      }),
    );
  });
});
