import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'three nodes over zones, too few nodes, no zone awareness, and the defaults (one node)',
    template: `
Resources:
  Tolerant:
    Type: AWS::OpenSearchService::Domain
    Properties:
      ClusterConfig:
        InstanceCount: 3
        ZoneAwarenessEnabled: true
        ZoneAwarenessConfig: { AvailabilityZoneCount: 3 }
  SixAsString:
    Type: AWS::OpenSearchService::Domain
    Properties:
      ClusterConfig: { InstanceCount: "6", ZoneAwarenessEnabled: "true" }
  TwoNodes:
    Type: AWS::OpenSearchService::Domain
    Properties:
      ClusterConfig: { InstanceCount: 2, ZoneAwarenessEnabled: true }
  OneZone:
    Type: AWS::OpenSearchService::Domain
    Properties:
      ClusterConfig: { InstanceCount: 3 }
  Defaulted:
    Type: AWS::OpenSearchService::Domain
    Properties:
      EngineVersion: OpenSearch_2.11
`,
    expect: {
      Tolerant: { status: 'COMPLIANT', messageIncludes: '3 data nodes' },
      SixAsString: 'COMPLIANT',
      TwoNodes: { status: 'NON_COMPLIANT', messageId: 'tooFewNodes', path: ['ClusterConfig', 'InstanceCount'] },
      OneZone: { status: 'NON_COMPLIANT', messageId: 'noZoneAwareness', path: ['ClusterConfig'] },
      Defaulted: { status: 'NON_COMPLIANT', messageId: 'tooFewNodes', path: [] },
    },
  },
  {
    name: 'a node count from a parameter: unknown unless zone awareness already fails',
    template: `
Parameters:
  Nodes:
    Type: Number
  Zones:
    Type: String
Resources:
  CountUnknown:
    Type: AWS::OpenSearchService::Domain
    Properties:
      ClusterConfig: { InstanceCount: !Ref Nodes, ZoneAwarenessEnabled: true }
  CountUnknownOneZone:
    Type: AWS::OpenSearchService::Domain
    Properties:
      ClusterConfig: { InstanceCount: !Ref Nodes, ZoneAwarenessEnabled: false }
  ZonesUnknownTooFew:
    Type: AWS::OpenSearchService::Domain
    Properties:
      ClusterConfig: { InstanceCount: 1, ZoneAwarenessEnabled: !Ref Zones }
  ZonesUnknown:
    Type: AWS::OpenSearchService::Domain
    Properties:
      ClusterConfig: { InstanceCount: 3, ZoneAwarenessEnabled: !Ref Zones }
  CountMalformed:
    Type: AWS::OpenSearchService::Domain
    Properties:
      ClusterConfig: { InstanceCount: three, ZoneAwarenessEnabled: true }
`,
    expect: {
      CountUnknown: { status: 'INSUFFICIENT_DATA', messageId: 'unknownTolerance', path: ['ClusterConfig', 'InstanceCount'] },
      CountUnknownOneZone: { status: 'NON_COMPLIANT', messageId: 'noZoneAwareness' },
      ZonesUnknownTooFew: { status: 'NON_COMPLIANT', messageId: 'tooFewNodes' },
      ZonesUnknown: { status: 'INSUFFICIENT_DATA', messageId: 'unknownTolerance', path: ['ClusterConfig', 'ZoneAwarenessEnabled'] },
      CountMalformed: { status: 'INSUFFICIENT_DATA', messageId: 'unknownTolerance', messageIncludes: 'malformed' },
    },
  },
  {
    name: 'hcl: cluster_config with three nodes over zones, the default single node, and a count from a variable',
    hcl: `
variable "nodes" {
  type = number
}

resource "aws_opensearch_domain" "tolerant" {
  domain_name = "tolerant"
  cluster_config {
    instance_type          = "r6g.large.search"
    instance_count         = 3
    zone_awareness_enabled = true
    zone_awareness_config {
      availability_zone_count = 3
    }
  }
}

resource "aws_opensearch_domain" "single" {
  domain_name = "single"
  cluster_config {
    instance_type = "t3.small.search"
  }
}

resource "aws_opensearch_domain" "variable" {
  domain_name = "variable"
  cluster_config {
    instance_count         = var.nodes
    zone_awareness_enabled = true
  }
}
`,
    expect: {
      'aws_opensearch_domain.tolerant': 'COMPLIANT',
      'aws_opensearch_domain.single': { status: 'NON_COMPLIANT', messageId: 'tooFewNodes' },
      'aws_opensearch_domain.variable': { status: 'INSUFFICIENT_DATA', messageId: 'unknownTolerance' },
    },
  },
  {
    name: 'plan: tolerant, no zone awareness, and an unconfigured computed block',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_opensearch_domain.tolerant', { domain_name: 'tolerant', cluster_config: [{ instance_count: 3, instance_type: 'r6g.large.search', zone_awareness_enabled: true, zone_awareness_config: [{ availability_zone_count: 3 }], dedicated_master_enabled: false }] }, { arn: true }),
        created('aws_opensearch_domain.one_zone', { domain_name: 'one-zone', cluster_config: [{ instance_count: 4, instance_type: 'r6g.large.search', zone_awareness_enabled: false, zone_awareness_config: [] }] }, { arn: true }),
        created('aws_opensearch_domain.unset', { domain_name: 'unset' }, { arn: true, cluster_config: true }),
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_opensearch_domain.unset', mode: 'managed', type: 'aws_opensearch_domain', name: 'unset', provider_config_key: 'aws', expressions: { domain_name: { constant_value: 'unset' } } },
          ],
        },
      },
    },
    expect: {
      'aws_opensearch_domain.tolerant': 'COMPLIANT',
      'aws_opensearch_domain.one_zone': { status: 'NON_COMPLIANT', messageId: 'noZoneAwareness' },
      'aws_opensearch_domain.unset': { status: 'NON_COMPLIANT', messageId: 'tooFewNodes' },
    },
  },
] satisfies RuleCase[];
