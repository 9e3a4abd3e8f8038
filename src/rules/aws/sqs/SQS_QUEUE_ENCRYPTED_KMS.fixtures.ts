import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'queues encrypted with a customer managed key and the AWS managed key',
    template: `
Resources:
  Key:
    Type: AWS::KMS::Key
    Properties:
      EnableKeyRotation: true
      KeyPolicy: { Version: "2012-10-17", Statement: [] }
  Orders:
    Type: AWS::SQS::Queue
    Properties:
      KmsMasterKeyId: !GetAtt Key.Arn
      KmsDataKeyReusePeriodSeconds: 300
  Events:
    Type: AWS::SQS::Queue
    Properties:
      KmsMasterKeyId: alias/aws/sqs
`,
    expect: { Orders: 'COMPLIANT', Events: { status: 'COMPLIANT', messageIncludes: 'alias/aws/sqs' } },
  },
  {
    name: 'SQS-managed encryption is not KMS',
    template: `
Resources:
  Queue:
    Type: AWS::SQS::Queue
    Properties:
      SqsManagedSseEnabled: "true"
`,
    expect: { Queue: { status: 'NON_COMPLIANT', messageId: 'sqsManaged', path: ['SqsManagedSseEnabled'] } },
  },
  {
    name: 'queue without encryption settings',
    template: `
Resources:
  Queue:
    Type: AWS::SQS::Queue
    Properties:
      QueueName: orders.fifo
      FifoQueue: true
      SqsManagedSseEnabled: false
`,
    expect: { Queue: { status: 'NON_COMPLIANT', messageId: 'unencrypted' } },
  },
  {
    name: 'key imported from another stack: a KMS key, whichever it is',
    template: `
Resources:
  Queue:
    Type: AWS::SQS::Queue
    Properties:
      KmsMasterKeyId: !ImportValue security-queue-key-arn
`,
    expect: { Queue: { status: 'COMPLIANT', messageId: 'kmsAtDeployment', path: ['KmsMasterKeyId'], messageIncludes: 'ImportValue' } },
  },
  {
    name: 'key imported from another stack, against kmsKeyIds',
    params: { kmsKeyIds: 'alias/queues' },
    template: `
Resources:
  Queue:
    Type: AWS::SQS::Queue
    Properties:
      KmsMasterKeyId: !ImportValue security-queue-key-arn
`,
    expect: { Queue: { status: 'INSUFFICIENT_DATA', messageId: 'unknownKey', path: ['KmsMasterKeyId'] } },
  },
  {
    name: 'key chosen between two keys by an undecidable condition is set; a key or nothing is not known',
    template: `
Conditions:
  InUsEast1: !Equals [!Ref AWS::Region, us-east-1]
Resources:
  EastKey:
    Type: AWS::KMS::Key
    Properties:
      KeyPolicy: {}
  Chosen:
    Type: AWS::SQS::Queue
    Properties:
      KmsMasterKeyId: !If [InUsEast1, !Ref EastKey, alias/queues]
  MaybeEncrypted:
    Type: AWS::SQS::Queue
    Properties:
      KmsMasterKeyId: !If [InUsEast1, !Ref EastKey, !Ref AWS::NoValue]
      SqsManagedSseEnabled: true
`,
    expect: {
      Chosen: { status: 'COMPLIANT', messageId: 'kmsAtDeployment', messageIncludes: 'InUsEast1' },
      MaybeEncrypted: { status: 'INSUFFICIENT_DATA', messageId: 'unknownKey', path: ['KmsMasterKeyId'] },
    },
  },
  {
    name: 'key chosen by a decidable and an undecidable Fn::If',
    inputs: { parameters: { Env: 'prod' } },
    template: `
Parameters:
  Env: { Type: String, Default: dev }
Conditions:
  IsProd: !Equals [!Ref Env, prod]
  InUsEast1: !Equals [!Ref AWS::Region, us-east-1]
Resources:
  Decided:
    Type: AWS::SQS::Queue
    Properties:
      KmsMasterKeyId: !If [IsProd, alias/prod-queues, !Ref AWS::NoValue]
      SqsManagedSseEnabled: !If [IsProd, !Ref AWS::NoValue, true]
  Undecided:
    Type: AWS::SQS::Queue
    Properties:
      KmsMasterKeyId: !If [InUsEast1, alias/queues, !Ref AWS::NoValue]
`,
    expect: { Decided: 'COMPLIANT', Undecided: { status: 'INSUFFICIENT_DATA', messageId: 'unknownKey' } },
  },
  {
    name: 'key from a mapping, a parameter default and Sub',
    inputs: { region: 'eu-west-1', accountId: '111122223333' },
    template: `
Parameters:
  KeyAlias: { Type: String, Default: alias/orders }
  Env: { Type: String, Default: prod }
Mappings:
  Keys:
    prod: { Alias: alias/prod-queues }
Resources:
  Mapped:
    Type: AWS::SQS::Queue
    Properties:
      KmsMasterKeyId: !FindInMap [Keys, !Ref Env, Alias]
  FromParameter:
    Type: AWS::SQS::Queue
    Properties:
      KmsMasterKeyId: !Ref KeyAlias
  Subbed:
    Type: AWS::SQS::Queue
    Properties:
      KmsMasterKeyId: !Sub arn:aws:kms:\${AWS::Region}:\${AWS::AccountId}:alias/\${Env}-queues
`,
    expect: { Mapped: 'COMPLIANT', FromParameter: 'COMPLIANT', Subbed: 'COMPLIANT' },
  },
  {
    name: 'kmsKeyIds: allowed by key ARN, by key id and by alias',
    params: { kmsKeyIds: 'arn:aws:kms:eu-west-1:111122223333:key/0f1e2d3c-4b5a-6978-8695-a4b3c2d1e0f9,alias/prod-queues' },
    template: `
Resources:
  ByArn:
    Type: AWS::SQS::Queue
    Properties:
      KmsMasterKeyId: arn:aws:kms:eu-west-1:111122223333:key/0f1e2d3c-4b5a-6978-8695-a4b3c2d1e0f9
  ByKeyId:
    Type: AWS::SQS::Queue
    Properties:
      KmsMasterKeyId: 0F1E2D3C-4B5A-6978-8695-A4B3C2D1E0F9
  ByAliasArn:
    Type: AWS::SQS::Queue
    Properties:
      KmsMasterKeyId: arn:aws:kms:eu-west-1:111122223333:alias/prod-queues
`,
    expect: { ByArn: 'COMPLIANT', ByKeyId: 'COMPLIANT', ByAliasArn: 'COMPLIANT' },
  },
  {
    name: 'kmsKeyIds of aliases: other alias, SSE-SQS, a key ARN, a key made in the template',
    params: { kmsKeyIds: ['alias/prod-queues'] },
    template: `
Resources:
  Key:
    Type: AWS::KMS::Key
    Properties:
      KeyPolicy: { Version: "2012-10-17", Statement: [] }
  AwsManaged:
    Type: AWS::SQS::Queue
    Properties:
      KmsMasterKeyId: alias/aws/sqs
  SqsManaged:
    Type: AWS::SQS::Queue
    Properties:
      SqsManagedSseEnabled: true
  KeyArn:
    Type: AWS::SQS::Queue
    Properties:
      KmsMasterKeyId: arn:aws:kms:eu-west-1:111122223333:key/0f1e2d3c-4b5a-6978-8695-a4b3c2d1e0f9
  NewKey:
    Type: AWS::SQS::Queue
    Properties:
      KmsMasterKeyId: !Ref Key
`,
    expect: {
      AwsManaged: { status: 'NON_COMPLIANT', messageId: 'keyNotAllowed', path: ['KmsMasterKeyId'] },
      SqsManaged: { status: 'NON_COMPLIANT', messageId: 'sqsManaged' },
      KeyArn: { status: 'INSUFFICIENT_DATA', messageId: 'unknownKey', messageIncludes: 'aliases' },
      NewKey: { status: 'INSUFFICIENT_DATA', messageId: 'unknownKey' },
    },
  },
] satisfies RuleCase[];
