import { defineRule } from '../../define.js';
import { TABLE } from './examples.js';
import { judgeKmsEncryption, KMS_ENCRYPTION_MESSAGES } from '../../lib/encryption.js';
import { booleanSetting, objectSetting } from '../../lib/settings.js';
import { isUnknown } from '../../../model/unknown.js';


export default defineRule<{ kmsKeyArns?: string[] }>({
  meta: {
    id: 'DYNAMODB_TABLE_ENCRYPTED_KMS',
    title: 'DynamoDB tables are encrypted with AWS KMS',
    description:
      'Checks that an Amazon DynamoDB table is encrypted with an AWS KMS key (SSESpecification.SSEEnabled true: the AWS managed key aws/dynamodb or KMSMasterKeyId), not with the AWS owned key DynamoDB uses when SSEEnabled is false or unset, and, when kmsKeyArns is given, with one of those keys.',
    severity: 'medium',
    resourceTypes: ['AWS::DynamoDB::Table'],
    managedRule: 'dynamodb-table-encrypted-kms',
    frameworks: { 'NIST-800-53-r5': ['AU-9(3)', 'CP-9', 'SC-13', 'SC-28(1)', 'SC-8(3)', 'SC-8(4)', 'SI-19(4)'], 'PCI-DSS-v3.2.1': ['3.4', '8.2.1'] },
    parameters: {
      kmsKeyArns: { type: 'string-list', description: 'ARNs of the AWS KMS keys tables may be encrypted with (any KMS key when absent).' },
    },
    messages: KMS_ENCRYPTION_MESSAGES,
    remediation: 'Set `SSESpecification: { SSEEnabled: true, SSEType: KMS, KMSMasterKeyId: <key> }` on the table (the key one of kmsKeyArns when given).',
    examples: {
      noncompliant: [{ cloudformation: TABLE }],
      compliant: [
        {
          cloudformation: `${TABLE}      SSESpecification:\n        SSEEnabled: true\n        SSEType: KMS\n        KMSMasterKeyId: !Ref TableKey\n  TableKey:\n    Type: AWS::KMS::Key\n    Properties:\n      EnableKeyRotation: true\n      KeyPolicy: { Version: "2012-10-17", Statement: [] }\n`,
        },
      ],
    },
  },
  check(table, { params, graph }) {
    const sse = objectSetting(table, ['SSESpecification']);
    const enabled = isUnknown(sse) ? sse : (booleanSetting(table, ['SSESpecification', 'SSEEnabled'], false) ?? false);
    const written = table.properties.SSESpecification !== undefined && !isUnknown(sse) && sse?.SSEEnabled !== undefined;
    return judgeKmsEncryption(
      {
        noun: 'Table',
        encrypted: enabled,
        encryptedPath: isUnknown(sse) ? ['SSESpecification'] : written ? ['SSESpecification', 'SSEEnabled'] : [],
        notEncryptedBecause: written ? 'SSESpecification.SSEEnabled is false, so DynamoDB uses an AWS owned key' : 'SSESpecification.SSEEnabled is not set, so DynamoDB uses an AWS owned key',
        key: isUnknown(sse) ? undefined : sse?.KMSMasterKeyId,
        keyPath: ['SSESpecification', 'KMSMasterKeyId'],
        serviceKey: 'alias/aws/dynamodb',
      },
      { allowed: params.kmsKeyArns },
      graph,
    );
  },
});

