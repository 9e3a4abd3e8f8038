import { defineRule } from '../../define.js';
import { DISTRIBUTION_CONFIG, judgeParts, objectList, unknownFindings, where, type Finding } from '../../lib/cloudfront.js';
import { isUnknown } from '../../../model/unknown.js';
import { distribution } from './examples.js';

const GROUP = `        OriginGroups:
          Quantity: 1
          Items:
            - Id: failover
              FailoverCriteria: { StatusCodes: { Quantity: 2, Items: [500, 503] } }
              Members: { Quantity: 2, Items: [{ OriginId: api }, { OriginId: assets }] }
`;

export default defineRule({
  meta: {
    id: 'CLOUDFRONT_ORIGIN_FAILOVER_ENABLED',
    title: 'CloudFront distributions have origin failover',
    description:
      'Checks that an Amazon CloudFront distribution has an origin group with at least two origins (OriginGroups), so CloudFront fails over to the secondary origin when the primary one is unavailable or returns the listed errors.',
    severity: 'low',
    resourceTypes: ['AWS::CloudFront::Distribution'],
    managedRule: 'cloudfront-origin-failover-enabled',
    frameworks: { FSBP: ['CloudFront.4'], 'NIST-800-53-r5': ['CP-10', 'SC-36', 'SC-5(2)', 'SI-13(5)'] },
    messages: {
      failover: 'Distribution {{id}} fails over between the origins of origin group {{group}}.',
      noFailover: 'Distribution {{id}} has no origin group with two origins ({{found}}).',
      unknownGroups: 'Whether distribution {{id}} has an origin group with two origins is not known before deployment ({{reason}}).',
    },
    remediation: 'Add an origin group of two origins (`OriginGroups` with `Members` and `FailoverCriteria`) and point the cache behaviors’ `TargetOriginId` at it.',
    examples: {
      noncompliant: [{ cloudformation: distribution() }],
      compliant: [{ cloudformation: distribution({ extra: GROUP }) }],
    },
  },
  check(site) {
    const groups = objectList(site, [DISTRIBUTION_CONFIG, 'OriginGroups', 'Items']);
    const findings: Finding[] = groups.parts.map(({ path }) => {
      const members = objectList(site, [...path, 'Members', 'Items']);
      const count = members.parts.length;
      const [undecided] = members.unknowns;
      return { path, outcome: count >= 2 ? true : undecided ? undecided.unknown : false, data: { group: where(path) } };
    });
    const passing = findings.find((finding) => finding.outcome === true);
    if (passing) return judgeParts([passing], { pass: 'failover', fail: 'noFailover', unknown: 'unknownGroups' }, passing.path, passing.data);
    const undecided = [...findings.filter((finding) => isUnknown(finding.outcome)), ...unknownFindings(groups)];
    if (undecided.length > 0) return judgeParts(undecided, { pass: 'failover', fail: 'noFailover', unknown: 'unknownGroups' });
    const found = groups.parts.length === 0 ? 'no origin groups' : 'each origin group has fewer than two origins';
    return judgeParts([{ path: groups.parts.length === 0 ? [] : [DISTRIBUTION_CONFIG, 'OriginGroups'], outcome: false, data: { found } }], { pass: 'failover', fail: 'noFailover', unknown: 'unknownGroups' });
  },
});
