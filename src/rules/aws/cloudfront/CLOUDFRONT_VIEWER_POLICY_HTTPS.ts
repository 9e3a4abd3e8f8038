import { defineRule } from '../../define.js';
import { cacheBehaviors, choice, judgeParts, unknownFindings, where, type Finding } from '../../lib/cloudfront.js';
import { isUnknown } from '../../../model/unknown.js';
import { distribution } from './examples.js';

const POLICIES = ['allow-all', 'https-only', 'redirect-to-https'];

export default defineRule({
  meta: {
    id: 'CLOUDFRONT_VIEWER_POLICY_HTTPS',
    title: 'CloudFront distributions require HTTPS from viewers',
    description:
      'Checks that no cache behavior of an Amazon CloudFront distribution, the default one or an ordered one, has ViewerProtocolPolicy allow-all: viewers must use HTTPS (https-only) or be redirected to it (redirect-to-https), so requests and responses are not sent in clear text.',
    severity: 'medium',
    resourceTypes: ['AWS::CloudFront::Distribution'],
    managedRule: 'cloudfront-viewer-policy-https',
    frameworks: { FSBP: ['CloudFront.3'], 'NIST-800-53-r5': ['AC-17(2)', 'AC-4', 'IA-5(1)', 'SC-12(3)', 'SC-13', 'SC-23', 'SC-23(3)', 'SC-7(4)', 'SC-8', 'SC-8(1)', 'SC-8(2)', 'SI-7(6)'] },
    messages: {
      https: 'Every cache behavior of distribution {{id}} requires HTTPS or redirects to it.',
      allowAll: 'Cache behavior {{where}} of distribution {{id}} lets viewers use HTTP (ViewerProtocolPolicy allow-all).',
      unknownPolicy: 'Whether cache behavior {{where}} of distribution {{id}} requires HTTPS is not known before deployment ({{reason}}).',
    },
    remediation: 'Set `ViewerProtocolPolicy` to `redirect-to-https` or `https-only` on the default cache behavior and on every entry of `CacheBehaviors`.',
    examples: {
      noncompliant: [{ cloudformation: distribution({ viewer: 'allow-all' }) }],
      compliant: [{ cloudformation: distribution() }],
    },
  },
  check(site) {
    const behaviors = cacheBehaviors(site);
    const findings: Finding[] = behaviors.parts.map(({ path }) => {
      // CloudFront requires the policy on every behavior.
      const policy = choice(site, [...path, 'ViewerProtocolPolicy'], POLICIES, true);
      return { path: [...path, 'ViewerProtocolPolicy'], outcome: isUnknown(policy) ? policy : policy !== 'allow-all', data: { where: where(path) } };
    });
    return judgeParts([...findings, ...unknownFindings(behaviors)], { pass: 'https', fail: 'allowAll', unknown: 'unknownPolicy' });
  },
});
