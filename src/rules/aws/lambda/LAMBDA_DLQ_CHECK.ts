import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import { isUnknown } from '../../../model/unknown.js';
import { getPath } from '../../../model/value.js';
import { isSet } from '../../lib/certainty.js';

interface Params {
  dlqArns?: string[];
}

export default defineRule<Params>({
  meta: {
    id: 'LAMBDA_DLQ_CHECK',
    title: 'Lambda functions have a dead-letter queue',
    description:
      'Checks that a Lambda function has a dead-letter queue (DeadLetterConfig TargetArn, an SQS queue or SNS topic), optionally one of the listed ARNs. Without one, an asynchronous event that fails every retry is dropped without trace.',
    severity: 'low',
    resourceTypes: ['AWS::Lambda::Function'],
    managedRule: 'lambda-dlq-check',
    frameworks: { 'NIST-800-53-r5': ['AU-12(3)', 'AU-14', 'CA-2(2)', 'CA-7', 'PM-14', 'PM-31', 'SC-36(1)', 'SI-2'] },
    recommended: false,
    whyNotRecommended: 'Only asynchronously invoked functions use a dead-letter queue, and on-failure destinations are the newer way to keep failed events; turn it on where every function must keep them.',
    parameters: {
      dlqArns: { type: 'string-list', description: 'SQS queue and SNS topic ARNs the dead-letter queue must be one of; any target when absent.' },
    },
    messages: {
      configured: 'Function {{id}} sends failed events to a dead-letter queue.',
      missing: 'Function {{id}} has no dead-letter queue.',
      notListed: 'The dead-letter queue of function {{id}} ({{actual}}) is not one of {{expected}}.',
      unknown: 'Whether function {{id}} has {{what}} is not known before deployment ({{reason}}).',
    },
    remediation: 'Set DeadLetterConfig TargetArn to an SQS queue or SNS topic the function\'s role may send to.',
    examples: {
      noncompliant: [{ cloudformation: 'Resources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      Runtime: python3.12\n      Handler: index.handler\n      Role: arn:aws:iam::123456789012:role/fn\n      Code: { ZipFile: "def handler(e, c): return e" }\n' }],
      compliant: [
        {
          cloudformation:
            'Resources:\n  Failed:\n    Type: AWS::SQS::Queue\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      Runtime: python3.12\n      Handler: index.handler\n      Role: arn:aws:iam::123456789012:role/fn\n      Code: { ZipFile: "def handler(e, c): return e" }\n      DeadLetterConfig:\n        TargetArn: !GetAtt Failed.Arn\n',
        },
      ],
    },
  },
  check(fn, { params }) {
    const path = ['DeadLetterConfig', 'TargetArn'];
    const target = getPath(fn.properties, path);
    const set = isSet(target);
    if (isUnknown(set)) return insufficientData('unknown', { what: 'a dead-letter queue', reason: set.reason }, path);
    if (!set) return nonCompliant('missing', {}, fn.properties.DeadLetterConfig === undefined ? [] : path);
    const expected = params.dlqArns ?? [];
    if (expected.length === 0) return compliant('configured', {}, path);
    if (isUnknown(target)) return insufficientData('unknown', { what: `a dead-letter queue among ${expected.join(', ')}`, reason: target.reason }, path);
    if (typeof target !== 'string') return insufficientData('unknown', { what: 'a dead-letter queue', reason: `malformed: TargetArn ${JSON.stringify(target)}` }, path);
    return expected.includes(target) ? compliant('configured', {}, path) : nonCompliant('notListed', { actual: target, expected: expected.join(', ') }, path);
  },
});
