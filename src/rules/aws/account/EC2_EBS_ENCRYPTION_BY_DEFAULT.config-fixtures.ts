import { accountItem } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'config: GetEbsEncryptionByDefault answers true',
    items: [accountItem({ ebsEncryptionByDefault: true })],
    expect: { '123456789012': 'COMPLIANT' },
  },
  {
    name: 'config: GetEbsEncryptionByDefault answers false',
    items: [accountItem({ ebsEncryptionByDefault: false })],
    expect: { '123456789012': { status: 'NON_COMPLIANT', messageId: 'disabled' } },
  },
  {
    name: 'config: the setting could not be read',
    items: [accountItem({ unreadable: { ebsEncryptionByDefault: 'UnauthorizedOperation' } })],
    expect: { '123456789012': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' } },
  },
] satisfies RuleCase[];
