import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const SUBNETS = `
  PublicSubnet:
    Type: AWS::EC2::Subnet
    Properties:
      VpcId: vpc-0123456789abcdef0
      CidrBlock: 10.0.0.0/24
      MapPublicIpOnLaunch: true
  PrivateSubnet:
    Type: AWS::EC2::Subnet
    Properties:
      VpcId: vpc-0123456789abcdef0
      CidrBlock: 10.0.1.0/24`;

export default [
  {
    name: 'instances by their network interfaces and subnets',
    template: `
Parameters:
  Subnet: { Type: String }
  Public: { Type: String }
Resources:${SUBNETS}
  InPublicSubnet:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0abcdef1234567890
      SubnetId: !Ref PublicSubnet
  InPrivateSubnet:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0abcdef1234567890
      SubnetId: !Ref PrivateSubnet
  AsksForOne:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0abcdef1234567890
      NetworkInterfaces:
        - { DeviceIndex: '0', SubnetId: !Ref PrivateSubnet, AssociatePublicIpAddress: 'true' }
  DeclinesOne:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0abcdef1234567890
      NetworkInterfaces:
        - { DeviceIndex: '0', SubnetId: !Ref PublicSubnet, AssociatePublicIpAddress: false }
  InterfaceInPublicSubnet:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0abcdef1234567890
      NetworkInterfaces:
        - { DeviceIndex: '0', SubnetId: !Ref PublicSubnet }
  ExternalSubnet:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0abcdef1234567890
      SubnetId: subnet-0123456789abcdef0
  ParameterSubnet:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0abcdef1234567890
      SubnetId: !Ref Subnet
  DefaultSubnet:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0abcdef1234567890
  ParameterAssociation:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0abcdef1234567890
      NetworkInterfaces:
        - { DeviceIndex: '0', SubnetId: !Ref PrivateSubnet, AssociatePublicIpAddress: !Ref Public }
  MalformedAssociation:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0abcdef1234567890
      NetworkInterfaces:
        - { DeviceIndex: '0', SubnetId: !Ref PrivateSubnet, AssociatePublicIpAddress: sometimes }
`,
    expect: {
      InPublicSubnet: { status: 'NON_COMPLIANT', messageId: 'subnetAssigns', path: ['SubnetId'], messageIncludes: 'PublicSubnet' },
      InPrivateSubnet: { status: 'COMPLIANT', messageId: 'subnetPrivate', path: ['SubnetId'] },
      AsksForOne: { status: 'NON_COMPLIANT', messageId: 'associates', path: ['NetworkInterfaces', 0] },
      DeclinesOne: { status: 'COMPLIANT', messageId: 'notAssociated', path: ['NetworkInterfaces', 0] },
      InterfaceInPublicSubnet: { status: 'NON_COMPLIANT', messageId: 'subnetAssigns', path: [] },
      ExternalSubnet: { status: 'INSUFFICIENT_DATA', messageId: 'unknownAddress', messageIncludes: 'subnet-0123456789abcdef0' },
      ParameterSubnet: { status: 'INSUFFICIENT_DATA', messageId: 'unknownAddress', path: ['SubnetId'] },
      DefaultSubnet: { status: 'INSUFFICIENT_DATA', messageId: 'unknownAddress', path: [], messageIncludes: 'default subnet' },
      ParameterAssociation: { status: 'INSUFFICIENT_DATA', messageId: 'unknownAddress', path: ['NetworkInterfaces', 0] },
      MalformedAssociation: { status: 'INSUFFICIENT_DATA', messageId: 'unknownAddress', messageIncludes: 'malformed' },
    },
  },
  {
    name: 'Elastic IPs and launch templates',
    template: `
Conditions:
  InIreland: !Equals [!Ref AWS::Region, eu-west-1]
Resources:${SUBNETS}
  WithEip:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0abcdef1234567890
      SubnetId: !Ref PrivateSubnet
  Eip:
    Type: AWS::EC2::EIP
    Properties:
      InstanceId: !Ref WithEip
  WithAssociation:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0abcdef1234567890
      SubnetId: !Ref PrivateSubnet
  Association:
    Type: AWS::EC2::EIPAssociation
    Properties:
      InstanceId: !Ref WithAssociation
      AllocationId: eipalloc-0123456789abcdef0
  MaybeEip:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0abcdef1234567890
      SubnetId: !Ref PrivateSubnet
  ConditionalEip:
    Type: AWS::EC2::EIP
    Condition: InIreland
    Properties:
      InstanceId: !Ref MaybeEip
  PublicTemplate:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateData:
        NetworkInterfaces:
          - { DeviceIndex: 0, AssociatePublicIpAddress: true, SubnetId: !Ref PrivateSubnet }
  FromPublicTemplate:
    Type: AWS::EC2::Instance
    Properties:
      LaunchTemplate: { LaunchTemplateId: !Ref PublicTemplate, Version: !GetAtt PublicTemplate.LatestVersionNumber }
  FromSharedTemplate:
    Type: AWS::EC2::Instance
    Properties:
      LaunchTemplate: { LaunchTemplateName: platform-base, Version: '1' }
`,
    expect: {
      WithEip: { status: 'NON_COMPLIANT', messageId: 'elasticIp', messageIncludes: 'AWS::EC2::EIP Eip' },
      WithAssociation: { status: 'NON_COMPLIANT', messageId: 'elasticIp' },
      MaybeEip: { status: 'INSUFFICIENT_DATA', messageId: 'unknownAddress', messageIncludes: 'InIreland' },
      FromPublicTemplate: { status: 'NON_COMPLIANT', messageId: 'associates', path: ['LaunchTemplate'] },
      FromSharedTemplate: { status: 'INSUFFICIENT_DATA', messageId: 'unknownAddress', path: ['LaunchTemplate'] },
    },
  },
  {
    name: 'hcl: associate_public_ip_address, subnets and Elastic IPs',
    hcl: `
resource "aws_subnet" "public" {
  vpc_id                  = "vpc-0123456789abcdef0"
  cidr_block              = "10.0.0.0/24"
  map_public_ip_on_launch = true
}

resource "aws_subnet" "private" {
  vpc_id     = "vpc-0123456789abcdef0"
  cidr_block = "10.0.1.0/24"
}

resource "aws_instance" "public_subnet" {
  ami       = "ami-0abcdef1234567890"
  subnet_id = aws_subnet.public.id
}

resource "aws_instance" "private_subnet" {
  ami       = "ami-0abcdef1234567890"
  subnet_id = aws_subnet.private.id
}

resource "aws_instance" "asks" {
  ami                         = "ami-0abcdef1234567890"
  subnet_id                   = aws_subnet.private.id
  associate_public_ip_address = true
}

resource "aws_instance" "declines" {
  ami                         = "ami-0abcdef1234567890"
  subnet_id                   = aws_subnet.public.id
  associate_public_ip_address = false
}

resource "aws_instance" "with_eip" {
  ami       = "ami-0abcdef1234567890"
  subnet_id = aws_subnet.private.id
}

resource "aws_eip" "web" {
  instance = aws_instance.with_eip.id
  domain   = "vpc"
}
`,
    expect: {
      'aws_instance.public_subnet': { status: 'NON_COMPLIANT', messageId: 'subnetAssigns' },
      'aws_instance.private_subnet': { status: 'COMPLIANT', messageId: 'subnetPrivate' },
      'aws_instance.asks': { status: 'NON_COMPLIANT', messageId: 'associates' },
      'aws_instance.declines': { status: 'COMPLIANT', messageId: 'notAssociated' },
      'aws_instance.with_eip': { status: 'NON_COMPLIANT', messageId: 'elasticIp' },
    },
  },
  {
    name: 'plan: a public address asked for, declined, and computed by the provider',
    plan: {
      format_version: '1.2',
      resource_changes: [
        created('aws_subnet.private', { vpc_id: 'vpc-0123456789abcdef0', cidr_block: '10.0.1.0/24', map_public_ip_on_launch: false }, { id: true }),
        created('aws_instance.asks', { ami: 'ami-0abcdef1234567890', associate_public_ip_address: true }, { id: true, subnet_id: true }),
        created('aws_instance.declines', { ami: 'ami-0abcdef1234567890', associate_public_ip_address: false, subnet_id: 'subnet-0123456789abcdef0' }, { id: true }),
        created('aws_instance.computed', { ami: 'ami-0abcdef1234567890' }, { id: true, subnet_id: true, associate_public_ip_address: true }),
      ],
      configuration: {
        root_module: {
          resources: [
            {
              address: 'aws_instance.computed',
              mode: 'managed',
              type: 'aws_instance',
              name: 'computed',
              provider_config_key: 'aws',
              expressions: { ami: { constant_value: 'ami-0abcdef1234567890' }, subnet_id: { references: ['aws_subnet.private.id', 'aws_subnet.private'] } },
            },
          ],
        },
      },
    },
    expect: {
      'aws_instance.asks': { status: 'NON_COMPLIANT', messageId: 'associates' },
      'aws_instance.declines': { status: 'COMPLIANT', messageId: 'notAssociated' },
      'aws_instance.computed': { status: 'COMPLIANT', messageId: 'subnetPrivate' },
    },
  },
] satisfies RuleCase[];
