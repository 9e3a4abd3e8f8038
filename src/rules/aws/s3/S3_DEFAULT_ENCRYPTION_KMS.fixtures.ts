import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'SSE-KMS with a key in the template, the AWS managed key, and DSSE-KMS',
    template: `
Resources:
  Key:
    Type: AWS::KMS::Key
    Properties:
      EnableKeyRotation: true
      KeyPolicy: { Version: "2012-10-17", Statement: [] }
  Data:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
              KMSMasterKeyID: !GetAtt Key.Arn
            BucketKeyEnabled: true
  AwsManaged:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
  DualLayer:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms:dsse
              KMSMasterKeyID: !Ref Key
`,
    expect: { Data: 'COMPLIANT', AwsManaged: 'COMPLIANT', DualLayer: 'COMPLIANT' },
  },
  {
    name: 'SSE-S3 and no encryption at all',
    template: `
Resources:
  S3Managed:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: AES256
            BucketKeyEnabled: false
  Plain:
    Type: AWS::S3::Bucket
`,
    expect: {
      S3Managed: {
        status: 'NON_COMPLIANT',
        messageId: 'notKms',
        path: ['BucketEncryption', 'ServerSideEncryptionConfiguration', 0, 'ServerSideEncryptionByDefault', 'SSEAlgorithm'],
      },
      Plain: { status: 'NON_COMPLIANT', messageId: 'missing' },
    },
  },
  {
    name: 'algorithm from an import',
    template: `
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: !ImportValue platform-sse-algorithm
`,
    expect: { Bucket: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' } },
  },
  {
    name: 'algorithm through a mapping per environment and a decidable Fn::If',
    inputs: { parameters: { Env: 'dev' } },
    template: `
Parameters:
  Env: { Type: String, Default: prod }
Conditions:
  IsProd: !Equals [!Ref Env, prod]
Mappings:
  Encryption:
    prod: { Algorithm: "aws:kms" }
    dev: { Algorithm: AES256 }
Resources:
  Mapped:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: !FindInMap [Encryption, !Ref Env, Algorithm]
  Conditional:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: !If [IsProd, "aws:kms", "aws:kms:dsse"]
`,
    expect: { Mapped: { status: 'NON_COMPLIANT', messageId: 'notKms' }, Conditional: 'COMPLIANT' },
  },
  {
    name: 'kmsKeyArns: allowed key by ARN, by key id and through Sub',
    params: { kmsKeyArns: 'arn:aws:kms:eu-west-1:111122223333:key/0f1e2d3c-4b5a-6978-8695-a4b3c2d1e0f9,arn:aws:kms:eu-west-1:111122223333:alias/data' },
    inputs: { region: 'eu-west-1', accountId: '111122223333' },
    template: `
Parameters:
  KeyId: { Type: String, Default: 0f1e2d3c-4b5a-6978-8695-a4b3c2d1e0f9 }
Resources:
  ByArn:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
              KMSMasterKeyID: arn:aws:kms:eu-west-1:111122223333:key/0f1e2d3c-4b5a-6978-8695-a4b3c2d1e0f9
  ById:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
              KMSMasterKeyID: !Ref KeyId
  BySub:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
              KMSMasterKeyID: !Sub arn:aws:kms:\${AWS::Region}:\${AWS::AccountId}:alias/data
`,
    expect: { ByArn: 'COMPLIANT', ById: 'COMPLIANT', BySub: 'COMPLIANT' },
  },
  {
    name: 'kmsKeyArns: other key, AWS managed key, an alias, and a key created in the template',
    params: { kmsKeyArns: ['arn:aws:kms:eu-west-1:111122223333:key/0f1e2d3c-4b5a-6978-8695-a4b3c2d1e0f9'] },
    template: `
Resources:
  Key:
    Type: AWS::KMS::Key
    Properties:
      KeyPolicy: { Version: "2012-10-17", Statement: [] }
  OtherKey:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
              KMSMasterKeyID: arn:aws:kms:eu-west-1:444455556666:key/11111111-2222-3333-4444-555555555555
  AwsManaged:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
  Aliased:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
              KMSMasterKeyID: alias/data
  NewKey:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
              KMSMasterKeyID: !GetAtt Key.Arn
`,
    expect: {
      OtherKey: {
        status: 'NON_COMPLIANT',
        messageId: 'keyNotAllowed',
        path: ['BucketEncryption', 'ServerSideEncryptionConfiguration', 0, 'ServerSideEncryptionByDefault', 'KMSMasterKeyID'],
      },
      AwsManaged: { status: 'NON_COMPLIANT', messageId: 'awsManagedKey' },
      Aliased: { status: 'INSUFFICIENT_DATA', messageId: 'unknownKey', messageIncludes: 'aliases' },
      NewKey: { status: 'INSUFFICIENT_DATA', messageId: 'unknownKey' },
    },
  },
  {
    name: 'encryption configuration behind an undecidable condition',
    template: `
Conditions:
  InUsEast1: !Equals [!Ref AWS::Region, us-east-1]
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration: !If
          - InUsEast1
          - - ServerSideEncryptionByDefault: { SSEAlgorithm: "aws:kms" }
          - - ServerSideEncryptionByDefault: { SSEAlgorithm: AES256 }
`,
    expect: { Bucket: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', path: ['BucketEncryption', 'ServerSideEncryptionConfiguration'] } },
  },
] satisfies RuleCase[];
