import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const LAUNCH = `
    Type: AWS::AutoScaling::LaunchConfiguration
    Properties:
      ImageId: ami-0abcdef1234567890
      InstanceType: t3.micro`;

export default [
  {
    name: 'tokens required, optional, unset, options without tokens, from a parameter, and malformed',
    template: `
Parameters:
  Tokens: { Type: String }
Resources:
  Required:${LAUNCH}
      MetadataOptions: { HttpTokens: required, HttpEndpoint: enabled }
  Optional:${LAUNCH}
      MetadataOptions: { HttpTokens: optional }
  Defaulted:${LAUNCH}
  EndpointOnly:${LAUNCH}
      MetadataOptions: { HttpEndpoint: enabled }
  FromParameter:${LAUNCH}
      MetadataOptions: { HttpTokens: !Ref Tokens }
  Malformed:${LAUNCH}
      MetadataOptions: { HttpTokens: [required] }
`,
    expect: {
      Required: { status: 'COMPLIANT', path: ['MetadataOptions', 'HttpTokens'] },
      Optional: { status: 'NON_COMPLIANT', messageId: 'optional', path: ['MetadataOptions', 'HttpTokens'] },
      Defaulted: { status: 'NON_COMPLIANT', messageId: 'optional', path: [], messageIncludes: 'not set (default optional)' },
      EndpointOnly: { status: 'NON_COMPLIANT', messageId: 'optional', path: [] },
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknownTokens' },
      Malformed: { status: 'INSUFFICIENT_DATA', messageId: 'unknownTokens', messageIncludes: 'malformed' },
    },
  },
  {
    name: 'hcl: http_tokens required, optional, and no metadata_options',
    hcl: `
resource "aws_launch_configuration" "v2" {
  name          = "v2"
  image_id      = "ami-0abcdef1234567890"
  instance_type = "t3.micro"
  metadata_options {
    http_tokens = "required"
  }
}

resource "aws_launch_configuration" "v1" {
  name          = "v1"
  image_id      = "ami-0abcdef1234567890"
  instance_type = "t3.micro"
  metadata_options {
    http_tokens = "optional"
  }
}

resource "aws_launch_configuration" "defaulted" {
  name          = "defaulted"
  image_id      = "ami-0abcdef1234567890"
  instance_type = "t3.micro"
}
`,
    expect: {
      'aws_launch_configuration.v2': 'COMPLIANT',
      'aws_launch_configuration.v1': { status: 'NON_COMPLIANT', messageId: 'optional' },
      'aws_launch_configuration.defaulted': { status: 'NON_COMPLIANT', messageId: 'optional' },
    },
  },
  {
    name: 'plan: required, optional, and metadata options known after apply',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_launch_configuration.v2', { name: 'v2', metadata_options: [{ http_tokens: 'required', http_endpoint: 'enabled', http_put_response_hop_limit: 1 }] }, { arn: true }),
        created('aws_launch_configuration.v1', { name: 'v1', metadata_options: [{ http_tokens: 'optional', http_endpoint: 'enabled', http_put_response_hop_limit: 1 }] }, { arn: true }),
        created('aws_launch_configuration.later', { name: 'later' }, { arn: true, metadata_options: true }),
      ],
    },
    expect: {
      'aws_launch_configuration.v2': 'COMPLIANT',
      'aws_launch_configuration.v1': { status: 'NON_COMPLIANT', messageId: 'optional' },
      'aws_launch_configuration.later': { status: 'INSUFFICIENT_DATA', messageId: 'unknownTokens' },
    },
  },
] satisfies RuleCase[];
