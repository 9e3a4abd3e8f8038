import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'Groups by Ref and by literal name, a UserToGroupAddition, and no group',
    template: `
Resources:
  Developers:
    Type: AWS::IAM::Group
    Properties:
      GroupName: developers
  ByRef:
    Type: AWS::IAM::User
    Properties:
      Groups: [!Ref Developers]
  ByName:
    Type: AWS::IAM::User
    Properties:
      Groups: [auditors]
  Added:
    Type: AWS::IAM::User
    Properties:
      UserName: added
  Addition:
    Type: AWS::IAM::UserToGroupAddition
    Properties:
      GroupName: !Ref Developers
      Users: [added]
  Alone:
    Type: AWS::IAM::User
    Properties:
      UserName: alone
`,
    expect: {
      ByRef: { status: 'COMPLIANT', messageId: 'member', path: ['Groups', 0] },
      ByName: { status: 'COMPLIANT', messageId: 'member', messageIncludes: 'auditors' },
      Added: { status: 'COMPLIANT', messageId: 'member' },
      Alone: { status: 'NON_COMPLIANT', messageId: 'noGroup' },
    },
  },
  {
    name: 'groupNames: a listed group, another group, and a group whose name CloudFormation chooses',
    params: { groupNames: 'developers,operators' },
    template: `
Resources:
  Developers:
    Type: AWS::IAM::Group
    Properties:
      GroupName: developers
  Unnamed:
    Type: AWS::IAM::Group
  Listed:
    Type: AWS::IAM::User
    Properties:
      Groups: [!Ref Developers]
  Other:
    Type: AWS::IAM::User
    Properties:
      Groups: [auditors]
  Generated:
    Type: AWS::IAM::User
    Properties:
      Groups: [!Ref Unnamed]
`,
    expect: {
      Listed: 'COMPLIANT',
      Other: { status: 'NON_COMPLIANT', messageId: 'notInListedGroup', messageIncludes: 'developers, operators' },
      Generated: { status: 'INSUFFICIENT_DATA', messageId: 'unknownMembership' },
    },
  },
  {
    name: 'groups from a parameter without default and an addition under an undecidable condition are not known',
    template: `
Parameters:
  TeamGroups: { Type: CommaDelimitedList }
Conditions:
  InIreland: !Equals [!Ref AWS::Region, eu-west-1]
Resources:
  FromParameter:
    Type: AWS::IAM::User
    Properties:
      Groups: !Ref TeamGroups
  Maybe:
    Type: AWS::IAM::User
  MaybeAddition:
    Type: AWS::IAM::UserToGroupAddition
    Condition: InIreland
    Properties:
      GroupName: regional
      Users: [!Ref Maybe]
`,
    expect: {
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknownMembership', path: ['Groups'] },
      Maybe: { status: 'INSUFFICIENT_DATA', messageId: 'unknownMembership', messageIncludes: 'InIreland' },
    },
  },
  {
    name: 'hcl: aws_iam_user_group_membership, aws_iam_group_membership, and a user in no group',
    hcl: `
resource "aws_iam_group" "developers" {
  name = "developers"
}

resource "aws_iam_user" "dev" {
  name = "dev"
}

resource "aws_iam_user_group_membership" "dev" {
  user   = aws_iam_user.dev.name
  groups = [aws_iam_group.developers.name]
}

resource "aws_iam_user" "ops" {
  name = "ops"
}

resource "aws_iam_group_membership" "team" {
  name  = "team"
  group = aws_iam_group.developers.name
  users = [aws_iam_user.ops.name]
}

resource "aws_iam_user" "alone" {
  name = "alone"
}
`,
    expect: {
      'aws_iam_user.dev': 'COMPLIANT',
      'aws_iam_user.ops': 'COMPLIANT',
      'aws_iam_user.alone': { status: 'NON_COMPLIANT', messageId: 'noGroup' },
    },
  },
  {
    name: 'plan: a membership by literal group name, and a user in no group',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_iam_user.dev', { name: 'dev', path: '/' }, { arn: true, id: true, unique_id: true }),
        created('aws_iam_user_group_membership.dev', { user: 'dev', groups: ['developers'] }, { id: true }),
        created('aws_iam_user.alone', { name: 'alone', path: '/' }, { arn: true, id: true, unique_id: true }),
      ],
    },
    expect: {
      'aws_iam_user.dev': 'COMPLIANT',
      'aws_iam_user.alone': { status: 'NON_COMPLIANT', messageId: 'noGroup' },
    },
  },
] satisfies RuleCase[];
