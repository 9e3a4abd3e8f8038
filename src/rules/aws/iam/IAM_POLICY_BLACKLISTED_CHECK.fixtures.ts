import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const TRUST = "{ Version: '2012-10-17', Statement: [{ Effect: Allow, Principal: { Service: ec2.amazonaws.com }, Action: 'sts:AssumeRole' }] }";

export default [
  {
    name: 'AdministratorAccess by default: attached to a role and a group, another policy, none',
    template: `
Resources:
  Admin:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: ${TRUST}
      ManagedPolicyArns: [arn:aws:iam::aws:policy/ReadOnlyAccess, arn:aws:iam::aws:policy/AdministratorAccess]
  Admins:
    Type: AWS::IAM::Group
    Properties:
      ManagedPolicyArns: [arn:aws:iam::aws:policy/AdministratorAccess]
  Reader:
    Type: AWS::IAM::User
    Properties:
      ManagedPolicyArns: [arn:aws:iam::aws:policy/ReadOnlyAccess]
  Plain:
    Type: AWS::IAM::User
`,
    expect: {
      Admin: { status: 'NON_COMPLIANT', messageId: 'blockedPolicy', path: ['ManagedPolicyArns', 1], messageIncludes: 'AdministratorAccess' },
      Admins: { status: 'NON_COMPLIANT', messageId: 'blockedPolicy' },
      Reader: { status: 'COMPLIANT', messageId: 'noBlockedPolicy' },
      Plain: 'COMPLIANT',
    },
  },
  {
    name: 'policyArns AWSCloudShellFullAccess and a customer policy of the template; exceptionList spares a named role',
    params: { policyArns: 'arn:aws:iam::aws:policy/AWSCloudShellFullAccess,arn:aws:iam::111122223333:policy/ops/break-glass', exceptionList: 'roles:[shell-admin;other], users:[nobody]' },
    template: `
Resources:
  BreakGlass:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      ManagedPolicyName: break-glass
      Path: /ops/
      Users: [!Ref Operator]
      PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: Allow, Action: 'ec2:*', Resource: '*' }] }
  Operator:
    Type: AWS::IAM::User
  Shell:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: ${TRUST}
      ManagedPolicyArns: [arn:aws:iam::aws:policy/AWSCloudShellFullAccess]
  Spared:
    Type: AWS::IAM::Role
    Properties:
      RoleName: shell-admin
      AssumeRolePolicyDocument: ${TRUST}
      ManagedPolicyArns: [arn:aws:iam::aws:policy/AWSCloudShellFullAccess]
  Admin:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: ${TRUST}
      ManagedPolicyArns: [arn:aws:iam::aws:policy/AdministratorAccess]
`,
    expect: {
      Operator: { status: 'NON_COMPLIANT', messageId: 'blockedPolicy', messageIncludes: 'break-glass' },
      Shell: { status: 'NON_COMPLIANT', messageId: 'blockedPolicy', messageIncludes: 'AWSCloudShellFullAccess' },
      Spared: { status: 'NOT_APPLICABLE', messageId: 'excepted' },
      Admin: 'COMPLIANT',
    },
  },
  {
    name: 'an ARN from a parameter without default is not known; a known blocked ARN beside it still fails; a malformed exceptionList judges nothing',
    template: `
Parameters:
  Extra: { Type: String }
Resources:
  FromParameter:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: ${TRUST}
      ManagedPolicyArns: [!Ref Extra]
  Both:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: ${TRUST}
      ManagedPolicyArns: [!Ref Extra, arn:aws:iam::aws:policy/AdministratorAccess]
`,
    expect: {
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknownPolicy', path: ['ManagedPolicyArns', 0] },
      Both: { status: 'NON_COMPLIANT', messageId: 'blockedPolicy', path: ['ManagedPolicyArns', 1] },
    },
  },
  {
    name: 'a malformed exceptionList judges nothing',
    params: { exceptionList: 'admins' },
    template: `
Resources:
  Plain:
    Type: AWS::IAM::User
`,
    expect: { Plain: { status: 'INSUFFICIENT_DATA', messageId: 'malformedException' } },
  },
  {
    name: 'hcl: AdministratorAccess attached by aws_iam_role_policy_attachment and by aws_iam_policy_attachment; a role with another policy',
    hcl: `
resource "aws_iam_role" "admin" {
  name               = "admin"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = { Service = "ec2.amazonaws.com" }, Action = "sts:AssumeRole" }] })
}

resource "aws_iam_role_policy_attachment" "admin" {
  role       = aws_iam_role.admin.name
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}

resource "aws_iam_user" "ops" {
  name = "ops"
}

resource "aws_iam_policy_attachment" "ops" {
  name       = "ops"
  users      = [aws_iam_user.ops.name]
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}

resource "aws_iam_role" "reader" {
  name               = "reader"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = { Service = "ec2.amazonaws.com" }, Action = "sts:AssumeRole" }] })
}

resource "aws_iam_role_policy_attachment" "reader" {
  role       = aws_iam_role.reader.name
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}
`,
    expect: {
      'aws_iam_role.admin': { status: 'NON_COMPLIANT', messageId: 'blockedPolicy' },
      'aws_iam_user.ops': { status: 'NON_COMPLIANT', messageId: 'blockedPolicy' },
      'aws_iam_role.reader': 'COMPLIANT',
    },
  },
  {
    name: 'plan: AdministratorAccess attached to a user, a group without attachments',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_iam_user.admin', { name: 'admin', path: '/' }, { arn: true, id: true, unique_id: true }),
        created('aws_iam_user_policy_attachment.admin', { user: 'admin', policy_arn: 'arn:aws:iam::aws:policy/AdministratorAccess' }, { id: true }),
        created('aws_iam_group.empty', { name: 'empty', path: '/' }, { arn: true, id: true, unique_id: true }),
      ],
    },
    expect: {
      'aws_iam_user.admin': { status: 'NON_COMPLIANT', messageId: 'blockedPolicy' },
      'aws_iam_group.empty': 'COMPLIANT',
    },
  },
] satisfies RuleCase[];
