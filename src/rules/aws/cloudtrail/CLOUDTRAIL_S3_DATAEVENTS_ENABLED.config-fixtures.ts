import type { RuleCase } from '../../tester.js';
import { trailItem } from './items.js';

export default [
  {
    name: 'config: the default selectors log no data events; custom selectors are not recorded',
    items: [trailItem('default'), trailItem('custom', { hasCustomEventSelectors: true })],
    expect: {
      default: { status: 'NON_COMPLIANT', messageId: 'noDataEvents' },
      custom: { status: 'INSUFFICIENT_DATA', messageId: 'unknownDataEvents' },
    },
  },
  {
    name: 'config: an item carrying GetEventSelectors output, every bucket and one bucket',
    items: [
      trailItem('all', { hasCustomEventSelectors: true, isLogging: true, eventSelectors: [{ readWriteType: 'All', includeManagementEvents: true, dataResources: [{ type: 'AWS::S3::Object', values: ['arn:aws:s3'] }] }] }),
      trailItem('one', { hasCustomEventSelectors: true, isLogging: true, eventSelectors: [{ readWriteType: 'All', includeManagementEvents: true, dataResources: [{ type: 'AWS::S3::Object', values: ['arn:aws:s3:::orders/'] }] }] }),
    ],
    expect: {
      all: 'COMPLIANT',
      one: { status: 'NON_COMPLIANT', messageId: 'noDataEvents' },
    },
  },
] satisfies RuleCase[];
