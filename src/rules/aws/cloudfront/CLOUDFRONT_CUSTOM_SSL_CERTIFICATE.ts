import { defineRule } from '../../define.js';
import { DISTRIBUTION_CONFIG, viewerCertificate } from '../../lib/cloudfront.js';
import { judge } from '../../lib/settings.js';
import { isUnknown } from '../../../model/unknown.js';
import { distribution } from './examples.js';

export const CUSTOM_CERTIFICATE = '        Aliases: [www.example.com]\n        ViewerCertificate:\n          AcmCertificateArn: arn:aws:acm:us-east-1:123456789012:certificate/12345678-1234-1234-1234-123456789012\n          MinimumProtocolVersion: TLSv1.2_2021\n';

export default defineRule({
  meta: {
    id: 'CLOUDFRONT_CUSTOM_SSL_CERTIFICATE',
    title: 'CloudFront distributions use a custom SSL/TLS certificate',
    description:
      'Checks that an Amazon CloudFront distribution serves viewers an ACM or IAM certificate (ViewerCertificate AcmCertificateArn or IamCertificateId) rather than the default *.cloudfront.net certificate, which is used when ViewerCertificate is absent or CloudFrontDefaultCertificate is true.',
    severity: 'low',
    resourceTypes: ['AWS::CloudFront::Distribution'],
    managedRule: 'cloudfront-custom-ssl-certificate',
    frameworks: { FSBP: ['CloudFront.7'], 'NIST-800-53-r5': ['AC-17(2)', 'AC-4', 'IA-5(1)', 'SC-12(3)', 'SC-13', 'SC-23', 'SC-23(3)', 'SC-7(4)', 'SC-8', 'SC-8(1)', 'SC-8(2)', 'SI-7(6)'] },
    messages: {
      custom: 'Distribution {{id}} serves a custom certificate.',
      defaultCertificate: 'Distribution {{id}} serves the default CloudFront certificate (no AcmCertificateArn or IamCertificateId).',
      unknownCertificate: 'Which certificate distribution {{id}} serves is not known before deployment ({{reason}}).',
    },
    remediation: 'Set `ViewerCertificate.AcmCertificateArn` (a certificate in us-east-1) or `IamCertificateId`, with `SslSupportMethod: sni-only` and the distribution’s `Aliases`.',
    examples: {
      noncompliant: [{ cloudformation: distribution() }],
      compliant: [{ cloudformation: distribution({ extra: CUSTOM_CERTIFICATE + '          SslSupportMethod: sni-only\n' }) }],
    },
  },
  check(site) {
    const kind = viewerCertificate(site);
    const written = site.properties[DISTRIBUTION_CONFIG] !== undefined && !isUnknown(site.properties[DISTRIBUTION_CONFIG]);
    return judge(isUnknown(kind) ? kind : kind === 'custom', { pass: 'custom', fail: 'defaultCertificate', unknown: 'unknownCertificate' }, written ? [DISTRIBUTION_CONFIG, 'ViewerCertificate'] : []);
  },
});
