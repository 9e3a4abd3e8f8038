import { defineRule } from '../../define.js';
import { isSet } from '../../lib/certainty.js';
import { judgeKmsEncryption, KMS_ENCRYPTION_MESSAGES } from '../../lib/encryption.js';

const TOPIC = 'Resources:\n  Alerts:\n    Type: AWS::SNS::Topic\n    Properties:\n      DisplayName: alerts\n';

export default defineRule<{ kmsKeyIds?: string[] }>({
  meta: {
    id: 'SNS_ENCRYPTED_KMS',
    title: 'SNS topics are encrypted with AWS KMS',
    description:
      'Checks that an Amazon SNS topic encrypts its messages at rest with an AWS KMS key (KmsMasterKeyId; unencrypted when unset) and, when kmsKeyIds is given, with one of those keys (key ARNs, key ids, alias ARNs or alias names).',
    severity: 'medium',
    resourceTypes: ['AWS::SNS::Topic'],
    managedRule: 'sns-encrypted-kms',
    frameworks: { 'NIST-800-53-r5': ['CA-9(1)', 'CM-3(6)', 'SC-13', 'SC-28', 'SC-28(1)', 'SC-7(10)', 'SI-7(6)'], 'PCI-DSS-v3.2.1': ['8.2.1'] },
    parameters: {
      kmsKeyIds: { type: 'string-list', description: 'KMS key ARNs, key ids, alias ARNs or alias names topics may be encrypted with (any key when absent).' },
    },
    messages: KMS_ENCRYPTION_MESSAGES,
    remediation: 'Set `KmsMasterKeyId` on the topic (`alias/aws/sns`, or a customer managed key whose policy lets the publishing services use it).',
    examples: {
      noncompliant: [{ cloudformation: TOPIC }],
      compliant: [{ cloudformation: `${TOPIC}      KmsMasterKeyId: alias/aws/sns\n` }],
    },
  },
  check(topic, { params, graph }) {
    const key = topic.properties.KmsMasterKeyId;
    return judgeKmsEncryption(
      { noun: 'Topic', encrypted: isSet(key), encryptedPath: key === undefined ? [] : ['KmsMasterKeyId'], notEncryptedBecause: 'KmsMasterKeyId is not set', key, keyPath: ['KmsMasterKeyId'], serviceKey: 'alias/aws/sns' },
      { allowed: params.kmsKeyIds },
      graph,
    );
  },
});
