import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'default AES256 with the bucket key enabled',
    template: `
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: AES256
            BucketKeyEnabled: "true"
`,
    expect: { Bucket: 'COMPLIANT' },
  },
  {
    name: 'bucket created without encryption',
    template: `
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: customer-exports
`,
    expect: { Bucket: { status: 'NON_COMPLIANT', messageId: 'missing' } },
  },
  {
    name: 'default AES256 rule: wrong algorithm, bucket key missing',
    template: `
Resources:
  Kms:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
            BucketKeyEnabled: true
  NoBucketKey:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: AES256
  NoDefault:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - BucketKeyEnabled: true
`,
    expect: {
      Kms: { status: 'NON_COMPLIANT', messageId: 'wrongAlgorithm', messageIncludes: 'AES256 is required' },
      NoBucketKey: { status: 'NON_COMPLIANT', messageId: 'bucketKeyOff', path: ['BucketEncryption', 'ServerSideEncryptionConfiguration', 0] },
      NoDefault: { status: 'NON_COMPLIANT', messageId: 'noDefault' },
    },
  },
  {
    name: 'encryptionAlgorithm aws:kms: key named, key missing, bucket key off',
    params: { encryptionAlgorithm: 'aws:kms' },
    template: `
Resources:
  Key:
    Type: AWS::KMS::Key
    Properties:
      KeyPolicy: { Version: "2012-10-17", Statement: [] }
  Good:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
              KMSMasterKeyID: !GetAtt Key.Arn
            BucketKeyEnabled: true
  NoKey:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
            BucketKeyEnabled: true
  KeyOff:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
              KMSMasterKeyID: alias/data
            BucketKeyEnabled: false
  S3Managed:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: AES256
            BucketKeyEnabled: true
`,
    expect: {
      Good: 'COMPLIANT',
      NoKey: { status: 'NON_COMPLIANT', messageId: 'noKey' },
      KeyOff: { status: 'NON_COMPLIANT', messageId: 'bucketKeyOff', path: ['BucketEncryption', 'ServerSideEncryptionConfiguration', 0, 'BucketKeyEnabled'] },
      S3Managed: { status: 'NON_COMPLIANT', messageId: 'wrongAlgorithm' },
    },
  },
  {
    name: 'encryptionAlgorithm aws:kms:dsse with an imported key: a key is named, whichever it is',
    params: { encryptionAlgorithm: 'aws:kms:dsse' },
    template: `
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms:dsse
              KMSMasterKeyID: !ImportValue security-data-key-arn
            BucketKeyEnabled: true
`,
    expect: { Bucket: { status: 'COMPLIANT', messageId: 'configured' } },
  },
  {
    name: 'a key chosen between two by an undecidable condition is named; a key or AWS::NoValue is not known',
    params: { encryptionAlgorithm: 'aws:kms' },
    template: `
Conditions:
  InUsEast1: !Equals [!Ref AWS::Region, us-east-1]
Resources:
  Chosen:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
              KMSMasterKeyID: !If [InUsEast1, alias/east-data, alias/data]
            BucketKeyEnabled: true
  MaybeKeyed:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
              KMSMasterKeyID: !If [InUsEast1, !ImportValue security-data-key-arn, !Ref AWS::NoValue]
            BucketKeyEnabled: true
`,
    expect: {
      Chosen: { status: 'COMPLIANT', messageId: 'configured' },
      MaybeKeyed: {
        status: 'INSUFFICIENT_DATA',
        messageId: 'unknown',
        path: ['BucketEncryption', 'ServerSideEncryptionConfiguration', 0, 'ServerSideEncryptionByDefault', 'KMSMasterKeyID'],
        messageIncludes: 'InUsEast1',
      },
    },
  },
  {
    name: 'algorithm and bucket key that are only known at deploy time',
    template: `
Parameters:
  BucketKey:
    Type: AWS::SSM::Parameter::Value<String>
    Default: /platform/s3/bucket-key
Resources:
  ImportedAlgorithm:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: !ImportValue platform-sse-algorithm
            BucketKeyEnabled: true
  SsmBucketKey:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: AES256
            BucketKeyEnabled: !Ref BucketKey
`,
    expect: {
      ImportedAlgorithm: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
      SsmBucketKey: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', path: ['BucketEncryption', 'ServerSideEncryptionConfiguration', 0, 'BucketKeyEnabled'] },
    },
  },
  {
    name: 'an unknown value does not hide a known violation',
    template: `
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: !ImportValue platform-sse-algorithm
            BucketKeyEnabled: false
`,
    expect: { Bucket: { status: 'NON_COMPLIANT', messageId: 'bucketKeyOff' } },
  },
  {
    name: 'algorithm from a mapping, a Sub-built key and a decidable Fn::If',
    params: { encryptionAlgorithm: 'aws:kms' },
    inputs: { parameters: { Env: 'prod' }, region: 'eu-central-1', accountId: '111122223333' },
    template: `
Parameters:
  Env: { Type: String, Default: dev }
Conditions:
  IsProd: !Equals [!Ref Env, prod]
Mappings:
  Standard:
    prod: { Algorithm: "aws:kms" }
    dev: { Algorithm: AES256 }
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: !FindInMap [Standard, !Ref Env, Algorithm]
              KMSMasterKeyID: !If
                - IsProd
                - !Sub arn:aws:kms:\${AWS::Region}:\${AWS::AccountId}:alias/\${Env}-data
                - !Ref AWS::NoValue
            BucketKeyEnabled: !If [IsProd, true, false]
`,
    expect: { Bucket: 'COMPLIANT' },
  },
  {
    name: 'the whole encryption block behind an undecidable condition',
    template: `
Conditions:
  HasKey: !Not [!Equals [!Ref AWS::AccountId, "111122223333"]]
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption: !If
        - HasKey
        - ServerSideEncryptionConfiguration:
            - ServerSideEncryptionByDefault: { SSEAlgorithm: AES256 }
              BucketKeyEnabled: true
        - !Ref AWS::NoValue
`,
    expect: { Bucket: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', path: ['BucketEncryption'] } },
  },
] satisfies RuleCase[];
