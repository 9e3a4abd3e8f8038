import { defineRule } from '../../define.js';
import type { Resource } from '../../../model/resource.js';
import { cacheBehaviors, choice, customOrigins, DISTRIBUTION_CONFIG, judgeParts, objectList, unknownFindings, where, type Finding, type Part, type Parts } from '../../lib/cloudfront.js';
import { stringSetting } from '../../lib/settings.js';
import { allOf } from '../../lib/tristate.js';
import { isUnknown, unknown, type Unknown } from '../../../model/unknown.js';
import { getPath } from '../../../model/value.js';
import { distribution } from './examples.js';

export default defineRule({
  meta: {
    id: 'CLOUDFRONT_TRAFFIC_TO_ORIGIN_ENCRYPTED',
    title: 'CloudFront distributions encrypt traffic to custom origins',
    description:
      'Checks that an Amazon CloudFront distribution reaches each custom origin over HTTPS: OriginProtocolPolicy http-only fails, and so does match-viewer when a cache behavior routing to that origin (directly or through an origin group) has ViewerProtocolPolicy allow-all, since viewers’ HTTP requests then travel to the origin unencrypted.',
    severity: 'medium',
    resourceTypes: ['AWS::CloudFront::Distribution'],
    managedRule: 'cloudfront-traffic-to-origin-encrypted',
    frameworks: { FSBP: ['CloudFront.9'], 'NIST-800-53-r5': ['AC-17(2)', 'AC-4', 'IA-5(1)', 'SC-12(3)', 'SC-13', 'SC-23', 'SC-23(3)', 'SC-7(4)', 'SC-8', 'SC-8(1)', 'SC-8(2)', 'SI-7(6)'] },
    messages: {
      encrypted: 'Distribution {{id}} reaches every custom origin over HTTPS.',
      httpOnly: 'Custom origin {{where}} of distribution {{id}} is reached over HTTP only (OriginProtocolPolicy http-only).',
      matchViewerAllowAll: 'Custom origin {{where}} of distribution {{id}} matches the viewer’s protocol, and cache behavior {{behavior}} routing to it allows HTTP (allow-all).',
      unknownOrigin: 'Whether distribution {{id}} reaches custom origin {{where}} over HTTPS is not known before deployment ({{reason}}).',
    },
    remediation: 'Set `OriginProtocolPolicy: https-only` on every `CustomOriginConfig`, or keep `match-viewer` only behind cache behaviors with `redirect-to-https` or `https-only`.',
    examples: {
      noncompliant: [{ cloudformation: distribution({ originPolicy: 'http-only' }) }],
      compliant: [{ cloudformation: distribution() }],
    },
  },
  check(site) {
    const origins = customOrigins(site);
    const behaviors = cacheBehaviors(site);
    const findings: Finding[] = origins.parts.flatMap((config): Finding[] => {
      const policyPath = [...config.path, 'OriginProtocolPolicy'];
      const policy = choice(site, policyPath, ['http-only', 'match-viewer', 'https-only'], true);
      const data = { where: where(config.path.slice(0, -1)), behavior: '' };
      if (isUnknown(policy)) return [{ path: policyPath, outcome: policy, data }];
      if (policy === 'http-only') return [{ path: policyPath, outcome: false, data }];
      if (policy === 'https-only') return [{ path: policyPath, outcome: true, data }];
      // match-viewer: as encrypted as the viewers routed to this origin.
      return [
        ...behaviors.parts.map((behavior): Finding => {
          const allowsHttp = allOf([routesTo(site, behavior, config), viewerAllowsHttp(site, behavior)]);
          return { path: policyPath, outcome: isUnknown(allowsHttp) ? allowsHttp : !allowsHttp, data: { ...data, behavior: where(behavior.path) } };
        }),
        ...unknownFindings(behaviors).map((finding) => ({ ...finding, path: policyPath, data: { ...data, behavior: where(finding.path) } })),
      ];
    });
    const verdicts = judgeParts([...findings, ...unknownFindings(origins, { behavior: '' })], { pass: 'encrypted', fail: 'httpOnly', unknown: 'unknownOrigin' });
    // A match-viewer origin fails through a behavior: say which.
    return verdicts.map((verdict) => (verdict.status === 'NON_COMPLIANT' && verdict.data?.behavior ? { ...verdict, messageId: 'matchViewerAllowAll' as const } : verdict));
  },
});

function viewerAllowsHttp(site: Resource, behavior: Part): boolean | Unknown {
  const policy = choice(site, [...behavior.path, 'ViewerProtocolPolicy'], ['allow-all', 'https-only', 'redirect-to-https'], true);
  return isUnknown(policy) ? policy : policy === 'allow-all';
}

/**
 * Whether a cache behavior sends requests to the origin holding `config`: its TargetOriginId names
 * the origin, or an origin group with the origin among its members. The legacy `CustomOrigin` is
 * the distribution's only origin.
 */
function routesTo(site: Resource, behavior: Part, config: Part): boolean | Unknown {
  if (config.path[1] === 'CustomOrigin') return true;
  const originId = stringSetting(site, [...config.path.slice(0, -1), 'Id']);
  const target = stringSetting(site, [...behavior.path, 'TargetOriginId']);
  if (isUnknown(target)) return target;
  if (isUnknown(originId)) return originId;
  if (target === undefined || originId === undefined) return unknown('a cache behavior or an origin has no Id to route by');
  if (target === originId) return true;
  return memberOfGroup(site, target, originId);
}

function memberOfGroup(site: Resource, groupId: string, originId: string): boolean | Unknown {
  const groups: Parts = objectList(site, [DISTRIBUTION_CONFIG, 'OriginGroups', 'Items']);
  const [undecided] = groups.unknowns;
  if (undecided) return undecided.unknown;
  const group = groups.parts.find((candidate) => candidate.value.Id === groupId);
  if (!group) return groups.parts.some((candidate) => isUnknown(candidate.value.Id)) ? unknown('an origin group Id is not known') : false;
  const members = getPath(group.value, ['Members', 'Items']);
  if (isUnknown(members)) return members;
  if (!Array.isArray(members)) return false;
  const ids = members.map((member) => getPath(member, ['OriginId']));
  if (ids.includes(originId)) return true;
  return ids.find(isUnknown) ?? false;
}
