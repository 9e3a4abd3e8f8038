import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const LAUNCH = `
    Type: AWS::AutoScaling::LaunchConfiguration
    Properties:
      ImageId: ami-0abcdef1234567890
      InstanceType: t3.micro`;

export default [
  {
    name: 'public addresses on, off, unset, from a parameter, and malformed',
    template: `
Parameters:
  Public: { Type: String }
Resources:
  Public:${LAUNCH}
      AssociatePublicIpAddress: "true"
  Private:${LAUNCH}
      AssociatePublicIpAddress: false
  Defaulted:${LAUNCH}
  FromParameter:${LAUNCH}
      AssociatePublicIpAddress: !Ref Public
  Malformed:${LAUNCH}
      AssociatePublicIpAddress: sometimes
`,
    expect: {
      Public: { status: 'NON_COMPLIANT', messageId: 'publicIp', path: ['AssociatePublicIpAddress'] },
      Private: { status: 'COMPLIANT', path: ['AssociatePublicIpAddress'] },
      Defaulted: { status: 'COMPLIANT', path: [] },
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknownPublicIp' },
      Malformed: { status: 'INSUFFICIENT_DATA', messageId: 'unknownPublicIp', messageIncludes: 'malformed' },
    },
  },
  {
    name: 'hcl: associate_public_ip_address true, and unset',
    hcl: `
resource "aws_launch_configuration" "public" {
  name                        = "public"
  image_id                    = "ami-0abcdef1234567890"
  instance_type               = "t3.micro"
  associate_public_ip_address = true
}

resource "aws_launch_configuration" "private" {
  name          = "private"
  image_id      = "ami-0abcdef1234567890"
  instance_type = "t3.micro"
}
`,
    expect: {
      'aws_launch_configuration.public': { status: 'NON_COMPLIANT', messageId: 'publicIp' },
      'aws_launch_configuration.private': 'COMPLIANT',
    },
  },
  {
    name: 'plan: on, off, and known after apply',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_launch_configuration.on', { name: 'on', image_id: 'ami-0abcdef1234567890', instance_type: 't3.micro', associate_public_ip_address: true }, { arn: true }),
        created('aws_launch_configuration.off', { name: 'off', image_id: 'ami-0abcdef1234567890', instance_type: 't3.micro', associate_public_ip_address: false }, { arn: true }),
        created('aws_launch_configuration.later', { name: 'later', image_id: 'ami-0abcdef1234567890', instance_type: 't3.micro' }, { arn: true, associate_public_ip_address: true }),
      ],
    },
    expect: {
      'aws_launch_configuration.on': { status: 'NON_COMPLIANT', messageId: 'publicIp' },
      'aws_launch_configuration.off': 'COMPLIANT',
      'aws_launch_configuration.later': { status: 'INSUFFICIENT_DATA', messageId: 'unknownPublicIp' },
    },
  },
] satisfies RuleCase[];
