import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';
import { planDistribution, tfDistribution } from './hcl.js';

export const CERTIFICATE = 'arn:aws:acm:us-east-1:123456789012:certificate/12345678-1234-1234-1234-123456789012';

export const site = (name: string, certificate: string) => `
  ${name}:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        Aliases: [www.example.com]
        DefaultCacheBehavior: { TargetOriginId: api, ViewerProtocolPolicy: https-only }
        Origins: [{ Id: api, DomainName: api.example.com, CustomOriginConfig: { OriginProtocolPolicy: https-only } }]
${certificate}`;

export default [
  {
    name: 'an ACM certificate, an IAM one, one from a parameter, the default one, no ViewerCertificate, a certificate chosen by a condition with AWS::NoValue',
    template: `
Parameters:
  Certificate: { Type: String }
Conditions:
  Strict: !Equals [!Ref AWS::Region, us-east-1]
Resources:
${site('Acm', `        ViewerCertificate: { AcmCertificateArn: ${CERTIFICATE}, SslSupportMethod: sni-only }`)}
${site('Iam', '        ViewerCertificate: { IamCertificateId: ASCACKCEVSQ6C2EXAMPLE, SslSupportMethod: sni-only }')}
${site('FromParameter', '        ViewerCertificate: { AcmCertificateArn: !Ref Certificate, SslSupportMethod: sni-only }')}
${site('Default', '        ViewerCertificate: { CloudFrontDefaultCertificate: true }')}
${site('None', '')}
${site('Chosen', `        ViewerCertificate: { AcmCertificateArn: !If [Strict, ${CERTIFICATE}, !Ref AWS::NoValue], CloudFrontDefaultCertificate: !If [Strict, !Ref AWS::NoValue, true] }`)}
`,
    expect: {
      Acm: { status: 'COMPLIANT', path: ['DistributionConfig', 'ViewerCertificate'] },
      Iam: 'COMPLIANT',
      FromParameter: 'COMPLIANT',
      Default: { status: 'NON_COMPLIANT', messageId: 'defaultCertificate' },
      None: { status: 'NON_COMPLIANT', messageId: 'defaultCertificate' },
      Chosen: { status: 'INSUFFICIENT_DATA', messageId: 'unknownCertificate' },
    },
  },
  {
    name: 'hcl: an ACM certificate of the configuration, and the default one',
    hcl:
      tfDistribution('custom', { certificate: '    acm_certificate_arn = aws_acm_certificate.site.arn\n    ssl_support_method  = "sni-only"' }) + tfDistribution('plain'),
    expect: {
      'aws_cloudfront_distribution.custom': 'COMPLIANT',
      'aws_cloudfront_distribution.plain': { status: 'NON_COMPLIANT', messageId: 'defaultCertificate' },
    },
  },
  {
    name: 'plan: an ACM certificate, the default one, and a certificate known after apply',
    plan: {
      format_version: '1.2',
      resource_changes: [
        created('aws_cloudfront_distribution.custom', planDistribution({ viewer_certificate: [{ cloudfront_default_certificate: false, acm_certificate_arn: CERTIFICATE, iam_certificate_id: '', minimum_protocol_version: 'TLSv1.2_2021', ssl_support_method: 'sni-only' }] }), { arn: true }),
        created('aws_cloudfront_distribution.plain', planDistribution(), { arn: true }),
        created('aws_cloudfront_distribution.later', planDistribution({ viewer_certificate: [{ cloudfront_default_certificate: false, iam_certificate_id: '', minimum_protocol_version: 'TLSv1.2_2021', ssl_support_method: 'sni-only' }] }), {
          arn: true,
          viewer_certificate: [{ acm_certificate_arn: true }],
        }),
      ],
    },
    expect: {
      'aws_cloudfront_distribution.custom': 'COMPLIANT',
      'aws_cloudfront_distribution.plain': { status: 'NON_COMPLIANT', messageId: 'defaultCertificate' },
      'aws_cloudfront_distribution.later': 'COMPLIANT',
    },
  },
] satisfies RuleCase[];
