import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'SSE-S3, SSE-KMS and DSSE-KMS default encryption',
    template: `
Resources:
  Key:
    Type: AWS::KMS::Key
    Properties:
      KeyPolicy: { Version: "2012-10-17", Statement: [] }
  S3Managed:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: AES256
  Kms:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
              KMSMasterKeyID: !GetAtt Key.Arn
            BucketKeyEnabled: true
  DualLayer:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms:dsse
`,
    expect: {
      S3Managed: { status: 'COMPLIANT', path: ['BucketEncryption', 'ServerSideEncryptionConfiguration', 0, 'ServerSideEncryptionByDefault', 'SSEAlgorithm'] },
      Kms: 'COMPLIANT',
      DualLayer: 'COMPLIANT',
    },
  },
  {
    name: 'bucket without default encryption',
    template: `
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      VersioningConfiguration: { Status: Enabled }
`,
    expect: { Bucket: { status: 'NON_COMPLIANT', messageId: 'missing' } },
  },
  {
    name: 'encryption rule without a default, and an empty rule list',
    template: `
Resources:
  KeyOnly:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - BucketKeyEnabled: true
  Empty:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration: []
`,
    expect: {
      KeyOnly: { status: 'NON_COMPLIANT', messageId: 'noDefault', path: ['BucketEncryption', 'ServerSideEncryptionConfiguration', 0] },
      Empty: { status: 'NON_COMPLIANT', messageId: 'missing' },
    },
  },
  {
    name: 'algorithm imported from another stack',
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
    name: 'algorithm from a mapping, a parameter default and a decidable Fn::If',
    inputs: { parameters: { Env: 'prod' } },
    template: `
Parameters:
  Env: { Type: String, Default: dev }
  Algorithm: { Type: String, Default: AES256 }
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
  FromParameter:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: !Ref Algorithm
  Conditional:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Sub \${Env}-exports
      BucketEncryption: !If
        - IsProd
        - ServerSideEncryptionConfiguration:
            - ServerSideEncryptionByDefault: { SSEAlgorithm: "aws:kms" }
        - !Ref AWS::NoValue
`,
    expect: { Mapped: 'COMPLIANT', FromParameter: 'COMPLIANT', Conditional: 'COMPLIANT' },
  },
  {
    name: 'encryption behind an undecidable condition',
    template: `
Conditions:
  InUsEast1: !Equals [!Ref AWS::Region, us-east-1]
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption: !If
        - InUsEast1
        - ServerSideEncryptionConfiguration:
            - ServerSideEncryptionByDefault: { SSEAlgorithm: AES256 }
        - !Ref AWS::NoValue
`,
    expect: { Bucket: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', path: ['BucketEncryption'] } },
  },
  {
    name: 'bucket policy that denies uploads without server-side encryption',
    template: `
Resources:
  Uploads:
    Type: AWS::S3::Bucket
  UploadsPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Uploads
      PolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Sid: DenyUnencryptedUploads
            Effect: Deny
            Principal: "*"
            Action: s3:PutObject
            Resource: !Sub \${Uploads.Arn}/*
            Condition:
              "Null": { "s3:x-amz-server-side-encryption": "true" }
  Archive:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: archive-prod
  ArchivePolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: archive-prod
      PolicyDocument:
        Statement:
          - Effect: Deny
            Principal: { AWS: "*" }
            Action: ["s3:Put*"]
            Resource: arn:aws:s3:::archive-prod/*
            Condition:
              StringNotEquals: { "s3:x-amz-server-side-encryption": ["AES256", "aws:kms"] }
`,
    expect: {
      Uploads: { status: 'COMPLIANT', messageId: 'policyDenies' },
      Archive: { status: 'COMPLIANT', messageId: 'policyDenies' },
    },
  },
  {
    name: 'bucket policies that do not deny unencrypted uploads',
    template: `
Resources:
  Narrowed:
    Type: AWS::S3::Bucket
  NarrowedPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Narrowed
      PolicyDocument:
        Statement:
          - Effect: Deny
            Principal: "*"
            Action: s3:PutObject
            Resource: !Sub \${Narrowed.Arn}/*
            Condition:
              "Null": { "s3:x-amz-server-side-encryption": "true" }
              Bool: { "aws:SecureTransport": "false" }
  OneRole:
    Type: AWS::S3::Bucket
  OneRolePolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref OneRole
      PolicyDocument:
        Statement:
          - Effect: Deny
            Principal: { AWS: arn:aws:iam::111122223333:role/uploader }
            Action: s3:PutObject
            Resource: !Sub \${OneRole.Arn}/*
            Condition:
              "Null": { "s3:x-amz-server-side-encryption": "true" }
`,
    expect: {
      Narrowed: { status: 'NON_COMPLIANT', messageId: 'missing' },
      OneRole: { status: 'NON_COMPLIANT', messageId: 'missing' },
    },
  },
  {
    name: 'bucket policy document imported from another stack',
    template: `
Resources:
  Bucket:
    Type: AWS::S3::Bucket
  Policy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Bucket
      PolicyDocument: !ImportValue shared-bucket-policy
`,
    expect: { Bucket: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' } },
  },
  {
    name: 'algorithm that S3 does not support',
    template: `
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aes256
`,
    expect: { Bucket: { status: 'NON_COMPLIANT', messageId: 'unsupportedAlgorithm', messageIncludes: 'aes256' } },
  },
  {
    name: 'a deny policy created only under an undecidable condition does not prove compliance; an unconditional one does (the same template)',
    template: `
Conditions:
  InUsEast1: !Equals [!Ref AWS::Region, us-east-1]
Resources:
  Regional:
    Type: AWS::S3::Bucket
  RegionalPolicy:
    Type: AWS::S3::BucketPolicy
    Condition: InUsEast1
    Properties:
      Bucket: !Ref Regional
      PolicyDocument:
        Statement:
          - Sid: DenyUnencryptedUploads
            Effect: Deny
            Principal: "*"
            Action: s3:PutObject
            Resource: !Sub '\${Regional.Arn}/*'
            Condition:
              "Null": { "s3:x-amz-server-side-encryption": "true" }
  Guarded:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: guarded-uploads
  GuardedAlways:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Guarded
      PolicyDocument:
        Statement:
          - { Effect: Deny, Principal: "*", Action: s3:PutObject, Resource: "arn:aws:s3:::guarded-uploads/*", Condition: { "Null": { "s3:x-amz-server-side-encryption": "true" } } }
`,
    expect: {
      Regional: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'RegionalPolicy is created only when condition InUsEast1 holds' },
      Guarded: { status: 'COMPLIANT', messageId: 'policyDenies', messageIncludes: 'GuardedAlways' },
    },
  },
] satisfies RuleCase[];
