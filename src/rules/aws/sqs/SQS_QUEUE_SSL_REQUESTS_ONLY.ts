import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import { actionsCover, insecureTransportOnly, policyStatements, principalIsPublic, type Statement } from '../../lib/policy.js';
import { queuePolicies, statementCoversQueue } from '../../lib/sqs-queue-policies.js';
import { allOf } from '../../lib/tristate.js';
import { isUnknown, type Unknown } from '../../../model/unknown.js';

export default defineRule<Record<string, never>>({
  meta: {
    id: 'SQS_QUEUE_SSL_REQUESTS_ONLY',
    title: 'SQS queues deny requests that do not use TLS',
    description:
      'Checks that a queue policy attached to an SQS queue denies every SQS action (sqs:* or *) to every principal on the queue when aws:SecureTransport is false. Without it, clients may send and receive messages over plain HTTP.',
    severity: 'medium',
    resourceTypes: ['AWS::SQS::Queue'],
    related: [{ type: 'AWS::SQS::QueuePolicy', relation: 'referencedBy', property: 'Queues' }],
    messages: {
      enforced: 'Queue policy {{policy}} denies requests to {{id}} that do not use TLS.',
      noPolicy: 'Queue {{id}} has no queue policy, so nothing denies requests that do not use TLS.',
      noDeny: 'No queue policy of {{id}} denies sqs:* to everyone when aws:SecureTransport is false.',
      unknown: 'Whether queue policy {{policy}} denies requests to {{id}} without TLS is not known before deployment ({{reason}}).',
    },
    remediation:
      'Add to the queue policy a statement `Effect: Deny`, `Principal: "*"`, `Action: "sqs:*"`, `Resource` the queue ARN, `Condition: { Bool: { "aws:SecureTransport": "false" } }`.',
    examples: {
      noncompliant: [{ cloudformation: 'Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n' }],
      compliant: [
        {
          cloudformation:
            'Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n  Policy:\n    Type: AWS::SQS::QueuePolicy\n    Properties:\n      Queues: [!Ref Queue]\n      PolicyDocument:\n        Version: "2012-10-17"\n        Statement:\n          - Sid: DenyInsecureTransport\n            Effect: Deny\n            Principal: "*"\n            Action: sqs:*\n            Resource: !GetAtt Queue.Arn\n            Condition:\n              Bool: { "aws:SecureTransport": "false" }\n',
        },
      ],
    },
  },
  check(queue, { graph }) {
    const policies = queuePolicies(queue, graph);
    if (policies.length === 0) return nonCompliant('noPolicy', {}, []);
    let undecided: { policy: string; reason: string } | undefined;
    for (const { policy, applies, documentPath } of policies) {
      const statements = policyStatements(policy.properties.PolicyDocument, documentPath);
      if (isUnknown(statements)) {
        undecided ??= { policy: policy.id, reason: statements.reason };
        continue;
      }
      for (const statement of statements) {
        const enforced = allOf([deniesInsecureTransport(statement), statementCoversQueue(statement, queue, graph), applies]);
        if (enforced === true) return compliant('enforced', { policy: policy.id }, []);
        if (isUnknown(enforced)) undecided ??= { policy: policy.id, reason: enforced.reason };
      }
    }
    return undecided ? insufficientData('unknown', undecided, []) : nonCompliant('noDeny', {}, []);
  },
});

/** `Deny` of `sqs:*` / `*` to everyone with exactly `Bool: {aws:SecureTransport: false}`. */
function deniesInsecureTransport(statement: Statement): boolean | Unknown {
  if (statement.actions === undefined || statement.notPrincipal !== undefined) return false;
  const deny = isUnknown(statement.effect) ? statement.effect : statement.effect === 'Deny';
  return allOf([deny, actionsCover(statement.actions, 'sqs:*'), principalIsPublic(statement.principal), insecureTransportOnly(statement.condition)]);
}
