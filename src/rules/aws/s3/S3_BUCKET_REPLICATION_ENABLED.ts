import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import type { ResourceGraph } from '../../../model/graph.js';
import type { Resource } from '../../../model/resource.js';
import { isUnknown } from '../../../model/unknown.js';
import { isObject, toList, type Value } from '../../../model/value.js';

export default defineRule<{ ReplicationType?: string }>({
  meta: {
    id: 'S3_BUCKET_REPLICATION_ENABLED',
    title: 'S3 buckets replicate their objects',
    description:
      'Checks that an S3 bucket has a replication configuration whose rules are all enabled, and optionally that it replicates only within its region or only to other regions. Replicas keep data available when a bucket, account or region is lost.',
    severity: 'low',
    resourceTypes: ['AWS::S3::Bucket'],
    managedRule: 's3-bucket-replication-enabled',
    frameworks: { 'NIST-800-53-r5': ['AU-9(2)', 'CP-10', 'CP-6', 'CP-6(1)', 'CP-6(2)', 'CP-9', 'SC-36(2)', 'SC-5(2)', 'SI-13(5)'], 'PCI-DSS-v3.2.1': ['2.2'] },
    recommended: false,
    whyNotRecommended:
      'Replication needs a second bucket, a role and versioning, and doubles storage: which buckets are replicated, and where, is the organisation\'s choice.',
    parameters: {
      ReplicationType: {
        type: 'string',
        enum: ['CROSS-REGION', 'SAME-REGION'],
        description: 'CROSS-REGION: every rule must replicate to another region; SAME-REGION: every rule must replicate within the region (any region when absent).',
      },
    },
    messages: {
      enabled: 'Bucket {{id}} replicates its objects ({{count}} enabled rules).',
      noReplication: 'Bucket {{id}} has no replication rule.',
      ruleDisabled: 'Replication rule {{rule}} of bucket {{id}} is {{status}}, not Enabled.',
      wrongType: 'Replication rule {{rule}} of bucket {{id}} replicates to a bucket in the same template, so in the same region, not {{expected}}.',
      unknownRegion: 'The region replication rule {{rule}} of bucket {{id}} replicates to is not known before deployment ({{reason}}).',
      unknown: 'The replication of bucket {{id}} is not known before deployment ({{reason}}).',
    },
    remediation: 'Enable versioning and add `ReplicationConfiguration` with a `Role` and `Rules` whose `Status` is `Enabled` and whose `Destination.Bucket` is the replica bucket ARN.',
    examples: {
      noncompliant: [{ cloudformation: 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n' }],
      compliant: [
        {
          cloudformation:
            'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration:\n        Status: Enabled\n      ReplicationConfiguration:\n        Role: arn:aws:iam::123456789012:role/replication\n        Rules:\n          - Status: Enabled\n            Destination:\n              Bucket: arn:aws:s3:::replica-bucket\n',
        },
      ],
    },
  },
  check(bucket, { params, graph }) {
    const replication = bucket.properties.ReplicationConfiguration;
    if (isUnknown(replication)) return insufficientData('unknown', { reason: replication.reason }, ['ReplicationConfiguration']);
    if (!isObject(replication)) return nonCompliant('noReplication', {}, []);
    const rules = toList(replication.Rules);
    if (isUnknown(rules)) return insufficientData('unknown', { reason: rules.reason }, ['ReplicationConfiguration', 'Rules']);
    if (rules.length === 0) return nonCompliant('noReplication', {}, ['ReplicationConfiguration']);
    for (const [index, rule] of rules.entries()) {
      const path = ['ReplicationConfiguration', 'Rules', index];
      if (isUnknown(rule)) return insufficientData('unknown', { reason: rule.reason }, path);
      const status = isObject(rule) ? rule.Status : undefined;
      const name = isObject(rule) && typeof rule.Id === 'string' ? rule.Id : `#${index + 1}`;
      if (isUnknown(status)) return insufficientData('unknown', { reason: status.reason }, [...path, 'Status']);
      if (status !== 'Enabled') return nonCompliant('ruleDisabled', { rule: name, status: String(status ?? 'not set') }, [...path, 'Status']);
      if (params.ReplicationType === undefined) continue;
      const sameRegion = replicatesWithinTemplate(isObject(rule) && isObject(rule.Destination) ? rule.Destination.Bucket : undefined, bucket, graph);
      const destination = [...path, 'Destination', 'Bucket'];
      if (sameRegion !== true) return insufficientData('unknownRegion', { rule: name, reason: sameRegion }, destination);
      if (params.ReplicationType === 'CROSS-REGION') return nonCompliant('wrongType', { rule: name, expected: 'CROSS-REGION' }, destination);
    }
    return compliant('enabled', { count: rules.length }, ['ReplicationConfiguration']);
  },
});

/**
 * Whether a destination is a bucket deployed with the source by the same CloudFormation template,
 * hence in its region; otherwise why its region is not known (a literal ARN has no region, and a
 * Terraform resource may use another provider's region).
 */
function replicatesWithinTemplate(destination: Value | undefined, bucket: Resource, graph: ResourceGraph): true | string {
  const target = graph.target(destination);
  if (target && target.type === 'AWS::S3::Bucket' && !target.partial && bucket.source.format === 'cloudformation') return true;
  return isUnknown(destination) ? destination.reason : `${String(destination)} names no region`;
}
