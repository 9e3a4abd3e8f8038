import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import type { Verdict } from '../../types.js';
import { isAllow, policyStatements, resourceStatementIsPublic, someConditionPair, type Statement } from '../../lib/policy.js';
import { allOf } from '../../lib/tristate.js';
import { queuePolicies, statementCoversQueue } from '../../lib/sqs-queue-policies.js';
import { isUnknown, type Unknown } from '../../../model/unknown.js';
import { toList, type Value } from '../../../model/value.js';

type MessageId = 'notPublic' | 'public' | 'unknown';

/**
 * Condition keys that tie a statement to a known account, organisation, network or source
 * resource (lower case). `aws:SourceIp` counts only with `IpAddress` and a CIDR narrower than /0.
 */
const RESTRICTING_KEYS = new Set([
  'aws:sourcearn',
  'aws:sourceaccount',
  'aws:sourceowner',
  'aws:sourcevpce',
  'aws:sourcevpc',
  'aws:sourceorgid',
  'aws:sourceorgpaths',
  'aws:principalorgid',
  'aws:principalorgpaths',
  'aws:principalaccount',
  'aws:principalarn',
  'aws:sourceip',
]);
/** Keys whose whole value is an account or organisation id: a wildcard in it opens it up. */
const ID_KEYS = new Set(['aws:sourceaccount', 'aws:sourceowner', 'aws:principalaccount', 'aws:principalorgid', 'aws:sourceorgid']);
/** Operators that admit only the listed values (no `IfExists`, no negation). */
const EXACT_OPERATORS = new Set(['StringEquals', 'StringEqualsIgnoreCase']);
const PATTERN_OPERATORS = new Set(['StringLike', 'ArnEquals', 'ArnLike']);

export default defineRule<Record<string, never>, MessageId>({
  meta: {
    id: 'SQS_QUEUE_NOT_PUBLIC',
    title: 'SQS queue policies do not allow public access',
    description:
      'Checks that no queue policy attached to an SQS queue allows everyone (Principal "*", {AWS: "*"} or an Allow with NotPrincipal) unless the statement is restricted by a condition on aws:SourceArn, aws:SourceAccount, aws:SourceOwner, aws:SourceVpce, aws:SourceVpc, aws:SourceOrgID, aws:SourceOrgPaths, aws:PrincipalOrgID, aws:PrincipalOrgPaths, aws:PrincipalAccount, aws:PrincipalArn or aws:SourceIp (StringEquals, StringLike, ArnEquals, ArnLike or IpAddress, without IfExists). A public queue lets anyone send, read or delete messages.',
    severity: 'critical',
    resourceTypes: ['AWS::SQS::Queue'],
    related: [{ type: 'AWS::SQS::QueuePolicy', relation: 'referencedBy', property: 'Queues' }],
    frameworks: { FSBP: ['SQS.3'] },
    messages: {
      notPublic: 'No queue policy of {{id}} allows public access.',
      public: 'Statement {{statement}} of queue policy {{policy}} allows anyone to use queue {{id}} without a restricting condition.',
      unknown: 'Whether queue policy {{policy}} opens queue {{id}} to everyone is not known before deployment ({{reason}}).',
    },
    remediation:
      'Name the allowed principals in the queue policy, or restrict the statement with a condition such as `aws:SourceArn`, `aws:SourceAccount` or `aws:PrincipalOrgID`.',
    examples: {
      noncompliant: [
        {
          cloudformation:
            'Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n  Policy:\n    Type: AWS::SQS::QueuePolicy\n    Properties:\n      Queues: [!Ref Queue]\n      PolicyDocument:\n        Version: "2012-10-17"\n        Statement:\n          - Effect: Allow\n            Principal: "*"\n            Action: sqs:SendMessage\n            Resource: !GetAtt Queue.Arn\n',
        },
      ],
      compliant: [
        {
          cloudformation:
            'Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n  Queue:\n    Type: AWS::SQS::Queue\n  Policy:\n    Type: AWS::SQS::QueuePolicy\n    Properties:\n      Queues: [!Ref Queue]\n      PolicyDocument:\n        Version: "2012-10-17"\n        Statement:\n          - Effect: Allow\n            Principal: { Service: sns.amazonaws.com }\n            Action: sqs:SendMessage\n            Resource: !GetAtt Queue.Arn\n            Condition:\n              ArnEquals: { "aws:SourceArn": !Ref Topic }\n',
        },
      ],
    },
  },
  check(queue, { graph }) {
    const verdicts: Verdict<MessageId>[] = [];
    for (const { policy, applies, documentPath } of queuePolicies(queue, graph)) {
      const statements = policyStatements(policy.properties.PolicyDocument, documentPath);
      if (isUnknown(statements)) {
        verdicts.push(insufficientData('unknown', { policy: policy.id, reason: statements.reason }, []));
        continue;
      }
      for (const statement of statements) {
        const open = allOf([isPublic(statement), statementCoversQueue(statement, queue, graph), applies]);
        if (open === false) continue;
        if (isUnknown(open)) verdicts.push(insufficientData('unknown', { policy: policy.id, reason: open.reason }, []));
        else verdicts.push(nonCompliant('public', { policy: policy.id, statement: label(statement) }, []));
      }
    }
    return verdicts.length > 0 ? verdicts : compliant('notPublic', {}, []);
  },
});

function label(statement: Statement): string {
  const sid = statement.raw.Sid;
  return typeof sid === 'string' && sid !== '' ? `"${sid}"` : `#${String(statement.path[statement.path.length - 1] ?? 0)}`;
}

/** An Allow to everyone that no condition narrows. */
function isPublic(statement: Statement): boolean | Unknown {
  const allow = isAllow(statement);
  if (allow === false) return false;
  if (isUnknown(allow) && Object.keys(statement.raw).length === 0) return allow; // the whole statement is unknown
  const everyone = resourceStatementIsPublic(statement);
  if (everyone === false) return false;
  const restricted = conditionRestricts(statement.condition);
  if (restricted === true) return false;
  return [allow, everyone, restricted].find(isUnknown) ?? true;
}

/** Whether one `operator: { key: values }` pair of the condition admits only known parties. */
function conditionRestricts(condition: Value | undefined): boolean | Unknown {
  return someConditionPair(condition, (operator, key, values) => pairRestricts(operator.replace(/^ForAnyValue:/, ''), key.toLowerCase(), values));
}

function pairRestricts(operator: string, key: string, value: Value): boolean | Unknown {
  if (!RESTRICTING_KEYS.has(key)) return false;
  const exact = EXACT_OPERATORS.has(operator);
  const ip = operator === 'IpAddress';
  if (key === 'aws:sourceip' ? !ip : !exact && !PATTERN_OPERATORS.has(operator)) return false;
  const values = isUnknown(value) ? [value] : toList(value);
  if (isUnknown(values) || values.length === 0) return false;
  for (const item of values) {
    if (isUnknown(item)) {
      // A reference to a resource, or any value compared exactly, is one fixed party; a value that
      // may be AWS::NoValue may leave the key without a value.
      if (!item.mayBeAbsent && (item.ref || exact)) continue;
      return item;
    }
    const text = String(item);
    if (ip ? /\/0$/.test(text) : !fixedValue(text, key, exact)) return false;
  }
  return true;
}

/** A value that names one party: not `*`, and no wildcard in an id or an ARN's account. */
function fixedValue(text: string, key: string, exact: boolean): boolean {
  if (text === '' || text === '*') return false;
  if (exact) return true;
  if (ID_KEYS.has(key)) return !/[*?]/.test(text);
  const parts = text.split(':');
  if (parts[0] === 'arn' && parts.length >= 6) return parts[4] === '' ? !/^[*?]*$/.test(parts.slice(5).join(':')) : !/[*?]/.test(parts[4] ?? '');
  return !/^[*?]+$/.test(text);
}
