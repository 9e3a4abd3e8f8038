import type { BuiltinRunbook } from './types.js';

const ROLE_PARAMETER = `  AutomationAssumeRole:
    type: String
    description: (Optional) The role Automation assumes to run this document.
    default: ''
    allowedPattern: '^$|^arn:(aws|aws-cn|aws-us-gov):iam::\\d{12}:role/[\\w+=,.@/-]+$'
  BucketName:
    type: AWS::S3::Bucket::Name
    description: (Required) The bucket to change.`;

export const enableS3BucketEncryption: BuiltinRunbook = {
  name: 'tosei-enable-s3-bucket-encryption',
  resourceType: 'AWS::S3::Bucket',
  fixes: { S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED: {}, S3_DEFAULT_ENCRYPTION_KMS: { SSEAlgorithm: ['aws:kms'] } },
  changes: "Sets the bucket's default encryption (SSE-S3, or SSE-KMS with the bucket key when SSEAlgorithm is aws:kms); existing objects are not re-encrypted.",
  resourceParameter: 'BucketName',
  permissions: [{ actions: ['s3:PutEncryptionConfiguration', 's3:GetEncryptionConfiguration'], resource: 'arn:${AWS::Partition}:s3:::*' }],
  document: `schemaVersion: '0.3'
description: Sets default server-side encryption on an S3 bucket.
assumeRole: '{{ AutomationAssumeRole }}'
parameters:
${ROLE_PARAMETER}
  SSEAlgorithm:
    type: String
    description: (Optional) AES256 (SSE-S3) or aws:kms (SSE-KMS).
    default: AES256
    allowedValues: [AES256, 'aws:kms']
  KMSMasterKeyID:
    type: String
    description: (Optional) The KMS key for aws:kms; the AWS managed key when empty.
    default: alias/aws/s3
mainSteps:
  - name: ChooseAlgorithm
    action: aws:branch
    inputs:
      Choices:
        - NextStep: EncryptWithKms
          Variable: '{{ SSEAlgorithm }}'
          StringEquals: 'aws:kms'
      Default: EncryptWithS3Keys
  - name: EncryptWithS3Keys
    action: aws:executeAwsApi
    nextStep: VerifyEncryption
    inputs:
      Service: s3
      Api: PutBucketEncryption
      Bucket: '{{ BucketName }}'
      ServerSideEncryptionConfiguration:
        Rules:
          - ApplyServerSideEncryptionByDefault:
              SSEAlgorithm: AES256
  - name: EncryptWithKms
    action: aws:executeAwsApi
    inputs:
      Service: s3
      Api: PutBucketEncryption
      Bucket: '{{ BucketName }}'
      ServerSideEncryptionConfiguration:
        Rules:
          - ApplyServerSideEncryptionByDefault:
              SSEAlgorithm: 'aws:kms'
              KMSMasterKeyID: '{{ KMSMasterKeyID }}'
            BucketKeyEnabled: true
  - name: VerifyEncryption
    action: aws:assertAwsResourceProperty
    isEnd: true
    inputs:
      Service: s3
      Api: GetBucketEncryption
      Bucket: '{{ BucketName }}'
      PropertySelector: $.ServerSideEncryptionConfiguration.Rules[0].ApplyServerSideEncryptionByDefault.SSEAlgorithm
      DesiredValues:
        - '{{ SSEAlgorithm }}'
`,
};

export const configureS3PublicAccessBlock: BuiltinRunbook = {
  name: 'tosei-configure-s3-public-access-block',
  resourceType: 'AWS::S3::Bucket',
  fixes: { S3_BUCKET_LEVEL_PUBLIC_ACCESS_PROHIBITED: {} },
  changes: "Turns on the bucket's public access block (all four settings by default); public ACLs and policies stop granting access.",
  resourceParameter: 'BucketName',
  permissions: [{ actions: ['s3:PutBucketPublicAccessBlock', 's3:GetBucketPublicAccessBlock'], resource: 'arn:${AWS::Partition}:s3:::*' }],
  document: `schemaVersion: '0.3'
description: Blocks public access to an S3 bucket at bucket level.
assumeRole: '{{ AutomationAssumeRole }}'
parameters:
${ROLE_PARAMETER}
  BlockPublicAcls:
    type: Boolean
    default: true
  IgnorePublicAcls:
    type: Boolean
    default: true
  BlockPublicPolicy:
    type: Boolean
    default: true
  RestrictPublicBuckets:
    type: Boolean
    default: true
mainSteps:
  - name: PutPublicAccessBlock
    action: aws:executeAwsApi
    inputs:
      Service: s3
      Api: PutPublicAccessBlock
      Bucket: '{{ BucketName }}'
      PublicAccessBlockConfiguration:
        BlockPublicAcls: '{{ BlockPublicAcls }}'
        IgnorePublicAcls: '{{ IgnorePublicAcls }}'
        BlockPublicPolicy: '{{ BlockPublicPolicy }}'
        RestrictPublicBuckets: '{{ RestrictPublicBuckets }}'
  - name: VerifyPublicAccessBlock
    action: aws:assertAwsResourceProperty
    isEnd: true
    inputs:
      Service: s3
      Api: GetPublicAccessBlock
      Bucket: '{{ BucketName }}'
      PropertySelector: $.PublicAccessBlockConfiguration.BlockPublicPolicy
      DesiredValues:
        - '{{ BlockPublicPolicy }}'
`,
};
