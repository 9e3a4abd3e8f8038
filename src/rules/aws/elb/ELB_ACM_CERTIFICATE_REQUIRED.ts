import { compliant, defineRule, insufficientData, nonCompliant, notApplicable } from '../../define.js';
import type { ResourceGraph } from '../../../model/graph.js';
import { classicListeners } from '../../lib/load-balancers.js';
import { isUnknown, unknown, type Unknown } from '../../../model/unknown.js';
import type { Value } from '../../../model/value.js';
import { CLASSIC, HTTPS_LISTENER } from './examples.js';

const ENCRYPTED = new Set(['HTTPS', 'SSL']);
const ACM_ARN = /^arn:[\w-]+:acm:/;
const TERRAFORM_ACM = /(^|\.)(data\.)?aws_acm_certificate(_validation)?\./;
const TERRAFORM_IAM = /(^|\.)(data\.)?aws_iam_server_certificate\./;

/** Whether a listener's certificate comes from ACM: an ACM ARN, or a certificate of the document. */
function fromAcm(certificate: Value | undefined, graph: ResourceGraph): boolean | Unknown {
  if (certificate === undefined || certificate === null || certificate === '') return false;
  if (typeof certificate === 'string') return ACM_ARN.test(certificate);
  const target = graph.target(certificate);
  if (target) return target.type === 'AWS::CertificateManager::Certificate';
  // A Terraform reference names its resource type even when the type is not read as a resource.
  const address = isUnknown(certificate) ? certificate.ref?.resource : undefined;
  if (address !== undefined && TERRAFORM_ACM.test(address)) return true;
  if (address !== undefined && TERRAFORM_IAM.test(address)) return false;
  return isUnknown(certificate) ? certificate : unknown(`malformed: SSLCertificateId should be an ARN, not ${JSON.stringify(certificate)}`);
}

export default defineRule({
  meta: {
    id: 'ELB_ACM_CERTIFICATE_REQUIRED',
    title: 'Classic Load Balancers use certificates from ACM',
    description:
      'Checks that the HTTPS and SSL listeners of a Classic Load Balancer use certificates from AWS Certificate Manager (an ACM ARN, or an AWS::CertificateManager::Certificate of the template), which ACM renews before they expire, rather than IAM server certificates. A load balancer without HTTPS or SSL listeners is not applicable.',
    severity: 'medium',
    resourceTypes: ['AWS::ElasticLoadBalancing::LoadBalancer'],
    managedRule: 'elb-acm-certificate-required',
    frameworks: {
      FSBP: ['ELB.2'],
      'NIST-800-53-r5': ['AC-17(2)', 'AC-4', 'IA-5(1)', 'SC-12(3)', 'SC-13', 'SC-23', 'SC-23(5)', 'SC-7(4)', 'SC-8', 'SC-8(1)', 'SC-8(2)', 'SI-7(6)'],
      'PCI-DSS-v3.2.1': ['4.1', '8.2.1'],
    },
    messages: {
      acm: 'Every HTTPS and SSL listener of load balancer {{id}} uses a certificate from ACM.',
      notAcm: 'The {{protocol}} listener on port {{port}} of load balancer {{id}} uses {{certificate}}, not a certificate from ACM.',
      noTls: 'Load balancer {{id}} has no HTTPS or SSL listener.',
      unknownCertificate: 'Whether every HTTPS and SSL listener of load balancer {{id}} uses a certificate from ACM is not known before deployment ({{reason}}).',
    },
    remediation: 'Request or import the certificate in AWS Certificate Manager and give its ARN as the listener\'s `SSLCertificateId`.',
    examples: {
      noncompliant: [{ cloudformation: `${CLASSIC}${HTTPS_LISTENER.replace(/arn:aws:acm:[^\n]+/, 'arn:aws:iam::123456789012:server-certificate/web')}` }],
      compliant: [{ cloudformation: `${CLASSIC}${HTTPS_LISTENER}` }],
    },
  },
  check(balancer, { graph }) {
    const listeners = classicListeners(balancer);
    if (isUnknown(listeners)) return insufficientData('unknownCertificate', { reason: listeners.reason }, ['Listeners']);
    let open: { reason: string; index: number } | undefined;
    let encrypted = 0;
    let undecided: string | undefined;
    for (const listener of listeners) {
      const protocol = listener.protocol;
      if (!isUnknown(protocol) && (protocol === undefined || !ENCRYPTED.has(protocol))) continue;
      if (isUnknown(protocol)) undecided ??= protocol.reason;
      else encrypted++;
      const acm = fromAcm(listener.certificate, graph);
      if (acm === true) continue;
      if (acm === false && !isUnknown(protocol)) {
        const written = listener.certificate;
        const certificate = typeof written === 'string' && written !== '' ? written : isUnknown(written) ? written.reason : 'no certificate';
        const port = typeof listener.port === 'string' || typeof listener.port === 'number' ? listener.port : '(not known)';
        return nonCompliant('notAcm', { protocol, port, certificate }, ['Listeners', listener.index, 'SSLCertificateId']);
      }
      open ??= { reason: isUnknown(acm) ? acm.reason : (protocol as Unknown).reason, index: listener.index };
    }
    if (open) return insufficientData('unknownCertificate', { reason: open.reason }, ['Listeners', open.index]);
    // Whether the rule applies at all rests on a protocol known only at deployment.
    if (encrypted === 0 && undecided !== undefined) return insufficientData('unknownCertificate', { reason: undecided }, ['Listeners']);
    return encrypted > 0 ? compliant('acm', {}, ['Listeners']) : notApplicable('noTls', {}, listeners.length > 0 ? ['Listeners'] : []);
  },
});
