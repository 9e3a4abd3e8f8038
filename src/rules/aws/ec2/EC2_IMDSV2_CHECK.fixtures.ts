import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'instances requiring, not requiring and not setting IMDSv2 tokens',
    template: `
Parameters:
  Tokens: { Type: String }
Conditions:
  InIreland: !Equals [!Ref AWS::Region, eu-west-1]
Resources:
  Required:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0abcdef1234567890
      MetadataOptions: { HttpTokens: required, HttpPutResponseHopLimit: 1 }
  Optional:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0abcdef1234567890
      MetadataOptions: { HttpTokens: optional }
  NotSet:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0abcdef1234567890
  EndpointOnly:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0abcdef1234567890
      MetadataOptions: { HttpEndpoint: enabled }
  FromParameter:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0abcdef1234567890
      MetadataOptions: { HttpTokens: !Ref Tokens }
  Conditional:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0abcdef1234567890
      MetadataOptions: { HttpTokens: !If [InIreland, required, !Ref AWS::NoValue] }
  Malformed:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0abcdef1234567890
      MetadataOptions: { HttpTokens: [required] }
`,
    expect: {
      Required: { status: 'COMPLIANT', messageId: 'required', path: ['MetadataOptions', 'HttpTokens'] },
      Optional: { status: 'NON_COMPLIANT', messageId: 'optional', path: ['MetadataOptions', 'HttpTokens'] },
      NotSet: { status: 'NON_COMPLIANT', messageId: 'optional', path: [], messageIncludes: 'not set' },
      EndpointOnly: { status: 'NON_COMPLIANT', messageId: 'optional' },
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknownTokens', path: ['MetadataOptions', 'HttpTokens'] },
      Conditional: { status: 'INSUFFICIENT_DATA', messageId: 'unknownTokens', messageIncludes: 'InIreland' },
      Malformed: { status: 'INSUFFICIENT_DATA', messageId: 'unknownTokens', messageIncludes: 'malformed' },
    },
  },
  {
    name: 'instances taking IMDS options from launch templates, in and outside the template',
    template: `
Resources:
  Strict:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateName: strict
      LaunchTemplateData:
        MetadataOptions: { HttpTokens: required }
  Loose:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateData:
        ImageId: ami-0abcdef1234567890
  FromStrict:
    Type: AWS::EC2::Instance
    Properties:
      LaunchTemplate: { LaunchTemplateId: !Ref Strict, Version: !GetAtt Strict.LatestVersionNumber }
  FromStrictByName:
    Type: AWS::EC2::Instance
    Properties:
      LaunchTemplate: { LaunchTemplateName: strict, Version: '1' }
  FromLoose:
    Type: AWS::EC2::Instance
    Properties:
      LaunchTemplate: { LaunchTemplateId: !Ref Loose, Version: !GetAtt Loose.LatestVersionNumber }
  OverridesLoose:
    Type: AWS::EC2::Instance
    Properties:
      LaunchTemplate: { LaunchTemplateId: !Ref Loose, Version: !GetAtt Loose.LatestVersionNumber }
      MetadataOptions: { HttpTokens: required }
  FromShared:
    Type: AWS::EC2::Instance
    Properties:
      LaunchTemplate: { LaunchTemplateName: platform-base, Version: '3' }
  FromImported:
    Type: AWS::EC2::Instance
    Properties:
      LaunchTemplate: { LaunchTemplateId: !ImportValue base-template-id, Version: '3' }
`,
    expect: {
      FromStrict: { status: 'COMPLIANT', messageId: 'required', path: ['LaunchTemplate'], messageIncludes: 'launch template Strict' },
      FromStrictByName: { status: 'COMPLIANT', path: ['LaunchTemplate'] },
      FromLoose: { status: 'NON_COMPLIANT', messageId: 'optional', path: ['LaunchTemplate'] },
      OverridesLoose: { status: 'COMPLIANT', path: ['MetadataOptions', 'HttpTokens'] },
      FromShared: { status: 'INSUFFICIENT_DATA', messageId: 'unknownTokens', path: ['LaunchTemplate'], messageIncludes: 'platform-base' },
      FromImported: { status: 'INSUFFICIENT_DATA', messageId: 'unknownTokens', path: ['LaunchTemplate'] },
    },
  },
  {
    name: 'hcl: metadata_options on instances and launch templates',
    hcl: `
variable "tokens" {
  type = string
}

resource "aws_instance" "required" {
  ami = "ami-0abcdef1234567890"
  metadata_options {
    http_tokens = "required"
  }
}

resource "aws_instance" "optional" {
  ami = "ami-0abcdef1234567890"
  metadata_options {
    http_tokens   = "optional"
    http_endpoint = "enabled"
  }
}

resource "aws_instance" "bare" {
  ami = "ami-0abcdef1234567890"
}

resource "aws_instance" "variable" {
  ami = "ami-0abcdef1234567890"
  metadata_options {
    http_tokens = var.tokens
  }
}

resource "aws_launch_template" "strict" {
  name = "strict"
  metadata_options {
    http_tokens                 = "required"
    http_put_response_hop_limit = 1
  }
}

resource "aws_instance" "templated" {
  launch_template {
    id      = aws_launch_template.strict.id
    version = "$Latest"
  }
}

resource "aws_instance" "shared" {
  launch_template {
    name = "platform-base"
  }
}
`,
    expect: {
      'aws_instance.required': { status: 'COMPLIANT', path: ['MetadataOptions', 'HttpTokens'] },
      'aws_instance.optional': { status: 'NON_COMPLIANT', messageId: 'optional' },
      'aws_instance.bare': { status: 'NON_COMPLIANT', messageId: 'optional', path: [] },
      'aws_instance.variable': { status: 'INSUFFICIENT_DATA', messageId: 'unknownTokens' },
      'aws_instance.templated': { status: 'COMPLIANT', path: ['LaunchTemplate'] },
      'aws_instance.shared': { status: 'INSUFFICIENT_DATA', messageId: 'unknownTokens' },
    },
  },
  {
    name: 'plan: metadata options set, computed by the provider, and known after apply',
    plan: {
      format_version: '1.2',
      resource_changes: [
        created('aws_instance.required', { ami: 'ami-0abcdef1234567890', metadata_options: [{ http_tokens: 'required' }] }, { id: true, metadata_options: [{ http_endpoint: true, http_put_response_hop_limit: true }] }),
        created('aws_instance.optional', { ami: 'ami-0abcdef1234567890', metadata_options: [{ http_tokens: 'optional' }] }, { id: true, metadata_options: [{ http_endpoint: true }] }),
        created('aws_instance.computed', { ami: 'ami-0abcdef1234567890' }, { id: true, metadata_options: true }),
        created('aws_ssm_parameter.tokens', { name: 'imds-tokens', type: 'String' }, { id: true, value: true }),
        created('aws_instance.later', { ami: 'ami-0abcdef1234567890', metadata_options: [{}] }, { id: true, metadata_options: [{ http_tokens: true }] }),
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_instance.computed', mode: 'managed', type: 'aws_instance', name: 'computed', provider_config_key: 'aws', expressions: { ami: { constant_value: 'ami-0abcdef1234567890' } } },
            {
              address: 'aws_instance.later',
              mode: 'managed',
              type: 'aws_instance',
              name: 'later',
              provider_config_key: 'aws',
              expressions: { ami: { constant_value: 'ami-0abcdef1234567890' }, metadata_options: [{ http_tokens: { references: ['aws_ssm_parameter.tokens.value', 'aws_ssm_parameter.tokens'] } }] },
            },
          ],
        },
      },
    },
    expect: {
      'aws_instance.required': { status: 'COMPLIANT', messageId: 'required' },
      'aws_instance.optional': { status: 'NON_COMPLIANT', messageId: 'optional' },
      'aws_instance.computed': { status: 'NON_COMPLIANT', messageId: 'optional', path: [] },
      'aws_instance.later': { status: 'INSUFFICIENT_DATA', messageId: 'unknownTokens' },
    },
  },
] satisfies RuleCase[];
