import { compliant, defineRule, insufficientData, nonCompliant, notApplicable } from '../../define.js';
import { POLICY_DECLARING_TYPES, boundaryUser, declaredPolicyDocuments, recordedBoundaryUse, isPrincipal, managedPolicyArns, statementLabel, unlessBoundary, unlessRecordedBoundary } from '../../lib/iam.js';
import { includesWildcard, isAllow, identityPolicyStatements, type Statement } from '../../lib/policy.js';
import { isUnknown, type Unknown } from '../../../model/unknown.js';
import type { Verdict } from '../../types.js';

type MessageId = 'noAdmin' | 'adminStatement' | 'adminManagedPolicy' | 'boundary' | 'maybeBoundary' | 'unknownPolicy' | 'unknownStatement' | 'unknownManagedPolicy';

/** The AWS managed AdministratorAccess policy, in any partition. */
const ADMINISTRATOR_ACCESS = /^arn:aws(-[a-z-]+)?:iam::aws:policy\/AdministratorAccess$/;

export default defineRule<{ excludePermissionBoundaryPolicy?: boolean }, MessageId>({
  meta: {
    id: 'IAM_POLICY_NO_STATEMENTS_WITH_ADMIN_ACCESS',
    title: 'IAM policies do not grant full administrative access',
    description:
      'Checks that no IAM policy has an Allow statement with Action "*" on Resource "*": managed policies, standalone inline policies, inline policies of roles, users and groups, and the AWS managed AdministratorAccess policy attached to a role, user or group. Full "*:*" access defeats least privilege and turns any leaked credential into an account takeover.',
    severity: 'high',
    resourceTypes: POLICY_DECLARING_TYPES,
    related: [{ type: 'AWS::IAM::Role', relation: 'referencedBy', property: 'PermissionsBoundary', parameter: 'excludePermissionBoundaryPolicy' }, { type: 'AWS::IAM::User', relation: 'referencedBy', property: 'PermissionsBoundary', parameter: 'excludePermissionBoundaryPolicy' }],
    managedRule: 'iam-policy-no-statements-with-admin-access',
    frameworks: { FSBP: ['IAM.1'], 'CIS-v1.4.0': ['1.16'], 'CIS-v3.0.0': ['1.16'], 'CIS-v5.0.0': ['1.15'], 'NIST-800-53-r5': ['AC-2', 'AC-2(1)', 'AC-3', 'AC-3(15)', 'AC-3(7)', 'AC-5', 'AC-6', 'AC-6(10)', 'AC-6(2)', 'AC-6(3)'], 'PCI-DSS-v3.2.1': ['7.2.1'] },
    parameters: {
      excludePermissionBoundaryPolicy: {
        type: 'boolean',
        description: 'Do not evaluate managed policies that a role or user of the template uses as its permissions boundary.',
        default: false,
      },
    },
    messages: {
      noAdmin: 'The policies of {{id}} do not grant "*" on "*".',
      adminStatement: 'In {{policy}}, {{statement}} allows every action on every resource.',
      adminManagedPolicy: '{{type}} {{id}} has the AWS managed policy {{arn}} attached, which allows every action on every resource.',
      boundary: 'Managed policy {{id}} is the permissions boundary of {{principal}} and is not evaluated (excludePermissionBoundaryPolicy).',
      maybeBoundary: 'Managed policy {{id}} grants full access, but it is the permissions boundary of {{principal}}, which is not evaluated (excludePermissionBoundaryPolicy), if that is created ({{reason}}).',
      unknownPolicy: 'The content of {{policy}} is not known before deployment ({{reason}}).',
      unknownStatement: 'In {{policy}}, whether {{statement}} allows every action on every resource is not known before deployment ({{reason}}).',
      unknownManagedPolicy: 'A managed policy attached to {{type}} {{id}} is not known before deployment ({{reason}}).',
    },
    remediation: 'Replace `Action: "*"` on `Resource: "*"` (and the AdministratorAccess managed policy) with the actions and resources the principal needs.',
    examples: {
      noncompliant: [
        {
          cloudformation: `Resources:
  AdminPolicy:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Action: '*'
            Resource: '*'
`,
        },
      ],
      compliant: [
        {
          cloudformation: `Resources:
  DeployPolicy:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Action: ['cloudformation:*', 's3:GetObject']
            Resource: '*'
`,
        },
      ],
    },
  },
  check(resource, { params, graph }) {
    const boundaryOf = params.excludePermissionBoundaryPolicy === true ? boundaryUser(resource, graph) : undefined;
    if (boundaryOf && boundaryOf.conditional === undefined) return notApplicable('boundary', { principal: boundaryOf.id }, []);
    const recordedUse = params.excludePermissionBoundaryPolicy === true ? recordedBoundaryUse(resource) : undefined;
    if (typeof recordedUse === 'number' && recordedUse > 0) return notApplicable('boundary', { principal: `${recordedUse} role(s) or user(s)` }, []);
    const verdicts: Verdict<MessageId>[] = [];
    for (const { label, document, path } of declaredPolicyDocuments(resource)) {
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
    if (isPrincipal(resource)) {
      // Only the principal's own ManagedPolicyArns: policy resources of the template (and !Ref'd managed policies) are evaluated on their own.
      for (const attachment of managedPolicyArns(resource, graph)) {
        if (attachment.target) continue;
        if (attachment.unknown) {
          verdicts.push(insufficientData('unknownManagedPolicy', { reason: attachment.unknown.reason }, attachment.path));
        } else if (typeof attachment.arn === 'string' && ADMINISTRATOR_ACCESS.test(attachment.arn)) {
          verdicts.push(nonCompliant('adminManagedPolicy', { arn: attachment.arn }, attachment.path));
        }
      }
    }
    return verdicts.length > 0 ? unlessRecordedBoundary(unlessBoundary(verdicts, boundaryOf, 'maybeBoundary'), recordedUse, 'maybeBoundary') : compliant('noAdmin', {}, []);
  },
});

function checkStatement(statement: Statement, policy: string): Verdict<MessageId> | undefined {
  const parts: (boolean | Unknown)[] = [isAllow(statement), includesWildcard(statement.actions), includesWildcard(statement.resources)];
  if (parts.includes(false)) return undefined;
  const label = statementLabel(statement);
  const unknownPart = parts.find(isUnknown);
  if (unknownPart) return insufficientData('unknownStatement', { statement: label, policy, reason: unknownPart.reason }, statement.path);
  return nonCompliant('adminStatement', { statement: label, policy }, statement.path);
}
