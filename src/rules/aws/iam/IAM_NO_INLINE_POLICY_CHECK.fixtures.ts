import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const TRUST = "{ Version: '2012-10-17', Statement: [{ Effect: Allow, Principal: { Service: lambda.amazonaws.com }, Action: 'sts:AssumeRole' }] }";
const DOC = "{ Version: '2012-10-17', Statement: [{ Effect: Allow, Action: 's3:GetObject', Resource: '*' }] }";

export default [
  {
    name: 'own Policies, an AWS::IAM::Policy, a RolePolicy naming the role; managed policies only pass',
    template: `
Resources:
  Inline:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: ${TRUST}
      Policies:
        - PolicyName: reads
          PolicyDocument: ${DOC}
  Shared:
    Type: AWS::IAM::Group
  SharedPolicy:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: shared
      Groups: [!Ref Shared]
      PolicyDocument: ${DOC}
  Named:
    Type: AWS::IAM::Role
    Properties:
      RoleName: named
      AssumeRolePolicyDocument: ${TRUST}
  NamedPolicy:
    Type: AWS::IAM::RolePolicy
    Properties:
      RoleName: named
      PolicyName: named-inline
      PolicyDocument: ${DOC}
  Managed:
    Type: AWS::IAM::User
    Properties:
      ManagedPolicyArns: [arn:aws:iam::aws:policy/ReadOnlyAccess]
      Policies: []
  ManagedPolicy:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      Users: [!Ref Managed]
      PolicyDocument: ${DOC}
`,
    expect: {
      Inline: { status: 'NON_COMPLIANT', messageId: 'inlinePolicy', path: ['Policies', 0], messageIncludes: 'reads' },
      Shared: { status: 'NON_COMPLIANT', messageId: 'inlinePolicyResource', messageIncludes: 'SharedPolicy' },
      Named: { status: 'NON_COMPLIANT', messageId: 'inlinePolicyResource', messageIncludes: 'named-inline' },
      Managed: { status: 'COMPLIANT', messageId: 'noInline' },
    },
  },
  {
    name: 'inline policies behind an undecidable condition are not known; an inline policy resource naming a principal elsewhere judges a partial owner',
    template: `
Conditions:
  InIreland: !Equals [!Ref AWS::Region, eu-west-1]
Resources:
  Maybe:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: ${TRUST}
      Policies: !If [InIreland, [{ PolicyName: regional, PolicyDocument: ${DOC} }], !Ref AWS::NoValue]
  Conditional:
    Type: AWS::IAM::User
  ConditionalPolicy:
    Type: AWS::IAM::UserPolicy
    Condition: InIreland
    Properties:
      UserName: !Ref Conditional
      PolicyName: regional
      PolicyDocument: ${DOC}
  Elsewhere:
    Type: AWS::IAM::UserPolicy
    Properties:
      UserName: someone
      PolicyName: elsewhere
      PolicyDocument: ${DOC}
`,
    expect: {
      Maybe: { status: 'INSUFFICIENT_DATA', messageId: 'unknownInline', path: ['Policies'] },
      Conditional: { status: 'INSUFFICIENT_DATA', messageId: 'unknownInline', messageIncludes: 'InIreland' },
      'Elsewhere#UserName': { status: 'NON_COMPLIANT', messageId: 'inlinePolicyResource' },
    },
  },
  {
    name: 'hcl: aws_iam_role_policy on a role, a role with managed policy attachments only',
    hcl: `
resource "aws_iam_role" "inline" {
  name               = "inline"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = { Service = "ec2.amazonaws.com" }, Action = "sts:AssumeRole" }] })
}

resource "aws_iam_role_policy" "inline" {
  name   = "reads"
  role   = aws_iam_role.inline.id
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = "*" }] })
}

resource "aws_iam_role" "managed" {
  name               = "managed"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = { Service = "ec2.amazonaws.com" }, Action = "sts:AssumeRole" }] })
}

resource "aws_iam_role_policy_attachment" "managed" {
  role       = aws_iam_role.managed.name
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}
`,
    expect: {
      'aws_iam_role.inline': { status: 'NON_COMPLIANT', messageId: 'inlinePolicy', messageIncludes: 'reads' },
      'aws_iam_role.managed': 'COMPLIANT',
    },
  },
  {
    name: 'plan: a group with an aws_iam_group_policy and a group without',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_iam_group.ops', { name: 'ops', path: '/' }, { arn: true, id: true, unique_id: true }),
        created('aws_iam_group_policy.ops', { name: 'ops', group: 'ops', policy: '{"Statement":[{"Action":"s3:GetObject","Effect":"Allow","Resource":"*"}],"Version":"2012-10-17"}' }, { id: true }),
        created('aws_iam_group.readers', { name: 'readers', path: '/' }, { arn: true, id: true, unique_id: true }),
      ],
    },
    expect: {
      'aws_iam_group.ops': { status: 'NON_COMPLIANT', messageId: 'inlinePolicy' },
      'aws_iam_group.readers': 'COMPLIANT',
    },
  },
  {
    name: 'sam: a policy template becomes an inline policy of the function role, as an inline document does; managed policies do not',
    template: `
Transform: AWS::Serverless-2016-10-31
Resources:
  Templated:
    Type: AWS::Serverless::Function
    Properties:
      Handler: index.handler
      Runtime: python3.12
      InlineCode: "def handler(e, c): return e"
      Policies:
        - SQSPollerPolicy: { QueueName: orders }
  Mixed:
    Type: AWS::Serverless::Function
    Properties:
      Handler: index.handler
      Runtime: python3.12
      InlineCode: "def handler(e, c): return e"
      Policies:
        - AWSLambdaVPCAccessExecutionRole
        - Statement: [{ Effect: Allow, Action: "*", Resource: "*" }]
        - DynamoDBReadPolicy: { TableName: orders }
  ManagedOnly:
    Type: AWS::Serverless::Function
    Properties:
      Handler: index.handler
      Runtime: python3.12
      InlineCode: "def handler(e, c): return e"
      Policies: [AmazonS3ReadOnlyAccess]
`,
    expect: {
      TemplatedRole: { status: 'NON_COMPLIANT', messageId: 'inlinePolicy', messageIncludes: 'RolePolicy0' },
      MixedRole: { status: 'NON_COMPLIANT', messageId: 'inlinePolicy' },
      ManagedOnlyRole: 'COMPLIANT',
    },
  },
] satisfies RuleCase[];
