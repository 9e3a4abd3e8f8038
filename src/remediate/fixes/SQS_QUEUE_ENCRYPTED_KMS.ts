import { isUnknown } from '../../model/unknown.js';
import { toBoolean } from '../../model/value.js';
import type { TemplateEdit, TemplateFix } from '../autofix/edits.js';
import { kmsKeyParameter, stringList, unhandledVerdict } from './shared.js';

/**
 * `KmsMasterKeyId: !Ref SqsKmsKeyId`. The rule does not accept SQS-managed SSE, and SQS refuses
 * both at once, so a queue with `SqsManagedSseEnabled: true` gets it set to false.
 */
export const fix: TemplateFix = {
  ruleId: 'SQS_QUEUE_ENCRYPTED_KMS',
  fix(queue, verdicts, { params }) {
    const unhandled = unhandledVerdict(verdicts, ['unencrypted', 'sqsManaged', 'keyNotAllowed'], 'unexpected finding');
    if (unhandled) return unhandled;
    const parameter = kmsKeyParameter('SqsKmsKeyId', 'SQS queue encryption', stringList(params.kmsKeyIds), 'alias/aws/sqs');
    const edits: TemplateEdit[] = [parameter.edit, { kind: 'setProperty', resource: queue.id, path: ['KmsMasterKeyId'], value: parameter.reference }];
    const sqsManaged = queue.properties.SqsManagedSseEnabled;
    if (isUnknown(sqsManaged)) return { notFixable: `SqsManagedSseEnabled is not known before deployment (${sqsManaged.reason}); it can not be combined with KmsMasterKeyId` };
    if (toBoolean(sqsManaged) === true) edits.push({ kind: 'setProperty', resource: queue.id, path: ['SqsManagedSseEnabled'], value: false });
    return { description: `set KmsMasterKeyId to !Ref SqsKmsKeyId${edits.length > 2 ? ' and SqsManagedSseEnabled to false' : ''}`, edits };
  },
};
