import type { RuleCase } from '../../tester.js';
import { openSearchDomainItem } from './items.js';

const latest = { DomainEndpointOptions: { EnforceHTTPS: true, TLSSecurityPolicy: 'Policy-Min-TLS-1-2-PFS-2023-10', CustomEndpointEnabled: false } };
const tls10 = { DomainEndpointOptions: { EnforceHTTPS: true, TLSSecurityPolicy: 'Policy-Min-TLS-1-0-2019-07', CustomEndpointEnabled: false } };

export default [
  {
    name: 'config: HTTPS enforced, not enforced, and unrecorded',
    items: [openSearchDomainItem('https', tls10), openSearchDomainItem('http'), openSearchDomainItem('unrecorded', {}, ['DomainEndpointOptions'])],
    expect: {
      https: 'COMPLIANT',
      http: { status: 'NON_COMPLIANT', messageId: 'httpsNotRequired' },
      unrecorded: { status: 'INSUFFICIENT_DATA', messageId: 'unknownHttps' },
    },
  },
  {
    name: 'config: tlsPolicies as Security Hub sets it',
    params: { tlsPolicies: 'Policy-Min-TLS-1-2-PFS-2023-10' },
    items: [openSearchDomainItem('latest', latest), openSearchDomainItem('tls10', tls10)],
    expect: {
      latest: 'COMPLIANT',
      tls10: { status: 'NON_COMPLIANT', messageId: 'policyNotAllowed', messageIncludes: 'Policy-Min-TLS-1-0-2019-07' },
    },
  },
] satisfies RuleCase[];
