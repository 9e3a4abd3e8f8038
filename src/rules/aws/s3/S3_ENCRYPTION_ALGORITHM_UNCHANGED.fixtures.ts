import type { RuleCase } from '../../tester.js';

const KMS_BUCKET = `
Resources:
  Data:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
              KMSMasterKeyID: alias/data
            BucketKeyEnabled: true
`;

export default [
  {
    name: 'update keeps aws:kms while the key and bucket key change',
    previousTemplate: KMS_BUCKET,
    template: `
Resources:
  Data:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
              KMSMasterKeyID: alias/data-v2
            BucketKeyEnabled: false
`,
    expect: { Data: { status: 'COMPLIANT', messageId: 'unchanged' } },
  },
  {
    name: 'update downgrades aws:kms to AES256',
    previousTemplate: KMS_BUCKET,
    template: `
Resources:
  Data:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: AES256
`,
    expect: {
      Data: {
        status: 'NON_COMPLIANT',
        messageId: 'changed',
        messageIncludes: 'from aws:kms to AES256',
        path: ['BucketEncryption', 'ServerSideEncryptionConfiguration', 0, 'ServerSideEncryptionByDefault', 'SSEAlgorithm'],
      },
    },
  },
  {
    name: 'update removes the encryption configuration (S3 falls back to AES256)',
    previousTemplate: KMS_BUCKET,
    template: `
Resources:
  Data:
    Type: AWS::S3::Bucket
`,
    expect: { Data: { status: 'NON_COMPLIANT', messageId: 'changed', messageIncludes: 'to AES256' } },
  },
  {
    name: 'update adds explicit AES256 to a bucket that had none',
    previousTemplate: `
Resources:
  Data:
    Type: AWS::S3::Bucket
`,
    template: `
Resources:
  Data:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: AES256
            BucketKeyEnabled: true
`,
    expect: { Data: 'COMPLIANT' },
  },
  {
    name: 'a bucket created by the update has no previous state',
    previousTemplate: KMS_BUCKET,
    template: `
Resources:
  Data:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
  Fresh:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: AES256
`,
    expect: { Data: 'COMPLIANT', Fresh: { status: 'NOT_APPLICABLE', messageId: 'noPrevious' } },
  },
  {
    name: 'static scan without a previous template',
    template: KMS_BUCKET,
    expect: { Data: { status: 'NOT_APPLICABLE', messageId: 'noPrevious' } },
  },
  {
    name: 'new algorithm imported from another stack',
    previousTemplate: KMS_BUCKET,
    template: `
Resources:
  Data:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: !ImportValue platform-sse-algorithm
`,
    expect: { Data: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'after' } },
  },
  {
    name: 'previous algorithm behind an undecidable condition',
    previousTemplate: `
Conditions:
  InUsEast1: !Equals [!Ref AWS::Region, us-east-1]
Resources:
  Data:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: !If [InUsEast1, "aws:kms", AES256]
`,
    template: KMS_BUCKET,
    expect: { Data: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'before' } },
  },
  {
    name: 'algorithms from a mapping and a decidable Fn::If on both sides',
    inputs: { parameters: { Tier: 'confidential' } },
    previousTemplate: `
Parameters:
  Tier: { Type: String, Default: public }
Mappings:
  Encryption:
    confidential: { Algorithm: "aws:kms" }
    public: { Algorithm: AES256 }
Resources:
  Data:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: !FindInMap [Encryption, !Ref Tier, Algorithm]
`,
    template: `
Parameters:
  Tier: { Type: String, Default: public }
Conditions:
  IsConfidential: !Equals [!Ref Tier, confidential]
Resources:
  Data:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Sub \${Tier}-data
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: !If [IsConfidential, "aws:kms:dsse", AES256]
`,
    expect: { Data: { status: 'NON_COMPLIANT', messageId: 'changed', messageIncludes: 'from aws:kms to aws:kms:dsse' } },
  },
] satisfies RuleCase[];
