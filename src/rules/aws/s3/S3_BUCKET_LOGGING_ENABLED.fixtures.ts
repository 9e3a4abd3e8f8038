import type { RuleCase } from '../../tester.js';

/** Log destinations chosen per environment and per region from mappings. */
const LOG_MAPPINGS = `
Parameters:
  Env: { Type: String, AllowedValues: [dev, prod], Default: dev }
Mappings:
  Logging:
    dev: { Bucket: acme-access-logs-dev, Prefix: dev/ }
    prod: { Bucket: acme-access-logs-prod, Prefix: prod/ }
  RegionalLogging:
    eu-west-1: { Bucket: acme-access-logs-prod }
    us-east-1: { Bucket: acme-access-logs-us }
Resources:
  ByEnvironment:
    Type: AWS::S3::Bucket
    Properties:
      LoggingConfiguration:
        DestinationBucketName: !FindInMap [Logging, !Ref Env, Bucket]
        LogFilePrefix: !FindInMap [Logging, !Ref Env, Prefix]
  PinnedToProd:
    Type: AWS::S3::Bucket
    Properties:
      LoggingConfiguration:
        DestinationBucketName: !FindInMap [Logging, prod, Bucket]
        LogFilePrefix: !FindInMap [Logging, prod, Prefix]
  ByRegion:
    Type: AWS::S3::Bucket
    Properties:
      LoggingConfiguration:
        DestinationBucketName: !FindInMap [RegionalLogging, !Ref AWS::Region, Bucket]
        LogFilePrefix: !Sub '\${AWS::Region}/'
`;

/** Buckets logging to a bucket that a nested stack creates, read with Fn::GetAtt (short and long form). */
const LOG_STACK = `
Resources:
  LoggingStack:
    Type: AWS::CloudFormation::Stack
    Properties:
      TemplateURL: https://platform-templates.s3.eu-west-1.amazonaws.com/access-logging.yaml
  ShortForm:
    Type: AWS::S3::Bucket
    Properties:
      LoggingConfiguration:
        DestinationBucketName: !GetAtt LoggingStack.Outputs.AccessLogBucketName
        LogFilePrefix: short-form/
  LongForm:
    Type: AWS::S3::Bucket
    Properties:
      LoggingConfiguration:
        DestinationBucketName:
          Fn::GetAtt: [LoggingStack, Outputs.AccessLogBucketName]
`;

export default [
  {
    name: 'bucket without logging',
    template: `
Resources:
  Bucket:
    Type: AWS::S3::Bucket
`,
    expect: { Bucket: { status: 'NON_COMPLIANT', messageId: 'disabled' } },
  },
  {
    name: 'bucket logging to a bucket in the same template (Ref)',
    template: `
Resources:
  Logs:
    Type: AWS::S3::Bucket
    Properties:
      LoggingConfiguration: {}
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      LoggingConfiguration:
        DestinationBucketName: !Ref Logs
        LogFilePrefix: !Sub '\${AWS::StackName}/'
`,
    expect: { Logs: 'COMPLIANT', Bucket: 'COMPLIANT' },
  },
  {
    name: 'required target bucket, given through a parameter default',
    params: { targetBucket: 'central-logs' },
    template: `
Parameters:
  LogBucket:
    Type: String
    Default: central-logs
Resources:
  Good:
    Type: AWS::S3::Bucket
    Properties:
      LoggingConfiguration:
        DestinationBucketName: !Ref LogBucket
  Elsewhere:
    Type: AWS::S3::Bucket
    Properties:
      LoggingConfiguration:
        DestinationBucketName: other-logs
  Unknowable:
    Type: AWS::S3::Bucket
    Properties:
      LoggingConfiguration:
        DestinationBucketName: !ImportValue shared-log-bucket
`,
    expect: {
      Good: 'COMPLIANT',
      Elsewhere: { status: 'NON_COMPLIANT', messageId: 'wrongBucket', path: ['LoggingConfiguration', 'DestinationBucketName'] },
      Unknowable: { status: 'INSUFFICIENT_DATA', messageId: 'unknownTarget' },
    },
  },
  {
    name: 'logging decided by a condition on a parameter (Fn::If)',
    inputs: { parameters: { Env: 'prod' } },
    template: `
Parameters:
  Env: { Type: String, Default: dev }
Conditions:
  IsProd: !Equals [!Ref Env, prod]
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      LoggingConfiguration: !If
        - IsProd
        - DestinationBucketName: logs
        - !Ref AWS::NoValue
`,
    expect: { Bucket: 'COMPLIANT' },
  },
  {
    name: 'logging removed by Fn::If when the condition is false',
    template: `
Parameters:
  Env: { Type: String, Default: dev }
Conditions:
  IsProd: !Equals [!Ref Env, prod]
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      LoggingConfiguration: !If [IsProd, { DestinationBucketName: logs }, !Ref AWS::NoValue]
`,
    expect: { Bucket: { status: 'NON_COMPLIANT', messageId: 'disabled' } },
  },
  {
    name: 'logging behind an undecidable condition',
    template: `
Conditions:
  InUsEast1: !Equals [!Ref AWS::Region, us-east-1]
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      LoggingConfiguration: !If [InUsEast1, { DestinationBucketName: logs }, !Ref AWS::NoValue]
`,
    expect: { Bucket: { status: 'INSUFFICIENT_DATA', messageId: 'unknownTarget' } },
  },
  {
    name: 'a choice between two log configurations enables logging; one that may be AWS::NoValue is not known',
    template: `
Conditions:
  InUsEast1: !Equals [!Ref AWS::Region, us-east-1]
Resources:
  Chosen:
    Type: AWS::S3::Bucket
    Properties:
      LoggingConfiguration: !If [InUsEast1, { DestinationBucketName: east-logs }, { DestinationBucketName: west-logs }]
  Maybe:
    Type: AWS::S3::Bucket
    Properties:
      LoggingConfiguration: !If [InUsEast1, { DestinationBucketName: east-logs }, !Ref AWS::NoValue]
`,
    expect: {
      Chosen: { status: 'COMPLIANT', messageId: 'enabled', path: ['LoggingConfiguration'] },
      Maybe: { status: 'INSUFFICIENT_DATA', messageId: 'unknownTarget', path: ['LoggingConfiguration'] },
    },
  },
  {
    name: 'a choice between two log configurations against a required target bucket',
    params: { targetBucket: 'east-logs' },
    template: `
Conditions:
  InUsEast1: !Equals [!Ref AWS::Region, us-east-1]
Resources:
  Chosen:
    Type: AWS::S3::Bucket
    Properties:
      LoggingConfiguration: !If [InUsEast1, { DestinationBucketName: east-logs }, { DestinationBucketName: west-logs }]
`,
    expect: { Chosen: { status: 'INSUFFICIENT_DATA', messageId: 'unknownTarget', messageIncludes: 'InUsEast1' } },
  },
  {
    name: 'required target bucket chosen per environment from a mapping, with the parameter default (dev)',
    params: { targetBucket: 'acme-access-logs-prod' },
    template: LOG_MAPPINGS,
    expect: {
      ByEnvironment: { status: 'NON_COMPLIANT', messageId: 'wrongBucket', path: ['LoggingConfiguration', 'DestinationBucketName'], messageIncludes: 'acme-access-logs-dev' },
      PinnedToProd: { status: 'COMPLIANT', messageId: 'enabled' },
      ByRegion: { status: 'INSUFFICIENT_DATA', messageId: 'unknownTarget', path: ['LoggingConfiguration', 'DestinationBucketName'], messageIncludes: 'AWS::Region' },
    },
  },
  {
    name: 'required target bucket and prefix from a mapping, with the environment and region given',
    params: { targetBucket: 'acme-access-logs-prod', targetPrefix: 'prod/' },
    inputs: { region: 'eu-west-1', parameters: { Env: 'prod' } },
    template: LOG_MAPPINGS,
    expect: {
      ByEnvironment: { status: 'COMPLIANT', messageId: 'enabled' },
      PinnedToProd: 'COMPLIANT',
      ByRegion: { status: 'NON_COMPLIANT', messageId: 'wrongPrefix', path: ['LoggingConfiguration', 'LogFilePrefix'], messageIncludes: 'eu-west-1/' },
    },
  },
  {
    name: 'log bucket read from a nested stack with Fn::GetAtt: logging is enabled',
    template: LOG_STACK,
    expect: {
      ShortForm: { status: 'COMPLIANT', messageId: 'enabled', path: ['LoggingConfiguration'] },
      LongForm: { status: 'COMPLIANT', messageId: 'enabled' },
    },
  },
  {
    name: 'log bucket read from a nested stack with Fn::GetAtt against a required target bucket',
    params: { targetBucket: 'acme-access-logs-prod' },
    template: LOG_STACK,
    expect: {
      ShortForm: { status: 'INSUFFICIENT_DATA', messageId: 'unknownTarget', path: ['LoggingConfiguration', 'DestinationBucketName'], messageIncludes: 'LoggingStack.Outputs.AccessLogBucketName' },
      LongForm: { status: 'INSUFFICIENT_DATA', messageId: 'unknownTarget', path: ['LoggingConfiguration', 'DestinationBucketName'] },
    },
  },
  // Terraform (HCL): logging is a separate resource merged into its bucket.
  {
    name: 'hcl: bucket with aws_s3_bucket_logging, bucket without',
    hcl: `
resource "aws_s3_bucket" "logs" {
  bucket = "example-logs"
}

resource "aws_s3_bucket" "data" {
  bucket = "example-data"
}

resource "aws_s3_bucket_logging" "data" {
  bucket        = aws_s3_bucket.data.id
  target_bucket = aws_s3_bucket.logs.id
  target_prefix = "data/"
}
`,
    expect: {
      'aws_s3_bucket.logs': { status: 'NON_COMPLIANT', messageId: 'disabled' },
      'aws_s3_bucket.data': 'COMPLIANT',
    },
  },
  {
    name: 'hcl: count, variables and a module; target bucket required',
    params: { targetBucket: 'central-logs' },
    vars: { log_bucket: 'central-logs' },
    hcl: {
      'main.tf': `
variable "log_bucket" { type = string }
variable "names" { default = ["a", "b"] }

resource "aws_s3_bucket" "many" {
  count  = length(var.names)
  bucket = "example-\${var.names[count.index]}"
}

resource "aws_s3_bucket_logging" "many" {
  count         = length(var.names)
  bucket        = aws_s3_bucket.many[count.index].id
  target_bucket = var.log_bucket
}

module "archive" {
  source     = "./modules/bucket"
  log_target = "elsewhere"
}
`,
      'modules/bucket/main.tf': `
variable "log_target" { type = string }

resource "aws_s3_bucket" "this" {
  bucket = "archive"
}

resource "aws_s3_bucket_logging" "this" {
  bucket        = aws_s3_bucket.this.id
  target_bucket = var.log_target
}
`,
    },
    expect: {
      'aws_s3_bucket.many[0]': 'COMPLIANT',
      'aws_s3_bucket.many[1]': 'COMPLIANT',
      'module.archive.aws_s3_bucket.this': { status: 'NON_COMPLIANT', messageId: 'wrongBucket' },
    },
  },
  {
    name: 'hcl: target bucket known only after apply',
    params: { targetBucket: 'central-logs' },
    hcl: `
resource "aws_s3_bucket" "logs" {}

resource "aws_s3_bucket" "data" {}

resource "aws_s3_bucket_logging" "data" {
  bucket        = aws_s3_bucket.data.id
  target_bucket = aws_s3_bucket.logs.id
}
`,
    expect: {
      'aws_s3_bucket.logs': { status: 'NON_COMPLIANT', messageId: 'disabled' },
      'aws_s3_bucket.data': { status: 'INSUFFICIENT_DATA', messageId: 'unknownTarget' },
    },
  },
  // Terraform plan JSON: the bucket name of a new log bucket is known only after apply.
  {
    name: 'plan: logging configured through a reference, and a bucket without',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        { address: 'aws_s3_bucket.data', mode: 'managed', type: 'aws_s3_bucket', name: 'data', provider_name: 'registry.terraform.io/hashicorp/aws', change: { actions: ['create'], before: null, after: { bucket: 'example-data', force_destroy: false }, after_unknown: { id: true, arn: true }, before_sensitive: false, after_sensitive: {} } },
        { address: 'aws_s3_bucket.logs', mode: 'managed', type: 'aws_s3_bucket', name: 'logs', provider_name: 'registry.terraform.io/hashicorp/aws', change: { actions: ['create'], before: null, after: { bucket: 'example-logs', force_destroy: false }, after_unknown: { id: true, arn: true }, before_sensitive: false, after_sensitive: {} } },
        { address: 'aws_s3_bucket_logging.data', mode: 'managed', type: 'aws_s3_bucket_logging', name: 'data', provider_name: 'registry.terraform.io/hashicorp/aws', change: { actions: ['create'], before: null, after: { target_prefix: 'data/', expected_bucket_owner: null }, after_unknown: { bucket: true, target_bucket: true, id: true }, before_sensitive: false, after_sensitive: {} } },
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_s3_bucket.data', mode: 'managed', type: 'aws_s3_bucket', name: 'data', expressions: { bucket: { constant_value: 'example-data' } } },
            { address: 'aws_s3_bucket.logs', mode: 'managed', type: 'aws_s3_bucket', name: 'logs', expressions: { bucket: { constant_value: 'example-logs' } } },
            {
              address: 'aws_s3_bucket_logging.data', mode: 'managed', type: 'aws_s3_bucket_logging', name: 'data',
              expressions: { bucket: { references: ['aws_s3_bucket.data.id', 'aws_s3_bucket.data'] }, target_bucket: { references: ['aws_s3_bucket.logs.id', 'aws_s3_bucket.logs'] }, target_prefix: { constant_value: 'data/' } },
            },
          ],
        },
      },
    },
    expect: {
      'aws_s3_bucket.data': 'COMPLIANT',
      'aws_s3_bucket.logs': { status: 'NON_COMPLIANT', messageId: 'disabled' },
    },
  },
  {
    name: 'plan: a deleted bucket is not applicable; an update keeps its logging',
    plan: {
      format_version: '1.2',
      resource_changes: [
        { address: 'aws_s3_bucket.old', mode: 'managed', type: 'aws_s3_bucket', name: 'old', change: { actions: ['delete'], before: { bucket: 'old', id: 'old' }, after: null, after_unknown: {} } },
        { address: 'aws_s3_bucket.kept', mode: 'managed', type: 'aws_s3_bucket', name: 'kept', change: { actions: ['update'], before: { bucket: 'kept', id: 'kept', tags: {} }, after: { bucket: 'kept', id: 'kept', tags: { team: 'a' } }, after_unknown: {} } },
        { address: 'aws_s3_bucket_logging.kept', mode: 'managed', type: 'aws_s3_bucket_logging', name: 'kept', change: { actions: ['no-op'], before: { bucket: 'kept', target_bucket: 'central-logs', target_prefix: '' }, after: { bucket: 'kept', target_bucket: 'central-logs', target_prefix: '' }, after_unknown: {} } },
      ],
    },
    expect: { 'aws_s3_bucket.old': 'NOT_APPLICABLE', 'aws_s3_bucket.kept': 'COMPLIANT' },
  },
  {
    name: 'hcl: a dynamic logging block over a list not known before deployment may be no block at all; over a known list it is one',
    hcl: `
variable "log_targets" { type = list(string) }

resource "aws_s3_bucket" "maybe" {
  bucket = "maybe-logged"
  dynamic "logging" {
    for_each = var.log_targets
    content {
      target_bucket = logging.value
    }
  }
}

resource "aws_s3_bucket" "logged" {
  bucket = "logged"
  dynamic "logging" {
    for_each = ["central-logs"]
    content {
      target_bucket = logging.value
    }
  }
}
`,
    expect: {
      'aws_s3_bucket.maybe': { status: 'INSUFFICIENT_DATA', messageId: 'unknownTarget' },
      'aws_s3_bucket.logged': { status: 'COMPLIANT', messageId: 'enabled' },
    },
  },
] satisfies RuleCase[];
