import type { RuleCase } from '../../tester.js';
import { accountItem, trailItem } from './items.js';

export default [
  {
    name: 'config: the account and a trail read as logging',
    items: [accountItem({ trails: [] }), trailItem('main', { isLogging: true })],
    expect: { '123456789012': { status: 'COMPLIANT', messageId: 'enabled' } },
  },
  {
    name: 'config: the account read with no trail',
    items: [accountItem({ trails: [] })],
    expect: { '123456789012': { status: 'NON_COMPLIANT', messageId: 'noTrail' } },
  },
  {
    name: 'config: a recorded trail item, which does not say whether it is logging',
    items: [accountItem({ trails: [] }), trailItem('main')],
    expect: { '123456789012': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' } },
  },
  {
    name: 'config: the trails could not be read',
    items: [accountItem({ unreadable: { trails: 'AccessDenied' } })],
    expect: { '123456789012': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' } },
  },
] satisfies RuleCase[];
