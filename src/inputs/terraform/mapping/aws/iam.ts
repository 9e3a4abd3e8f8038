import { compact } from '../context.js';
import { append, ifConfigured, inlinePolicies, policyDocumentOf, type MergeMapping, type ServiceMappings } from './shared.js';
import type { Value } from '../../../../model/value.js';

const principalAttachment = (ownerType: string, owner: string): MergeMapping => ({
  ownerTypes: [ownerType],
  owner,
  ownerKey: 'name',
  merge: (principal, context) => append(principal, 'ManagedPolicyArns', context.stringLink('policy_arn')),
});

const principalInlinePolicy = (ownerType: string, owner: string): MergeMapping => ({
  ownerTypes: [ownerType],
  owner,
  ownerKey: 'name',
  merge: (principal, context) => append(principal, 'Policies', [compact({ PolicyName: context.get('name'), PolicyDocument: policyDocumentOf(context) })]),
});

/** IAM: `aws` provider types and their CloudFormation shape. */
export const mappings: ServiceMappings = {
  resources: {
    aws_iam_role: {
      cloudFormationType: 'AWS::IAM::Role',
      properties: (context) =>
        compact({
          RoleName: context.get('name'),
          AssumeRolePolicyDocument: policyDocumentOf(context, 'assume_role_policy'),
          PermissionsBoundary: context.link('permissions_boundary'),
          // managed_policy_arns and inline_policy are optional and computed (a plan knows them only after apply).
          ManagedPolicyArns: ifConfigured(context, 'managed_policy_arns', context.links('managed_policy_arns')),
          Policies: inlinePolicies(context),
        }),
    },
    aws_iam_user: {
      cloudFormationType: 'AWS::IAM::User',
      properties: (context) => compact({ UserName: context.get('name'), PermissionsBoundary: context.link('permissions_boundary') }),
    },
    aws_iam_group: {
      cloudFormationType: 'AWS::IAM::Group',
      properties: (context) => compact({ GroupName: context.get('name') }),
    },
    aws_iam_policy: {
      cloudFormationType: 'AWS::IAM::ManagedPolicy',
      properties: (context) => compact({ ManagedPolicyName: context.get('name'), PolicyDocument: policyDocumentOf(context) }),
    },
    aws_iam_instance_profile: {
      cloudFormationType: 'AWS::IAM::InstanceProfile',
      properties: (context) => {
        const role = context.link('role');
        return compact({ InstanceProfileName: context.get('name'), Path: context.get('path'), Roles: role === undefined ? undefined : [role] });
      },
    },
  },
  merges: {
    aws_iam_role_policy_attachment: principalAttachment('aws_iam_role', 'role'),
    aws_iam_user_policy_attachment: principalAttachment('aws_iam_user', 'user'),
    aws_iam_group_policy_attachment: principalAttachment('aws_iam_group', 'group'),
    aws_iam_role_policy: principalInlinePolicy('aws_iam_role', 'role'),
    aws_iam_user_policy: principalInlinePolicy('aws_iam_user', 'user'),
    aws_iam_group_policy: principalInlinePolicy('aws_iam_group', 'group'),
    aws_iam_user_group_membership: {
      ownerTypes: ['aws_iam_user'],
      owner: 'user',
      ownerKey: 'name',
      merge: (user, context) => append(user, 'Groups', context.links('groups') as Value[] | undefined),
    },
  },
  multiOwner: {
    aws_iam_policy_attachment: {
      owners: [
        { attribute: 'users', ownerType: 'aws_iam_user' },
        { attribute: 'roles', ownerType: 'aws_iam_role' },
        { attribute: 'groups', ownerType: 'aws_iam_group' },
      ],
      merge: (principal, context) => append(principal, 'ManagedPolicyArns', context.stringLink('policy_arn')),
    },
    aws_iam_group_membership: {
      owners: [{ attribute: 'users', ownerType: 'aws_iam_user' }],
      merge: (user, context) => append(user, 'Groups', context.link('group')),
    },
  },
};
