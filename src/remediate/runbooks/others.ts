import type { BuiltinRunbook } from './types.js';

const ROLE_PARAMETER = `  AutomationAssumeRole:
    type: String
    description: (Optional) The role Automation assumes to run this document.
    default: ''
    allowedPattern: '^$|^arn:(aws|aws-cn|aws-us-gov):iam::\\d{12}:role/[\\w+=,.@/-]+$'`;

export const enableSqsQueueEncryption: BuiltinRunbook = {
  name: 'tosei-enable-sqs-queue-encryption',
  resourceType: 'AWS::SQS::Queue',
  fixes: { SQS_QUEUE_ENCRYPTED_KMS: {} },
  changes: 'Sets server-side encryption with a KMS key on the queue (KmsMasterKeyId); messages already in the queue stay as they are.',
  resourceParameter: 'QueueUrl',
  permissions: [{ actions: ['sqs:SetQueueAttributes', 'sqs:GetQueueAttributes'], resource: 'arn:${AWS::Partition}:sqs:${AWS::Region}:${AWS::AccountId}:*' }],
  document: `schemaVersion: '0.3'
description: Encrypts an SQS queue with a KMS key.
assumeRole: '{{ AutomationAssumeRole }}'
parameters:
${ROLE_PARAMETER}
  QueueUrl:
    type: String
    description: (Required) The queue's URL (Config's resource id of an AWS::SQS::Queue).
    allowedPattern: '^https://\\S+$'
  KmsMasterKeyId:
    type: String
    description: (Optional) The KMS key (id, ARN or alias).
    default: alias/aws/sqs
mainSteps:
  - name: SetEncryption
    action: aws:executeAwsApi
    inputs:
      Service: sqs
      Api: SetQueueAttributes
      QueueUrl: '{{ QueueUrl }}'
      Attributes:
        KmsMasterKeyId: '{{ KmsMasterKeyId }}'
  - name: VerifyEncryption
    action: aws:assertAwsResourceProperty
    isEnd: true
    inputs:
      Service: sqs
      Api: GetQueueAttributes
      QueueUrl: '{{ QueueUrl }}'
      AttributeNames:
        - KmsMasterKeyId
      PropertySelector: $.Attributes.KmsMasterKeyId
      DesiredValues:
        - '{{ KmsMasterKeyId }}'
`,
};

export const revokeOpenIngress: BuiltinRunbook = {
  name: 'tosei-revoke-open-ingress',
  resourceType: 'AWS::EC2::SecurityGroup',
  fixes: { INCOMING_SSH_DISABLED: { Port: ['22'] }, RESTRICTED_INCOMING_TRAFFIC: {} },
  changes:
    'Revokes the ingress rules that open exactly the given TCP port to 0.0.0.0/0 and to ::/0; other rules, and port ranges that merely include the port, are left alone (the re-evaluation reports them).',
  resourceParameter: 'GroupId',
  permissions: [{ actions: ['ec2:RevokeSecurityGroupIngress'], resource: 'arn:${AWS::Partition}:ec2:${AWS::Region}:${AWS::AccountId}:security-group/*' }],
  document: `schemaVersion: '0.3'
description: Removes ingress from anywhere (0.0.0.0/0 and ::/0) on one forbidden TCP port.
assumeRole: '{{ AutomationAssumeRole }}'
parameters:
${ROLE_PARAMETER}
  GroupId:
    type: String
    description: (Required) The security group.
    allowedPattern: '^sg-[0-9a-f]{8,17}$'
  Port:
    type: Integer
    description: (Required) The forbidden port, e.g. 22 for SSH or 3389 for RDP.
mainSteps:
  - name: RevokeIpv4
    action: aws:executeAwsApi
    description: Fails with InvalidPermission.NotFound when no such rule exists, which is fine.
    onFailure: Continue
    inputs:
      Service: ec2
      Api: RevokeSecurityGroupIngress
      GroupId: '{{ GroupId }}'
      IpPermissions:
        - IpProtocol: tcp
          FromPort: '{{ Port }}'
          ToPort: '{{ Port }}'
          IpRanges:
            - CidrIp: 0.0.0.0/0
  - name: RevokeIpv6
    action: aws:executeAwsApi
    onFailure: Continue
    isEnd: true
    inputs:
      Service: ec2
      Api: RevokeSecurityGroupIngress
      GroupId: '{{ GroupId }}'
      IpPermissions:
        - IpProtocol: tcp
          FromPort: '{{ Port }}'
          ToPort: '{{ Port }}'
          Ipv6Ranges:
            - CidrIpv6: '::/0'
`,
};

export const enableEbsDefaultEncryption: BuiltinRunbook = {
  name: 'tosei-enable-ebs-default-encryption',
  resourceType: 'AWS::::Account',
  fixes: {},
  changes: 'Turns on EBS encryption by default for the account in the region: new volumes are encrypted; existing volumes are not changed.',
  permissions: [{ actions: ['ec2:EnableEbsEncryptionByDefault', 'ec2:GetEbsEncryptionByDefault'], resource: '*' }],
  document: `schemaVersion: '0.3'
description: Enables EBS encryption by default in the region.
assumeRole: '{{ AutomationAssumeRole }}'
parameters:
${ROLE_PARAMETER}
mainSteps:
  - name: EnableEncryptionByDefault
    action: aws:executeAwsApi
    inputs:
      Service: ec2
      Api: EnableEbsEncryptionByDefault
  - name: VerifyEncryptionByDefault
    action: aws:assertAwsResourceProperty
    isEnd: true
    inputs:
      Service: ec2
      Api: GetEbsEncryptionByDefault
      PropertySelector: $.EbsEncryptionByDefault
      DesiredValues:
        - 'True'
`,
};
