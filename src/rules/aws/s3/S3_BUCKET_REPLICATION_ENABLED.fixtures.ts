import type { RuleCase } from '../../tester.js';

const PLAN_AWS = 'registry.terraform.io/hashicorp/aws';

const BUCKETS = `
Parameters:
  Status: { Type: String }
Resources:
  Replica:
    Type: AWS::S3::Bucket
    Properties:
      VersioningConfiguration: { Status: Enabled }
  Local:
    Type: AWS::S3::Bucket
    Properties:
      VersioningConfiguration: { Status: Enabled }
      ReplicationConfiguration:
        Role: !Sub arn:aws:iam::\${AWS::AccountId}:role/replication
        Rules:
          - Id: to-replica
            Status: Enabled
            Destination: { Bucket: !GetAtt Replica.Arn }
  Remote:
    Type: AWS::S3::Bucket
    Properties:
      VersioningConfiguration: { Status: Enabled }
      ReplicationConfiguration:
        Role: arn:aws:iam::123456789012:role/replication
        Rules:
          - Status: Enabled
            Destination: { Bucket: arn:aws:s3:::acme-dr-eu-central-1 }
          - Id: paused
            Status: Disabled
            Prefix: logs/
            Destination: { Bucket: arn:aws:s3:::acme-dr-eu-central-1 }
  Chosen:
    Type: AWS::S3::Bucket
    Properties:
      VersioningConfiguration: { Status: Enabled }
      ReplicationConfiguration:
        Role: arn:aws:iam::123456789012:role/replication
        Rules:
          - Status: !Ref Status
            Destination: { Bucket: arn:aws:s3:::acme-dr }
`;

export default [
  {
    name: 'replication to a bucket of the template, a rule disabled, a status from a parameter, and no replication',
    template: BUCKETS,
    expect: {
      Replica: { status: 'NON_COMPLIANT', messageId: 'noReplication' },
      Local: { status: 'COMPLIANT', messageId: 'enabled' },
      Remote: { status: 'NON_COMPLIANT', messageId: 'ruleDisabled', path: ['ReplicationConfiguration', 'Rules', 1, 'Status'], messageIncludes: 'paused' },
      Chosen: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'Status' },
    },
  },
  {
    name: 'SAME-REGION: a destination in the template is in the region; a literal ARN names no region',
    params: { ReplicationType: 'SAME-REGION' },
    template: BUCKETS,
    expect: {
      Replica: { status: 'NON_COMPLIANT', messageId: 'noReplication' },
      Local: 'COMPLIANT',
      Remote: { status: 'INSUFFICIENT_DATA', messageId: 'unknownRegion' },
      Chosen: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
  {
    name: 'CROSS-REGION: a destination in the same template is not in another region',
    params: { ReplicationType: 'CROSS-REGION' },
    template: BUCKETS,
    expect: {
      Replica: { status: 'NON_COMPLIANT', messageId: 'noReplication' },
      Local: { status: 'NON_COMPLIANT', messageId: 'wrongType', path: ['ReplicationConfiguration', 'Rules', 0, 'Destination', 'Bucket'] },
      Remote: { status: 'INSUFFICIENT_DATA', messageId: 'unknownRegion' },
      Chosen: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
  {
    name: 'hcl: aws_s3_bucket_replication_configuration, the legacy inline block, and no replication',
    hcl: `
resource "aws_s3_bucket" "source" {
  bucket = "acme-source"
}

resource "aws_s3_bucket" "replica" {
  bucket = "acme-replica"
}

resource "aws_s3_bucket_replication_configuration" "source" {
  bucket = aws_s3_bucket.source.id
  role   = "arn:aws:iam::123456789012:role/replication"
  rule {
    id     = "all"
    status = "Enabled"
    destination {
      bucket = aws_s3_bucket.replica.arn
    }
  }
}

resource "aws_s3_bucket" "legacy" {
  bucket = "acme-legacy"
  replication_configuration {
    role = "arn:aws:iam::123456789012:role/replication"
    rules {
      id     = "old"
      status = "Disabled"
      destination {
        bucket = "arn:aws:s3:::acme-dr"
      }
    }
  }
}
`,
    expect: {
      'aws_s3_bucket.source': 'COMPLIANT',
      'aws_s3_bucket.replica': { status: 'NON_COMPLIANT', messageId: 'noReplication' },
      'aws_s3_bucket.legacy': { status: 'NON_COMPLIANT', messageId: 'ruleDisabled', messageIncludes: 'old' },
    },
  },
  {
    name: 'plan: replication rules known only after apply, and a bucket without replication',
    plan: {
      format_version: '1.2',
      resource_changes: [
        { address: 'aws_s3_bucket.a', mode: 'managed', type: 'aws_s3_bucket', name: 'a', provider_name: PLAN_AWS, change: { actions: ['create'], before: null, after: { bucket: 'acme-a' }, after_unknown: { id: true, replication_configuration: true }, before_sensitive: false, after_sensitive: {} } },
        { address: 'aws_s3_bucket_replication_configuration.a', mode: 'managed', type: 'aws_s3_bucket_replication_configuration', name: 'a', provider_name: PLAN_AWS, change: { actions: ['create'], before: null, after: { bucket: 'acme-a', role: 'arn:aws:iam::123456789012:role/replication' }, after_unknown: { id: true, rule: true }, before_sensitive: false, after_sensitive: {} } },
        { address: 'aws_s3_bucket.b', mode: 'managed', type: 'aws_s3_bucket', name: 'b', provider_name: PLAN_AWS, change: { actions: ['create'], before: null, after: { bucket: 'acme-b' }, after_unknown: { id: true, replication_configuration: true }, before_sensitive: false, after_sensitive: {} } },
        { address: 'aws_s3_bucket.c', mode: 'managed', type: 'aws_s3_bucket', name: 'c', provider_name: PLAN_AWS, change: { actions: ['create'], before: null, after: { bucket: 'acme-c' }, after_unknown: { id: true, replication_configuration: true }, before_sensitive: false, after_sensitive: {} } },
        { address: 'aws_s3_bucket_replication_configuration.c', mode: 'managed', type: 'aws_s3_bucket_replication_configuration', name: 'c', provider_name: PLAN_AWS, change: { actions: ['create'], before: null, after: { bucket: 'acme-c', role: 'arn:aws:iam::123456789012:role/replication', rule: [{ id: 'all', status: 'Enabled', destination: [{ bucket: 'arn:aws:s3:::acme-dr' }] }] }, after_unknown: { id: true }, before_sensitive: false, after_sensitive: {} } },
      ],
      configuration: {
        root_module: {
          resources: ['a', 'b', 'c'].map((name) => ({ address: `aws_s3_bucket.${name}`, mode: 'managed', type: 'aws_s3_bucket', name, expressions: { bucket: { constant_value: `acme-${name}` } } })),
        },
      },
    },
    expect: {
      'aws_s3_bucket.a': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
      'aws_s3_bucket.b': { status: 'NON_COMPLIANT', messageId: 'noReplication' },
      'aws_s3_bucket.c': 'COMPLIANT',
    },
  },
] satisfies RuleCase[];
