import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const LAUNCH = `
    Type: AWS::AutoScaling::LaunchConfiguration
    Properties:
      ImageId: ami-0abcdef1234567890
      InstanceType: t3.micro`;

export default [
  {
    name: 'hop limit 1, 2, unset, options without a limit, from a parameter, and malformed',
    template: `
Parameters:
  Hops: { Type: Number }
Resources:
  One:${LAUNCH}
      MetadataOptions: { HttpTokens: required, HttpPutResponseHopLimit: 1 }
  Two:${LAUNCH}
      MetadataOptions: { HttpTokens: required, HttpPutResponseHopLimit: "2" }
  Defaulted:${LAUNCH}
  TokensOnly:${LAUNCH}
      MetadataOptions: { HttpTokens: required }
  FromParameter:${LAUNCH}
      MetadataOptions: { HttpPutResponseHopLimit: !Ref Hops }
  Malformed:${LAUNCH}
      MetadataOptions: { HttpPutResponseHopLimit: many }
`,
    expect: {
      One: { status: 'COMPLIANT', path: ['MetadataOptions', 'HttpPutResponseHopLimit'] },
      Two: { status: 'NON_COMPLIANT', messageId: 'tooManyHops', path: ['MetadataOptions', 'HttpPutResponseHopLimit'] },
      Defaulted: { status: 'COMPLIANT', path: [] },
      TokensOnly: { status: 'COMPLIANT', path: [] },
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknownHops' },
      Malformed: { status: 'INSUFFICIENT_DATA', messageId: 'unknownHops', messageIncludes: 'malformed' },
    },
  },
  {
    name: 'hcl: hop limit 3, and 1',
    hcl: `
resource "aws_launch_configuration" "containers" {
  name          = "containers"
  image_id      = "ami-0abcdef1234567890"
  instance_type = "t3.micro"
  metadata_options {
    http_tokens                 = "required"
    http_put_response_hop_limit = 3
  }
}

resource "aws_launch_configuration" "local" {
  name          = "local"
  image_id      = "ami-0abcdef1234567890"
  instance_type = "t3.micro"
  metadata_options {
    http_tokens                 = "required"
    http_put_response_hop_limit = 1
  }
}
`,
    expect: {
      'aws_launch_configuration.containers': { status: 'NON_COMPLIANT', messageId: 'tooManyHops' },
      'aws_launch_configuration.local': 'COMPLIANT',
    },
  },
  {
    name: 'plan: 1, 2, and known after apply',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_launch_configuration.one', { name: 'one', metadata_options: [{ http_tokens: 'required', http_endpoint: 'enabled', http_put_response_hop_limit: 1 }] }, { arn: true }),
        created('aws_launch_configuration.two', { name: 'two', metadata_options: [{ http_tokens: 'required', http_endpoint: 'enabled', http_put_response_hop_limit: 2 }] }, { arn: true }),
        created('aws_launch_configuration.later', { name: 'later', metadata_options: [{ http_tokens: 'required' }] }, { arn: true, metadata_options: [{ http_endpoint: true, http_put_response_hop_limit: true }] }),
      ],
    },
    expect: {
      'aws_launch_configuration.one': 'COMPLIANT',
      'aws_launch_configuration.two': { status: 'NON_COMPLIANT', messageId: 'tooManyHops' },
      'aws_launch_configuration.later': { status: 'INSUFFICIENT_DATA', messageId: 'unknownHops' },
    },
  },
] satisfies RuleCase[];
