import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const TEMPLATE = `
Parameters:
  Hops: { Type: Number }
Resources:
  One:
    Type: AWS::EC2::Instance
    Properties: { ImageId: ami-0abcdef1234567890, MetadataOptions: { HttpTokens: required, HttpPutResponseHopLimit: 1 } }
  Two:
    Type: AWS::EC2::Instance
    Properties: { ImageId: ami-0abcdef1234567890, MetadataOptions: { HttpPutResponseHopLimit: '2' } }
  NotSet:
    Type: AWS::EC2::Instance
    Properties: { ImageId: ami-0abcdef1234567890 }
  FromParameter:
    Type: AWS::EC2::Instance
    Properties: { ImageId: ami-0abcdef1234567890, MetadataOptions: { HttpPutResponseHopLimit: !Ref Hops } }
  Malformed:
    Type: AWS::EC2::Instance
    Properties: { ImageId: ami-0abcdef1234567890, MetadataOptions: { HttpPutResponseHopLimit: many } }
  Template:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateData: { MetadataOptions: { HttpPutResponseHopLimit: 5 } }
  FromTemplate:
    Type: AWS::EC2::Instance
    Properties:
      LaunchTemplate: { LaunchTemplateId: !Ref Template, Version: !GetAtt Template.LatestVersionNumber }
  FromSharedTemplate:
    Type: AWS::EC2::Instance
    Properties:
      LaunchTemplate: { LaunchTemplateName: platform-base, Version: '1' }
`;

export default [
  {
    name: 'hop limits set, unset, from a launch template and unknown, against the default limit 1',
    template: TEMPLATE,
    expect: {
      One: { status: 'COMPLIANT', messageId: 'withinLimit', path: ['MetadataOptions', 'HttpPutResponseHopLimit'] },
      Two: { status: 'NON_COMPLIANT', messageId: 'aboveLimit', path: ['MetadataOptions', 'HttpPutResponseHopLimit'] },
      NotSet: { status: 'COMPLIANT', messageId: 'withinLimit', path: [], messageIncludes: 'not set' },
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknownLimit' },
      Malformed: { status: 'INSUFFICIENT_DATA', messageId: 'unknownLimit', messageIncludes: 'malformed' },
      FromTemplate: { status: 'NON_COMPLIANT', messageId: 'aboveLimit', path: ['LaunchTemplate'], messageIncludes: 'launch template Template' },
      FromSharedTemplate: { status: 'INSUFFICIENT_DATA', messageId: 'unknownLimit', path: ['LaunchTemplate'] },
    },
  },
  {
    name: 'a limit of 2 for container hosts',
    params: { tokenHopLimit: 2 },
    template: TEMPLATE,
    expect: { One: 'COMPLIANT', Two: 'COMPLIANT', NotSet: 'COMPLIANT', FromParameter: 'INSUFFICIENT_DATA', Malformed: 'INSUFFICIENT_DATA', FromTemplate: { status: 'NON_COMPLIANT', messageId: 'aboveLimit' }, FromSharedTemplate: 'INSUFFICIENT_DATA' },
  },
  {
    name: 'hcl: http_put_response_hop_limit on instances',
    hcl: `
resource "aws_instance" "one" {
  ami = "ami-0abcdef1234567890"
  metadata_options {
    http_tokens                 = "required"
    http_put_response_hop_limit = 1
  }
}

resource "aws_instance" "three" {
  ami = "ami-0abcdef1234567890"
  metadata_options {
    http_put_response_hop_limit = 3
  }
}
`,
    expect: {
      'aws_instance.one': { status: 'COMPLIANT', messageId: 'withinLimit' },
      'aws_instance.three': { status: 'NON_COMPLIANT', messageId: 'aboveLimit' },
    },
  },
  {
    name: 'plan: hop limits set and left to the provider',
    plan: {
      format_version: '1.2',
      resource_changes: [
        created('aws_instance.two', { ami: 'ami-0abcdef1234567890', metadata_options: [{ http_tokens: 'required', http_put_response_hop_limit: 2 }] }, { id: true }),
        created('aws_instance.computed', { ami: 'ami-0abcdef1234567890' }, { id: true, metadata_options: true }),
      ],
      configuration: {
        root_module: { resources: [{ address: 'aws_instance.computed', mode: 'managed', type: 'aws_instance', name: 'computed', provider_config_key: 'aws', expressions: { ami: { constant_value: 'ami-0abcdef1234567890' } } }] },
      },
    },
    expect: {
      'aws_instance.two': { status: 'NON_COMPLIANT', messageId: 'aboveLimit' },
      'aws_instance.computed': { status: 'COMPLIANT', messageId: 'withinLimit' },
    },
  },
] satisfies RuleCase[];
