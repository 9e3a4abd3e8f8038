import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import { principalPolicies, type PolicyAttachment } from '../../lib/iam.js';
import type { Verdict } from '../../types.js';

type MessageId = 'noPolicies' | 'inlinePolicy' | 'managedPolicy' | 'policyResource' | 'unknownPolicy';

export default defineRule<Record<string, never>, MessageId>({
  meta: {
    id: 'IAM_USER_NO_POLICIES_CHECK',
    title: 'IAM users have no policies attached directly',
    description:
      'Checks that an IAM user has no policy of its own: no inline Policies, no ManagedPolicyArns, and no AWS::IAM::Policy, AWS::IAM::ManagedPolicy or AWS::IAM::UserPolicy in the template that names the user. Users should get their permissions from groups, so that access is granted and revoked in one place.',
    severity: 'low',
    resourceTypes: ['AWS::IAM::User'],
    related: [
      { type: 'AWS::IAM::Policy', relation: 'referencedBy', property: 'Users' },
      { type: 'AWS::IAM::ManagedPolicy', relation: 'referencedBy', property: 'Users' },
      { type: 'AWS::IAM::UserPolicy', relation: 'referencedBy', property: 'UserName' },
    ],
    managedRule: 'iam-user-no-policies-check',
    frameworks: { FSBP: ['IAM.2'], 'CIS-v3.0.0': ['1.15'], 'CIS-v5.0.0': ['1.14'], 'NIST-800-53-r5': ['AC-2', 'AC-2(1)', 'AC-3', 'AC-3(15)', 'AC-3(7)', 'AC-6', 'AC-6(3)'], 'PCI-DSS-v3.2.1': ['7.2.1'] },
    messages: {
      noPolicies: 'User {{id}} has no policies attached directly.',
      inlinePolicy: 'User {{id}} has the inline policy {{policy}}.',
      managedPolicy: 'User {{id}} has the managed policy {{policy}} attached directly.',
      policyResource: 'Policy {{policy}} is attached to user {{id}} directly.',
      unknownPolicy: 'Whether a policy is attached to user {{id}} is not known before deployment ({{reason}}).',
    },
    remediation: 'Move the user\'s policies to an IAM group (`AWS::IAM::Group`) and add the user to the group with `Groups`.',
    examples: {
      noncompliant: [
        {
          cloudformation: `Resources:
  Alice:
    Type: AWS::IAM::User
    Properties:
      ManagedPolicyArns:
        - arn:aws:iam::aws:policy/ReadOnlyAccess
`,
        },
      ],
      compliant: [
        {
          cloudformation: `Resources:
  Readers:
    Type: AWS::IAM::Group
    Properties:
      ManagedPolicyArns:
        - arn:aws:iam::aws:policy/ReadOnlyAccess
  Alice:
    Type: AWS::IAM::User
    Properties:
      Groups:
        - !Ref Readers
`,
        },
      ],
    },
  },
  check(user, { graph }) {
    // Attachments whose policy is known come first: the report names them rather than one known only at deployment.
    const attachments = principalPolicies(user, graph).sort((a, b) => Number(a.unknown !== undefined) - Number(b.unknown !== undefined));
    const verdicts = attachments.map((attachment) => verdictFor(attachment, user.id));
    return verdicts.length > 0 ? verdicts : compliant('noPolicies', {}, []);
  },
});

function verdictFor(attachment: PolicyAttachment, userId: string): Verdict<MessageId> {
  // Paths locate the finding in the user; an attachment declared by another resource points at the user as a whole.
  const path = attachment.declaredBy.id === userId ? attachment.path : [];
  // An attachment that may not exist is not known; one whose policy is known only at deployment is still attached.
  if (attachment.uncertain) return insufficientData('unknownPolicy', { reason: attachment.uncertain.reason }, path);
  const kind = attachment.kind === 'inline' ? 'inlinePolicy' : attachment.kind === 'managedArn' ? 'managedPolicy' : 'policyResource';
  return nonCompliant(kind, { policy: attachment.unknown ? `${attachment.name} (${attachment.unknown.reason})` : attachment.name }, path);
}
