import { defineRule } from '../../define.js';
import { isSet } from '../../lib/certainty.js';
import { judgeKmsEncryption, KMS_ENCRYPTION_MESSAGES } from '../../lib/encryption.js';

const GROUP = 'Resources:\n  AuditLogs:\n    Type: AWS::Logs::LogGroup\n    Properties:\n      LogGroupName: /audit/api\n';

export default defineRule<{ KmsKeyId?: string }>({
  meta: {
    id: 'CLOUDWATCH_LOG_GROUP_ENCRYPTED',
    title: 'CloudWatch log groups are encrypted with an AWS KMS key',
    description:
      'Checks that a CloudWatch Logs log group is encrypted with an AWS KMS key (KmsKeyId; without it CloudWatch Logs uses its own service-owned encryption) and, when KmsKeyId is given, with that key. A key of your own controls who can read the logs and records every use in CloudTrail.',
    severity: 'medium',
    resourceTypes: ['AWS::Logs::LogGroup'],
    managedRule: 'cloudwatch-log-group-encrypted',
    frameworks: { 'NIST-800-53-r5': ['AU-9(3)', 'CP-9', 'SC-13', 'SC-28(1)', 'SC-8(3)', 'SC-8(4)', 'SI-19(4)'], 'PCI-DSS-v3.2.1': ['3.4'] },
    parameters: {
      KmsKeyId: { type: 'string', description: 'ARN of the KMS key log groups must be encrypted with (any key when absent).' },
    },
    messages: KMS_ENCRYPTION_MESSAGES,
    remediation: 'Set `KmsKeyId` (`kms_key_id`) to a customer managed key whose key policy lets the CloudWatch Logs service principal of the region use it.',
    examples: {
      noncompliant: [{ cloudformation: GROUP }],
      compliant: [{ cloudformation: `${GROUP}      KmsKeyId: arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab\n` }],
    },
  },
  check(group, { params, graph }) {
    const key = group.properties.KmsKeyId;
    const allowed = params.KmsKeyId?.trim() ? [params.KmsKeyId.trim()] : undefined;
    return judgeKmsEncryption(
      { noun: 'Log group', encrypted: isSet(key), encryptedPath: key === undefined ? [] : ['KmsKeyId'], notEncryptedBecause: 'KmsKeyId is not set', key, keyPath: ['KmsKeyId'], serviceKey: 'no key (CloudWatch Logs service-owned encryption)' },
      { allowed },
      graph,
    );
  },
});
