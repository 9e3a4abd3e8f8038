import type { RuleCase } from '../../tester.js';
import { accessPointItem } from './items.js';

export default [
  {
    name: 'config: a sub-directory, the root, and no RootDirectory recorded',
    items: [accessPointItem('fsap-app', { RootDirectory: { Path: '/app' } }), accessPointItem('fsap-root', { RootDirectory: { Path: '/' } }), accessPointItem('fsap-unrecorded')],
    expect: {
      'fsap-app': 'COMPLIANT',
      'fsap-root': { status: 'NON_COMPLIANT', messageId: 'fileSystemRoot' },
      'fsap-unrecorded': { status: 'INSUFFICIENT_DATA', messageId: 'unknownRoot' },
    },
  },
] satisfies RuleCase[];
