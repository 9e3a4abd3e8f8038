import type { RuleCase } from '../../tester.js';

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
] satisfies RuleCase[];
