import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'users by Ref and by literal name, a UserToGroupAddition, and an empty group',
    template: `
Resources:
  ByRef:
    Type: AWS::IAM::Group
  Alice:
    Type: AWS::IAM::User
    Properties:
      Groups: [!Ref ByRef]
  ByName:
    Type: AWS::IAM::Group
    Properties:
      GroupName: auditors
  Bob:
    Type: AWS::IAM::User
    Properties:
      Groups: [auditors]
  Added:
    Type: AWS::IAM::Group
    Properties:
      GroupName: added
  Addition:
    Type: AWS::IAM::UserToGroupAddition
    Properties:
      GroupName: added
      Users: [someone-elsewhere]
  Empty:
    Type: AWS::IAM::Group
    Properties:
      GroupName: empty
`,
    expect: {
      ByRef: { status: 'COMPLIANT', messageIncludes: 'Alice' },
      ByName: { status: 'COMPLIANT', messageIncludes: 'Bob' },
      Added: { status: 'COMPLIANT', messageIncludes: 'Addition' },
      Empty: { status: 'NON_COMPLIANT', messageId: 'noUsers' },
    },
  },
  {
    name: 'members from a parameter without default, behind an undecidable condition, or under a conditional user are not known',
    template: `
Parameters:
  Members: { Type: CommaDelimitedList }
Conditions:
  InIreland: !Equals [!Ref AWS::Region, eu-west-1]
Resources:
  FromParameter:
    Type: AWS::IAM::Group
  Addition:
    Type: AWS::IAM::UserToGroupAddition
    Properties:
      GroupName: !Ref FromParameter
      Users: !Ref Members
  Regional:
    Type: AWS::IAM::Group
  RegionalUser:
    Type: AWS::IAM::User
    Condition: InIreland
    Properties:
      Groups: [!Ref Regional]
`,
    expect: {
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknownUsers' },
      Regional: { status: 'INSUFFICIENT_DATA', messageId: 'unknownUsers', messageIncludes: 'InIreland' },
    },
  },
  {
    name: 'hcl: aws_iam_group_membership, aws_iam_user_group_membership, and an empty group',
    hcl: `
resource "aws_iam_group" "team" {
  name = "team"
}

resource "aws_iam_user" "ops" {
  name = "ops"
}

resource "aws_iam_group_membership" "team" {
  name  = "team"
  group = aws_iam_group.team.name
  users = [aws_iam_user.ops.name]
}

resource "aws_iam_group" "devs" {
  name = "devs"
}

resource "aws_iam_user" "dev" {
  name = "dev"
}

resource "aws_iam_user_group_membership" "dev" {
  user   = aws_iam_user.dev.name
  groups = [aws_iam_group.devs.name]
}

resource "aws_iam_group" "empty" {
  name = "empty"
}
`,
    expect: {
      'aws_iam_group.team': 'COMPLIANT',
      'aws_iam_group.devs': 'COMPLIANT',
      'aws_iam_group.empty': { status: 'NON_COMPLIANT', messageId: 'noUsers' },
    },
  },
  {
    name: 'plan: a group with a member by name, and an empty group',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_iam_group.devs', { name: 'devs', path: '/' }, { arn: true, id: true, unique_id: true }),
        created('aws_iam_user.dev', { name: 'dev', path: '/' }, { arn: true, id: true, unique_id: true }),
        created('aws_iam_user_group_membership.dev', { user: 'dev', groups: ['devs'] }, { id: true }),
        created('aws_iam_group.empty', { name: 'empty', path: '/' }, { arn: true, id: true, unique_id: true }),
      ],
    },
    expect: {
      'aws_iam_group.devs': 'COMPLIANT',
      'aws_iam_group.empty': { status: 'NON_COMPLIANT', messageId: 'noUsers' },
    },
  },
  {
    // The membership names the user "dev": the group has that user whatever the user resource's own
    // name reads. The membership is not merged into a user of unknown name; it stands as a user of its own.
    name: 'plan: a membership naming a user whose own resource has a malformed name',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_iam_group.devs', { name: 'devs', path: '/' }, { arn: true, id: true, unique_id: true }),
        created('aws_iam_user.dev', { name: { wrong: true }, path: '/' }, { arn: true, id: true, unique_id: true }),
        created('aws_iam_user_group_membership.dev', { user: 'dev', groups: ['devs'] }, { id: true }),
      ],
    },
    expect: {
      'aws_iam_group.devs': { status: 'COMPLIANT', messageId: 'hasUsers', messageIncludes: '(aws_iam_user_group_membership.dev)' },
    },
  },
] satisfies RuleCase[];
