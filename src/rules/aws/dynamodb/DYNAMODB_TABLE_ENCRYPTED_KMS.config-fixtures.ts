import type { RuleCase } from '../../tester.js';
import { tableItem } from './items.js';

const KEY = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const sse = (keyArn: string) => ({ ssedescription: { status: 'ENABLED', ssetype: 'KMS', kmsmasterKeyArn: keyArn } });

export default [
  {
    name: 'config: KMS encrypted, the AWS owned key (no SSE description), and an unreadable status',
    items: [tableItem('orders', sse(KEY)), tableItem('sessions'), tableItem('odd', { ssedescription: { status: 'ENABLING' } })],
    expect: {
      orders: 'COMPLIANT',
      sessions: { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
      odd: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption' },
    },
  },
  {
    name: 'config: kmsKeyArns against the recorded key ARN',
    params: { kmsKeyArns: KEY },
    items: [tableItem('listed', sse(KEY)), tableItem('other', sse('arn:aws:kms:us-east-1:123456789012:key/00000000-0000-0000-0000-000000000000'))],
    expect: {
      listed: 'COMPLIANT',
      other: { status: 'NON_COMPLIANT', messageId: 'keyNotAllowed' },
    },
  },
] satisfies RuleCase[];
