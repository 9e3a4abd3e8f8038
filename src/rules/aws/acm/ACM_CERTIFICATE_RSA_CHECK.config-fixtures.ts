import { buildConfigurationItem, FIXTURE_ACCOUNT, FIXTURE_REGION } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

/** A certificate item as Config records it (RDK example_ci: DescribeCertificate's fields). */
const certificate = (id: string, fields: Record<string, unknown>) => {
  const arn = `arn:aws:acm:${FIXTURE_REGION}:${FIXTURE_ACCOUNT}:certificate/${id}`;
  return buildConfigurationItem(
    'AWS::ACM::Certificate',
    { certificateArn: arn, domainName: 'www.example.com', subjectAlternativeNames: ['www.example.com'], issuer: 'Amazon', status: 'ISSUED', type: 'AMAZON_ISSUED', signatureAlgorithm: 'SHA256WITHRSA', inUseBy: [], keyUsages: [], extendedKeyUsages: [], renewalEligibility: 'ELIGIBLE', notAfter: '2027-06-01T00:00:00.000Z', ...fields },
    { resourceId: arn, ARN: arn, supplementaryConfiguration: { Tags: [] } },
  );
};

export default [
  {
    name: 'config: RSA-2048, an imported RSA-1024, an EC key, and an item without keyAlgorithm',
    items: [
      certificate('aaa111a1-1aaa-1aa1-1aaa-aaa1a11aa111', { keyAlgorithm: 'RSA-2048' }),
      certificate('bbb222b2-2bbb-2bb2-2bbb-bbb2b22bb222', { keyAlgorithm: 'RSA-1024', type: 'IMPORTED', issuer: 'Example CA' }),
      certificate('ccc333c3-3ccc-3cc3-3ccc-ccc3c33cc333', { keyAlgorithm: 'EC-prime256v1' }),
      certificate('ddd444d4-4ddd-4dd4-4ddd-ddd4d44dd444', {}),
    ],
    expect: {
      'arn:aws:acm:us-east-1:123456789012:certificate/aaa111a1-1aaa-1aa1-1aaa-aaa1a11aa111': 'COMPLIANT',
      'arn:aws:acm:us-east-1:123456789012:certificate/bbb222b2-2bbb-2bb2-2bbb-bbb2b22bb222': { status: 'NON_COMPLIANT', messageId: 'weakKey' },
      'arn:aws:acm:us-east-1:123456789012:certificate/ccc333c3-3ccc-3cc3-3ccc-ccc3c33cc333': { status: 'NOT_APPLICABLE', messageId: 'notRsa' },
      'arn:aws:acm:us-east-1:123456789012:certificate/ddd444d4-4ddd-4dd4-4ddd-ddd4d44dd444': { status: 'INSUFFICIENT_DATA', messageId: 'unknownKey' },
    },
  },
] satisfies RuleCase[];
