import type { RuleCase } from '../../tester.js';
import { accountItem, trailItem } from './items.js';

export default [
  {
    name: 'config: a multi-Region trail read as logging, with the default selectors',
    items: [accountItem({ trails: [] }), trailItem('main', { isMultiRegionTrail: true, isLogging: true })],
    expect: { '123456789012': { status: 'COMPLIANT', messageId: 'enabled' } },
  },
  {
    name: 'config: only a single-Region trail',
    items: [accountItem({ trails: [] }), trailItem('regional', { isLogging: true })],
    expect: { '123456789012': { status: 'NON_COMPLIANT', messageId: 'noneQualifies' } },
  },
  {
    name: 'config: a recorded multi-Region trail, whose logging Config does not record',
    items: [accountItem({ trails: [] }), trailItem('main', { isMultiRegionTrail: true })],
    expect: { '123456789012': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' } },
  },
] satisfies RuleCase[];
