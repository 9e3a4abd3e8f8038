import { defineRule } from '../../define.js';
import { judgeKmsEncryption, KMS_ENCRYPTION_MESSAGES } from '../../lib/encryption.js';
import { objectSetting, oneOf, stringSetting } from '../../lib/settings.js';
import { isUnknown, unknown } from '../../../model/unknown.js';

const STREAM = 'Resources:\n  Events:\n    Type: AWS::Kinesis::Stream\n    Properties:\n      StreamModeDetails: { StreamMode: ON_DEMAND }\n';

export default defineRule({
  meta: {
    id: 'KINESIS_STREAM_ENCRYPTED',
    title: 'Kinesis data streams are encrypted at rest',
    description: 'Checks that an Amazon Kinesis data stream encrypts its records at rest with server-side encryption (StreamEncryption with EncryptionType KMS; unencrypted when StreamEncryption is absent).',
    severity: 'medium',
    resourceTypes: ['AWS::Kinesis::Stream'],
    managedRule: 'kinesis-stream-encrypted',
    frameworks: { FSBP: ['Kinesis.1'], 'NIST-800-53-r5': ['CA-9(1)', 'CM-3(6)', 'SC-13', 'SC-28', 'SC-28(1)', 'SC-7(10)', 'SI-7(6)'] },
    messages: KMS_ENCRYPTION_MESSAGES,
    remediation: 'Set `StreamEncryption: { EncryptionType: KMS, KeyId: alias/aws/kinesis }` (or a customer managed key) on the stream.',
    examples: {
      noncompliant: [{ cloudformation: STREAM }],
      compliant: [{ cloudformation: `${STREAM}      StreamEncryption:\n        EncryptionType: KMS\n        KeyId: alias/aws/kinesis\n` }],
    },
  },
  check(stream, { graph }) {
    const block = objectSetting(stream, ['StreamEncryption']);
    const type = isUnknown(block) ? block : block === undefined ? undefined : stringSetting(stream, ['StreamEncryption', 'EncryptionType']);
    const kms = block === undefined ? false : oneOf(type, ['KMS']);
    const key = isUnknown(block) ? undefined : block?.KeyId;
    // Kinesis has no default key: CloudFormation and StartStreamEncryption require KeyId with KMS, so a stream that names none is malformed, not encrypted with alias/aws/kinesis.
    const encrypted = kms === true && (key === undefined || key === null || key === '') ? unknown('malformed: StreamEncryption names no KeyId, which KMS encryption requires') : kms;
    return judgeKmsEncryption(
      {
        noun: 'Stream',
        encrypted,
        encryptedPath: block === undefined ? [] : isUnknown(block) ? ['StreamEncryption'] : ['StreamEncryption', 'EncryptionType'],
        notEncryptedBecause: block === undefined ? 'StreamEncryption is not set' : `EncryptionType is ${String(type ?? 'not set')}`,
        key,
        keyPath: ['StreamEncryption', 'KeyId'],
        serviceKey: 'alias/aws/kinesis',
      },
      {},
      graph,
    );
  },
});
