import type { RuleCase } from '../../tester.js';
import { accessPointItem } from './items.js';

export default [
  {
    name: 'config: a POSIX user and none',
    items: [accessPointItem('fsap-enforced', { RootDirectory: { Path: '/app' }, PosixUser: { Uid: 1001, Gid: 1001, SecondaryGids: [] } }), accessPointItem('fsap-open', { RootDirectory: { Path: '/' } })],
    expect: {
      'fsap-enforced': 'COMPLIANT',
      'fsap-open': { status: 'NON_COMPLIANT', messageId: 'noIdentity' },
    },
  },
  {
    name: 'config: approvedUids against the recorded user',
    params: { approvedUids: '2000' },
    items: [accessPointItem('fsap-enforced', { PosixUser: { Uid: 1001, Gid: 1001 } })],
    expect: { 'fsap-enforced': { status: 'NON_COMPLIANT', messageId: 'notApproved' } },
  },
] satisfies RuleCase[];
