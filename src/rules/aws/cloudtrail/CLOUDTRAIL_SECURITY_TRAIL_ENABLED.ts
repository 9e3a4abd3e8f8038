import { defineRule } from '../../define.js';
import { allChecks, judgeAccountTrails, managementEvents, trailFlag, trailNames, type TrailCheck } from '../../lib/cloudtrail.js';
import { misnamedKey } from '../../lib/encryption.js';
import type { ResourceGraph } from '../../../model/graph.js';
import { isUnknown } from '../../../model/unknown.js';
import type { Resource } from '../../../model/resource.js';
import { TRAIL } from './examples.js';

/** Reads and writes of every management event source. */
function recordsAllManagementEvents(trail: Resource): TrailCheck {
  const events = managementEvents(trail);
  const path = trail.properties.AdvancedEventSelectors !== undefined ? ['AdvancedEventSelectors'] : ['EventSelectors'];
  if (isUnknown(events)) return { ok: 'unknown', reason: events.reason, path };
  if (!events.read || !events.write) return { ok: false, why: `it does not record management ${events.read ? 'writes' : events.write ? 'reads' : 'events'}`, path };
  if (events.excludes) return { ok: false, why: 'it leaves some management event sources out', path };
  return { ok: true };
}

function encrypted(trail: Resource, graph: ResourceGraph): TrailCheck {
  const set = trailNames(trail, 'KMSKeyId');
  if (isUnknown(set)) return { ok: 'unknown', reason: set.reason, path: ['KMSKeyId'] };
  const misnamed = set ? misnamedKey(trail, trail.properties.KMSKeyId, graph) : undefined;
  if (misnamed) return { ok: 'unknown', reason: misnamed.reason, path: ['KMSKeyId'] };
  return set ? { ok: true } : { ok: false, why: 'it is not encrypted with a KMS key', path: [] };
}

const SECURE = `${TRAIL}      IsMultiRegionTrail: true\n      IncludeGlobalServiceEvents: true\n      EnableLogFileValidation: true\n      KMSKeyId: arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab\n`;

export default defineRule({
  meta: {
    id: 'CLOUDTRAIL_SECURITY_TRAIL_ENABLED',
    title: 'The account has a CloudTrail trail set up with security best practices',
    description:
      'Checks that the account has at least one AWS CloudTrail trail that records global service events, is multi-Region, validates its log files, is encrypted with a KMS key, and records all management events, reads and writes, with no event source left out. A template or plan that declares no trail says nothing about the account; one that declares trails is judged by them.',
    severity: 'medium',
    resourceTypes: ['AWS::::Account'],
    managedRule: 'cloudtrail-security-trail-enabled',
    messages: {
      secure: 'Trail {{trail}} follows the security best practices.',
      noTrail: 'The account has no CloudTrail trail.',
      noneQualifies: 'No trail of the account follows the security best practices: {{trail}}: {{why}}.',
      undeclared: 'This input declares no CloudTrail trail, and says nothing about the account.',
      unknown: 'Whether a trail of the account follows the security best practices is not known ({{reason}}).',
    },
    remediation:
      'Give one trail `IsMultiRegionTrail: true`, `IncludeGlobalServiceEvents: true`, `EnableLogFileValidation: true` and a `KMSKeyId`, and let it record all management events (no event selectors, or `ReadWriteType: All` with management events included and no excluded sources).',
    examples: {
      noncompliant: [{ cloudformation: `${TRAIL}      IsMultiRegionTrail: true\n` }],
      compliant: [{ cloudformation: SECURE }],
    },
  },
  check(account, { graph }) {
    const qualifies = (trail: Resource) =>
      allChecks([
        () => trailFlag(trail, 'IncludeGlobalServiceEvents', true, 'it does not record global service events'),
        () => trailFlag(trail, 'IsMultiRegionTrail', false, 'it is not multi-Region'),
        () => trailFlag(trail, 'EnableLogFileValidation', false, 'it does not validate its log files'),
        () => encrypted(trail, graph),
        () => recordsAllManagementEvents(trail),
      ]);
    return judgeAccountTrails(account, graph, qualifies, { pass: 'secure', noTrail: 'noTrail', noneQualifies: 'noneQualifies', undeclared: 'undeclared', unknown: 'unknown' });
  },
});
