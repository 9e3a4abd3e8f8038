import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import { principalPolicies, type PolicyAttachment } from '../../lib/iam.js';
import type { Verdict } from '../../types.js';

type MessageId = 'noInline' | 'inlinePolicy' | 'inlinePolicyResource' | 'unknownInline';

/** Policy resources CloudFormation attaches inline: AWS::IAM::Policy and the per-principal ones. */
const INLINE_RESOURCES = new Set(['AWS::IAM::Policy', 'AWS::IAM::UserPolicy', 'AWS::IAM::RolePolicy', 'AWS::IAM::GroupPolicy']);

const ROLE = (policies: string) => `Resources:
  Builder:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { Service: codebuild.amazonaws.com }
            Action: sts:AssumeRole
${policies}`;

export default defineRule<Record<string, never>, MessageId>({
  meta: {
    id: 'IAM_NO_INLINE_POLICY_CHECK',
    title: 'IAM users, roles and groups have no inline policies',
    description:
      'Checks that a user, role or group has no inline policy: no entry in its own Policies, and no AWS::IAM::Policy or AWS::IAM::UserPolicy/RolePolicy/GroupPolicy (aws_iam_*_policy in Terraform) that names it. Inline permissions can not be reused, versioned or reviewed in one place the way managed policies can.',
    severity: 'low',
    resourceTypes: ['AWS::IAM::User', 'AWS::IAM::Role', 'AWS::IAM::Group'],
    related: [
      { type: 'AWS::IAM::Policy', relation: 'referencedBy', property: 'Users' },
      { type: 'AWS::IAM::Policy', relation: 'referencedBy', property: 'Roles' },
      { type: 'AWS::IAM::Policy', relation: 'referencedBy', property: 'Groups' },
      { type: 'AWS::IAM::UserPolicy', relation: 'referencedBy', property: 'UserName' },
      { type: 'AWS::IAM::RolePolicy', relation: 'referencedBy', property: 'RoleName' },
      { type: 'AWS::IAM::GroupPolicy', relation: 'referencedBy', property: 'GroupName' },
    ],
    managedRule: 'iam-no-inline-policy-check',
    // AWS's CIS v1.4 Level 1 conformance pack carries this rule; of that benchmark it decides 1.15 (permissions only through groups).
    frameworks: {
      'CIS-v1.4.0': ['1.15'],
      'NIST-800-53-r5': ['AC-2', 'AC-2(1)', 'AC-2(6)', 'AC-24', 'AC-3', 'AC-3(12)', 'AC-3(13)', 'AC-3(15)', 'AC-3(3)', 'AC-3(4)', 'AC-3(7)', 'AC-3(8)', 'AC-4(28)', 'AC-6', 'AC-6(3)', 'CM-5(1)', 'CM-6', 'CM-9', 'MP-2', 'SC-23(3)'],
      'PCI-DSS-v3.2.1': ['2.2', '7.1.2', '7.1.3', '7.2.1', '7.2.2'],
    },
    messages: {
      noInline: '{{type}} {{id}} has no inline policies.',
      inlinePolicy: '{{type}} {{id}} has the inline policy {{policy}}.',
      inlinePolicyResource: 'Inline policy {{policy}} is attached to {{id}}.',
      unknownInline: 'Whether {{id}} has an inline policy is not known before deployment ({{reason}}).',
    },
    remediation: 'Move the statements into a customer managed policy (`AWS::IAM::ManagedPolicy`) and attach it with `ManagedPolicyArns`.',
    examples: {
      noncompliant: [
        {
          cloudformation: ROLE(`      Policies:
        - PolicyName: artifacts
          PolicyDocument:
            Version: '2012-10-17'
            Statement:
              - Effect: Allow
                Action: s3:PutObject
                Resource: arn:aws:s3:::build-artifacts/*
`),
        },
      ],
      compliant: [{ cloudformation: ROLE(`      ManagedPolicyArns:
        - arn:aws:iam::aws:policy/AWSCodeBuildDeveloperAccess
`) }],
    },
  },
  check(principal, { graph }) {
    const inline = principalPolicies(principal, graph).filter((attachment) => attachment.kind === 'inline' || (attachment.kind === 'policyResource' && INLINE_RESOURCES.has(attachment.declaredBy.type)));
    // Inline policies that certainly exist come first: the report names them rather than one that may not.
    const verdicts = inline.sort((a, b) => Number(a.uncertain !== undefined) - Number(b.uncertain !== undefined)).map((attachment) => verdictFor(attachment, principal.id));
    return verdicts.length > 0 ? verdicts : compliant('noInline', {}, []);
  },
});

function verdictFor(attachment: PolicyAttachment, principalId: string): Verdict<MessageId> {
  const path = attachment.declaredBy.id === principalId ? attachment.path : [];
  if (attachment.uncertain) return insufficientData('unknownInline', { reason: attachment.uncertain.reason }, path);
  return nonCompliant(attachment.kind === 'inline' ? 'inlinePolicy' : 'inlinePolicyResource', { policy: attachment.name }, path);
}
