import type { RuleCase } from '../../tester.js';

const PATTERNS = { blockedActionsPatterns: 'kms:Decrypt,kms:ReEncryptFrom' };
const KEY = 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const TRUST = "{ Version: '2012-10-17', Statement: [{ Effect: Allow, Principal: { Service: lambda.amazonaws.com }, Action: 'sts:AssumeRole' }] }";

export default [
  {
    name: 'inline policies of a role, a user and a group, and separate inline policy resources; managed policies are not evaluated',
    params: PATTERNS,
    template: `
Resources:
  Worker:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: ${TRUST}
      Policies:
        - PolicyName: decrypt-all
          PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: Allow, Action: 'kms:Decrypt', Resource: '*' }] }
  Reader:
    Type: AWS::IAM::User
    Properties:
      Policies:
        - PolicyName: decrypt-one
          PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: Allow, Action: 'kms:Decrypt', Resource: '${KEY}' }] }
  Ops:
    Type: AWS::IAM::Group
  OpsPolicy:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: ops
      Groups: [!Ref Ops]
      PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: Allow, Action: 'kms:*', Resource: 'arn:aws:kms:*:*:key/*' }] }
  WorkerPolicy:
    Type: AWS::IAM::RolePolicy
    Properties:
      RoleName: !Ref Worker
      PolicyName: encrypt
      PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: Allow, Action: 'kms:Encrypt', Resource: '*' }] }
  Managed:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: Allow, Action: 'kms:Decrypt', Resource: '*' }] }
`,
    expect: {
      Worker: { status: 'NON_COMPLIANT', messageId: 'blocked', path: ['Policies', 0, 'PolicyDocument', 'Statement', 0], messageIncludes: 'decrypt-all' },
      Reader: 'COMPLIANT',
      Ops: 'COMPLIANT',
      OpsPolicy: { status: 'NON_COMPLIANT', messageId: 'blocked' },
      WorkerPolicy: 'COMPLIANT',
    },
  },
  {
    name: 'an inline policy list from an undecidable Fn::If and a resource from a parameter are not known',
    params: PATTERNS,
    template: `
Parameters:
  KeyArn: { Type: String }
Conditions:
  InIreland: !Equals [!Ref AWS::Region, eu-west-1]
Resources:
  Maybe:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: ${TRUST}
      Policies: !If
        - InIreland
        - - PolicyName: decrypt
            PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: Allow, Action: 'kms:Decrypt', Resource: '*' }] }
        - !Ref AWS::NoValue
  FromParameter:
    Type: AWS::IAM::UserPolicy
    Properties:
      UserName: someone
      PolicyName: decrypt
      PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: Allow, Action: 'kms:Decrypt', Resource: !Ref KeyArn }] }
`,
    expect: {
      Maybe: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
      // The user lives elsewhere: judged as a partial owner whose own inline policies are not known.
      'FromParameter#UserName': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
  {
    name: 'an empty blockedActionsPatterns judges no inline policy',
    params: { blockedActionsPatterns: '' },
    template: `
Resources:
  Worker:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: ${TRUST}
`,
    expect: { Worker: { status: 'INSUFFICIENT_DATA', messageId: 'notConfigured' } },
  },
  {
    name: 'hcl: aws_iam_role_policy decrypting with every key, and one naming a key',
    params: PATTERNS,
    hcl: `
resource "aws_iam_role" "worker" {
  name               = "worker"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = { Service = "lambda.amazonaws.com" }, Action = "sts:AssumeRole" }] })
}

resource "aws_iam_role_policy" "worker" {
  name   = "decrypt"
  role   = aws_iam_role.worker.id
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "kms:Decrypt", Resource = "*" }] })
}

resource "aws_iam_user" "reader" {
  name = "reader"
}

resource "aws_iam_user_policy" "reader" {
  name   = "decrypt"
  user   = aws_iam_user.reader.name
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "kms:Decrypt", Resource = "${KEY}" }] })
}
`,
    expect: {
      'aws_iam_role.worker': { status: 'NON_COMPLIANT', messageId: 'blocked' },
      'aws_iam_user.reader': 'COMPLIANT',
    },
  },
  {
    name: 'plan: an inline policy decrypting with every key, and a role with an inline_policy block naming a key',
    params: PATTERNS,
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        {
          address: 'aws_iam_user.ops', mode: 'managed', type: 'aws_iam_user', name: 'ops', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: { actions: ['create'], before: null, after: { name: 'ops', path: '/' }, after_unknown: { arn: true, id: true, unique_id: true }, before_sensitive: false, after_sensitive: {} },
        },
        {
          address: 'aws_iam_user_policy.ops', mode: 'managed', type: 'aws_iam_user_policy', name: 'ops', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: { actions: ['create'], before: null, after: { name: 'ops', user: 'ops', policy: '{"Statement":[{"Action":"kms:Decrypt","Effect":"Allow","Resource":"*"}],"Version":"2012-10-17"}' }, after_unknown: { id: true }, before_sensitive: false, after_sensitive: {} },
        },
        {
          address: 'aws_iam_role.app', mode: 'managed', type: 'aws_iam_role', name: 'app', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['create'], before: null,
            after: {
              name: 'app', path: '/',
              assume_role_policy: '{"Statement":[{"Action":"sts:AssumeRole","Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"}}],"Version":"2012-10-17"}',
              inline_policy: [{ name: 'decrypt', policy: `{"Statement":[{"Action":"kms:Decrypt","Effect":"Allow","Resource":"${KEY}"}],"Version":"2012-10-17"}` }],
            },
            after_unknown: { arn: true, id: true, unique_id: true, managed_policy_arns: true },
            before_sensitive: false, after_sensitive: {},
          },
        },
      ],
    },
    expect: {
      'aws_iam_user.ops': { status: 'NON_COMPLIANT', messageId: 'blocked' },
      'aws_iam_role.app': 'COMPLIANT',
    },
  },
  {
    name: 'an inline policy statement allowing a blocked action on no Resource is one IAM refuses: not known, never compliant',
    template: `
Resources:
  App:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement: [{ Effect: Allow, Principal: { Service: lambda.amazonaws.com }, Action: 'sts:AssumeRole' }]
      Policies:
        - PolicyName: decrypt
          PolicyDocument:
            Statement: [{ Effect: Allow, Action: 'kms:Decrypt' }]
`,
    params: PATTERNS,
    expect: { App: { status: 'INSUFFICIENT_DATA', messageIncludes: 'Resource or NotResource' } },
  },
] satisfies RuleCase[];
