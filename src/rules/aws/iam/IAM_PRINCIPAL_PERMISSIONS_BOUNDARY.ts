import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import { isSet } from '../../lib/certainty.js';
import { isUnknown } from '../../../model/unknown.js';

export default defineRule<{ permissionsBoundaryArns?: string[] }>({
  meta: {
    id: 'IAM_PRINCIPAL_PERMISSIONS_BOUNDARY',
    title: 'IAM roles and users have a permissions boundary',
    description:
      'Checks that an IAM role or user sets a PermissionsBoundary, optionally one of a list of approved boundary policies. A boundary caps what the principal can ever be granted, whatever policies are attached to it later.',
    severity: 'medium',
    recommended: false,
    whyNotRecommended:
      'Permissions boundaries belong to an organisation\'s own delegation design (the boundary policies are its own): most accounts do not use them, and AWS does not ask for one on every role. Turn it on, with permissionsBoundaryArns, where developers create roles under a boundary.',
    resourceTypes: ['AWS::IAM::Role', 'AWS::IAM::User'],
    parameters: {
      permissionsBoundaryArns: {
        type: 'string-list',
        description: 'ARNs of the approved permissions boundary policies (any boundary when absent).',
      },
    },
    messages: {
      set: '{{type}} {{id}} has the permissions boundary {{boundary}}.',
      setAtDeployment: '{{type}} {{id}} has a permissions boundary, whose ARN is known at deployment ({{reason}}).',
      missing: '{{type}} {{id}} has no PermissionsBoundary.',
      notApproved: '{{type}} {{id}} uses the permissions boundary {{actual}}, which is not one of the approved boundaries ({{expected}}).',
      unknownBoundary: 'The permissions boundary of {{type}} {{id}} is not known before deployment ({{reason}}).',
    },
    remediation: 'Set `PermissionsBoundary` on the role or user to the ARN of an approved boundary managed policy.',
    examples: {
      noncompliant: [
        {
          cloudformation: `Resources:
  AppRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { Service: lambda.amazonaws.com }
            Action: sts:AssumeRole
`,
        },
      ],
      compliant: [
        {
          cloudformation: `Resources:
  AppRole:
    Type: AWS::IAM::Role
    Properties:
      PermissionsBoundary: arn:aws:iam::123456789012:policy/DeveloperBoundary
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { Service: lambda.amazonaws.com }
            Action: sts:AssumeRole
`,
        },
      ],
    },
  },
  check(principal, { params }) {
    const boundary = principal.properties.PermissionsBoundary;
    const path = ['PermissionsBoundary'];
    const set = isSet(boundary);
    if (set === false) return nonCompliant('missing', {}, []);
    const approved = params.permissionsBoundaryArns;
    if (isUnknown(boundary)) {
      // A value known only at deployment (Ref, GetAtt, ImportValue, Sub with the account id) is a
      // boundary; whether it is an approved one, or whether an undecidable Fn::If removes it, is not known.
      if (set === true && (approved === undefined || approved.length === 0)) {
        if (boundary.ref) return compliant('set', { boundary: boundary.ref.resource }, path);
        return compliant('setAtDeployment', { reason: boundary.reason }, path);
      }
      return insufficientData('unknownBoundary', { reason: boundary.reason }, path);
    }
    if (typeof boundary !== 'string') return nonCompliant('missing', {}, path);
    if (approved !== undefined && approved.length > 0 && !approved.includes(boundary)) {
      return nonCompliant('notApproved', { actual: boundary, expected: approved.join(', ') }, path);
    }
    return compliant('set', { boundary }, path);
  },
});
