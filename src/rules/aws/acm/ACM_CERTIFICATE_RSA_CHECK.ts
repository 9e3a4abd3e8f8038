import { compliant, defineRule, insufficientData, nonCompliant, notApplicable } from '../../define.js';
import { isUnknown } from '../../../model/unknown.js';

const CERTIFICATE = (algorithm: string) => `Resources:
  Site:
    Type: AWS::CertificateManager::Certificate
    Properties:
      DomainName: www.example.com
      ValidationMethod: DNS
${algorithm}`;

/** `RSA_2048` (CloudFormation, Terraform) or `RSA-2048` (ACM's DescribeCertificate, Config). */
const RSA = /^RSA[_-](\d+)$/i;
const EC = /^EC[_-]/i;

export default defineRule({
  meta: {
    id: 'ACM_CERTIFICATE_RSA_CHECK',
    title: 'RSA certificates in ACM use keys of at least 2,048 bits',
    description:
      'Checks that an ACM certificate with an RSA key uses a key of at least 2,048 bits (KeyAlgorithm; RSA_2048 when a requested certificate does not name one). Certificates with elliptic-curve keys are not applicable. Shorter RSA keys can be broken with affordable computing power.',
    severity: 'high',
    resourceTypes: ['AWS::CertificateManager::Certificate'],
    managedRule: 'acm-certificate-rsa-check',
    frameworks: { FSBP: ['ACM.2'] },
    messages: {
      strongKey: 'Certificate {{id}} uses an RSA key of {{bits}} bits.',
      weakKey: 'Certificate {{id}} uses an RSA key of {{bits}} bits, fewer than 2048.',
      notRsa: 'Certificate {{id}} does not use an RSA key ({{algorithm}}).',
      unknownKey: 'The key algorithm of certificate {{id}} is not known before deployment ({{reason}}).',
    },
    remediation: 'Request or import a certificate with an RSA key of at least 2,048 bits (or an elliptic-curve key) and replace the certificate with the short key; a key length can not be changed.',
    examples: {
      noncompliant: [{ title: 'a certificate record with a 1,024-bit key (only imported certificates can have one)', cloudformation: CERTIFICATE('      KeyAlgorithm: RSA_1024\n') }],
      compliant: [{ cloudformation: CERTIFICATE('') }],
    },
  },
  check(certificate) {
    const algorithm = certificate.properties.KeyAlgorithm;
    // ACM's default for a requested certificate.
    if (algorithm === undefined || algorithm === null) return compliant('strongKey', { bits: '2048 (the default)' }, []);
    if (isUnknown(algorithm)) return insufficientData('unknownKey', { reason: algorithm.reason }, ['KeyAlgorithm']);
    const text = typeof algorithm === 'string' ? algorithm.trim() : '';
    const rsa = RSA.exec(text);
    if (rsa) {
      const bits = Number(rsa[1]);
      return bits < 2048 ? nonCompliant('weakKey', { bits }, ['KeyAlgorithm']) : compliant('strongKey', { bits }, ['KeyAlgorithm']);
    }
    if (EC.test(text)) return notApplicable('notRsa', { algorithm: text }, ['KeyAlgorithm']);
    return insufficientData('unknownKey', { reason: `malformed: KeyAlgorithm is ${JSON.stringify(algorithm)}` }, ['KeyAlgorithm']);
  },
});
