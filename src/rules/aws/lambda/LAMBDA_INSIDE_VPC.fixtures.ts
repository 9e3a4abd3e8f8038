import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const FN = (id: string, extra = '') => `
  ${id}:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.12
      Handler: index.handler
      Role: arn:aws:iam::123456789012:role/fn
      Code: { ZipFile: "def handler(e, c): return e" }${extra}`;

export default [
  {
    name: 'subnets, none, an empty list, subnets from a parameter without a default, and a SAM function with Globals',
    template: `
Transform: AWS::Serverless-2016-10-31
Parameters:
  Subnets: { Type: CommaDelimitedList }
Globals:
  Function:
    VpcConfig: { SubnetIds: [subnet-0a1b2c3d], SecurityGroupIds: [sg-0123456789abcdef0] }
Resources:${FN('InVpc', '\n      VpcConfig: { SubnetIds: [subnet-0a1b2c3d, subnet-0e1f2a3b], SecurityGroupIds: [sg-0123456789abcdef0] }')}${FN('Outside')}${FN('Empty', '\n      VpcConfig: { SubnetIds: [], SecurityGroupIds: [] }')}${FN('FromParameter', '\n      VpcConfig: { SubnetIds: !Ref Subnets, SecurityGroupIds: [sg-0123456789abcdef0] }')}
  Sam:
    Type: AWS::Serverless::Function
    Properties: { Runtime: python3.12, Handler: index.handler, InlineCode: x }
`,
    expect: {
      InVpc: { status: 'COMPLIANT', path: ['VpcConfig', 'SubnetIds'] },
      Outside: { status: 'NON_COMPLIANT', messageId: 'notInVpc', path: [] },
      Empty: { status: 'NON_COMPLIANT', messageId: 'notInVpc' },
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
      Sam: 'COMPLIANT',
    },
  },
  {
    name: 'subnetIds: a listed subnet, only others, and a subnet created alongside',
    params: { subnetIds: 'subnet-0a1b2c3d' },
    template: `
Resources:
  Subnet:
    Type: AWS::EC2::Subnet
    Properties: { VpcId: vpc-0123456789abcdef0, CidrBlock: 10.0.0.0/24 }${FN('Listed', '\n      VpcConfig: { SubnetIds: [subnet-0a1b2c3d, subnet-0e1f2a3b] }')}${FN('Other', '\n      VpcConfig: { SubnetIds: [subnet-0e1f2a3b] }')}${FN('New', '\n      VpcConfig: { SubnetIds: [!Ref Subnet] }')}
`,
    expect: {
      Listed: 'COMPLIANT',
      Other: { status: 'NON_COMPLIANT', messageId: 'wrongSubnets' },
      New: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
  {
    name: 'hcl: a function with vpc_config and one without',
    hcl: `
resource "aws_subnet" "a" {
  vpc_id     = "vpc-0123456789abcdef0"
  cidr_block = "10.0.0.0/24"
}

resource "aws_lambda_function" "private" {
  function_name = "private"
  role          = "arn:aws:iam::123456789012:role/fn"
  runtime       = "python3.12"
  handler       = "index.handler"
  filename      = "fn.zip"
  vpc_config {
    subnet_ids         = [aws_subnet.a.id]
    security_group_ids = ["sg-0123456789abcdef0"]
  }
}

resource "aws_lambda_function" "public" {
  function_name = "public"
  role          = "arn:aws:iam::123456789012:role/fn"
  runtime       = "python3.12"
  handler       = "index.handler"
  filename      = "fn.zip"
}
`,
    expect: {
      'aws_lambda_function.private': 'COMPLIANT',
      'aws_lambda_function.public': { status: 'NON_COMPLIANT', messageId: 'notInVpc' },
    },
  },
  {
    name: 'plan: subnets known, none, and subnets known after apply',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_lambda_function.private', { function_name: 'private', vpc_config: [{ subnet_ids: ['subnet-0a1b2c3d'], security_group_ids: ['sg-0123456789abcdef0'] }] }),
        created('aws_lambda_function.public', { function_name: 'public', vpc_config: [] }),
        created('aws_lambda_function.later', { function_name: 'later', vpc_config: [{ security_group_ids: ['sg-0123456789abcdef0'] }] }, { vpc_config: [{ subnet_ids: true }] }),
      ],
    },
    expect: {
      'aws_lambda_function.private': 'COMPLIANT',
      'aws_lambda_function.public': { status: 'NON_COMPLIANT', messageId: 'notInVpc' },
      'aws_lambda_function.later': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
  {
    name: 'hcl: a dynamic vpc_config over a collection not known before deployment may be no block at all',
    hcl: `
variable "subnet_ids" {
  type = list(string)
}

resource "aws_lambda_function" "dynamic" {
  function_name = "dynamic"
  role          = "arn:aws:iam::111122223333:role/lambda"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "function.zip"

  dynamic "vpc_config" {
    for_each = length(var.subnet_ids) > 0 ? [var.subnet_ids] : []
    content {
      subnet_ids         = vpc_config.value
      security_group_ids = ["sg-0123456789abcdef0"]
    }
  }
}
`,
    expect: {
      'aws_lambda_function.dynamic': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
] satisfies RuleCase[];
