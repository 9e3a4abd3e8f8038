import type { RuleCase } from '../../tester.js';
import { accountItem, trailItem } from './items.js';

const KEY = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';

export default [
  {
    name: 'config: a recorded secure trail with the default selectors',
    items: [accountItem({ trails: [] }), trailItem('secure', { isMultiRegionTrail: true, logFileValidationEnabled: true, kmsKeyId: KEY })],
    expect: { '123456789012': { status: 'COMPLIANT', messageId: 'secure' } },
  },
  {
    name: 'config: a recorded trail without a key',
    items: [accountItem({ trails: [] }), trailItem('plain', { isMultiRegionTrail: true, logFileValidationEnabled: true })],
    expect: { '123456789012': { status: 'NON_COMPLIANT', messageId: 'noneQualifies' } },
  },
  {
    name: 'config: custom selectors Config does not record',
    items: [accountItem({ trails: [] }), trailItem('custom', { isMultiRegionTrail: true, logFileValidationEnabled: true, kmsKeyId: KEY, hasCustomEventSelectors: true })],
    expect: { '123456789012': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' } },
  },
] satisfies RuleCase[];
