import { iamRoleItem, iamUserItem } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'config: AdministratorAccess on a user (the RDK item shape) and on an excepted role; a user with ReadOnlyAccess',
    params: { exceptionList: 'roles:[breakglass]' },
    items: [
      iamUserItem('johndoe', { managed: ['arn:aws:iam::aws:policy/AdministratorAccess'], groups: ['MyTestGroup'] }),
      iamRoleItem('breakglass', { managed: ['arn:aws:iam::aws:policy/AdministratorAccess'] }),
      iamUserItem('reader', { managed: ['arn:aws:iam::aws:policy/ReadOnlyAccess'] }),
    ],
    expect: {
      AIDAJOHNDOE: { status: 'NON_COMPLIANT', messageId: 'blockedPolicy' },
      AROABREAKGLASS: { status: 'NOT_APPLICABLE', messageId: 'excepted' },
      AIDAREADER: 'COMPLIANT',
    },
  },
] satisfies RuleCase[];
