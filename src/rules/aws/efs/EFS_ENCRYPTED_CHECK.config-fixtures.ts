import { buildConfigurationItem as item } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

/** AWS::EFS::FileSystem: Config records it in CloudFormation's names (aws-config-resource-schema). */
const fileSystem = (id: string, fields: Record<string, unknown>) =>
  item('AWS::EFS::FileSystem', { FileSystemId: id, Arn: `arn:aws:elasticfilesystem:us-east-1:123456789012:file-system/${id}`, PerformanceMode: 'generalPurpose', ThroughputMode: 'bursting', BackupPolicy: { Status: 'ENABLED' }, ...fields });

export default [
  {
    name: 'config: encrypted and unencrypted file systems',
    items: [fileSystem('fs-encrypted', { Encrypted: true, KmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab' }), fileSystem('fs-plain', { Encrypted: false }), fileSystem('fs-unrecorded', {})],
    expect: {
      'fs-encrypted': { status: 'COMPLIANT', messageId: 'encrypted' },
      'fs-plain': { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
      'fs-unrecorded': { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncrypted' },
    },
  },
] satisfies RuleCase[];
