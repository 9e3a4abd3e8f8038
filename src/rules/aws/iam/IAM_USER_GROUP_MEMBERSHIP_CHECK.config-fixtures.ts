import { iamUserItem } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'config: users with and without groupList entries',
    items: [iamUserItem('johndoe', { groups: ['MyTestGroup'] }), iamUserItem('alone')],
    expect: {
      AIDAJOHNDOE: { status: 'COMPLIANT', messageIncludes: 'MyTestGroup' },
      AIDAALONE: { status: 'NON_COMPLIANT', messageId: 'noGroup' },
    },
  },
  {
    name: 'config: groupNames',
    params: { groupNames: 'MyTestGroup' },
    items: [iamUserItem('listed', { groups: ['MyTestGroup'] }), iamUserItem('other', { groups: ['developers'] })],
    expect: {
      AIDALISTED: 'COMPLIANT',
      AIDAOTHER: { status: 'NON_COMPLIANT', messageId: 'notInListedGroup' },
    },
  },
] satisfies RuleCase[];
