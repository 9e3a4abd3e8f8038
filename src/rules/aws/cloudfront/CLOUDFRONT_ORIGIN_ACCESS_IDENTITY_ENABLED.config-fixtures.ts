import type { RuleCase } from '../../tester.js';
import { distributionItem, list, s3Origin } from './items.js';

export default [
  {
    name: 'config: an S3 origin with an identity, one with an origin access control, and a custom origin (the RDK item)',
    items: [
      distributionItem('E1OAI', { origins: list([s3Origin('assets', { oai: 'origin-access-identity/cloudfront/E15MNIMTCFKK4C' })]) }),
      distributionItem('E2OAC', { origins: list([s3Origin('assets', { oac: 'E2QWRUHEXAMPLE' })]) }),
      distributionItem('E3CUSTOM'),
    ],
    expect: {
      E1OAI: 'COMPLIANT',
      E2OAC: { status: 'NON_COMPLIANT', messageId: 'noIdentity' },
      E3CUSTOM: 'NOT_APPLICABLE',
    },
  },
  {
    name: 'config: a VPC origin is not an S3 origin',
    items: [
      distributionItem('E4VPC', {
        origins: list([{ id: 'internal', domainName: 'internal.example.com', originPath: '', customHeaders: { quantity: 0 }, vpcOriginConfig: { vpcOriginId: 'vo_abc123', originReadTimeout: 30, originKeepaliveTimeout: 5 }, connectionAttempts: 3, connectionTimeout: 10, originAccessControlId: '' }]),
      }),
    ],
    expect: { E4VPC: 'NOT_APPLICABLE' },
  },
] satisfies RuleCase[];
