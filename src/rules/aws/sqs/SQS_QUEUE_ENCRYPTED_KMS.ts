import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import { misnamedKey } from '../../lib/encryption.js';
import { kmsKeyMatches } from '../../lib/kms.js';
import { isSet } from '../../lib/certainty.js';
import { isUnknown } from '../../../model/unknown.js';
import { toBoolean } from '../../../model/value.js';

export default defineRule<{ kmsKeyIds?: string[] }>({
  meta: {
    id: 'SQS_QUEUE_ENCRYPTED_KMS',
    title: 'SQS queues are encrypted with an AWS KMS key',
    description:
      'Checks that an SQS queue uses server-side encryption with an AWS KMS key (KmsMasterKeyId), optionally one of a list of allowed keys. SQS-managed encryption (SqsManagedSseEnabled, SSE-SQS) does not count: its keys can not be governed with key policies or audited in CloudTrail.',
    severity: 'medium',
    recommended: false,
    whyNotRecommended:
      'KMS keys rather than SQS-managed encryption (SSE-SQS, the default for new queues) are an organisation\'s choice; AWS\'s foundational best practices (SQS.1) accept either. Turn it on where KMS is required, with kmsKeyIds for the keys you allow.',
    resourceTypes: ['AWS::SQS::Queue'],
    parameters: {
      kmsKeyIds: {
        type: 'string-list',
        description: 'KMS keys (ARNs, key ids or aliases such as alias/aws/sqs) queues may use (any KMS key when absent).',
      },
    },
    messages: {
      kms: 'Queue {{id}} is encrypted with KMS key {{key}}.',
      kmsAtDeployment: 'Queue {{id}} is encrypted with a KMS key known at deployment ({{reason}}).',
      sqsManaged: 'Queue {{id}} uses SQS-managed encryption (SSE-SQS), not an AWS KMS key.',
      unencrypted: 'Queue {{id}} sets no KmsMasterKeyId, so it is not encrypted with an AWS KMS key.',
      keyNotAllowed: 'Queue {{id}} is encrypted with KMS key {{key}}, which is not among the allowed kmsKeyIds.',
      unknownKey: 'The KMS key of queue {{id}} can not be decided before deployment ({{reason}}).',
    },
    remediation: 'Set `KmsMasterKeyId` on the queue to a KMS key (preferably a customer managed key) instead of `SqsManagedSseEnabled`.',
    examples: {
      noncompliant: [{ cloudformation: 'Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n    Properties:\n      SqsManagedSseEnabled: true\n' }],
      compliant: [
        {
          cloudformation:
            'Resources:\n  Key:\n    Type: AWS::KMS::Key\n    Properties:\n      KeyPolicy: {}\n  Queue:\n    Type: AWS::SQS::Queue\n    Properties:\n      KmsMasterKeyId: !Ref Key\n',
        },
      ],
    },
  },
  check(queue, { params, graph }) {
    const key = queue.properties.KmsMasterKeyId;
    const path = ['KmsMasterKeyId'];
    const allowed = params.kmsKeyIds ?? [];
    if (isUnknown(key)) {
      // A key known only at deployment (Ref, GetAtt, ImportValue, a choice between keys) is a KMS
      // key; whether it is an allowed one, or whether an undecidable Fn::If removes it, is not known.
      if (isSet(key) === true && allowed.length === 0) {
        return key.ref ? compliant('kms', { key: key.ref.resource }, path) : compliant('kmsAtDeployment', { reason: key.reason }, path);
      }
      return insufficientData('unknownKey', { reason: key.reason }, path);
    }
    if (key === undefined || key === null || key === '') {
      const sqsManaged = toBoolean(queue.properties.SqsManagedSseEnabled);
      if (sqsManaged === true) return nonCompliant('sqsManaged', {}, ['SqsManagedSseEnabled']);
      return nonCompliant('unencrypted', {}, []);
    }
    const text = String(key);
    const misnamed = misnamedKey(queue, key, graph);
    if (misnamed) return insufficientData('unknownKey', { reason: misnamed.reason }, path);
    if (allowed.length > 0) {
      const isAllowed = kmsKeyMatches(text, allowed);
      if (isUnknown(isAllowed)) return insufficientData('unknownKey', { reason: isAllowed.reason }, path);
      if (!isAllowed) return nonCompliant('keyNotAllowed', { key: text }, path);
    }
    return compliant('kms', { key: text }, path);
  },
});
