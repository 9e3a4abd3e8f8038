import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import { misnamedKey } from '../../lib/encryption.js';
import { kmsKeyMatches } from '../../lib/kms.js';
import { isUnknown } from '../../../model/unknown.js';
import { toBoolean } from '../../../model/value.js';

export default defineRule<{ KmsKeyId?: string }>({
  meta: {
    id: 'EFS_ENCRYPTED_CHECK',
    title: 'EFS file systems are encrypted at rest with KMS',
    description:
      'Checks that an Amazon EFS file system encrypts its data at rest with AWS KMS, optionally with a given key. Encryption at rest can only be chosen when the file system is created.',
    severity: 'medium',
    resourceTypes: ['AWS::EFS::FileSystem'],
    managedRule: 'efs-encrypted-check',
    frameworks: {
      FSBP: ['EFS.1'],
      'CIS-v3.0.0': ['2.4.1'],
      'CIS-v5.0.0': ['2.3.1'],
      'NIST-800-53-r5': ['CA-9(1)', 'CM-3(6)', 'SC-13', 'SC-28', 'SC-28(1)', 'SC-7(10)', 'SI-7(6)'],
      'PCI-DSS-v3.2.1': ['3.4', '8.2.1'],
    },
    parameters: {
      KmsKeyId: { type: 'string', description: 'ARN (or id) of the KMS key the file system must be encrypted with (any key when absent).' },
    },
    messages: {
      encrypted: 'File system {{id}} is encrypted at rest.',
      notEncrypted: 'File system {{id}} is not encrypted at rest (Encrypted is {{actual}}).',
      defaultKey: 'File system {{id}} is encrypted with the AWS managed key aws/elasticfilesystem, not with {{expected}}.',
      wrongKey: 'File system {{id}} is encrypted with {{actual}}, not with {{expected}}.',
      unknownEncrypted: 'Whether file system {{id}} is encrypted is not known before deployment ({{reason}}).',
      unknownKey: 'The KMS key of file system {{id}} is not known before deployment ({{reason}}).',
    },
    remediation: 'Set `Encrypted: true` (and `KmsKeyId` to the required key) on the file system; an existing file system must be replaced.',
    examples: {
      noncompliant: [{ cloudformation: 'Resources:\n  FileSystem:\n    Type: AWS::EFS::FileSystem\n    Properties:\n      PerformanceMode: generalPurpose\n' }],
      compliant: [
        {
          cloudformation:
            'Resources:\n  FileSystem:\n    Type: AWS::EFS::FileSystem\n    Properties:\n      Encrypted: true\n      KmsKeyId: arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab\n',
        },
      ],
    },
  },
  check(fileSystem, { params, graph }) {
    const encrypted = toBoolean(fileSystem.properties.Encrypted);
    if (isUnknown(encrypted)) return insufficientData('unknownEncrypted', { reason: encrypted.reason }, ['Encrypted']);
    if (encrypted !== true) {
      const written = fileSystem.properties.Encrypted;
      return nonCompliant('notEncrypted', { actual: written === undefined ? 'not set (default false)' : String(written) }, written === undefined ? [] : ['Encrypted']);
    }
    const misnamed = misnamedKey(fileSystem, fileSystem.properties.KmsKeyId, graph);
    if (misnamed) return insufficientData('unknownKey', { reason: misnamed.reason }, ['KmsKeyId']);
    if (params.KmsKeyId !== undefined) {
      const key = fileSystem.properties.KmsKeyId;
      if (key === undefined) return nonCompliant('defaultKey', { expected: params.KmsKeyId }, ['Encrypted']);
      const matches = kmsKeyMatches(key, [params.KmsKeyId]);
      if (isUnknown(matches)) return insufficientData('unknownKey', { reason: matches.reason }, ['KmsKeyId']);
      if (!matches) return nonCompliant('wrongKey', { actual: String(key), expected: params.KmsKeyId }, ['KmsKeyId']);
    }
    return compliant('encrypted', {}, ['Encrypted']);
  },
});
