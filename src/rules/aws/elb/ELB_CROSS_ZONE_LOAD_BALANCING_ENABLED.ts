import { defineRule } from '../../define.js';
import { judgeFlag } from '../../lib/settings.js';
import { CLASSIC, HTTPS_LISTENER } from './examples.js';

export default defineRule({
  meta: {
    id: 'ELB_CROSS_ZONE_LOAD_BALANCING_ENABLED',
    title: 'Classic Load Balancers balance across zones',
    description:
      'Checks that a Classic Load Balancer has cross-zone load balancing enabled (CrossZone; off when unset, as for every load balancer created through the API), so traffic is spread over the instances of all its Availability Zones and one zone losing instances does not overload the rest.',
    severity: 'medium',
    resourceTypes: ['AWS::ElasticLoadBalancing::LoadBalancer'],
    managedRule: 'elb-cross-zone-load-balancing-enabled',
    frameworks: { FSBP: ['ELB.9'], 'NIST-800-53-r5': ['CP-10', 'CP-6(2)', 'SC-36', 'SC-5(2)', 'SI-13(5)'] },
    messages: {
      enabled: 'Load balancer {{id}} balances across Availability Zones.',
      disabled: 'Load balancer {{id}} does not have cross-zone load balancing enabled (CrossZone is {{actual}}).',
      unknownCrossZone: 'Whether load balancer {{id}} balances across Availability Zones is not known before deployment ({{reason}}).',
    },
    remediation: 'Set `CrossZone: true` (Terraform: `cross_zone_load_balancing = true`, the provider default).',
    examples: {
      noncompliant: [{ cloudformation: `${CLASSIC}${HTTPS_LISTENER}` }],
      compliant: [{ cloudformation: `${CLASSIC}${HTTPS_LISTENER}      CrossZone: true\n` }],
    },
  },
  check(balancer) {
    return judgeFlag(balancer, ['CrossZone'], false, { pass: 'enabled', fail: 'disabled', unknown: 'unknownCrossZone' });
  },
});
