import { compact } from '../../terraform/mapping/context.js';
import { isUnknown, unknown } from '../../../model/unknown.js';
import { policyDocument } from '../item.js';
import { objects, inlinePolicies, managedPolicyArns, attachedNames, type ItemMapping } from './shared.js';

/** IAM: Config resource types and their CloudFormation shape. */
export const itemMappings: Readonly<Record<string, ItemMapping>> = {
  'AWS::IAM::User': {
    cloudFormationType: 'AWS::IAM::User',
    properties: (context) =>
      compact({
        UserName: context.optional('userName') ?? context.name,
        Path: context.optional('path'),
        Policies: inlinePolicies(context, 'userPolicyList'),
        ManagedPolicyArns: managedPolicyArns(context),
        Groups: context.optional('groupList'),
        PermissionsBoundary: context.optional('permissionsBoundary.permissionsBoundaryArn'),
      }),
  },
  'AWS::IAM::Role': {
    cloudFormationType: 'AWS::IAM::Role',
    properties: (context) =>
      compact({
        RoleName: context.optional('roleName') ?? context.name,
        Path: context.optional('path'),
        AssumeRolePolicyDocument: policyDocument(context.optional('assumeRolePolicyDocument')),
        Policies: inlinePolicies(context, 'rolePolicyList'),
        ManagedPolicyArns: managedPolicyArns(context),
        PermissionsBoundary: context.optional('permissionsBoundary.permissionsBoundaryArn'),
      }),
  },
  'AWS::IAM::Group': {
    cloudFormationType: 'AWS::IAM::Group',
    properties: (context) =>
      compact({ GroupName: context.optional('groupName') ?? context.name, Path: context.optional('path'), Policies: inlinePolicies(context, 'groupPolicyList'), ManagedPolicyArns: managedPolicyArns(context) }),
    // The users in the group, as Config records them ("Contains User"): CloudFormation has no property for it.
    observed: (context) => ({ Users: context.item.relationships.filter((relationship) => relationship.resourceType === 'AWS::IAM::User').map((relationship): string => relationship.resourceName ?? relationship.resourceId ?? 'unnamed') }),
  },
  // Config's AWS::IAM::Policy is a customer managed policy: CloudFormation's AWS::IAM::ManagedPolicy.
  'AWS::IAM::Policy': {
    cloudFormationType: 'AWS::IAM::ManagedPolicy',
    properties: (context) => {
      const versions = context.recorded('policyVersionList');
      const current = isUnknown(versions) ? versions : objects(versions).find((version) => version.isDefaultVersion === true);
      return compact({
        ManagedPolicyName: context.optional('policyName') ?? context.name,
        Path: context.optional('path'),
        Description: context.optional('description'),
        PolicyDocument: isUnknown(current) ? current : current ? policyDocument(current.document) : unknown(`AWS Config recorded no default version of policy ${context.name}`),
        Users: attachedNames(context.item, 'AWS::IAM::User'),
        Roles: attachedNames(context.item, 'AWS::IAM::Role'),
        Groups: attachedNames(context.item, 'AWS::IAM::Group'),
      });
    },
    // How many roles and users use it as their permissions boundary: CloudFormation has no property for it.
    observed: (context) => compact({ PermissionsBoundaryUsageCount: context.recorded('permissionsBoundaryUsageCount') }),
  },
};
