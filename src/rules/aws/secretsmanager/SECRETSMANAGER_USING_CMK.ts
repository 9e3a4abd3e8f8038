import { defineRule } from '../../define.js';
import { judgeKmsEncryption, KMS_ENCRYPTION_MESSAGES } from '../../lib/encryption.js';
import { SECRET } from './examples.js';

export default defineRule<{ kmsKeyArns?: string[] }>({
  meta: {
    id: 'SECRETSMANAGER_USING_CMK',
    title: 'Secrets Manager secrets are encrypted with a customer managed key',
    description:
      'Checks that an AWS Secrets Manager secret is encrypted with a customer managed AWS KMS key (KmsKeyId), not with the AWS managed key aws/secretsmanager that Secrets Manager uses when KmsKeyId is unset, and, when kmsKeyArns is given, with one of those keys.',
    severity: 'medium',
    resourceTypes: ['AWS::SecretsManager::Secret'],
    managedRule: 'secretsmanager-using-cmk',
    frameworks: { 'NIST-800-53-r5': ['AU-9(3)', 'CP-9', 'SC-13', 'SC-28(1)', 'SC-8(3)', 'SC-8(4)', 'SI-19(4)'], 'PCI-DSS-v3.2.1': ['3.4', '8.2.1'] },
    parameters: {
      kmsKeyArns: { type: 'string-list', description: 'ARNs of the KMS keys secrets may be encrypted with (any customer managed key when absent).' },
    },
    // Who manages a key named by its id or ARN is the key's own fact (DescribeKey's KeyManager).
    related: [{ type: 'AWS::KMS::Key', relation: 'references', property: 'KmsKeyId' }],
    messages: KMS_ENCRYPTION_MESSAGES,
    remediation: 'Set `KmsKeyId` on the secret to a customer managed key (an `AWS::KMS::Key` whose key policy lets the secret\'s readers decrypt).',
    examples: {
      noncompliant: [{ cloudformation: SECRET }],
      compliant: [{ cloudformation: `${SECRET}      KmsKeyId: !Ref SecretKey\n  SecretKey:\n    Type: AWS::KMS::Key\n    Properties:\n      EnableKeyRotation: true\n      KeyPolicy: { Version: "2012-10-17", Statement: [] }\n` }],
    },
  },
  check(secret, { params, graph }) {
    return judgeKmsEncryption(
      {
        noun: 'Secret',
        encrypted: true,
        encryptedPath: [],
        notEncryptedBecause: 'Secrets Manager always encrypts secrets',
        key: secret.properties.KmsKeyId,
        keyPath: ['KmsKeyId'],
        serviceKey: 'alias/aws/secretsmanager',
      },
      { customerManaged: true, allowed: params.kmsKeyArns },
      graph,
      secret,
    );
  },
});
