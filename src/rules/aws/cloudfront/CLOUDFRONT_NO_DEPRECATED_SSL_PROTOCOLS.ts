import { defineRule } from '../../define.js';
import { customOrigins, judgeParts, unknownFindings, where, type Finding } from '../../lib/cloudfront.js';
import { listSetting } from '../../lib/settings.js';
import { isUnknown, unknown } from '../../../model/unknown.js';
import { distribution } from './examples.js';

export default defineRule({
  meta: {
    id: 'CLOUDFRONT_NO_DEPRECATED_SSL_PROTOCOLS',
    title: 'CloudFront distributions do not use SSLv3 with custom origins',
    description:
      'Checks that no custom origin of an Amazon CloudFront distribution lists SSLv3 in OriginSSLProtocols, the protocols CloudFront may use for HTTPS to the origin. SSL 3.0 is deprecated and broken (POODLE). CloudFormation does not document which protocols apply when OriginSSLProtocols is left out, so that is not decided.',
    severity: 'medium',
    resourceTypes: ['AWS::CloudFront::Distribution'],
    managedRule: 'cloudfront-no-deprecated-ssl-protocols',
    frameworks: { FSBP: ['CloudFront.10'], 'NIST-800-53-r5': ['AC-17(2)', 'AC-4', 'IA-5(1)', 'SC-12(3)', 'SC-13', 'SC-23', 'SC-7(4)', 'SC-8', 'SC-8(1)', 'SC-8(2)', 'SI-7(6)'] },
    messages: {
      noSslv3: 'No custom origin of distribution {{id}} allows SSLv3.',
      sslv3: 'Custom origin {{where}} of distribution {{id}} allows SSLv3 (OriginSSLProtocols).',
      unknownProtocols: 'Whether custom origin {{where}} of distribution {{id}} allows SSLv3 is not known before deployment ({{reason}}).',
    },
    remediation: 'Remove `SSLv3` from `OriginSSLProtocols` of every `CustomOriginConfig` (use `TLSv1.2`).',
    examples: {
      noncompliant: [{ cloudformation: distribution({ sslProtocols: 'TLSv1.2, SSLv3' }) }],
      compliant: [{ cloudformation: distribution() }],
    },
  },
  check(site) {
    const origins = customOrigins(site);
    const findings: Finding[] = origins.parts.map(({ path }) => {
      const protocolsPath = [...path, 'OriginSSLProtocols'];
      const protocols = listSetting(site, protocolsPath);
      const data = { where: where(path) };
      if (protocols === undefined) return { path, outcome: unknown('OriginSSLProtocols is not set, and the protocols CloudFront then allows are not documented'), data };
      if (isUnknown(protocols)) return { path: protocolsPath, outcome: protocols, data };
      if (protocols.includes('SSLv3')) return { path: protocolsPath, outcome: false, data };
      // A listed protocol chosen at deployment may be SSLv3.
      const undecided = protocols.find(isUnknown);
      return { path: protocolsPath, outcome: undecided ?? true, data };
    });
    return judgeParts([...findings, ...unknownFindings(origins)], { pass: 'noSslv3', fail: 'sslv3', unknown: 'unknownProtocols' });
  },
});
