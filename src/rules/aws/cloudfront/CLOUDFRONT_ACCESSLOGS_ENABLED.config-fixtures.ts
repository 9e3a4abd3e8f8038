import type { RuleCase } from '../../tester.js';
import { distributionItem } from './items.js';

export default [
  {
    name: 'config: logging enabled to the expected bucket, to another one, and disabled (the RDK item)',
    params: { S3BucketName: 'access-logs' },
    items: [
      distributionItem('E1LOGS', { logging: { enabled: true, includeCookies: false, bucket: 'access-logs.s3.amazonaws.com', prefix: 'site/' } }),
      distributionItem('E2OTHER', { logging: { enabled: true, includeCookies: false, bucket: 'other-logs.s3.amazonaws.com', prefix: '' } }),
      distributionItem('E3NONE'),
    ],
    expect: {
      E1LOGS: 'COMPLIANT',
      E2OTHER: { status: 'NON_COMPLIANT', messageId: 'otherBucket' },
      E3NONE: { status: 'NON_COMPLIANT', messageId: 'disabled' },
    },
  },
] satisfies RuleCase[];
