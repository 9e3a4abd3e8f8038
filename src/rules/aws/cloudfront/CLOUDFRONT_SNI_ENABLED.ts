import { defineRule, notApplicable } from '../../define.js';
import { choice, DISTRIBUTION_CONFIG, viewerCertificate } from '../../lib/cloudfront.js';
import { judge } from '../../lib/settings.js';
import { isUnknown } from '../../../model/unknown.js';
import { CUSTOM_CERTIFICATE } from './CLOUDFRONT_CUSTOM_SSL_CERTIFICATE.js';
import { distribution } from './examples.js';

export default defineRule({
  meta: {
    id: 'CLOUDFRONT_SNI_ENABLED',
    title: 'CloudFront distributions with a custom certificate use SNI',
    description:
      'Checks that an Amazon CloudFront distribution serving a custom certificate (ACM or IAM) serves HTTPS with Server Name Indication (SslSupportMethod sni-only) rather than dedicated IP addresses (vip, static-ip). A distribution with the default CloudFront certificate is not applicable.',
    severity: 'low',
    resourceTypes: ['AWS::CloudFront::Distribution'],
    managedRule: 'cloudfront-sni-enabled',
    frameworks: { FSBP: ['CloudFront.8'], 'NIST-800-53-r5': ['CA-9(1)', 'CM-2'] },
    messages: {
      sni: 'Distribution {{id}} serves its custom certificate with SNI.',
      dedicatedIp: 'Distribution {{id}} serves its custom certificate from dedicated IP addresses (SslSupportMethod {{method}}), not with SNI.',
      defaultCertificate: 'Distribution {{id}} serves the default CloudFront certificate; SNI does not apply.',
      unknownMethod: 'Whether distribution {{id}} serves its certificate with SNI is not known before deployment ({{reason}}).',
    },
    remediation: 'Set `ViewerCertificate.SslSupportMethod: sni-only`.',
    examples: {
      noncompliant: [{ cloudformation: distribution({ extra: CUSTOM_CERTIFICATE + '          SslSupportMethod: vip\n' }) }],
      compliant: [{ cloudformation: distribution({ extra: CUSTOM_CERTIFICATE + '          SslSupportMethod: sni-only\n' }) }],
    },
  },
  check(site) {
    const kind = viewerCertificate(site);
    const messages = { pass: 'sni', fail: 'dedicatedIp', unknown: 'unknownMethod' } as const;
    if (kind === 'default') return notApplicable('defaultCertificate');
    if (isUnknown(kind)) return judge(kind, messages, []);
    // CloudFront requires a support method with a custom certificate.
    const path = [DISTRIBUTION_CONFIG, 'ViewerCertificate', 'SslSupportMethod'];
    const method = choice(site, path, ['sni-only', 'vip', 'static-ip'], true);
    return judge(isUnknown(method) ? method : method === 'sni-only', messages, path, { method: typeof method === 'string' ? method : '' });
  },
});
