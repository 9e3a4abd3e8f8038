import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const REQUIRED = { vpcId: 'vpc-0123456789abcdef0' };

const TEMPLATE = `
Parameters:
  Subnet: { Type: String }
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.9.0.0/16 }
  RequiredSubnet:
    Type: AWS::EC2::Subnet
    Properties: { VpcId: vpc-0123456789abcdef0, CidrBlock: 10.0.1.0/24 }
  OtherSubnet:
    Type: AWS::EC2::Subnet
    Properties: { VpcId: vpc-0fedcba9876543210, CidrBlock: 10.1.1.0/24 }
  NewVpcSubnet:
    Type: AWS::EC2::Subnet
    Properties: { VpcId: !Ref Vpc, CidrBlock: 10.9.1.0/24 }
  InRequired:
    Type: AWS::EC2::Instance
    Properties: { ImageId: ami-0abcdef1234567890, SubnetId: !Ref RequiredSubnet }
  ThroughInterface:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0abcdef1234567890
      NetworkInterfaces: [{ DeviceIndex: '0', SubnetId: !Ref RequiredSubnet }]
  InOther:
    Type: AWS::EC2::Instance
    Properties: { ImageId: ami-0abcdef1234567890, SubnetId: !Ref OtherSubnet }
  InNewVpc:
    Type: AWS::EC2::Instance
    Properties: { ImageId: ami-0abcdef1234567890, SubnetId: !Ref NewVpcSubnet }
  ExternalSubnet:
    Type: AWS::EC2::Instance
    Properties: { ImageId: ami-0abcdef1234567890, SubnetId: subnet-0123456789abcdef0 }
  ParameterSubnet:
    Type: AWS::EC2::Instance
    Properties: { ImageId: ami-0abcdef1234567890, SubnetId: !Ref Subnet }
  DefaultVpc:
    Type: AWS::EC2::Instance
    Properties: { ImageId: ami-0abcdef1234567890 }
`;

export default [
  {
    name: 'without a required VPC every instance runs in a VPC',
    template: TEMPLATE,
    expect: {
      InRequired: { status: 'COMPLIANT', messageId: 'inVpc' },
      ThroughInterface: 'COMPLIANT',
      InOther: 'COMPLIANT',
      InNewVpc: 'COMPLIANT',
      ExternalSubnet: 'COMPLIANT',
      ParameterSubnet: 'COMPLIANT',
      DefaultVpc: 'COMPLIANT',
    },
  },
  {
    name: 'a required VPC: through subnets of the template, on the instance or its primary interface',
    params: REQUIRED,
    template: TEMPLATE,
    expect: {
      InRequired: { status: 'COMPLIANT', messageId: 'inRequiredVpc', path: ['SubnetId'] },
      ThroughInterface: { status: 'COMPLIANT', messageId: 'inRequiredVpc', path: ['NetworkInterfaces', 0, 'SubnetId'] },
      InOther: { status: 'NON_COMPLIANT', messageId: 'otherVpc', messageIncludes: 'vpc-0fedcba9876543210' },
      InNewVpc: { status: 'NON_COMPLIANT', messageId: 'otherVpc', messageIncludes: 'VPC Vpc' },
      ExternalSubnet: { status: 'INSUFFICIENT_DATA', messageId: 'unknownVpc', messageIncludes: 'subnet-0123456789abcdef0' },
      ParameterSubnet: { status: 'INSUFFICIENT_DATA', messageId: 'unknownVpc', path: ['SubnetId'] },
      DefaultVpc: { status: 'INSUFFICIENT_DATA', messageId: 'unknownVpc', messageIncludes: 'default VPC' },
    },
  },
  {
    name: 'hcl: subnets in the required VPC and another',
    params: REQUIRED,
    hcl: `
resource "aws_subnet" "required" {
  vpc_id     = "vpc-0123456789abcdef0"
  cidr_block = "10.0.1.0/24"
}

resource "aws_subnet" "other" {
  vpc_id     = "vpc-0fedcba9876543210"
  cidr_block = "10.1.1.0/24"
}

resource "aws_instance" "required" {
  ami       = "ami-0abcdef1234567890"
  subnet_id = aws_subnet.required.id
}

resource "aws_instance" "other" {
  ami       = "ami-0abcdef1234567890"
  subnet_id = aws_subnet.other.id
}
`,
    expect: {
      'aws_instance.required': { status: 'COMPLIANT', messageId: 'inRequiredVpc' },
      'aws_instance.other': { status: 'NON_COMPLIANT', messageId: 'otherVpc' },
    },
  },
  {
    name: 'plan: an instance in the required VPC and one in another',
    params: REQUIRED,
    plan: {
      format_version: '1.2',
      resource_changes: [
        created('aws_subnet.required', { vpc_id: 'vpc-0123456789abcdef0', cidr_block: '10.0.1.0/24' }, { id: true }),
        created('aws_subnet.other', { vpc_id: 'vpc-0fedcba9876543210', cidr_block: '10.1.1.0/24' }, { id: true }),
        created('aws_instance.required', { ami: 'ami-0abcdef1234567890' }, { id: true, subnet_id: true }),
        created('aws_instance.other', { ami: 'ami-0abcdef1234567890' }, { id: true, subnet_id: true }),
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_instance.required', mode: 'managed', type: 'aws_instance', name: 'required', provider_config_key: 'aws', expressions: { subnet_id: { references: ['aws_subnet.required.id', 'aws_subnet.required'] } } },
            { address: 'aws_instance.other', mode: 'managed', type: 'aws_instance', name: 'other', provider_config_key: 'aws', expressions: { subnet_id: { references: ['aws_subnet.other.id', 'aws_subnet.other'] } } },
          ],
        },
      },
    },
    expect: {
      'aws_instance.required': { status: 'COMPLIANT', messageId: 'inRequiredVpc' },
      'aws_instance.other': { status: 'NON_COMPLIANT', messageId: 'otherVpc' },
    },
  },
] satisfies RuleCase[];
