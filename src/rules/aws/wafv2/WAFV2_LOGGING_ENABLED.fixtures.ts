import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const STREAM = 'arn:aws:firehose:us-east-1:123456789012:deliverystream/aws-waf-logs-edge';
const OTHER = 'arn:aws:firehose:us-east-1:123456789012:deliverystream/aws-waf-logs-other';

const acl = (name: string) => `
  ${name}:
    Type: AWS::WAFv2::WebACL
    Properties:
      Scope: REGIONAL
      DefaultAction: { Allow: {} }
      VisibilityConfig: { SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: ${name} }
      Rules: []`;

const logging = (name: string, arn: string, destination = STREAM, condition = '') => `
  ${name}:
    Type: AWS::WAFv2::LoggingConfiguration${condition ? `\n    Condition: ${condition}` : ''}
    Properties:
      ResourceArn: ${arn}
      LogDestinationConfigs: [${destination}]`;

const tfAcl = (name: string) => `
resource "aws_wafv2_web_acl" "${name}" {
  name  = "${name}"
  scope = "REGIONAL"
  default_action {
    allow {}
  }
  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "${name}"
    sampled_requests_enabled   = true
  }
}
`;

export default [
  {
    name: 'a logged web ACL, an unlogged one, one logged only under a condition, and a logging configuration of a web ACL outside the template',
    template: `
Conditions:
  Strict: !Equals [!Ref AWS::Region, us-east-1]
Resources:
${acl('Logged')}
${acl('Unlogged')}
${acl('Sometimes')}
${logging('LoggedLogs', '!GetAtt Logged.Arn')}
${logging('SometimesLogs', '!GetAtt Sometimes.Arn', STREAM, 'Strict')}
${logging('ElsewhereLogs', 'arn:aws:wafv2:us-east-1:123456789012:regional/webacl/elsewhere/a1b2c3d4')}
`,
    expect: {
      Logged: { status: 'COMPLIANT', messageIncludes: 'LoggedLogs' },
      Unlogged: { status: 'NON_COMPLIANT', messageId: 'noLogging' },
      Sometimes: { status: 'INSUFFICIENT_DATA', messageId: 'unknownLogging' },
    },
  },
  {
    name: 'a logging configuration whose web ACL comes from a parameter may log any web ACL of the template',
    template: `
Parameters:
  AclArn: { Type: String }
Resources:
${acl('Edge')}
${logging('Logs', '!Ref AclArn')}
`,
    expect: { Edge: { status: 'INSUFFICIENT_DATA', messageId: 'unknownLogging' } },
  },
  {
    name: 'KinesisFirehoseDeliveryStreamArns: the listed stream, another one, and a stream created alongside',
    params: { KinesisFirehoseDeliveryStreamArns: STREAM },
    template: `
Resources:
${acl('Listed')}
${acl('Other')}
${acl('Created')}
  Stream:
    Type: AWS::KinesisFirehose::DeliveryStream
    Properties:
      DeliveryStreamName: aws-waf-logs-created
${logging('ListedLogs', '!GetAtt Listed.Arn')}
${logging('OtherLogs', '!GetAtt Other.Arn', OTHER)}
${logging('CreatedLogs', '!GetAtt Created.Arn', '!GetAtt Stream.Arn')}
`,
    expect: {
      Listed: 'COMPLIANT',
      Other: { status: 'NON_COMPLIANT', messageId: 'otherDestination', messageIncludes: 'aws-waf-logs-other' },
      Created: { status: 'INSUFFICIENT_DATA', messageId: 'unknownLogging' },
    },
  },
  {
    name: 'hcl: a web ACL with a logging configuration, and one without',
    hcl: `
${tfAcl('logged')}
${tfAcl('unlogged')}
resource "aws_wafv2_web_acl_logging_configuration" "logged" {
  resource_arn            = aws_wafv2_web_acl.logged.arn
  log_destination_configs = ["${STREAM}"]
}
`,
    expect: {
      'aws_wafv2_web_acl.logged': 'COMPLIANT',
      'aws_wafv2_web_acl.unlogged': { status: 'NON_COMPLIANT', messageId: 'noLogging' },
    },
  },
  {
    name: 'plan: a web ACL logged by a configuration created with it, and one without',
    plan: {
      format_version: '1.2',
      resource_changes: [
        created('aws_wafv2_web_acl.logged', { name: 'logged', scope: 'REGIONAL', rule: [] }, { arn: true, id: true }),
        created('aws_wafv2_web_acl.unlogged', { name: 'unlogged', scope: 'REGIONAL', rule: [] }, { arn: true, id: true }),
        created('aws_wafv2_web_acl_logging_configuration.logged', { log_destination_configs: [STREAM] }, { resource_arn: true, id: true }),
      ],
      configuration: {
        root_module: {
          resources: [
            {
              address: 'aws_wafv2_web_acl_logging_configuration.logged',
              mode: 'managed',
              type: 'aws_wafv2_web_acl_logging_configuration',
              name: 'logged',
              provider_config_key: 'aws',
              expressions: { resource_arn: { references: ['aws_wafv2_web_acl.logged.arn', 'aws_wafv2_web_acl.logged'] }, log_destination_configs: { constant_value: [STREAM] } },
            },
          ],
        },
      },
    },
    expect: {
      'aws_wafv2_web_acl.logged': 'COMPLIANT',
      'aws_wafv2_web_acl.unlogged': { status: 'NON_COMPLIANT', messageId: 'noLogging' },
    },
  },
] satisfies RuleCase[];
