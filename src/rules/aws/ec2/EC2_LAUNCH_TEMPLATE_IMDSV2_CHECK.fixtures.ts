import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'launch templates requiring, not requiring and not setting IMDSv2 tokens',
    template: `
Parameters:
  Tokens: { Type: String }
Resources:
  Required:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateData: { MetadataOptions: { HttpTokens: required, HttpPutResponseHopLimit: 2 } }
  Optional:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateData: { MetadataOptions: { HttpTokens: optional } }
  NotSet:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateData: { ImageId: ami-0abcdef1234567890 }
  FromParameter:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateData: { MetadataOptions: { HttpTokens: !Ref Tokens } }
  Malformed:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateData: { MetadataOptions: { HttpTokens: 2 } }
`,
    expect: {
      Required: { status: 'COMPLIANT', messageId: 'required', path: ['LaunchTemplateData', 'MetadataOptions', 'HttpTokens'] },
      Optional: { status: 'NON_COMPLIANT', messageId: 'optional', path: ['LaunchTemplateData', 'MetadataOptions', 'HttpTokens'] },
      NotSet: { status: 'NON_COMPLIANT', messageId: 'optional', path: [], messageIncludes: 'not set' },
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknownTokens', messageIncludes: 'Tokens' },
      Malformed: { status: 'INSUFFICIENT_DATA', messageId: 'unknownTokens', messageIncludes: 'malformed' },
    },
  },
  {
    name: 'hcl: launch templates with and without metadata_options',
    hcl: `
resource "aws_launch_template" "strict" {
  name = "strict"
  metadata_options {
    http_endpoint = "enabled"
    http_tokens   = "required"
  }
}

resource "aws_launch_template" "loose" {
  name     = "loose"
  image_id = "ami-0abcdef1234567890"
}
`,
    expect: {
      'aws_launch_template.strict': { status: 'COMPLIANT', messageId: 'required' },
      'aws_launch_template.loose': { status: 'NON_COMPLIANT', messageId: 'optional' },
    },
  },
  {
    name: 'plan: metadata options set, left to the provider',
    plan: {
      format_version: '1.2',
      resource_changes: [
        created('aws_launch_template.strict', { name: 'strict', metadata_options: [{ http_tokens: 'required', http_endpoint: 'enabled' }] }, { id: true, arn: true, latest_version: true }),
        created('aws_launch_template.optional', { name: 'optional', metadata_options: [{ http_tokens: 'optional' }] }, { id: true, arn: true, metadata_options: [{ http_endpoint: true }] }),
        created('aws_launch_template.computed', { name: 'computed' }, { id: true, arn: true, metadata_options: true }),
      ],
      configuration: {
        root_module: {
          resources: [{ address: 'aws_launch_template.computed', mode: 'managed', type: 'aws_launch_template', name: 'computed', provider_config_key: 'aws', expressions: { name: { constant_value: 'computed' } } }],
        },
      },
    },
    expect: {
      'aws_launch_template.strict': { status: 'COMPLIANT', messageId: 'required' },
      'aws_launch_template.optional': { status: 'NON_COMPLIANT', messageId: 'optional' },
      'aws_launch_template.computed': { status: 'NON_COMPLIANT', messageId: 'optional', path: [] },
    },
  },
] satisfies RuleCase[];
