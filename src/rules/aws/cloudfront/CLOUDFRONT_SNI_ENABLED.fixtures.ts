import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';
import { CERTIFICATE, site } from './CLOUDFRONT_CUSTOM_SSL_CERTIFICATE.fixtures.js';
import { planDistribution, tfDistribution } from './hcl.js';

const certificate = (method: string) => [{ cloudfront_default_certificate: false, acm_certificate_arn: CERTIFICATE, iam_certificate_id: '', minimum_protocol_version: 'TLSv1.2_2021', ssl_support_method: method }];

export default [
  {
    name: 'sni-only, vip, static-ip, the default certificate, a custom one without a method, a method chosen by a condition',
    template: `
Conditions:
  Strict: !Equals [!Ref AWS::Region, us-east-1]
Resources:
${site('Sni', `        ViewerCertificate: { AcmCertificateArn: ${CERTIFICATE}, SslSupportMethod: sni-only }`)}
${site('Vip', `        ViewerCertificate: { AcmCertificateArn: ${CERTIFICATE}, SslSupportMethod: vip }`)}
${site('StaticIp', '        ViewerCertificate: { IamCertificateId: ASCACKCEVSQ6C2EXAMPLE, SslSupportMethod: static-ip }')}
${site('Default', '        ViewerCertificate: { CloudFrontDefaultCertificate: true }')}
${site('NoMethod', `        ViewerCertificate: { AcmCertificateArn: ${CERTIFICATE} }`)}
${site('Chosen', `        ViewerCertificate: { AcmCertificateArn: ${CERTIFICATE}, SslSupportMethod: !If [Strict, sni-only, vip] }`)}
`,
    expect: {
      Sni: { status: 'COMPLIANT', path: ['DistributionConfig', 'ViewerCertificate', 'SslSupportMethod'] },
      Vip: { status: 'NON_COMPLIANT', messageId: 'dedicatedIp', messageIncludes: 'vip' },
      StaticIp: { status: 'NON_COMPLIANT', messageId: 'dedicatedIp' },
      Default: { status: 'NOT_APPLICABLE', messageId: 'defaultCertificate' },
      NoMethod: { status: 'INSUFFICIENT_DATA', messageId: 'unknownMethod', messageIncludes: 'malformed' },
      Chosen: { status: 'INSUFFICIENT_DATA', messageId: 'unknownMethod' },
    },
  },
  {
    name: 'hcl: sni-only and vip',
    hcl:
      tfDistribution('sni', { certificate: `    acm_certificate_arn = "${CERTIFICATE}"\n    ssl_support_method  = "sni-only"` }) +
      tfDistribution('vip', { certificate: `    acm_certificate_arn = "${CERTIFICATE}"\n    ssl_support_method  = "vip"` }),
    expect: {
      'aws_cloudfront_distribution.sni': 'COMPLIANT',
      'aws_cloudfront_distribution.vip': { status: 'NON_COMPLIANT', messageId: 'dedicatedIp' },
    },
  },
  {
    name: 'plan: sni-only, vip, and the default certificate',
    plan: {
      format_version: '1.2',
      resource_changes: [
        created('aws_cloudfront_distribution.sni', planDistribution({ viewer_certificate: certificate('sni-only') }), { arn: true }),
        created('aws_cloudfront_distribution.vip', planDistribution({ viewer_certificate: certificate('vip') }), { arn: true }),
        created('aws_cloudfront_distribution.plain', planDistribution(), { arn: true }),
      ],
    },
    expect: {
      'aws_cloudfront_distribution.sni': 'COMPLIANT',
      'aws_cloudfront_distribution.vip': { status: 'NON_COMPLIANT', messageId: 'dedicatedIp' },
      'aws_cloudfront_distribution.plain': 'NOT_APPLICABLE',
    },
  },
] satisfies RuleCase[];
