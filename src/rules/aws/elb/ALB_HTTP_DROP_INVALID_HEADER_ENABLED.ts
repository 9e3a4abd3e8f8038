import { defineRule, insufficientData, notApplicable } from '../../define.js';
import { booleanAttribute, loadBalancerType } from '../../lib/load-balancers.js';
import { judge } from '../../lib/settings.js';
import { isUnknown } from '../../../model/unknown.js';
import { APPLICATION } from './examples.js';

export default defineRule({
  meta: {
    id: 'ALB_HTTP_DROP_INVALID_HEADER_ENABLED',
    title: 'Application Load Balancers drop invalid HTTP headers',
    description:
      'Checks that an Application Load Balancer drops HTTP headers that are not valid (the routing.http.drop_invalid_header_fields.enabled attribute; off when unset), which closes a path for HTTP desync and header-smuggling attacks.',
    severity: 'medium',
    resourceTypes: ['AWS::ElasticLoadBalancingV2::LoadBalancer'],
    managedRule: 'alb-http-drop-invalid-header-enabled',
    frameworks: { FSBP: ['ELB.4'], 'NIST-800-53-r5': ['SC-7(4)', 'SC-8(2)'], 'PCI-DSS-v3.2.1': ['4.1', '8.2.1'] },
    messages: {
      enabled: 'Application Load Balancer {{id}} drops invalid HTTP headers.',
      disabled: 'Application Load Balancer {{id}} does not drop invalid HTTP headers (routing.http.drop_invalid_header_fields.enabled is {{actual}}).',
      unknownHeaders: 'Whether Application Load Balancer {{id}} drops invalid HTTP headers is not known before deployment ({{reason}}).',
      notApplication: 'Load balancer {{id}} is a {{type}} load balancer; only Application Load Balancers handle HTTP headers.',
      unknownType: 'Whether load balancer {{id}} is an Application Load Balancer is not known before deployment ({{reason}}).',
    },
    remediation: 'Add `{ Key: routing.http.drop_invalid_header_fields.enabled, Value: "true" }` to `LoadBalancerAttributes` (Terraform: `drop_invalid_header_fields = true`).',
    examples: {
      noncompliant: [{ cloudformation: APPLICATION }],
      compliant: [{ cloudformation: `${APPLICATION}      LoadBalancerAttributes:\n        - Key: routing.http.drop_invalid_header_fields.enabled\n          Value: "true"\n` }],
    },
  },
  check(balancer) {
    const type = loadBalancerType(balancer);
    if (isUnknown(type)) return insufficientData('unknownType', { reason: type.reason }, ['Type']);
    if (type !== 'application') return notApplicable('notApplication', { type }, ['Type']);
    const { value, path, written } = booleanAttribute(balancer, 'routing.http.drop_invalid_header_fields.enabled', false);
    return judge(value, { pass: 'enabled', fail: 'disabled', unknown: 'unknownHeaders' }, path, { actual: written ? String(value) : 'not set (default false)' });
  },
});
