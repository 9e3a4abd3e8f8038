import { compliant, defineRule, insufficientData, nonCompliant, notApplicable } from '../../define.js';
import { isUnknown } from '../../../model/unknown.js';

type MessageId = 'valid' | 'expiring' | 'expired' | 'notIssued' | 'unknownExpiry' | 'noClock';

const DAY = 24 * 60 * 60 * 1000;

/** Statuses in which ACM holds no validity period: a certificate never issued has no NotAfter. */
const NEVER_ISSUED = new Set(['PENDING_VALIDATION', 'FAILED', 'VALIDATION_TIMED_OUT']);

export default defineRule<{ daysToExpiration: number }, MessageId>({
  meta: {
    id: 'ACM_CERTIFICATE_EXPIRATION_CHECK',
    title: 'ACM certificates do not expire within the given number of days',
    description:
      'Checks that an ACM certificate does not expire (NotAfter) within daysToExpiration days of the evaluation. ACM renews the certificates it issues when it can, but not imported ones, and a renewal that fails validation leaves a certificate to run out. The expiry date exists only once a certificate is issued, so the rule needs live data.',
    severity: 'medium',
    resourceTypes: ['AWS::CertificateManager::Certificate'],
    managedRule: 'acm-certificate-expiration-check',
    frameworks: { FSBP: ['ACM.1'], 'NIST-800-53-r5': ['SC-28(3)', 'SC-7(16)'], 'PCI-DSS-v3.2.1': ['4.1'] },
    liveOnly: true,
    parameters: {
      daysToExpiration: { type: 'integer', description: 'Days before its expiry from which a certificate is flagged.', default: 14, minimum: 1 },
    },
    messages: {
      valid: 'Certificate {{id}} expires on {{notAfter}}, in {{days}} days.',
      expiring: 'Certificate {{id}} expires on {{notAfter}}, in {{days}} days: within {{limit}} days.',
      expired: 'Certificate {{id}} expired on {{notAfter}}.',
      notIssued: 'Certificate {{id}} has not been issued ({{status}}): it has no expiry date yet.',
      unknownExpiry: 'The expiry date of certificate {{id}} is not known ({{reason}}).',
      noClock: 'The evaluation of certificate {{id}} was given no time to measure the expiry from.',
    },
    remediation:
      'Renew the certificate: for an ACM-issued certificate, complete the pending domain validation (DNS validation renews on its own); for an imported one, re-import a new certificate under the same ARN before the old one expires.',
  },
  check(certificate, { params, now }) {
    const notAfter = certificate.observed?.NotAfter;
    const status = certificate.observed?.Status;
    if (notAfter === undefined || notAfter === null) {
      if (typeof status === 'string' && NEVER_ISSUED.has(status)) return notApplicable('notIssued', { status }, []);
      return insufficientData('unknownExpiry', { reason: 'the inventory does not record NotAfter' }, []);
    }
    if (isUnknown(notAfter)) return insufficientData('unknownExpiry', { reason: notAfter.reason }, []);
    const expiry = typeof notAfter === 'string' ? Date.parse(notAfter) : Number.NaN;
    if (Number.isNaN(expiry)) return insufficientData('unknownExpiry', { reason: `malformed: NotAfter is ${JSON.stringify(notAfter)}` }, []);
    if (now === undefined) return insufficientData('noClock', {}, []);
    const data = { notAfter: new Date(expiry).toISOString().slice(0, 10) };
    const remaining = expiry - now.getTime();
    if (remaining <= 0) return nonCompliant('expired', data, []);
    const days = Math.floor(remaining / DAY);
    return remaining <= params.daysToExpiration * DAY
      ? nonCompliant('expiring', { ...data, days, limit: params.daysToExpiration }, [])
      : compliant('valid', { ...data, days }, []);
  },
});
