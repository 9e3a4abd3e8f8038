import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import { principalPolicies, userGroups } from '../../lib/iam.js';
import type { PropertyPath } from '../../../model/resource.js';
import type { Verdict } from '../../types.js';

type MessageId = 'hasPolicy' | 'policyAtDeployment' | 'viaGroup' | 'noPolicy' | 'unknownPolicy' | 'groupOutside';

export default defineRule<Record<string, never>, MessageId>({
  meta: {
    id: 'IAM_USER_HAS_POLICY',
    title: 'IAM users have at least one policy',
    description:
      'Checks that an IAM user gets permissions from at least one policy: inline Policies, ManagedPolicyArns, an AWS::IAM::Policy, AWS::IAM::ManagedPolicy or AWS::IAM::UserPolicy of the template that names the user, or a group of the template that has such a policy. A user without any policy is usually a leftover or a mistake, and a credential nobody reviews.',
    severity: 'low',
    resourceTypes: ['AWS::IAM::User'],
    related: [
      { type: 'AWS::IAM::Group', relation: 'references', property: 'Groups' },
      { type: 'AWS::IAM::UserToGroupAddition', relation: 'referencedBy', property: 'Users' },
      { type: 'AWS::IAM::Policy', relation: 'referencedBy', property: 'Users' },
      { type: 'AWS::IAM::ManagedPolicy', relation: 'referencedBy', property: 'Users' },
      { type: 'AWS::IAM::UserPolicy', relation: 'referencedBy', property: 'UserName' },
      { type: 'AWS::IAM::GroupPolicy', relation: 'referencedBy', property: 'GroupName' },
    ],
    messages: {
      hasPolicy: 'User {{id}} has the policy {{policy}}.',
      policyAtDeployment: 'User {{id}} has a policy known at deployment ({{reason}}).',
      viaGroup: 'User {{id}} gets the policy {{policy}} through group {{group}}.',
      noPolicy: 'User {{id}} has no policy: no inline Policies, no ManagedPolicyArns, no policy naming it and no group with a policy.',
      unknownPolicy: 'Whether user {{id}} has a policy is not known before deployment ({{reason}}).',
      groupOutside: 'User {{id}} is in group {{group}}, which this template does not declare, so its policies are not known.',
    },
    remediation: 'Give the user permissions, preferably by adding it to an IAM group with policies (`Groups`), or delete the user.',
    examples: {
      noncompliant: [
        {
          cloudformation: `Resources:
  Alice:
    Type: AWS::IAM::User
    Properties:
      UserName: alice
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
    const pending: Verdict<MessageId>[] = [];
    const here = (declaredBy: string, path: PropertyPath): PropertyPath => (declaredBy === user.id ? path : []);
    for (const attachment of principalPolicies(user, graph)) {
      const path = here(attachment.declaredBy.id, attachment.path);
      // A policy known only at deployment is still a policy; one that may not be attached is not known.
      if (attachment.uncertain) pending.push(insufficientData('unknownPolicy', { reason: attachment.uncertain.reason }, path));
      else if (attachment.unknown) return compliant('policyAtDeployment', { reason: attachment.unknown.reason }, path);
      else return compliant('hasPolicy', { policy: attachment.name }, path);
    }
    for (const membership of userGroups(user, graph)) {
      const path = here(membership.declaredBy.id, membership.path);
      if (membership.unknown) {
        pending.push(insufficientData('unknownPolicy', { reason: membership.unknown.reason }, path));
        continue;
      }
      if (!membership.group) {
        pending.push(insufficientData('groupOutside', { group: membership.name ?? 'unnamed' }, path));
        continue;
      }
      for (const attachment of principalPolicies(membership.group, graph)) {
        if (attachment.uncertain) pending.push(insufficientData('unknownPolicy', { reason: `group ${membership.group.id}: ${attachment.uncertain.reason}` }, path));
        else return compliant('viaGroup', { policy: attachment.unknown ? `known at deployment (${attachment.unknown.reason})` : attachment.name, group: membership.group.id }, path);
      }
    }
    return pending.length > 0 ? pending : nonCompliant('noPolicy', {}, []);
  },
});
