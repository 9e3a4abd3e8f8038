import { iamRoleItem, iamUserItem } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

const BOUNDARY = 'arn:aws:iam::123456789012:policy/developer-boundary';

export default [
  {
    name: 'config: users and roles with and without a permissions boundary',
    items: [iamUserItem('bounded', { boundary: BOUNDARY }), iamUserItem('free'), iamRoleItem('bounded-role', { boundary: BOUNDARY }), iamRoleItem('free-role')],
    expect: {
      AIDABOUNDED: { status: 'COMPLIANT', messageId: 'set' },
      AIDAFREE: { status: 'NON_COMPLIANT', messageId: 'missing' },
      AROABOUNDEDROLE: 'COMPLIANT',
      AROAFREEROLE: { status: 'NON_COMPLIANT', messageId: 'missing' },
    },
  },
] satisfies RuleCase[];
