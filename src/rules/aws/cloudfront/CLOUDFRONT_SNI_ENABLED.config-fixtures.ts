import type { RuleCase } from '../../tester.js';
import { acmCertificate } from './CLOUDFRONT_CUSTOM_SSL_CERTIFICATE.config-fixtures.js';
import { distributionItem } from './items.js';

export default [
  {
    name: 'config: an ACM certificate with SNI, one on dedicated IPs, and the default certificate of the RDK item',
    items: [distributionItem('E1SNI', { viewerCertificate: acmCertificate('sni-only') }), distributionItem('E2VIP', { viewerCertificate: acmCertificate('vip') }), distributionItem('E3DEFAULT')],
    expect: {
      E1SNI: 'COMPLIANT',
      E2VIP: { status: 'NON_COMPLIANT', messageId: 'dedicatedIp' },
      E3DEFAULT: 'NOT_APPLICABLE',
    },
  },
] satisfies RuleCase[];
