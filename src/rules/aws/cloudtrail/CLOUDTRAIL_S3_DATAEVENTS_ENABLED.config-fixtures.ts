import type { RuleCase } from '../../tester.js';
import { accountItem, trailItem } from './items.js';

export default [
  {
    name: 'config: the default selectors log no data events; custom selectors are not recorded',
    items: [accountItem({ trails: [] }), trailItem('default', { isLogging: true })],
    expect: { '123456789012': { status: 'NON_COMPLIANT', messageId: 'noDataEvents' } },
  },
  {
    name: 'config: custom selectors a recorded item does not hold',
    items: [accountItem({ trails: [] }), trailItem('custom', { hasCustomEventSelectors: true })],
    expect: { '123456789012': { status: 'INSUFFICIENT_DATA', messageId: 'unknownDataEvents' } },
  },
  {
    name: 'config: an item carrying GetEventSelectors output for every bucket beside one for one bucket',
    items: [
      accountItem({ trails: [] }),
      trailItem('all', { hasCustomEventSelectors: true, isLogging: true, eventSelectors: [{ readWriteType: 'All', includeManagementEvents: true, dataResources: [{ type: 'AWS::S3::Object', values: ['arn:aws:s3'] }] }] }),
      trailItem('one', { hasCustomEventSelectors: true, isLogging: true, eventSelectors: [{ readWriteType: 'All', includeManagementEvents: true, dataResources: [{ type: 'AWS::S3::Object', values: ['arn:aws:s3:::orders/'] }] }] }),
    ],
    expect: { '123456789012': 'COMPLIANT' },
  },
  {
    name: 'config: an item carrying GetEventSelectors output for one bucket only',
    items: [
      accountItem({ trails: [] }),
      trailItem('one', { hasCustomEventSelectors: true, isLogging: true, eventSelectors: [{ readWriteType: 'All', includeManagementEvents: true, dataResources: [{ type: 'AWS::S3::Object', values: ['arn:aws:s3:::orders/'] }] }] }),
    ],
    expect: { '123456789012': { status: 'NON_COMPLIANT', messageId: 'noDataEvents' } },
  },
] satisfies RuleCase[];
