import type { RuleCase } from '../../tester.js';
import { openSearchDomainItem } from './items.js';

export default [
  {
    name: 'config: fine-grained access control on and off; items without AdvancedSecurityOptions have it off',
    items: [
      openSearchDomainItem('enabled', { AdvancedSecurityOptions: { Enabled: true, InternalUserDatabaseEnabled: true, AnonymousAuthEnabled: false } }),
      openSearchDomainItem('disabled'),
      openSearchDomainItem('without-block', {}, ['AdvancedSecurityOptions']),
    ],
    expect: {
      enabled: 'COMPLIANT',
      disabled: { status: 'NON_COMPLIANT', messageId: 'disabled' },
      'without-block': { status: 'NON_COMPLIANT', messageId: 'disabled' },
    },
  },
] satisfies RuleCase[];
