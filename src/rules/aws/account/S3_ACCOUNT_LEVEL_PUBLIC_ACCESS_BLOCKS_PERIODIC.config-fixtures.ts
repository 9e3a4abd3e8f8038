import { accountItem, buildConfigurationItem } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

/** The account's public access block as Config records it (AWS::S3::AccountPublicAccessBlock, camelCase). */
const block = (flags: Record<string, boolean>) => buildConfigurationItem('AWS::S3::AccountPublicAccessBlock', flags, { resourceId: '123456789012', ARN: 'arn:aws:s3:::123456789012' });
const all = { blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true };

export default [
  {
    name: 'config: the account with its recorded public access block, all on',
    items: [accountItem({}), block(all)],
    expect: { '123456789012': 'COMPLIANT' },
  },
  {
    name: 'config: the recorded block without RestrictPublicBuckets',
    items: [accountItem({}), block({ ...all, restrictPublicBuckets: false })],
    expect: { '123456789012': { status: 'NON_COMPLIANT', messageId: 'flagOff', messageIncludes: 'RestrictPublicBuckets' } },
  },
  {
    name: 'config: S3 Control says the account has no public access block',
    items: [accountItem({ publicAccessBlock: null })],
    expect: { '123456789012': { status: 'NON_COMPLIANT', messageId: 'noBlock' } },
  },
  {
    name: 'config: the account alone, its block not recorded',
    items: [accountItem({})],
    expect: { '123456789012': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' } },
  },
] satisfies RuleCase[];
