import type { RuleCase } from '../../tester.js';
import { classicHttps, classicItem } from './items.js';

const ACM = 'arn:aws:acm:us-east-1:123456789012:certificate/0b0c1f22-7a4c-4d9e-a5c9-2f0d1e3b4a5c';
/** A policy as DescribeLoadBalancerPolicies reports it (the console names it after the predefined policy it references). */
const policy = (name: string, reference: string) => ({
  policyName: name,
  policyTypeName: 'SSLNegotiationPolicyType',
  policyAttributeDescriptions: [
    { attributeName: 'Reference-Security-Policy', attributeValue: reference },
    { attributeName: 'Protocol-TLSv1.2', attributeValue: 'true' },
  ],
});

export default [
  {
    name: 'config: the expected predefined policy, an older one, and no HTTPS listener',
    items: [
      classicItem('modern', { listenerDescriptions: [classicHttps(ACM, ['ELBSecurityPolicy-TLS-1-2-2017-01'])] }, { LoadBalancerPolicies: [policy('ELBSecurityPolicy-TLS-1-2-2017-01', 'ELBSecurityPolicy-TLS-1-2-2017-01')] }),
      classicItem('older', { listenerDescriptions: [classicHttps(ACM, ['ELBSecurityPolicy-2016-08'])] }, { LoadBalancerPolicies: [policy('ELBSecurityPolicy-2016-08', 'ELBSecurityPolicy-2016-08')] }),
      classicItem('plain'),
    ],
    expect: {
      modern: 'COMPLIANT',
      older: { status: 'NON_COMPLIANT', messageId: 'otherPolicy' },
      plain: { status: 'NOT_APPLICABLE', messageId: 'noTls' },
    },
  },
] satisfies RuleCase[];
