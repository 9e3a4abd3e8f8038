import type { RuleCase } from '../../tester.js';
import { customOrigin, distributionItem, list, s3Origin } from './items.js';

export default [
  {
    name: 'config: TLS protocols (the RDK item), SSLv3 on a custom origin, and an S3 origin only',
    items: [
      distributionItem('E1TLS', { origins: list([customOrigin('web', 'http-only', ['TLSv1', 'TLSv1.1', 'TLSv1.2'])]) }),
      distributionItem('E2SSL', { origins: list([customOrigin('web', 'https-only', ['SSLv3', 'TLSv1'])]) }),
      distributionItem('E3S3', { origins: list([s3Origin('assets', { oac: 'E2QWRUHEXAMPLE' })]) }),
    ],
    expect: {
      E1TLS: 'COMPLIANT',
      E2SSL: { status: 'NON_COMPLIANT', messageId: 'sslv3', path: ['DistributionConfig', 'Origins', 0, 'CustomOriginConfig', 'OriginSSLProtocols'] },
      E3S3: 'COMPLIANT',
    },
  },
] satisfies RuleCase[];
