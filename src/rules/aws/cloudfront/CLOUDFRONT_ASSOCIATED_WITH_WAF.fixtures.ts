import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';
import { planDistribution, tfDistribution } from './hcl.js';

const EDGE = 'arn:aws:wafv2:us-east-1:123456789012:global/webacl/edge/a1b2c3d4-5678-90ab-cdef-EXAMPLE11111';
const OTHER = 'arn:aws:wafv2:us-east-1:123456789012:global/webacl/other/a1b2c3d4-5678-90ab-cdef-EXAMPLE22222';

const site = (name: string, webAcl: string) => `
  ${name}:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        DefaultCacheBehavior: { TargetOriginId: api, ViewerProtocolPolicy: https-only }
        Origins: [{ Id: api, DomainName: api.example.com, CustomOriginConfig: { OriginProtocolPolicy: https-only } }]
${webAcl}`;

const ACL = `
  Edge:
    Type: AWS::WAFv2::WebACL
    Properties:
      Scope: CLOUDFRONT
      DefaultAction: { Allow: {} }
      VisibilityConfig: { SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: edge }
      Rules: []`;

export default [
  {
    name: 'a web ACL of the template, a literal ARN, a WAF classic id, none, an empty id, one chosen by a condition with AWS::NoValue, a whole configuration chosen by a condition',
    template: `
Conditions:
  Strict: !Equals [!Ref AWS::Region, us-east-1]
Resources:${ACL}
${site('Referenced', '        WebACLId: !GetAtt Edge.Arn')}
${site('Literal', `        WebACLId: ${EDGE}`)}
${site('Classic', '        WebACLId: 473e64fd-f30b-4765-81a0-62ad96dd167a')}
${site('None', '')}
${site('Empty', "        WebACLId: ''")}
${site('Chosen', `        WebACLId: !If [Strict, ${EDGE}, !Ref AWS::NoValue]`)}
  Whole:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig: !If
        - Strict
        - { Enabled: true, WebACLId: ${EDGE}, DefaultCacheBehavior: { TargetOriginId: api, ViewerProtocolPolicy: https-only }, Origins: [{ Id: api, DomainName: api.example.com, CustomOriginConfig: { OriginProtocolPolicy: https-only } }] }
        - { Enabled: true, DefaultCacheBehavior: { TargetOriginId: api, ViewerProtocolPolicy: https-only }, Origins: [{ Id: api, DomainName: api.example.com, CustomOriginConfig: { OriginProtocolPolicy: https-only } }] }
`,
    expect: {
      Referenced: 'COMPLIANT',
      Literal: { status: 'COMPLIANT', path: ['DistributionConfig', 'WebACLId'] },
      Classic: 'COMPLIANT',
      None: { status: 'NON_COMPLIANT', messageId: 'notAssociated', path: [] },
      Empty: { status: 'NON_COMPLIANT', messageId: 'notAssociated' },
      Chosen: { status: 'INSUFFICIENT_DATA', messageId: 'unknownWebAcl' },
      Whole: { status: 'INSUFFICIENT_DATA', messageId: 'unknownWebAcl' },
    },
  },
  {
    name: 'wafWebAclIds: the listed ARN, another one, and a web ACL of the template whose ARN is known at deployment',
    params: { wafWebAclIds: EDGE },
    template: `
Resources:${ACL}
${site('Listed', `        WebACLId: ${EDGE}`)}
${site('Other', `        WebACLId: ${OTHER}`)}
${site('Referenced', '        WebACLId: !GetAtt Edge.Arn')}
`,
    expect: {
      Listed: 'COMPLIANT',
      Other: { status: 'NON_COMPLIANT', messageId: 'otherWebAcl', messageIncludes: 'other' },
      Referenced: { status: 'INSUFFICIENT_DATA', messageId: 'unknownWebAcl' },
    },
  },
  {
    name: 'hcl: a web ACL of the configuration, and none',
    hcl: tfDistribution('protected', { extra: '  web_acl_id = aws_wafv2_web_acl.edge.arn' }) + tfDistribution('open'),
    expect: {
      'aws_cloudfront_distribution.protected': 'COMPLIANT',
      'aws_cloudfront_distribution.open': { status: 'NON_COMPLIANT', messageId: 'notAssociated' },
    },
  },
  {
    name: 'plan: a listed ARN, another one, and none',
    params: { wafWebAclIds: `${EDGE},473e64fd-f30b-4765-81a0-62ad96dd167a` },
    plan: {
      format_version: '1.2',
      resource_changes: [
        created('aws_cloudfront_distribution.listed', planDistribution({ web_acl_id: EDGE }), { arn: true }),
        created('aws_cloudfront_distribution.other', planDistribution({ web_acl_id: OTHER }), { arn: true }),
        created('aws_cloudfront_distribution.open', planDistribution(), { arn: true }),
      ],
    },
    expect: {
      'aws_cloudfront_distribution.listed': 'COMPLIANT',
      'aws_cloudfront_distribution.other': { status: 'NON_COMPLIANT', messageId: 'otherWebAcl' },
      'aws_cloudfront_distribution.open': { status: 'NON_COMPLIANT', messageId: 'notAssociated' },
    },
  },
] satisfies RuleCase[];
