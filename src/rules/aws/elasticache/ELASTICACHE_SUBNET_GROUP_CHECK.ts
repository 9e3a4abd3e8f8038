import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import { isUnknown } from '../../../model/unknown.js';
import { CACHE_CLUSTER } from './examples.js';

const SUBNET_GROUP = 'AWS::ElastiCache::SubnetGroup';

export default defineRule({
  meta: {
    id: 'ELASTICACHE_SUBNET_GROUP_CHECK',
    title: 'ElastiCache clusters do not use the default subnet group',
    description:
      'Checks that an Amazon ElastiCache cache cluster is placed in a subnet group of its own (CacheSubnetGroupName). A cluster without one, or in the group named default, runs in the default subnet group of the default VPC.',
    severity: 'high',
    resourceTypes: ['AWS::ElastiCache::CacheCluster'],
    managedRule: 'elasticache-subnet-group-check',
    frameworks: { FSBP: ['ElastiCache.7'], 'NIST-800-53-r5': ['AC-4', 'AC-4(21)', 'SC-7', 'SC-7(11)', 'SC-7(16)', 'SC-7(21)', 'SC-7(4)', 'SC-7(5)'] },
    related: [{ type: SUBNET_GROUP, relation: 'references', property: 'CacheSubnetGroupName' }],
    messages: {
      customGroup: 'Cache cluster {{id}} uses subnet group {{group}}.',
      defaultGroup: 'Cache cluster {{id}} uses the default subnet group ({{why}}).',
      unknownGroup: 'Which subnet group cache cluster {{id}} uses is not known before deployment ({{reason}}).',
    },
    remediation: 'Create an `AWS::ElastiCache::SubnetGroup` with the private subnets the cluster belongs in and set the cluster\'s `CacheSubnetGroupName` to it.',
    examples: {
      noncompliant: [{ cloudformation: CACHE_CLUSTER }],
      compliant: [
        {
          cloudformation: `${CACHE_CLUSTER}      CacheSubnetGroupName: !Ref CacheSubnets\n  CacheSubnets:\n    Type: AWS::ElastiCache::SubnetGroup\n    Properties:\n      Description: private subnets of the cache\n      SubnetIds: [subnet-0a1b2c3d, subnet-4e5f6a7b]\n`,
        },
      ],
    },
  },
  check(cluster, { graph }) {
    const name = cluster.properties.CacheSubnetGroupName;
    if (name === undefined || name === null || name === '') return nonCompliant('defaultGroup', { why: 'CacheSubnetGroupName is not set' }, []);
    const path = ['CacheSubnetGroupName'];
    // A subnet group created among the inputs is never the default one.
    const group = graph.target(name);
    if (group?.type === SUBNET_GROUP) {
      const groupName = group.properties.CacheSubnetGroupName;
      if (typeof groupName === 'string' && groupName.toLowerCase() === 'default') return nonCompliant('defaultGroup', { why: `${group.id} is named default` }, path);
      return compliant('customGroup', { group: typeof groupName === 'string' ? groupName : group.id }, path);
    }
    if (isUnknown(name)) return insufficientData('unknownGroup', { reason: `CacheSubnetGroupName is ${name.reason}` }, path);
    if (typeof name !== 'string') return insufficientData('unknownGroup', { reason: `malformed: CacheSubnetGroupName is ${JSON.stringify(name)}` }, path);
    if (name.trim().toLowerCase() === 'default') return nonCompliant('defaultGroup', { why: 'CacheSubnetGroupName is default' }, path);
    return compliant('customGroup', { group: name }, path);
  },
});
