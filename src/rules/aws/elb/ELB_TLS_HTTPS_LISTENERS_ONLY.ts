import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import { classicListeners } from '../../lib/load-balancers.js';
import { isUnknown } from '../../../model/unknown.js';
import { CLASSIC, HTTP_LISTENER, HTTPS_LISTENER } from './examples.js';

const ENCRYPTED = new Set(['HTTPS', 'SSL']);

export default defineRule({
  meta: {
    id: 'ELB_TLS_HTTPS_LISTENERS_ONLY',
    title: 'Classic Load Balancers listen only over HTTPS or SSL',
    description: 'Checks that every listener of a Classic Load Balancer uses the HTTPS or SSL protocol, so traffic from clients is encrypted in transit.',
    severity: 'medium',
    resourceTypes: ['AWS::ElasticLoadBalancing::LoadBalancer'],
    managedRule: 'elb-tls-https-listeners-only',
    frameworks: {
      FSBP: ['ELB.3'],
      'NIST-800-53-r5': ['AC-17(2)', 'AC-4', 'IA-5(1)', 'SC-12(3)', 'SC-13', 'SC-23', 'SC-23(3)', 'SC-7(4)', 'SC-8', 'SC-8(1)', 'SC-8(2)', 'SI-7(6)'],
      'PCI-DSS-v3.2.1': ['2.3', '4.1', '8.2.1'],
    },
    messages: {
      encrypted: 'Every listener of load balancer {{id}} uses HTTPS or SSL.',
      plaintext: 'Load balancer {{id}} has a listener on port {{port}} with protocol {{protocol}}, not HTTPS or SSL.',
      unknownListeners: 'Whether every listener of load balancer {{id}} uses HTTPS or SSL is not known before deployment ({{reason}}).',
    },
    remediation: 'Give every listener `Protocol: HTTPS` (or `SSL` for TCP traffic) with an `SSLCertificateId`; redirect or drop plain HTTP and TCP listeners.',
    examples: {
      noncompliant: [{ cloudformation: `${CLASSIC}${HTTP_LISTENER}` }],
      compliant: [{ cloudformation: `${CLASSIC}${HTTPS_LISTENER}` }],
    },
  },
  check(balancer) {
    const listeners = classicListeners(balancer);
    if (isUnknown(listeners)) return insufficientData('unknownListeners', { reason: listeners.reason }, ['Listeners']);
    let open: { reason: string; index: number } | undefined;
    for (const listener of listeners) {
      const protocol = listener.protocol;
      if (isUnknown(protocol)) {
        open ??= { reason: protocol.reason, index: listener.index };
        continue;
      }
      if (protocol === undefined || !ENCRYPTED.has(protocol)) {
        return nonCompliant('plaintext', { port: typeof listener.port === 'string' || typeof listener.port === 'number' ? listener.port : '(not known)', protocol: protocol ?? 'not set' }, ['Listeners', listener.index]);
      }
    }
    if (open) return insufficientData('unknownListeners', { reason: open.reason }, ['Listeners', open.index, 'Protocol']);
    return compliant('encrypted', {}, listeners.length > 0 ? ['Listeners'] : []);
  },
});
