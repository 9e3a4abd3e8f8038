import type { RuleCase } from '../../tester.js';
import { distributionItem } from './items.js';

export const acmCertificate = (sslSupportMethod: string) => ({
  acmCertificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/12345678-1234-1234-1234-123456789012',
  certificate: 'arn:aws:acm:us-east-1:123456789012:certificate/12345678-1234-1234-1234-123456789012',
  certificateSource: 'acm',
  cloudFrontDefaultCertificate: false,
  minimumProtocolVersion: 'TLSv1.2_2021',
  sslSupportMethod,
});

export default [
  {
    name: 'config: an ACM certificate and the default certificate of the RDK item',
    items: [distributionItem('E1ACM', { viewerCertificate: acmCertificate('sni-only') }), distributionItem('E2DEFAULT')],
    expect: {
      E1ACM: 'COMPLIANT',
      E2DEFAULT: { status: 'NON_COMPLIANT', messageId: 'defaultCertificate' },
    },
  },
] satisfies RuleCase[];
