import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const FN = (id: string, extra = '') => `
  ${id}:
    Type: AWS::Lambda::Function
    Properties:
      Handler: index.handler
      Code: { ZipFile: "def handler(e, c): return e" }${extra}`;

export default [
  {
    name: "AWS's defaults: unset timeout and memory pass, others fail; images and OS-only runtimes are skipped",
    template: `
Parameters:
  Memory: { Type: Number }
Resources:${FN('Defaults', '\n      Runtime: python3.12\n      Role: arn:aws:iam::123456789012:role/fn')}${FN('Bigger', '\n      Runtime: python3.12\n      Role: arn:aws:iam::123456789012:role/fn\n      Timeout: 30\n      MemorySize: 512')}${FN('FromParameter', '\n      Runtime: python3.12\n      Role: arn:aws:iam::123456789012:role/fn\n      MemorySize: !Ref Memory')}${FN('Malformed', "\n      Runtime: python3.12\n      Role: arn:aws:iam::123456789012:role/fn\n      Timeout: soon")}
  Image:
    Type: AWS::Lambda::Function
    Properties: { PackageType: Image, Code: { ImageUri: 123456789012.dkr.ecr.us-east-1.amazonaws.com/fn:1 }, Role: arn:aws:iam::123456789012:role/fn, Timeout: 60 }${FN('OsOnly', '\n      Runtime: provided.al2023\n      Role: arn:aws:iam::123456789012:role/fn\n      Timeout: 60')}
`,
    expect: {
      Defaults: 'COMPLIANT',
      Bigger: { status: 'NON_COMPLIANT', messageId: 'mismatch', path: ['Timeout'] },
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
      Malformed: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
      Image: 'NOT_APPLICABLE',
      OsOnly: 'NOT_APPLICABLE',
    },
  },
  {
    name: 'runtime, role by name or ARN, timeout and memory configured',
    params: { runtime: 'python3.12,nodejs20.x', role: 'fn', timeout: 30, memorySize: 256 },
    template: `
Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      RoleName: fn
      AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: Allow, Principal: { Service: lambda.amazonaws.com }, Action: sts:AssumeRole }] }
  Unnamed:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: Allow, Principal: { Service: lambda.amazonaws.com }, Action: sts:AssumeRole }] }${FN('Matches', '\n      Runtime: python3.12\n      Role: !GetAtt Role.Arn\n      Timeout: 30\n      MemorySize: 256')}${FN('ByArn', '\n      Runtime: nodejs20.x\n      Role: arn:aws:iam::123456789012:role/fn\n      Timeout: 30\n      MemorySize: 256')}${FN('OldRuntime', '\n      Runtime: python3.8\n      Role: arn:aws:iam::123456789012:role/fn\n      Timeout: 30\n      MemorySize: 256')}${FN('OtherRole', '\n      Runtime: python3.12\n      Role: arn:aws:iam::123456789012:role/admin\n      Timeout: 30\n      MemorySize: 256')}${FN('RoleNamedAtDeploy', '\n      Runtime: python3.12\n      Role: !GetAtt Unnamed.Arn\n      Timeout: 30\n      MemorySize: 256')}
`,
    expect: {
      Matches: 'COMPLIANT',
      ByArn: 'COMPLIANT',
      OldRuntime: { status: 'NON_COMPLIANT', messageId: 'mismatch', messageIncludes: 'runtime python3.8' },
      OtherRole: { status: 'NON_COMPLIANT', messageId: 'mismatch' },
      RoleNamedAtDeploy: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
  {
    name: 'hcl: defaults and a larger function',
    hcl: `
resource "aws_lambda_function" "small" {
  function_name = "small"
  role          = "arn:aws:iam::123456789012:role/fn"
  runtime       = "python3.12"
  handler       = "index.handler"
  filename      = "fn.zip"
}

resource "aws_lambda_function" "large" {
  function_name = "large"
  role          = "arn:aws:iam::123456789012:role/fn"
  runtime       = "python3.12"
  handler       = "index.handler"
  filename      = "fn.zip"
  memory_size   = 1024
}
`,
    expect: {
      'aws_lambda_function.small': 'COMPLIANT',
      'aws_lambda_function.large': { status: 'NON_COMPLIANT', messageId: 'mismatch' },
    },
  },
  {
    name: 'plan: provider defaults, a longer timeout, and a runtime known after apply',
    params: { runtime: 'python3.12' },
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_lambda_function.small', { function_name: 'small', runtime: 'python3.12', timeout: 3, memory_size: 128, package_type: 'Zip' }),
        created('aws_lambda_function.slow', { function_name: 'slow', runtime: 'python3.12', timeout: 900, memory_size: 128, package_type: 'Zip' }),
        created('aws_lambda_function.later', { function_name: 'later', timeout: 3, memory_size: 128, package_type: 'Zip' }, { runtime: true }),
      ],
    },
    expect: {
      'aws_lambda_function.small': 'COMPLIANT',
      'aws_lambda_function.slow': { status: 'NON_COMPLIANT', messageId: 'mismatch' },
      'aws_lambda_function.later': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
] satisfies RuleCase[];
