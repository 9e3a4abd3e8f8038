import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import type { PropertyPath, Resource } from '../../../model/resource.js';
import { isUnknown, unknown, type Unknown } from '../../../model/unknown.js';
import { isObject, type Value } from '../../../model/value.js';
import { APPLICATION } from './examples.js';

interface Params {
  minAvailabilityZones?: number;
}

/** How many subnets (one per Availability Zone) a list names: at least `certain`, at most `certain + maybe`. */
interface Count {
  certain: number;
  maybe: number;
  reason?: string;
}

function countSubnets(entries: Value[], subnetOf: (entry: Value) => Value | undefined): Count {
  const literal = new Set<string>();
  const count: Count = { certain: 0, maybe: 0 };
  for (const entry of entries) {
    const subnet = subnetOf(entry);
    if (typeof subnet === 'string') literal.add(subnet);
    else if (isUnknown(subnet) && subnet.mayBeAbsent) {
      count.maybe++;
      count.reason ??= subnet.reason;
    } else if (subnet !== undefined && subnet !== null) count.certain++;
  }
  count.certain += literal.size;
  return count;
}

/** The subnets of `SubnetMappings` or else `Subnets`, and the property they came from. */
function subnets(balancer: Resource): { count: Count | Unknown; path: PropertyPath } {
  const mappings = balancer.properties.SubnetMappings;
  // A load balancer has one or the other; a plan shows the one not configured as known after apply.
  const byMapping = Array.isArray(mappings) || (mappings !== undefined && mappings !== null && !Array.isArray(balancer.properties.Subnets));
  const value = byMapping ? mappings : balancer.properties.Subnets;
  const path: PropertyPath = [byMapping ? 'SubnetMappings' : 'Subnets'];
  const subnetOf = byMapping ? (entry: Value) => (isObject(entry) ? entry.SubnetId : entry) : (entry: Value) => entry;
  if (value === undefined || value === null) return { count: { certain: 0, maybe: 0 }, path: [] };
  if (isUnknown(value)) return { count: value, path };
  if (!Array.isArray(value)) return { count: unknown(`malformed: ${balancer.id} ${path[0]} should be a list, not ${JSON.stringify(value)}`), path };
  return { count: countSubnets(value, subnetOf), path };
}

export default defineRule<Params>({
  meta: {
    id: 'ELBV2_MULTIPLE_AZ',
    title: 'Load balancers span several Availability Zones',
    description:
      'Checks that an Application, Network or Gateway Load Balancer is mapped to at least the given number of Availability Zones (2 by default), counted from its subnets (Subnets or SubnetMappings, one subnet per zone), so it keeps serving when one zone fails.',
    severity: 'medium',
    resourceTypes: ['AWS::ElasticLoadBalancingV2::LoadBalancer'],
    managedRule: 'elbv2-multiple-az',
    frameworks: { FSBP: ['ELB.13'], 'NIST-800-53-r5': ['CP-10', 'CP-6(2)', 'SC-36', 'SC-5(2)', 'SI-13(5)'] },
    parameters: {
      minAvailabilityZones: { type: 'integer', description: 'The fewest Availability Zones a load balancer may be mapped to (2 to 10).', default: 2, minimum: 2, maximum: 10 },
    },
    messages: {
      enough: 'Load balancer {{id}} is mapped to {{count}} Availability Zones (at least {{minimum}}).',
      tooFew: 'Load balancer {{id}} is mapped to {{count}} Availability Zone(s), fewer than {{minimum}}.',
      unknownZones: 'How many Availability Zones load balancer {{id}} is mapped to is not known before deployment ({{reason}}).',
    },
    remediation: 'Give the load balancer subnets in at least two Availability Zones (`Subnets`, or `SubnetMappings` for static addresses).',
    examples: {
      noncompliant: [{ cloudformation: 'Resources:\n  Web:\n    Type: AWS::ElasticLoadBalancingV2::LoadBalancer\n    Properties:\n      Type: network\n      Subnets: [subnet-0a1b2c3d4e5f60001]\n' }],
      compliant: [{ cloudformation: APPLICATION }],
    },
  },
  check(balancer, { params }) {
    const minimum = params.minAvailabilityZones ?? 2;
    const { count, path } = subnets(balancer);
    if (isUnknown(count)) return insufficientData('unknownZones', { reason: count.reason }, path);
    if (count.certain >= minimum) return compliant('enough', { count: count.certain, minimum }, path);
    if (count.certain + count.maybe >= minimum) return insufficientData('unknownZones', { reason: (count as Count & { reason: string }).reason }, path);
    return nonCompliant('tooFew', { count: count.certain, minimum }, path);
  },
});

