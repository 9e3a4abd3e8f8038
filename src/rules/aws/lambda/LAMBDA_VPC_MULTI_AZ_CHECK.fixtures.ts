import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const FN = (id: string, subnets: string) => `
  ${id}:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.12
      Handler: index.handler
      Role: arn:aws:iam::123456789012:role/fn
      Code: { ZipFile: "def handler(e, c): return e" }
      VpcConfig: { SubnetIds: ${subnets}, SecurityGroupIds: [sg-0123456789abcdef0] }`;
const SUBNET = (id: string, zone: string) => `
  ${id}:
    Type: AWS::EC2::Subnet
    Properties: { VpcId: vpc-0123456789abcdef0, CidrBlock: 10.0.0.0/24, AvailabilityZone: ${zone} }`;

export default [
  {
    name: 'two zones, one zone twice, one subnet outside, two subnets outside, zones picked at deployment, and no VPC',
    template: `
Resources:${SUBNET('A', 'us-east-1a')}${SUBNET('B', 'us-east-1b')}${SUBNET('A2', 'us-east-1a')}${SUBNET('Picked', "!Select [0, !GetAZs '']")}${FN('TwoZones', '[!Ref A, !Ref B]')}${FN('OneZone', '[!Ref A, !Ref A2]')}${FN('OneOutside', '[subnet-0a1b2c3d]')}${FN('TwoOutside', '[subnet-0a1b2c3d, subnet-0e1f2a3b]')}${FN('PickedZones', '[!Ref A, !Ref Picked]')}
  NoVpc:
    Type: AWS::Lambda::Function
    Properties: { Runtime: python3.12, Handler: index.handler, Role: arn:aws:iam::123456789012:role/fn, Code: { ZipFile: x } }
`,
    expect: {
      TwoZones: { status: 'COMPLIANT', path: ['VpcConfig', 'SubnetIds'] },
      OneZone: { status: 'NON_COMPLIANT', messageId: 'tooFew' },
      OneOutside: { status: 'NON_COMPLIANT', messageId: 'tooFew' },
      TwoOutside: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
      PickedZones: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
      NoVpc: 'NOT_APPLICABLE',
    },
  },
  {
    name: 'availabilityZones: three required',
    params: { availabilityZones: 3 },
    template: `
Resources:${SUBNET('A', 'us-east-1a')}${SUBNET('B', 'us-east-1b')}${SUBNET('C', 'us-east-1c')}${FN('Three', '[!Ref A, !Ref B, !Ref C]')}${FN('Two', '[!Ref A, !Ref B]')}
`,
    expect: {
      Three: 'COMPLIANT',
      Two: { status: 'NON_COMPLIANT', messageId: 'tooFew' },
    },
  },
  {
    name: 'hcl: one subnet, two subnets described elsewhere, and two awscc subnets in different zones',
    hcl: `
resource "awscc_ec2_subnet" "a" {
  vpc_id            = "vpc-0123456789abcdef0"
  cidr_block        = "10.0.0.0/24"
  availability_zone = "us-east-1a"
}

resource "awscc_ec2_subnet" "b" {
  vpc_id            = "vpc-0123456789abcdef0"
  cidr_block        = "10.0.1.0/24"
  availability_zone = "us-east-1b"
}

resource "aws_lambda_function" "spread" {
  function_name = "spread"
  role          = "arn:aws:iam::123456789012:role/fn"
  runtime       = "python3.12"
  handler       = "index.handler"
  filename      = "fn.zip"
  vpc_config {
    subnet_ids         = [awscc_ec2_subnet.a.id, awscc_ec2_subnet.b.id]
    security_group_ids = ["sg-0123456789abcdef0"]
  }
}

resource "aws_lambda_function" "single" {
  function_name = "single"
  role          = "arn:aws:iam::123456789012:role/fn"
  runtime       = "python3.12"
  handler       = "index.handler"
  filename      = "fn.zip"
  vpc_config {
    subnet_ids         = ["subnet-0a1b2c3d"]
    security_group_ids = ["sg-0123456789abcdef0"]
  }
}

resource "aws_lambda_function" "pair" {
  function_name = "pair"
  role          = "arn:aws:iam::123456789012:role/fn"
  runtime       = "python3.12"
  handler       = "index.handler"
  filename      = "fn.zip"
  vpc_config {
    subnet_ids         = ["subnet-0a1b2c3d", "subnet-0e1f2a3b"]
    security_group_ids = ["sg-0123456789abcdef0"]
  }
}
`,
    expect: {
      'aws_lambda_function.single': { status: 'NON_COMPLIANT', messageId: 'tooFew' },
      'aws_lambda_function.pair': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
      'aws_lambda_function.spread': 'COMPLIANT',
    },
  },
  {
    name: 'plan: one subnet, subnets known after apply, and two new subnets in different zones',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_lambda_function.single', { function_name: 'single', vpc_config: [{ subnet_ids: ['subnet-0a1b2c3d'], security_group_ids: ['sg-0123456789abcdef0'] }] }),
        created('aws_lambda_function.later', { function_name: 'later', vpc_config: [{ security_group_ids: ['sg-0123456789abcdef0'] }] }, { vpc_config: [{ subnet_ids: true }] }),
        created('aws_lambda_function.outside', { function_name: 'outside', vpc_config: [] }),
        created('awscc_ec2_subnet.a', { vpc_id: 'vpc-0123456789abcdef0', cidr_block: '10.0.0.0/24', availability_zone: 'us-east-1a' }, { id: true }),
        created('awscc_ec2_subnet.b', { vpc_id: 'vpc-0123456789abcdef0', cidr_block: '10.0.1.0/24', availability_zone: 'us-east-1b' }, { id: true }),
        created('aws_lambda_function.spread', { function_name: 'spread', vpc_config: [{ security_group_ids: ['sg-0123456789abcdef0'] }] }, { vpc_config: [{ subnet_ids: true }] }),
      ],
      configuration: {
        root_module: {
          resources: [
            {
              address: 'aws_lambda_function.spread',
              mode: 'managed',
              type: 'aws_lambda_function',
              name: 'spread',
              provider_config_key: 'aws',
              expressions: { vpc_config: [{ subnet_ids: { references: ['awscc_ec2_subnet.a.id', 'awscc_ec2_subnet.a', 'awscc_ec2_subnet.b.id', 'awscc_ec2_subnet.b'] } }] },
            },
          ],
        },
      },
    },
    expect: {
      'aws_lambda_function.single': { status: 'NON_COMPLIANT', messageId: 'tooFew' },
      'aws_lambda_function.later': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
      'aws_lambda_function.outside': 'NOT_APPLICABLE',
      'aws_lambda_function.spread': 'COMPLIANT',
    },
  },
] satisfies RuleCase[];
