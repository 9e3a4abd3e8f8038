import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import type { ResourceGraph } from '../../../model/graph.js';
import type { PropertyPath, Resource } from '../../../model/resource.js';
import { isUnknown, unknown, type Unknown } from '../../../model/unknown.js';
import type { Value } from '../../../model/value.js';
import { GROUP } from './examples.js';

interface Params {
  minAvailabilityZones?: number;
}

/** The zones a group spans: `certain` distinct ones, and up to `maybe` more that can not be told apart yet. */
interface Zones {
  certain: number;
  maybe: number;
  reason?: string;
  path: PropertyPath;
}

/** The zone of one `VPCZoneIdentifier` entry: a subnet of the document with a literal AvailabilityZone, else not known. */
function zoneOfSubnet(entry: Value, graph: ResourceGraph): string | Unknown {
  const subnet = graph.target(entry);
  const zone = subnet?.type === 'AWS::EC2::Subnet' ? subnet.properties.AvailabilityZone : undefined;
  if (typeof zone === 'string') return zone;
  if (isUnknown(zone)) return zone;
  return unknown(`the Availability Zone of subnet ${typeof entry === 'string' ? entry : isUnknown(entry) ? entry.reason : JSON.stringify(entry)} is not known from the input`);
}

function zonesOf(group: Resource, graph: ResourceGraph): Zones | Unknown {
  const zones = group.properties.AvailabilityZones;
  const subnets = group.properties.VPCZoneIdentifier;
  const byZone = zones !== undefined && zones !== null;
  const value = byZone ? zones : subnets;
  const path: PropertyPath = value === undefined || value === null ? [] : [byZone ? 'AvailabilityZones' : 'VPCZoneIdentifier'];
  if (value === undefined || value === null) return { certain: 0, maybe: 0, path };
  if (isUnknown(value)) return value;
  if (!Array.isArray(value)) return unknown(`malformed: ${group.id} ${path[0]} should be a list, not ${JSON.stringify(value)}`);
  const known = new Set<string>();
  const result: Zones = { certain: 0, maybe: 0, path };
  for (const entry of value) {
    if (entry === null) continue;
    const zone = byZone ? entry : zoneOfSubnet(entry, graph);
    if (typeof zone === 'string') known.add(zone);
    else {
      result.maybe++;
      result.reason ??= isUnknown(zone) ? zone.reason : `malformed: ${group.id} ${path[0]} has ${JSON.stringify(zone)}`;
    }
  }
  result.certain = known.size;
  return result;
}

export default defineRule<Params>({
  meta: {
    id: 'AUTOSCALING_MULTIPLE_AZ',
    title: 'Auto Scaling groups span several Availability Zones',
    description:
      'Checks that an Auto Scaling group spans at least the given number of Availability Zones (2 by default), counted from AvailabilityZones or, without it, from the zones of the subnets in VPCZoneIdentifier, so losing one zone does not take down every instance.',
    severity: 'medium',
    resourceTypes: ['AWS::AutoScaling::AutoScalingGroup'],
    managedRule: 'autoscaling-multiple-az',
    frameworks: { FSBP: ['AutoScaling.2'], 'NIST-800-53-r5': ['CP-10', 'CP-2(2)', 'CP-6(2)', 'SC-36', 'SC-5(2)', 'SI-13(5)'] },
    parameters: {
      minAvailabilityZones: { type: 'integer', description: 'The fewest Availability Zones a group may span.', default: 2, minimum: 1 },
    },
    messages: {
      enough: 'Auto Scaling group {{id}} spans {{count}} Availability Zones (at least {{minimum}}).',
      tooFew: 'Auto Scaling group {{id}} spans {{count}} Availability Zone(s), fewer than {{minimum}}.',
      unknownZones: 'How many Availability Zones Auto Scaling group {{id}} spans is not known before deployment ({{reason}}).',
    },
    remediation: 'List subnets of at least two Availability Zones in `VPCZoneIdentifier` (or at least two zones in `AvailabilityZones`).',
    examples: {
      noncompliant: [{ cloudformation: `${GROUP}      LaunchTemplate: { LaunchTemplateName: web, Version: "1" }\n      AvailabilityZones: [us-east-1a]\n` }],
      compliant: [{ cloudformation: `${GROUP}      LaunchTemplate: { LaunchTemplateName: web, Version: "1" }\n      AvailabilityZones: [us-east-1a, us-east-1b]\n` }],
    },
  },
  check(group, { params, graph }) {
    const minimum = params.minAvailabilityZones ?? 2;
    const zones = zonesOf(group, graph);
    if (isUnknown(zones)) return insufficientData('unknownZones', { reason: zones.reason }, []);
    if (zones.certain >= minimum) return compliant('enough', { count: zones.certain, minimum }, zones.path);
    if (zones.certain + zones.maybe >= minimum) return insufficientData('unknownZones', { reason: zones.reason ?? 'not known' }, zones.path);
    return nonCompliant('tooFew', { count: zones.certain + zones.maybe, minimum }, zones.path);
  },
});
