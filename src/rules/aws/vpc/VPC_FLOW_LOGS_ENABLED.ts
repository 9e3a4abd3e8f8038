import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import type { ResourceGraph } from '../../../model/graph.js';
import type { Resource } from '../../../model/resource.js';
import { existence } from '../../lib/certainty.js';
import { allOf } from '../../lib/tristate.js';
import { isUnknown, unknown, type Unknown } from '../../../model/unknown.js';

interface Params {
  trafficType?: 'ACCEPT' | 'REJECT' | 'ALL';
}

/** How a flow log relates to a VPC: it logs it, it may (undecidable), or it does not. */
type Relation = { kind: 'logs' } | { kind: 'maybe'; reason: string } | { kind: 'no' };

export default defineRule<Params>({
  meta: {
    id: 'VPC_FLOW_LOGS_ENABLED',
    title: 'VPCs have flow logs',
    description:
      'Checks that an AWS::EC2::FlowLog in the same template targets each VPC, optionally capturing a given traffic type. Flow logs are the record of which connections reached or were refused by the network, needed to investigate an intrusion.',
    severity: 'medium',
    resourceTypes: ['AWS::EC2::VPC'],
    related: [{ type: 'AWS::EC2::FlowLog', relation: 'referencedBy', property: 'ResourceId' }],
    managedRule: 'vpc-flow-logs-enabled',
    frameworks: { FSBP: ['EC2.6'], 'CIS-v1.4.0': ['3.9'], 'CIS-v3.0.0': ['3.7'], 'CIS-v5.0.0': ['3.7'], 'NIST-800-53-r5': ['AC-4(26)', 'AU-12', 'AU-2', 'AU-3', 'AU-6(3)', 'AU-6(4)', 'CA-7', 'SI-7(8)'], 'PCI-DSS-v3.2.1': ['10.3.3', '10.3.4', '10.3.5', '10.3.6'] },
    runbook: 'tosei-enable-vpc-flow-logs',
    parameters: {
      trafficType: {
        type: 'string',
        description: 'The traffic the flow log must capture: ACCEPT, REJECT or ALL (any when absent; Security Hub uses REJECT). A flow log capturing ALL satisfies ACCEPT and REJECT.',
        enum: ['ACCEPT', 'REJECT', 'ALL'],
      },
    },
    messages: {
      enabled: 'VPC {{id}} is logged by flow log {{flowLog}} (traffic type {{trafficType}}).',
      noFlowLog: 'No AWS::EC2::FlowLog in this template targets VPC {{id}}.',
      wrongTrafficType: 'VPC {{id}} has flow logs ({{found}}), but none capturing {{expected}} traffic.',
      unknownFlowLog: 'Whether flow log {{flowLog}} logs VPC {{id}}{{what}} is not known before deployment ({{reason}}).',
    },
    remediation: 'Add an AWS::EC2::FlowLog with ResourceType VPC, ResourceId !Ref <the VPC> and the required TrafficType, delivering to CloudWatch Logs or S3.',
    examples: {
      noncompliant: [{ cloudformation: 'Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: 10.0.0.0/16\n' }],
      compliant: [
        {
          cloudformation:
            'Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: 10.0.0.0/16\n  FlowLog:\n    Type: AWS::EC2::FlowLog\n    Properties:\n      ResourceId: !Ref Vpc\n      ResourceType: VPC\n      TrafficType: ALL\n      LogDestinationType: s3\n      LogDestination: arn:aws:s3:::central-flow-logs\n',
        },
      ],
    },
  },
  check(vpc, { params, graph }) {
    const expected = params.trafficType;
    const found: string[] = [];
    const maybe: { flowLog: string; reason: string }[] = [];
    for (const flowLog of flowLogsThatMayTarget(vpc, graph)) {
      const relation = relate(flowLog, vpc, graph);
      if (relation.kind === 'no') continue;
      if (relation.kind === 'maybe') {
        maybe.push({ flowLog: flowLog.id, reason: relation.reason });
        continue;
      }
      const trafficType = flowLog.properties.TrafficType;
      const actual = typeof trafficType === 'string' ? trafficType.toUpperCase() : undefined;
      let captures: boolean | Unknown = expected === undefined || actual === expected || actual === 'ALL';
      if (isUnknown(trafficType) && expected !== undefined) captures = unknown(`TrafficType is ${trafficType.reason}`);
      // A flow log created only under an undecidable condition may never log the VPC.
      const logs = allOf([captures, existence(flowLog)]);
      if (logs === true) return compliant('enabled', { flowLog: flowLog.id, trafficType: isUnknown(trafficType) ? 'not known' : (actual ?? 'not set') }, []);
      if (isUnknown(logs)) maybe.push({ flowLog: flowLog.id, reason: logs.reason });
      else found.push(`${flowLog.id}: ${actual ?? 'no TrafficType'}`);
    }
    if (maybe.length > 0) {
      const what = expected === undefined ? '' : ` with ${expected} traffic`;
      return maybe.map(({ flowLog, reason }) => insufficientData('unknownFlowLog', { flowLog, reason, what }, []));
    }
    if (found.length > 0) return nonCompliant('wrongTrafficType', { found: found.join(', '), expected: expected ?? 'ALL' }, []);
    return nonCompliant('noFlowLog', {}, []);
  },
});

/**
 * Flow logs that may target `vpc`: those whose ResourceId refers to it, plus those whose target
 * can not be told (indexed once per graph, so large plans stay linear).
 */
function flowLogsThatMayTarget(vpc: Resource, graph: ResourceGraph): readonly Resource[] {
  const index = graph.memo('VPC_FLOW_LOGS_ENABLED/flow-logs-by-target', (all) => {
    const byTarget = new Map<string, Resource[]>();
    const undecided: Resource[] = [];
    for (const flowLog of all.ofType('AWS::EC2::FlowLog')) {
      const target = all.target(flowLog.properties.ResourceId);
      if (target?.type === 'AWS::EC2::VPC' && !flowLog.unresolved) {
        const list = byTarget.get(target.id);
        if (list) list.push(flowLog);
        else byTarget.set(target.id, [flowLog]);
      } else undecided.push(flowLog);
    }
    return { byTarget, undecided };
  });
  return [...(index.byTarget.get(vpc.id) ?? []), ...index.undecided];
}

/** Whether `flowLog` targets `vpc`: by `ResourceId` (a `Ref`/`GetAtt` to it) and `ResourceType` VPC. */
function relate(flowLog: Resource, vpc: Resource, graph: ResourceGraph): Relation {
  if (flowLog.unresolved) return { kind: 'maybe', reason: flowLog.unresolved };
  const resourceId = flowLog.properties.ResourceId;
  const resourceType = flowLog.properties.ResourceType;
  const target = graph.target(resourceId);
  let pointsHere: boolean | string;
  if (target === vpc) pointsHere = true;
  else if (target !== undefined) {
    // A GetAtt of another resource's attribute (e.g. a subnet's VpcId) may name this VPC; a Ref to
    // another VPC, subnet or interface does not.
    pointsHere = isUnknown(resourceId) && resourceId.ref?.attribute !== undefined && target.type !== 'AWS::EC2::VPC' ? `ResourceId is ${resourceId.reason}` : false;
  } else if (isUnknown(resourceId)) pointsHere = `ResourceId is ${resourceId.reason}`;
  else pointsHere = false; // a literal id names a VPC outside this template
  if (pointsHere === false) return { kind: 'no' };
  if (isUnknown(resourceType)) return { kind: 'maybe', reason: `ResourceType is ${resourceType.reason}` };
  if (resourceType !== 'VPC') return { kind: 'no' };
  if (pointsHere !== true) return { kind: 'maybe', reason: pointsHere };
  return { kind: 'logs' };
}
