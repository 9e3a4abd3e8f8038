import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'a service wildcard, a prefixed wildcard, "*", NotAction and a Deny',
    template: `
Resources:
  Service:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Sid: Reads
            Effect: Allow
            Action: ['s3:GetObject', 'S3:*']
            Resource: arn:aws:s3:::reports/*
  Prefixed:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Action: ['ec2:Describe*', 'ec2:StartInstances']
            Resource: '*'
  Everything:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument: { Version: '2012-10-17', Statement: { Effect: Allow, Action: '*', Resource: '*' } }
  AllBut:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: '2012-10-17'
        Statement: [{ Effect: Allow, NotAction: 'iam:*', Resource: '*' }]
  Denied:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: '2012-10-17'
        Statement: [{ Effect: Deny, Action: 's3:*', Resource: '*' }, { Effect: Allow, NotAction: '*', Resource: '*' }]
`,
    expect: {
      Service: { status: 'NON_COMPLIANT', messageId: 'fullAccess', path: ['PolicyDocument', 'Statement', 0], messageIncludes: 'statement "Reads"' },
      Prefixed: { status: 'COMPLIANT', messageId: 'noFullAccess' },
      Everything: { status: 'NON_COMPLIANT', messageId: 'fullAccess', path: ['PolicyDocument', 'Statement'] },
      AllBut: { status: 'NON_COMPLIANT', messageId: 'fullAccess' },
      Denied: 'COMPLIANT',
    },
  },
  {
    name: 'inline policies are not evaluated; an action from a parameter without default and a document from elsewhere are not known',
    template: `
Parameters:
  ExtraAction: { Type: String }
Resources:
  Inline:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: inline
      Roles: [some-role]
      PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: Allow, Action: 's3:*', Resource: '*' }] }
  FromParameter:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - { Effect: Allow, Action: 's3:GetObject', Resource: '*' }
          - { Effect: Allow, Action: [!Ref ExtraAction], Resource: '*' }
  Imported:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument: !ImportValue shared-policy-document
`,
    expect: {
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', path: ['PolicyDocument', 'Statement', 1] },
      Imported: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', path: ['PolicyDocument'] },
    },
  },
  {
    name: 'excludePermissionBoundaryPolicy: a boundary of a role is not evaluated, another policy is',
    params: { excludePermissionBoundaryPolicy: true },
    template: `
Resources:
  Boundary:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: Allow, Action: 'sqs:*', Resource: '*' }] }
  Other:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: Allow, Action: 'sqs:*', Resource: '*' }] }
  Worker:
    Type: AWS::IAM::Role
    Properties:
      PermissionsBoundary: !Ref Boundary
      AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: Allow, Principal: { Service: ec2.amazonaws.com }, Action: 'sts:AssumeRole' }] }
`,
    expect: {
      Boundary: { status: 'NOT_APPLICABLE', messageId: 'boundary' },
      Other: { status: 'NON_COMPLIANT', messageId: 'fullAccess' },
    },
  },
  {
    name: 'hcl: aws_iam_policy with a service wildcard and one with named actions',
    hcl: `
resource "aws_iam_policy" "wide" {
  name   = "wide"
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = ["dynamodb:*"], Resource = "*" }] })
}

resource "aws_iam_policy" "narrow" {
  name   = "narrow"
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = ["dynamodb:GetItem", "dynamodb:Query"], Resource = "*" }] })
}
`,
    expect: {
      'aws_iam_policy.wide': { status: 'NON_COMPLIANT', messageId: 'fullAccess' },
      'aws_iam_policy.narrow': 'COMPLIANT',
    },
  },
  {
    name: 'plan: a service wildcard, named actions, and a policy known only after apply',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_iam_policy.wide', { name: 'wide', path: '/', policy: '{"Statement":[{"Action":"kms:*","Effect":"Allow","Resource":"*"}],"Version":"2012-10-17"}' }, { arn: true, id: true }),
        created('aws_iam_policy.narrow', { name: 'narrow', path: '/', policy: '{"Statement":[{"Action":"kms:Encrypt","Effect":"Allow","Resource":"*"}],"Version":"2012-10-17"}' }, { arn: true, id: true }),
        created('aws_iam_policy.later', { name: 'later', path: '/' }, { arn: true, id: true, policy: true }),
      ],
    },
    expect: {
      'aws_iam_policy.wide': { status: 'NON_COMPLIANT', messageId: 'fullAccess' },
      'aws_iam_policy.narrow': 'COMPLIANT',
      'aws_iam_policy.later': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
  {
    name: 'a deny-only policy on no Resource is one IAM refuses: not known, never compliant',
    template: `
Resources:
  NoResource:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Statement: [{ Effect: Deny, Action: 'dynamodb:DeleteTable' }]
`,
    expect: { NoResource: { status: 'INSUFFICIENT_DATA', messageIncludes: 'Resource or NotResource' } },
  },
] satisfies RuleCase[];
