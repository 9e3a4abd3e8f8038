import { compliant, defineRule, insufficientData, nonCompliant, notApplicable } from '../../define.js';
import { loadBalancerAttribute, loadBalancerType } from '../../lib/load-balancers.js';
import { isUnknown } from '../../../model/unknown.js';
import { APPLICATION } from './examples.js';

interface Params {
  desyncMode?: string[];
}

const KEY = 'routing.http.desync_mitigation_mode';

export default defineRule<Params>({
  meta: {
    id: 'ALB_DESYNC_MODE_CHECK',
    title: 'Application Load Balancers mitigate HTTP desync',
    description:
      'Checks that an Application Load Balancer handles requests that may be used for HTTP desync (request smuggling) in one of the allowed modes (the routing.http.desync_mitigation_mode attribute; defensive when unset).',
    severity: 'medium',
    resourceTypes: ['AWS::ElasticLoadBalancingV2::LoadBalancer'],
    managedRule: 'alb-desync-mode-check',
    frameworks: { FSBP: ['ELB.12'], 'NIST-800-53-r5': ['AC-4(21)', 'CA-9(1)', 'CM-2'] },
    parameters: {
      desyncMode: {
        type: 'string-list',
        description: "The allowed modes, up to two of monitor, defensive and strictest (AWS Config requires it; the default is Security Hub's: defensive and strictest).",
        default: ['defensive', 'strictest'],
      },
    },
    messages: {
      allowed: 'Application Load Balancer {{id}} mitigates HTTP desync in {{mode}} mode.',
      otherMode: 'Application Load Balancer {{id}} mitigates HTTP desync in {{mode}} mode, not {{expected}}.',
      unknownMode: 'The desync mitigation mode of Application Load Balancer {{id}} is not known before deployment ({{reason}}).',
      notApplication: 'Load balancer {{id}} is a {{type}} load balancer; only Application Load Balancers have a desync mitigation mode.',
      unknownType: 'Whether load balancer {{id}} is an Application Load Balancer is not known before deployment ({{reason}}).',
    },
    remediation: 'Set `routing.http.desync_mitigation_mode` to `defensive` or `strictest` in `LoadBalancerAttributes` (Terraform: `desync_mitigation_mode`), or leave it unset (defensive).',
    examples: {
      noncompliant: [{ cloudformation: `${APPLICATION}      LoadBalancerAttributes:\n        - Key: ${KEY}\n          Value: monitor\n` }],
      compliant: [{ cloudformation: APPLICATION }],
    },
  },
  check(balancer, { params }) {
    const type = loadBalancerType(balancer);
    if (isUnknown(type)) return insufficientData('unknownType', { reason: type.reason }, ['Type']);
    if (type !== 'application') return notApplicable('notApplication', { type }, ['Type']);
    const expected = (params.desyncMode ?? ['defensive', 'strictest']).map((mode) => mode.trim().toLowerCase());
    const { value, path } = loadBalancerAttribute(balancer, KEY);
    if (isUnknown(value)) return insufficientData('unknownMode', { reason: value.reason }, path);
    const mode = value === undefined ? 'defensive' : value.trim().toLowerCase();
    const shown = value === undefined ? 'defensive (the default)' : mode;
    if (expected.includes(mode)) return compliant('allowed', { mode: shown }, path);
    return nonCompliant('otherMode', { mode: shown, expected: expected.join(' or ') }, path);
  },
});
