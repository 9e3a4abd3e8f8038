import type { RuleCase } from '../../tester.js';
import { keyItem } from '../kms/items.js';
import { secretItem } from './items.js';

const CUSTOMER = 'arn:aws:kms:us-east-1:123456789012:key/customer-key';
const MANAGED = 'arn:aws:kms:us-east-1:123456789012:key/aws-managed-key';

export default [
  {
    name: 'config: a customer managed key, no key (aws/secretsmanager), and a key the inventory records as AWS managed',
    items: [
      secretItem('customer', { KMSKeyId: CUSTOMER }),
      secretItem('default'),
      secretItem('managed-by-arn', { KMSKeyId: MANAGED }),
      keyItem('customer-key'),
      keyItem('aws-managed-key', { keyManager: 'AWS', description: 'Default key that protects my Secrets Manager data' }),
    ],
    expect: {
      'arn:aws:secretsmanager:us-east-1:123456789012:secret:customer-AbCdEf': 'COMPLIANT',
      'arn:aws:secretsmanager:us-east-1:123456789012:secret:default-AbCdEf': { status: 'NON_COMPLIANT', messageId: 'awsManagedKey' },
      'arn:aws:secretsmanager:us-east-1:123456789012:secret:managed-by-arn-AbCdEf': { status: 'NON_COMPLIANT', messageId: 'awsManagedKey' },
    },
  },
  {
    name: 'config: a key that was not read (not recorded, access denied) or whose manager is not recorded is not a customer managed key for sure',
    items: [
      secretItem('unread', { KMSKeyId: 'arn:aws:kms:us-east-1:123456789012:key/not-recorded' }),
      secretItem('no-manager', { KMSKeyId: 'arn:aws:kms:us-east-1:123456789012:key/no-manager' }),
      secretItem('customer-alias', { KMSKeyId: 'arn:aws:kms:us-east-1:123456789012:alias/orders' }),
      secretItem('managed-alias', { KMSKeyId: 'alias/aws/secretsmanager' }),
      keyItem('no-manager', { keyManager: undefined }),
    ],
    expect: {
      'arn:aws:secretsmanager:us-east-1:123456789012:secret:unread-AbCdEf': { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption' },
      'arn:aws:secretsmanager:us-east-1:123456789012:secret:no-manager-AbCdEf': { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption' },
      'arn:aws:secretsmanager:us-east-1:123456789012:secret:customer-alias-AbCdEf': 'COMPLIANT',
      'arn:aws:secretsmanager:us-east-1:123456789012:secret:managed-alias-AbCdEf': { status: 'NON_COMPLIANT', messageId: 'awsManagedKey' },
    },
  },
] satisfies RuleCase[];
