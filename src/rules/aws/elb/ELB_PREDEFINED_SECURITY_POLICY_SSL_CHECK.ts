import { compliant, defineRule, insufficientData, nonCompliant, notApplicable } from '../../define.js';
import type { Resource } from '../../../model/resource.js';
import { classicListeners, type ClassicListener } from '../../lib/load-balancers.js';
import { isUnknown, unknown, type Unknown } from '../../../model/unknown.js';
import { isObject, type Value, type ValueObject } from '../../../model/value.js';
import { CLASSIC, HTTPS_LISTENER } from './examples.js';

interface Params {
  predefinedPolicyName?: string;
}

const ENCRYPTED = new Set(['HTTPS', 'SSL']);
/** What a new HTTPS or SSL listener negotiates with when no policy is given. */
const SERVICE_DEFAULT = 'ELBSecurityPolicy-2016-08';

/** The security policy a listener negotiates with: a predefined policy's name, `custom`, or an Unknown. */
type Negotiation = { kind: 'predefined'; name: string } | { kind: 'custom'; policy: string } | Unknown;

function entries(value: Value | undefined): ValueObject[] {
  return Array.isArray(value) ? value.filter(isObject) : [];
}

function negotiation(balancer: Resource, listener: ClassicListener): Negotiation {
  const policies = balancer.properties.Policies;
  if (isUnknown(policies)) return policies;
  const declared = entries(policies);
  const stickiness = new Set([...entries(balancer.properties.AppCookieStickinessPolicy), ...entries(balancer.properties.LBCookieStickinessPolicy)].map((policy) => policy.PolicyName));
  const names = listener.policyNames;
  if (isUnknown(names)) return names;
  const attached: Value[] = Array.isArray(names) ? [...names] : [];
  // CloudFormation can also attach a policy to a listener through the policy's LoadBalancerPorts.
  for (const policy of declared) {
    const ports = policy.LoadBalancerPorts;
    if (isUnknown(ports) || (Array.isArray(ports) && ports.some(isUnknown))) return unknown(`the LoadBalancerPorts of policy ${JSON.stringify(policy.PolicyName)} are not known before deployment`);
    if (Array.isArray(ports) && ports.some((port) => String(port) === String(listener.port))) attached.push(policy.PolicyName ?? null);
  }
  let open: Unknown | undefined;
  for (const name of attached) {
    if (isUnknown(name)) {
      open ??= name;
      continue;
    }
    if (typeof name !== 'string' || stickiness.has(name)) continue;
    const policy = declared.find((candidate) => candidate.PolicyName === name);
    if (!policy) {
      if (name.startsWith('ELBSecurityPolicy-')) return { kind: 'predefined', name };
      open ??= unknown(`policy ${name} is not declared with the load balancer`);
      continue;
    }
    const type = policy.PolicyType;
    if (isUnknown(type)) {
      open ??= type;
      continue;
    }
    if (typeof type !== 'string' || !/^SSLNegotiationPolicyType$/i.test(type)) continue;
    const attributes = policy.Attributes;
    if (isUnknown(attributes)) return attributes;
    const reference = entries(attributes).find((attribute) => attribute.Name === 'Reference-Security-Policy')?.Value;
    if (isUnknown(reference)) return reference;
    return typeof reference === 'string' && reference !== '' ? { kind: 'predefined', name: reference } : { kind: 'custom', policy: name };
  }
  return open ?? { kind: 'predefined', name: SERVICE_DEFAULT };
}

export default defineRule<Params>({
  meta: {
    id: 'ELB_PREDEFINED_SECURITY_POLICY_SSL_CHECK',
    title: 'Classic Load Balancer TLS listeners use the predefined security policy',
    description:
      'Checks that every HTTPS and SSL listener of a Classic Load Balancer negotiates with the given predefined security policy (its SSLNegotiationPolicyType policy\'s Reference-Security-Policy; ELBSecurityPolicy-2016-08 when the listener has none), not an older or custom set of protocols and ciphers.',
    severity: 'medium',
    resourceTypes: ['AWS::ElasticLoadBalancing::LoadBalancer'],
    managedRule: 'elb-predefined-security-policy-ssl-check',
    frameworks: {
      FSBP: ['ELB.8'],
      'NIST-800-53-r5': ['AC-17(2)', 'AC-4', 'IA-5(1)', 'SC-12(3)', 'SC-13', 'SC-23', 'SC-23(3)', 'SC-7(4)', 'SC-8', 'SC-8(1)', 'SC-8(2)', 'SI-7(6)'],
      'PCI-DSS-v3.2.1': ['2.3', '4.1', '8.2.1'],
    },
    parameters: {
      predefinedPolicyName: {
        type: 'string',
        description: "The predefined security policy TLS listeners must use (AWS Config requires it; the default is Security Hub's).",
        default: 'ELBSecurityPolicy-TLS-1-2-2017-01',
      },
    },
    messages: {
      predefined: 'Every HTTPS and SSL listener of load balancer {{id}} uses {{expected}}.',
      otherPolicy: 'The {{protocol}} listener on port {{port}} of load balancer {{id}} uses {{actual}}, not {{expected}}.',
      noTls: 'Load balancer {{id}} has no HTTPS or SSL listener.',
      unknownPolicy: 'Which security policy every HTTPS and SSL listener of load balancer {{id}} uses is not known before deployment ({{reason}}).',
    },
    remediation:
      'Add a policy `{ PolicyName: tls-policy, PolicyType: SSLNegotiationPolicyType, Attributes: [{ Name: Reference-Security-Policy, Value: ELBSecurityPolicy-TLS-1-2-2017-01 }] }` to `Policies` and name it in each HTTPS or SSL listener\'s `PolicyNames` (Terraform: `aws_load_balancer_policy` and `aws_load_balancer_listener_policy`).',
    examples: {
      noncompliant: [{ cloudformation: `${CLASSIC}${HTTPS_LISTENER}` }],
      compliant: [
        {
          cloudformation: `${CLASSIC}${HTTPS_LISTENER}          PolicyNames: [tls-policy]\n      Policies:\n        - PolicyName: tls-policy\n          PolicyType: SSLNegotiationPolicyType\n          Attributes:\n            - Name: Reference-Security-Policy\n              Value: ELBSecurityPolicy-TLS-1-2-2017-01\n`,
        },
      ],
    },
  },
  check(balancer, { params }) {
    const expected = params.predefinedPolicyName ?? 'ELBSecurityPolicy-TLS-1-2-2017-01';
    const listeners = classicListeners(balancer);
    if (isUnknown(listeners)) return insufficientData('unknownPolicy', { reason: listeners.reason }, ['Listeners']);
    let open: { reason: string; index: number } | undefined;
    let encrypted = 0;
    for (const listener of listeners) {
      const protocol = listener.protocol;
      if (isUnknown(protocol)) {
        open ??= { reason: protocol.reason, index: listener.index };
        continue;
      }
      if (protocol === undefined || !ENCRYPTED.has(protocol)) continue;
      encrypted++;
      const used = negotiation(balancer, listener);
      if (isUnknown(used)) {
        open ??= { reason: used.reason, index: listener.index };
        continue;
      }
      if (used.kind === 'predefined' && used.name === expected) continue;
      const actual = used.kind === 'custom' ? `custom policy ${used.policy}` : used.name === SERVICE_DEFAULT && listener.policyNames === undefined ? `${SERVICE_DEFAULT} (the default)` : used.name;
      const port = typeof listener.port === 'string' || typeof listener.port === 'number' ? listener.port : '(not known)';
      return nonCompliant('otherPolicy', { protocol, port, actual, expected }, ['Listeners', listener.index]);
    }
    if (open) return insufficientData('unknownPolicy', { reason: open.reason }, ['Listeners', open.index]);
    return encrypted > 0 ? compliant('predefined', { expected }, ['Listeners']) : notApplicable('noTls', {}, listeners.length > 0 ? ['Listeners'] : []);
  },
});
