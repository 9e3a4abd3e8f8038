import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const TEMPLATES = `
Parameters:
  Public: { Type: String }
Resources:
  Public:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateName: bastion
      LaunchTemplateData:
        NetworkInterfaces:
          - { DeviceIndex: 0, AssociatePublicIpAddress: 'true', SubnetId: subnet-0123456789abcdef0 }
  Private:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateData:
        NetworkInterfaces:
          - { DeviceIndex: 0, AssociatePublicIpAddress: false }
          - { DeviceIndex: 1 }
  NoInterfaces:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateData: { ImageId: ami-0abcdef1234567890 }
  FromParameter:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateData:
        NetworkInterfaces:
          - { DeviceIndex: 0, AssociatePublicIpAddress: !Ref Public }
  Malformed:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateData:
        NetworkInterfaces:
          - { DeviceIndex: 0, AssociatePublicIpAddress: maybe }
`;

export default [
  {
    name: 'launch templates asking for public addresses, declining, and unknown',
    template: TEMPLATES,
    expect: {
      Public: { status: 'NON_COMPLIANT', messageId: 'publicIp', path: ['LaunchTemplateData', 'NetworkInterfaces', 0, 'AssociatePublicIpAddress'] },
      Private: { status: 'COMPLIANT', messageId: 'noPublicIp' },
      NoInterfaces: { status: 'COMPLIANT', messageId: 'noPublicIp' },
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknownInterfaces', path: ['LaunchTemplateData', 'NetworkInterfaces', 0, 'AssociatePublicIpAddress'] },
      Malformed: { status: 'INSUFFICIENT_DATA', messageId: 'unknownInterfaces', messageIncludes: 'malformed' },
    },
  },
  {
    name: 'an exempted launch template, by name before deployment',
    params: { exemptedLaunchTemplates: 'lt-0123456789abcdef0,bastion' },
    template: TEMPLATES,
    expect: {
      Public: { status: 'COMPLIANT', messageId: 'exempted', messageIncludes: 'bastion' },
      Private: 'COMPLIANT',
      NoInterfaces: 'COMPLIANT',
      FromParameter: 'INSUFFICIENT_DATA',
      Malformed: 'INSUFFICIENT_DATA',
    },
  },
  {
    name: 'hcl: network_interfaces with associate_public_ip_address as the provider writes it',
    hcl: `
resource "aws_launch_template" "public" {
  name = "public"
  network_interfaces {
    device_index                = 0
    associate_public_ip_address = true
  }
}

resource "aws_launch_template" "private" {
  name = "private"
  network_interfaces {
    device_index                = 0
    associate_public_ip_address = false
  }
}

resource "aws_launch_template" "bare" {
  name     = "bare"
  image_id = "ami-0abcdef1234567890"
}
`,
    expect: {
      'aws_launch_template.public': { status: 'NON_COMPLIANT', messageId: 'publicIp' },
      'aws_launch_template.private': { status: 'COMPLIANT', messageId: 'noPublicIp' },
      'aws_launch_template.bare': { status: 'COMPLIANT', messageId: 'noPublicIp' },
    },
  },
  {
    name: 'plan: associate_public_ip_address as a string, "" when not set',
    plan: {
      format_version: '1.2',
      resource_changes: [
        created('aws_launch_template.public', { name: 'public', network_interfaces: [{ device_index: 0, associate_public_ip_address: 'true', subnet_id: '' }] }, { id: true, arn: true }),
        created('aws_launch_template.unset', { name: 'unset', network_interfaces: [{ device_index: 0, associate_public_ip_address: '', subnet_id: '' }] }, { id: true, arn: true }),
      ],
    },
    expect: {
      'aws_launch_template.public': { status: 'NON_COMPLIANT', messageId: 'publicIp' },
      'aws_launch_template.unset': { status: 'COMPLIANT', messageId: 'noPublicIp' },
    },
  },
] satisfies RuleCase[];
