import { evaluateDocument, type ActiveRule } from '../engine/run.js';
import type { ScanDocument } from '../model/document.js';
import type { Evaluation } from '../model/evaluation.js';
import { ResourceGraph } from '../model/graph.js';
import type { Resource } from '../model/resource.js';
import type { ApiCaller } from './execute.js';

/**
 * How remediation sees a resource as it is now: before acting (a compliant resource is skipped, so a
 * second run changes nothing) and after (the fix is re-evaluated and the result recorded).
 */
export interface ResourceReader {
  /** The resource and the related resources its rules look at; undefined when it no longer exists. */
  read(resourceType: string, resourceId: string): Promise<ScanDocument | undefined>;
  /** The resource types this reader can read. */
  readonly types: readonly string[];
}

/** Runs one rule on the freshly read resource: its evaluation, or undefined when the resource is gone. */
export async function reevaluate(reader: ResourceReader, rule: ActiveRule, resourceType: string, resourceId: string): Promise<Evaluation | undefined> {
  const document = await reader.read(resourceType, resourceId);
  if (!document) return undefined;
  const { evaluations } = evaluateDocument(document, [rule], { live: true });
  return evaluations.find((evaluation) => evaluation.resource.id === resourceId && evaluation.ruleId === rule.rule.meta.id);
}

/**
 * Reads a VPC and the flow logs that target it with EC2 DescribeVpcs / DescribeFlowLogs, shaped as
 * the CloudFormation model (AWS::EC2::VPC, AWS::EC2::FlowLog with ResourceId = the VPC id).
 */
export function ec2VpcReader(caller: ApiCaller, region = 'unknown'): ResourceReader {
  return {
    types: ['AWS::EC2::VPC'],
    async read(resourceType, vpcId) {
      if (resourceType !== 'AWS::EC2::VPC') throw new Error(`this reader reads AWS::EC2::VPC, not ${resourceType}`);
      let vpcs: Record<string, unknown>[];
      try {
        const response = await caller.call({ service: 'ec2', api: 'DescribeVpcs', input: { VpcIds: [vpcId] } });
        vpcs = (response.Vpcs as Record<string, unknown>[] | undefined) ?? [];
      } catch (error) {
        if ((error as Error).name === 'InvalidVpcID.NotFound') return undefined;
        throw error;
      }
      const vpc = vpcs[0];
      if (!vpc) return undefined;
      const flowLogs: Record<string, unknown>[] = [];
      let token: string | undefined;
      do {
        const response = await caller.call({
          service: 'ec2',
          api: 'DescribeFlowLogs',
          input: { Filter: [{ Name: 'resource-id', Values: [vpcId] }], ...(token ? { NextToken: token } : {}) },
        });
        flowLogs.push(...((response.FlowLogs as Record<string, unknown>[] | undefined) ?? []));
        token = typeof response.NextToken === 'string' && response.NextToken !== '' ? response.NextToken : undefined;
      } while (token);
      const source = { file: `aws://${region}/ec2`, format: 'cloud-control' as const, region };
      const resources: Resource[] = [
        {
          id: vpcId,
          type: 'AWS::EC2::VPC',
          properties: { VpcId: vpcId, ...(typeof vpc.CidrBlock === 'string' ? { CidrBlock: vpc.CidrBlock } : {}) },
          source,
        },
        ...flowLogs.map(
          (flowLog): Resource => ({
            id: String(flowLog.FlowLogId),
            type: 'AWS::EC2::FlowLog',
            properties: {
              ResourceId: String(flowLog.ResourceId ?? vpcId),
              ResourceType: 'VPC',
              ...(typeof flowLog.TrafficType === 'string' ? { TrafficType: flowLog.TrafficType } : {}),
              ...(typeof flowLog.LogDestinationType === 'string' ? { LogDestinationType: flowLog.LogDestinationType } : {}),
              ...(typeof flowLog.LogGroupName === 'string' ? { LogGroupName: flowLog.LogGroupName } : {}),
              ...(typeof flowLog.LogDestination === 'string' ? { LogDestination: flowLog.LogDestination } : {}),
            },
            source,
          }),
        ),
      ];
      return {
        file: source.file,
        format: 'cloud-control',
        graph: new ResourceGraph(resources, [], new Map([[vpcId, vpcId]])),
        locate: () => undefined,
        problems: [],
      };
    },
  };
}
