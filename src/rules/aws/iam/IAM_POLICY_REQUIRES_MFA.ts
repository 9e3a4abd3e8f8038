import { compliant, defineRule, insufficientData, nonCompliant, notApplicable } from '../../define.js';
import { POLICY_DECLARING_TYPES, boundaryUser, declaredPolicyDocuments, recordedBoundaryUse, statementLabel, unlessBoundary, unlessRecordedBoundary } from '../../lib/iam.js';
import { isAllow, identityPolicyStatements, someConditionPair, type Statement } from '../../lib/policy.js';
import { isUnknown, type Unknown } from '../../../model/unknown.js';
import { toList, type Value } from '../../../model/value.js';
import type { Verdict } from '../../types.js';

type MessageId = 'requiresMfa' | 'noMfa' | 'noPolicies' | 'boundary' | 'maybeBoundary' | 'unknownPolicy' | 'unknownStatement';

export default defineRule<Record<string, never>, MessageId>({
  meta: {
    id: 'IAM_POLICY_REQUIRES_MFA',
    title: 'IAM permission policies allow actions only with MFA',
    description:
      'Checks that every Allow statement of an IAM permission policy (managed, standalone inline, or inline in a role, user or group) carries an MFA condition: Bool or BoolIfExists aws:MultiFactorAuthPresent "true", NumericLessThan(Equals) aws:MultiFactorAuthAge, or Null aws:MultiFactorAuthAge "false". A role\'s AssumeRolePolicyDocument is a trust policy, not a permission policy, and is not checked; nor are managed policies the template uses as a permissions boundary, which only cap permissions. Requiring MFA keeps a leaked password or access key from being enough to act.',
    severity: 'medium',
    recommended: false,
    whyNotRecommended:
      'Asks for an MFA condition on every Allow statement, also in the roles of Lambda functions, EC2 instances and other services, which can never present MFA: a template that follows AWS\'s guidance for execution roles fails it. Turn it on for templates that hold only the policies of human users.',
    resourceTypes: POLICY_DECLARING_TYPES,
    related: [{ type: 'AWS::IAM::Role', relation: 'referencedBy', property: 'PermissionsBoundary' }, { type: 'AWS::IAM::User', relation: 'referencedBy', property: 'PermissionsBoundary' }],
    messages: {
      requiresMfa: 'Every Allow statement in the permission policies of {{id}} requires MFA.',
      noMfa: 'In {{policy}}, {{statement}} allows access without an MFA condition (aws:MultiFactorAuthPresent or aws:MultiFactorAuthAge).',
      noPolicies: '{{type}} {{id}} declares no inline permission policies (its trust policy is not checked).',
      boundary: 'Managed policy {{id}} is the permissions boundary of {{principal}}; a boundary only caps permissions and is not checked.',
      maybeBoundary: 'Managed policy {{id}} allows access without MFA, but it is the permissions boundary of {{principal}}, which is not checked, if that is created ({{reason}}).',
      unknownPolicy: 'The content of {{policy}} is not known before deployment ({{reason}}).',
      unknownStatement: 'In {{policy}}, whether {{statement}} allows access without MFA is not known before deployment ({{reason}}).',
    },
    remediation:
      'Add `Condition: { Bool: { "aws:MultiFactorAuthPresent": "true" } }` (or a `NumericLessThan` on `aws:MultiFactorAuthAge`) to every Allow statement.',
    examples: {
      noncompliant: [
        {
          cloudformation: `Resources:
  ReadLogs:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Action: ['logs:GetLogEvents', 'logs:FilterLogEvents']
            Resource: '*'
`,
        },
      ],
      compliant: [
        {
          cloudformation: `Resources:
  ReadLogs:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Action: ['logs:GetLogEvents', 'logs:FilterLogEvents']
            Resource: '*'
            Condition:
              Bool:
                aws:MultiFactorAuthPresent: 'true'
`,
        },
      ],
    },
  },
  check(resource, { graph }) {
    const boundaryOf = boundaryUser(resource, graph);
    if (boundaryOf && boundaryOf.conditional === undefined) return notApplicable('boundary', { principal: boundaryOf.id }, []);
    const recordedUse = recordedBoundaryUse(resource);
    if (typeof recordedUse === 'number' && recordedUse > 0) return notApplicable('boundary', { principal: `${recordedUse} role(s) or user(s)` }, []);
    const documents = declaredPolicyDocuments(resource);
    if (documents.length === 0) return notApplicable('noPolicies', {}, []);
    const verdicts: Verdict<MessageId>[] = [];
    for (const { label, document, path } of documents) {
      const statements = identityPolicyStatements(document, path);
      if (isUnknown(statements)) {
        verdicts.push(insufficientData('unknownPolicy', { policy: label, reason: statements.reason }, path));
        continue;
      }
      for (const statement of statements) {
        const verdict = checkStatement(statement, label);
        if (verdict) verdicts.push(verdict);
      }
    }
    return verdicts.length > 0 ? unlessRecordedBoundary(unlessBoundary(verdicts, boundaryOf, 'maybeBoundary'), recordedUse, 'maybeBoundary') : compliant('requiresMfa', {}, []);
  },
});

function checkStatement(statement: Statement, policy: string): Verdict<MessageId> | undefined {
  const label = statementLabel(statement);
  const allow = isAllow(statement);
  if (allow === false) return undefined;
  const mfa = requiresMfa(statement.condition);
  if (mfa === true) return undefined;
  const unknownPart = isUnknown(allow) ? allow : isUnknown(mfa) ? mfa : undefined;
  if (unknownPart) return insufficientData('unknownStatement', { statement: label, policy, reason: unknownPart.reason }, statement.path);
  return nonCompliant('noMfa', { statement: label, policy }, statement.path);
}

const MFA_PRESENT = 'aws:multifactorauthpresent';
const MFA_AGE = 'aws:multifactorauthage';

/**
 * Whether a statement's Condition requires MFA. `BoolIfExists` counts, although it also admits
 * requests signed with long-term access keys (for which the key is absent).
 */
function requiresMfa(condition: Value | undefined): boolean | Unknown {
  return someConditionPair(condition, (operator, key, raw) => {
    const op = operator.toLowerCase();
    const name = key.toLowerCase();
    if (name !== MFA_PRESENT && name !== MFA_AGE) return false;
    const values = toList(raw);
    if (isUnknown(values)) return values;
    if (name === MFA_AGE && (op === 'numericlessthan' || op === 'numericlessthanequals')) return true;
    const expected = name === MFA_PRESENT && (op === 'bool' || op === 'boolifexists') ? 'true' : name === MFA_AGE && op === 'null' ? 'false' : undefined;
    if (expected === undefined) return false;
    const unknownValue = values.find(isUnknown);
    if (unknownValue) return unknownValue;
    return values.length > 0 && values.every((value) => String(value).toLowerCase() === expected);
  });
}
