import { buildConfigurationItem, FIXTURE_ACCOUNT, FIXTURE_REGION } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

/** A certificate item as Config records it (DescribeCertificate's fields). */
const certificate = (id: string, fields: Record<string, unknown>) => {
  const arn = `arn:aws:acm:${FIXTURE_REGION}:${FIXTURE_ACCOUNT}:certificate/${id}`;
  return buildConfigurationItem(
    'AWS::ACM::Certificate',
    { certificateArn: arn, domainName: 'www.example.com', subjectAlternativeNames: ['www.example.com'], issuer: 'Amazon', status: 'ISSUED', type: 'AMAZON_ISSUED', keyAlgorithm: 'RSA-2048', inUseBy: [], renewalEligibility: 'ELIGIBLE', ...fields },
    // Captured long ago: the rule measures from the evaluation time, never from the capture time.
    { resourceId: arn, ARN: arn, captureTime: '2025-01-01T00:00:00.000Z', supplementaryConfiguration: { Tags: [] } },
  );
};
const arn = (id: string) => `arn:aws:acm:us-east-1:123456789012:certificate/${id}`;

const now = '2026-12-07T12:00:00.000Z';

export default [
  {
    name: 'config: valid for months, expiring in 10 days, expired, exactly 14 days left, an imported certificate near expiry',
    now,
    items: [
      certificate('aaa111a1-1aaa-1aa1-1aaa-aaa1a11aa111', { notAfter: '2027-06-01T00:00:00.000Z' }),
      certificate('bbb222b2-2bbb-2bb2-2bbb-bbb2b22bb222', { notAfter: '2026-12-17T12:00:00.000Z' }),
      certificate('ccc333c3-3ccc-3ccc-3ccc-ccc3c33cc333', { notAfter: '2026-11-01T00:00:00.000Z', status: 'EXPIRED' }),
      certificate('ddd444d4-4ddd-4dd4-4ddd-ddd4d44dd444', { notAfter: '2026-12-21T12:00:00.000Z' }),
      certificate('eee555e5-5eee-5ee5-5eee-eee5e55ee555', { notAfter: '2026-12-20T00:00:00.000Z', type: 'IMPORTED', issuer: 'Example CA', renewalEligibility: 'INELIGIBLE' }),
    ],
    expect: {
      [arn('aaa111a1-1aaa-1aa1-1aaa-aaa1a11aa111')]: { status: 'COMPLIANT', messageId: 'valid' },
      [arn('bbb222b2-2bbb-2bb2-2bbb-bbb2b22bb222')]: { status: 'NON_COMPLIANT', messageId: 'expiring', messageIncludes: 'in 10 days' },
      [arn('ccc333c3-3ccc-3ccc-3ccc-ccc3c33cc333')]: { status: 'NON_COMPLIANT', messageId: 'expired' },
      [arn('ddd444d4-4ddd-4dd4-4ddd-ddd4d44dd444')]: { status: 'NON_COMPLIANT', messageId: 'expiring', messageIncludes: 'within 14 days' },
      [arn('eee555e5-5eee-5ee5-5eee-eee5e55ee555')]: { status: 'NON_COMPLIANT', messageId: 'expiring' },
    },
  },
  {
    name: 'config: daysToExpiration from the rule parameters (a string, as Config passes it)',
    now,
    params: { daysToExpiration: '90' },
    items: [
      certificate('aaa111a1-1aaa-1aa1-1aaa-aaa1a11aa111', { notAfter: '2027-06-01T00:00:00.000Z' }),
      certificate('fff666f6-6fff-6ff6-6fff-fff6f66ff666', { notAfter: '2027-02-01T00:00:00.000Z' }),
    ],
    expect: {
      [arn('aaa111a1-1aaa-1aa1-1aaa-aaa1a11aa111')]: 'COMPLIANT',
      [arn('fff666f6-6fff-6ff6-6fff-fff6f66ff666')]: { status: 'NON_COMPLIANT', messageId: 'expiring', messageIncludes: 'within 90 days' },
    },
  },
  {
    name: 'config: pending validation, no notAfter while issued, and a malformed notAfter',
    now,
    items: [
      certificate('aaa111a1-1aaa-1aa1-1aaa-aaa1a11aa111', { status: 'PENDING_VALIDATION' }),
      certificate('bbb222b2-2bbb-2bb2-2bbb-bbb2b22bb222', {}),
      certificate('ccc333c3-3ccc-3ccc-3ccc-ccc3c33cc333', { notAfter: 'next year' }),
    ],
    expect: {
      [arn('aaa111a1-1aaa-1aa1-1aaa-aaa1a11aa111')]: { status: 'NOT_APPLICABLE', messageId: 'notIssued' },
      [arn('bbb222b2-2bbb-2bb2-2bbb-bbb2b22bb222')]: { status: 'INSUFFICIENT_DATA', messageId: 'unknownExpiry' },
      [arn('ccc333c3-3ccc-3ccc-3ccc-ccc3c33cc333')]: { status: 'INSUFFICIENT_DATA', messageId: 'unknownExpiry', messageIncludes: 'malformed' },
    },
  },
  {
    name: 'config: an evaluation given no time judges nothing',
    items: [certificate('aaa111a1-1aaa-1aa1-1aaa-aaa1a11aa111', { notAfter: '2027-06-01T00:00:00.000Z' })],
    expect: { [arn('aaa111a1-1aaa-1aa1-1aaa-aaa1a11aa111')]: { status: 'INSUFFICIENT_DATA', messageId: 'noClock' } },
  },
  {
    name: 'a template can not know when a certificate expires',
    template: `
Resources:
  Site:
    Type: AWS::CertificateManager::Certificate
    Properties:
      DomainName: www.example.com
      ValidationMethod: DNS
`,
    expect: { Site: 'NOT_APPLICABLE' },
  },
] satisfies RuleCase[];
