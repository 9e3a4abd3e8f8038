import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const FN = (id: string) => `
  ${id}:
    Type: AWS::Lambda::Function
    Properties:
      FunctionName: ${id.toLowerCase()}
      Runtime: python3.12
      Handler: index.handler
      Role: arn:aws:iam::123456789012:role/fn
      Code: { ZipFile: "def handler(e, c): return e" }`;

export default [
  {
    name: 'permissions: anyone, anyone scoped by SourceArn or org, S3 with and without SourceAccount, an account (as text and as a number), by name and by alias',
    template: `
Resources:${FN('Open')}${FN('Scoped')}${FN('Org')}${FN('Bucket')}${FN('BucketScoped')}${FN('Account')}${FN('NumberAccount')}${FN('ByName')}${FN('ByAlias')}${FN('Plain')}
  NumberAccountPermission:
    Type: AWS::Lambda::Permission
    Properties: { FunctionName: !Ref NumberAccount, Action: lambda:InvokeFunction, Principal: 111122223333 }
  OpenPermission:
    Type: AWS::Lambda::Permission
    Properties: { FunctionName: !GetAtt Open.Arn, Action: lambda:InvokeFunction, Principal: "*" }
  ScopedPermission:
    Type: AWS::Lambda::Permission
    Properties: { FunctionName: !Ref Scoped, Action: lambda:InvokeFunction, Principal: "*", SourceArn: "arn:aws:sns:us-east-1:123456789012:topic" }
  OrgPermission:
    Type: AWS::Lambda::Permission
    Properties: { FunctionName: !Ref Org, Action: lambda:InvokeFunction, Principal: "*", PrincipalOrgID: o-a1b2c3d4e5 }
  BucketPermission:
    Type: AWS::Lambda::Permission
    Properties: { FunctionName: !Ref Bucket, Action: lambda:InvokeFunction, Principal: s3.amazonaws.com, SourceArn: "arn:aws:s3:::uploads" }
  BucketScopedPermission:
    Type: AWS::Lambda::Permission
    Properties: { FunctionName: !Ref BucketScoped, Action: lambda:InvokeFunction, Principal: s3.amazonaws.com, SourceAccount: !Ref AWS::AccountId }
  AccountPermission:
    Type: AWS::Lambda::Permission
    Properties: { FunctionName: !Ref Account, Action: lambda:InvokeFunction, Principal: "111122223333" }
  NamePermission:
    Type: AWS::Lambda::Permission
    Properties: { FunctionName: "arn:aws:lambda:us-east-1:123456789012:function:byname:live", Action: lambda:InvokeFunction, Principal: "*" }
  Version:
    Type: AWS::Lambda::Version
    Properties: { FunctionName: !Ref ByAlias }
  Alias:
    Type: AWS::Lambda::Alias
    Properties: { FunctionName: !Ref ByAlias, FunctionVersion: !GetAtt Version.Version, Name: live }
  AliasPermission:
    Type: AWS::Lambda::Permission
    Properties: { FunctionName: !Ref Alias, Action: lambda:InvokeFunction, Principal: "*", SourceAccount: "*" }
`,
    expect: {
      Open: { status: 'NON_COMPLIANT', messageId: 'publicPermission', path: [] },
      Scoped: 'COMPLIANT',
      Org: 'COMPLIANT',
      Bucket: { status: 'NON_COMPLIANT', messageId: 'unscopedS3' },
      BucketScoped: 'COMPLIANT',
      Account: 'COMPLIANT',
      NumberAccount: 'COMPLIANT',
      ByName: { status: 'NON_COMPLIANT', messageId: 'publicPermission' },
      ByAlias: { status: 'NON_COMPLIANT', messageId: 'publicPermission' },
      Plain: 'COMPLIANT',
    },
  },
  {
    name: 'unknowns: a principal from a parameter without a default, a permission under an undecidable condition, a function named at deploy time',
    template: `
Parameters:
  Who: { Type: String }
  Target: { Type: String }
Conditions:
  Open: !Equals [!Ref Who, open]
Resources:${FN('FromParameter')}${FN('Conditional')}
  ParameterPermission:
    Type: AWS::Lambda::Permission
    Properties: { FunctionName: !Ref FromParameter, Action: lambda:InvokeFunction, Principal: !Ref Who }
  ConditionalPermission:
    Type: AWS::Lambda::Permission
    Condition: Open
    Properties: { FunctionName: !Ref Conditional, Action: lambda:InvokeFunction, Principal: "*" }
`,
    expect: {
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
      Conditional: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
  {
    name: 'an ARN over the stack\'s partition, region and account with a literal name (and qualifier) names that function only; another account\'s ARN stays open',
    template: `
Resources:${FN('Orders')}${FN('Billing')}
  OrdersPermission:
    Type: AWS::Lambda::Permission
    Properties:
      FunctionName: !Sub 'arn:\${AWS::Partition}:lambda:\${AWS::Region}:\${AWS::AccountId}:function:orders:live'
      Action: lambda:InvokeFunction
      Principal: "*"
`,
    expect: {
      Orders: { status: 'NON_COMPLIANT', messageId: 'publicPermission', messageIncludes: 'OrdersPermission' },
      Billing: { status: 'COMPLIANT', messageId: 'notPublic' },
    },
  },
  {
    name: 'a function ARN of another account by !Sub may name any function of the template',
    template: `
Resources:${FN('Orders')}
  ElsewherePermission:
    Type: AWS::Lambda::Permission
    Properties:
      FunctionName: !Sub 'arn:aws:lambda:\${AWS::Region}:444455556666:function:orders'
      Action: lambda:InvokeFunction
      Principal: "*"
`,
    expect: { Orders: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'ElsewherePermission' } },
  },
  {
    name: 'function URLs: AuthType NONE, AWS_IAM and from a parameter without a default',
    template: `
Parameters:
  Auth: { Type: String }
Resources:${FN('Public')}${FN('Iam')}${FN('Maybe')}
  PublicUrl:
    Type: AWS::Lambda::Url
    Properties: { TargetFunctionArn: !GetAtt Public.Arn, AuthType: NONE }
  IamUrl:
    Type: AWS::Lambda::Url
    Properties: { TargetFunctionArn: !Ref Iam, AuthType: AWS_IAM }
  MaybeUrl:
    Type: AWS::Lambda::Url
    Properties: { TargetFunctionArn: !Ref Maybe, AuthType: !Ref Auth }
`,
    expect: {
      Public: { status: 'NON_COMPLIANT', messageId: 'publicUrl' },
      Iam: 'COMPLIANT',
      Maybe: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
  {
    name: 'SAM: a function URL without auth, S3 and API events, findings at the SAM resource',
    template: `
Transform: AWS::Serverless-2016-10-31
Resources:
  Uploads:
    Type: AWS::S3::Bucket
  Web:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: index.handler
      InlineCode: x
      FunctionUrlConfig:
        AuthType: NONE
  Worker:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: index.handler
      InlineCode: x
      Events:
        Upload: { Type: S3, Properties: { Bucket: !Ref Uploads, Events: s3:ObjectCreated:* } }
        Get: { Type: Api, Properties: { Path: /, Method: get } }
`,
    expect: {
      Web: { status: 'NON_COMPLIANT', messageId: 'publicUrl', path: [] },
      Worker: 'COMPLIANT',
    },
  },
  {
    name: 'hcl: a public permission, an S3 permission with source_account, a public function URL',
    hcl: `
resource "aws_lambda_function" "open" {
  function_name = "open"
  role          = "arn:aws:iam::123456789012:role/fn"
  runtime       = "python3.12"
  handler       = "index.handler"
  filename      = "fn.zip"
}

resource "aws_lambda_function" "scoped" {
  function_name = "scoped"
  role          = "arn:aws:iam::123456789012:role/fn"
  runtime       = "python3.12"
  handler       = "index.handler"
  filename      = "fn.zip"
}

resource "aws_lambda_function" "web" {
  function_name = "web"
  role          = "arn:aws:iam::123456789012:role/fn"
  runtime       = "python3.12"
  handler       = "index.handler"
  filename      = "fn.zip"
}

resource "aws_lambda_permission" "anyone" {
  function_name = aws_lambda_function.open.function_name
  action        = "lambda:InvokeFunction"
  principal     = "*"
}

resource "aws_lambda_permission" "bucket" {
  function_name  = aws_lambda_function.scoped.arn
  action         = "lambda:InvokeFunction"
  principal      = "s3.amazonaws.com"
  source_account = "123456789012"
}

resource "aws_lambda_function_url" "web" {
  function_name      = aws_lambda_function.web.function_name
  authorization_type = "NONE"
}
`,
    expect: {
      'aws_lambda_function.open': { status: 'NON_COMPLIANT', messageId: 'publicPermission' },
      'aws_lambda_function.scoped': 'COMPLIANT',
      'aws_lambda_function.web': { status: 'NON_COMPLIANT', messageId: 'publicUrl' },
    },
  },
  {
    name: 'hcl: an account principal written as a number is that account',
    hcl: `
resource "aws_lambda_function" "partner" {
  function_name = "partner"
  role          = "arn:aws:iam::123456789012:role/fn"
  runtime       = "python3.12"
  handler       = "index.handler"
  filename      = "fn.zip"
}

resource "aws_lambda_permission" "partner" {
  function_name = aws_lambda_function.partner.function_name
  action        = "lambda:InvokeFunction"
  principal     = 111122223333
}
`,
    expect: { 'aws_lambda_function.partner': 'COMPLIANT' },
  },
  {
    name: 'plan: a public permission by literal name, and a function whose only permission names an account',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_lambda_function.named', { function_name: 'named', role: 'arn:aws:iam::123456789012:role/fn', runtime: 'python3.12', handler: 'index.handler', timeout: 3, memory_size: 128 }, { arn: true }),
        created('aws_lambda_permission.anyone', { function_name: 'named', action: 'lambda:InvokeFunction', principal: '*' }),
        created('aws_lambda_function.private', { function_name: 'private', role: 'arn:aws:iam::123456789012:role/fn', runtime: 'python3.12', handler: 'index.handler' }, { arn: true }),
        created('aws_lambda_permission.account', { function_name: 'private', action: 'lambda:InvokeFunction', principal: '111122223333' }),
      ],
    },
    expect: {
      'aws_lambda_function.named': { status: 'NON_COMPLIANT', messageId: 'publicPermission' },
      'aws_lambda_function.private': 'COMPLIANT',
    },
  },
  {
    name: 'plan: a public permission whose function is known only after apply may name any function',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_lambda_function.other', { function_name: 'other', role: 'arn:aws:iam::123456789012:role/fn', runtime: 'python3.12', handler: 'index.handler' }, { arn: true }),
        created('aws_lambda_permission.later', { action: 'lambda:InvokeFunction', principal: '*' }, { function_name: true }),
      ],
    },
    expect: {
      'aws_lambda_function.other': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
] satisfies RuleCase[];
