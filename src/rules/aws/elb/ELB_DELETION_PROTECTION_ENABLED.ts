import { defineRule } from '../../define.js';
import { booleanAttribute } from '../../lib/load-balancers.js';
import { judge } from '../../lib/settings.js';
import { APPLICATION } from './examples.js';

export default defineRule({
  meta: {
    id: 'ELB_DELETION_PROTECTION_ENABLED',
    title: 'Load balancers have deletion protection',
    description:
      'Checks that an Application, Network or Gateway Load Balancer has deletion protection enabled (the deletion_protection.enabled attribute; off when unset), so it can not be deleted by mistake.',
    severity: 'medium',
    resourceTypes: ['AWS::ElasticLoadBalancingV2::LoadBalancer'],
    managedRule: 'elb-deletion-protection-enabled',
    frameworks: { FSBP: ['ELB.6'], 'NIST-800-53-r5': ['CA-9(1)', 'CM-2', 'CM-2(2)', 'CM-3', 'SC-5(2)'] },
    messages: {
      enabled: 'Load balancer {{id}} has deletion protection enabled.',
      disabled: 'Load balancer {{id}} does not have deletion protection enabled (deletion_protection.enabled is {{actual}}).',
      unknownProtection: 'Whether load balancer {{id}} has deletion protection enabled is not known before deployment ({{reason}}).',
    },
    remediation: 'Add `{ Key: deletion_protection.enabled, Value: "true" }` to `LoadBalancerAttributes` (Terraform: `enable_deletion_protection = true`).',
    examples: {
      noncompliant: [{ cloudformation: APPLICATION }],
      compliant: [{ cloudformation: `${APPLICATION}      LoadBalancerAttributes:\n        - Key: deletion_protection.enabled\n          Value: "true"\n` }],
    },
  },
  check(balancer) {
    const { value, path, written } = booleanAttribute(balancer, 'deletion_protection.enabled', false);
    return judge(value, { pass: 'enabled', fail: 'disabled', unknown: 'unknownProtection' }, path, { actual: written ? String(value) : 'not set (default false)' });
  },
});
