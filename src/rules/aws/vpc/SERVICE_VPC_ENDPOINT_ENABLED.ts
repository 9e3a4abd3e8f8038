import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import type { ResourceGraph } from '../../../model/graph.js';
import type { Resource } from '../../../model/resource.js';
import { existence } from '../../lib/certainty.js';
import { isUnknown } from '../../../model/unknown.js';

interface Params {
  serviceName?: string;
}

/** Whether an endpoint serves the service in a VPC: it does, it may (undecidable), or it does not. */
type Relation = { kind: 'serves' } | { kind: 'maybe'; reason: string } | { kind: 'no' };

/** Endpoint states (DescribeVpcEndpoints) in which it carries traffic, or soon will. */
const WORKING_STATES = new Set(['available', 'pending']);
/** States in which it never will: gone, refused, or awaiting an acceptance AWS services do not give. */
const DEAD_STATES = new Set(['pendingacceptance', 'deleting', 'deleted', 'rejected', 'failed', 'expired']);

export default defineRule<Params>({
  meta: {
    id: 'SERVICE_VPC_ENDPOINT_ENABLED',
    title: 'VPCs have an endpoint for the service',
    description:
      'Checks that each VPC has a VPC endpoint (interface or gateway) for the AWS service named by serviceName, e.g. ec2 for com.amazonaws.<region>.ec2, so the VPC reaches the service\'s API over the AWS network instead of through an internet gateway or NAT. In a template, the endpoints of the same template count.',
    severity: 'medium',
    recommended: false,
    whyNotRecommended:
      'Which services a VPC reaches through endpoints is a design choice of each organisation (interface endpoints are billed per hour in every Availability Zone), and AWS Config asks for serviceName itself. It runs with the FSBP rule set (EC2.10: ec2, the default), with `--rules-set all`, or when named or configured (`--param SERVICE_VPC_ENDPOINT_ENABLED.serviceName=ecr.api`).',
    resourceTypes: ['AWS::EC2::VPC'],
    related: [{ type: 'AWS::EC2::VPCEndpoint', relation: 'referencedBy', property: 'VpcId' }],
    managedRule: 'service-vpc-endpoint-enabled',
    frameworks: {
      FSBP: ['EC2.10'],
      'NIST-800-53-r5': ['AC-21', 'AC-3', 'AC-3(7)', 'AC-4', 'AC-4(21)', 'AC-6', 'SC-7', 'SC-7(11)', 'SC-7(16)', 'SC-7(20)', 'SC-7(21)', 'SC-7(3)', 'SC-7(4)'],
    },
    parameters: {
      serviceName: {
        type: 'string',
        description: 'The service\'s short name, the part of the endpoint service name after the region (ec2, ecr.api, s3; DescribeVpcEndpointServices lists them), or a whole service name (com.amazonaws.us-east-1.ec2). AWS Config requires it; ec2 is the value Security Hub\'s EC2.10 uses.',
        default: 'ec2',
      },
    },
    messages: {
      enabled: 'VPC {{id}} has endpoint {{endpoint}} for {{service}}.',
      noEndpoint: 'VPC {{id}} has no VPC endpoint for {{service}}.',
      unknownEndpoint: 'Whether endpoint {{endpoint}} serves {{service}} in VPC {{id}} is not known ({{reason}}).',
      noServiceName: 'No service is named: set the serviceName parameter (e.g. ec2).',
    },
    remediation:
      'Add an AWS::EC2::VPCEndpoint (Terraform aws_vpc_endpoint) with VpcId set to the VPC and ServiceName com.amazonaws.<region>.<service>: an interface endpoint with SubnetIds, SecurityGroupIds and PrivateDnsEnabled for most services, a gateway endpoint with RouteTableIds for S3 and DynamoDB.',
    examples: {
      noncompliant: [{ cloudformation: 'Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: 10.0.0.0/16\n' }],
      compliant: [
        {
          cloudformation:
            'Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: 10.0.0.0/16\n  Subnet:\n    Type: AWS::EC2::Subnet\n    Properties:\n      VpcId: !Ref Vpc\n      CidrBlock: 10.0.1.0/24\n  Ec2Endpoint:\n    Type: AWS::EC2::VPCEndpoint\n    Properties:\n      VpcId: !Ref Vpc\n      ServiceName: com.amazonaws.eu-west-1.ec2\n      VpcEndpointType: Interface\n      PrivateDnsEnabled: true\n      SubnetIds: [!Ref Subnet]\n',
        },
      ],
    },
  },
  check(vpc, { params, graph }) {
    const wanted = params.serviceName?.trim().toLowerCase();
    if (!wanted) return insufficientData('noServiceName', {}, []);
    const region = vpc.source.region;
    const service = wanted.startsWith('com.amazonaws.') ? wanted : `com.amazonaws.${region ?? '<region>'}.${wanted}`;
    const maybe: { endpoint: string; reason: string }[] = [];
    for (const endpoint of endpointsThatMayServe(vpc, graph)) {
      const relation = relate(endpoint, vpc, graph, wanted, region);
      if (relation.kind === 'serves') return compliant('enabled', { endpoint: endpoint.id, service }, []);
      if (relation.kind === 'maybe') maybe.push({ endpoint: endpoint.id, reason: relation.reason });
    }
    if (maybe.length > 0) return maybe.map(({ endpoint, reason }) => insufficientData('unknownEndpoint', { endpoint, reason, service }, []));
    return nonCompliant('noEndpoint', { service }, []);
  },
});

/**
 * Endpoints that may be in `vpc`: those whose VpcId refers to it, plus those whose VPC can not be
 * told (indexed once per graph, so large plans stay linear).
 */
function endpointsThatMayServe(vpc: Resource, graph: ResourceGraph): readonly Resource[] {
  const index = graph.memo('SERVICE_VPC_ENDPOINT_ENABLED/endpoints-by-vpc', (all) => {
    const byVpc = new Map<string, Resource[]>();
    const undecided: Resource[] = [];
    for (const endpoint of all.ofType('AWS::EC2::VPCEndpoint')) {
      // An endpoint the change destroys serves nothing afterwards.
      if (endpoint.action === 'delete') continue;
      const vpcId = endpoint.properties.VpcId;
      const target = all.target(vpcId);
      if (target?.type === 'AWS::EC2::VPC' && !endpoint.unresolved) {
        const list = byVpc.get(target.id);
        if (list) list.push(endpoint);
        else byVpc.set(target.id, [endpoint]);
      } else if (endpoint.unresolved || (isUnknown(vpcId) && (target === undefined || vpcId.ref?.attribute !== undefined))) {
        // A VPC id not known yet, or read from another resource (a subnet's VpcId), may name any VPC.
        undecided.push(endpoint);
      }
      // A literal id of no VPC here, or a reference to something else, names a VPC outside this document.
    }
    return { byVpc, undecided };
  });
  return [...(index.byVpc.get(vpc.id) ?? []), ...index.undecided];
}

function relate(endpoint: Resource, vpc: Resource, graph: ResourceGraph, wanted: string, region: string | undefined): Relation {
  if (endpoint.unresolved) return { kind: 'maybe', reason: endpoint.unresolved };
  const serviceName = endpoint.properties.ServiceName;
  let serves: boolean | string;
  if (isUnknown(serviceName)) serves = `ServiceName is ${serviceName.reason}`;
  else serves = typeof serviceName === 'string' && namesService(serviceName.toLowerCase(), wanted, region);
  if (serves === false) return { kind: 'no' };

  const inVpc = graph.target(endpoint.properties.VpcId) === vpc ? true : `VpcId is ${describe(endpoint.properties.VpcId)}`;
  const exists = existence(endpoint);
  const state = workingState(endpoint);
  if (state === false) return { kind: 'no' };
  const reason = [serves, inVpc, isUnknown(exists) ? exists.reason : true, state].find((fact): fact is string => typeof fact === 'string');
  return reason === undefined ? { kind: 'serves' } : { kind: 'maybe', reason };
}

/**
 * `com.amazonaws.<region>.<wanted>` in the VPC's region (any region when the document does not say
 * which: an endpoint is created in its VPC's region), or the whole name when `wanted` is one.
 */
function namesService(serviceName: string, wanted: string, region: string | undefined): boolean {
  if (wanted.startsWith('com.amazonaws.')) return serviceName === wanted;
  const match = /^com\.amazonaws\.([a-z0-9-]+)\.(.+)$/.exec(serviceName);
  return match !== null && match[2] === wanted && (region === undefined || match[1] === region);
}

/** A deployed endpoint's state (templates and plans have none): working, dead, or not known. */
function workingState(endpoint: Resource): true | false | string {
  const observed = endpoint.observed;
  if (!observed || !('State' in observed)) return true;
  const state = observed.State;
  if (isUnknown(state)) return `its state is not known (${state.reason})`;
  const normalized = typeof state === 'string' ? state.toLowerCase() : undefined;
  if (normalized !== undefined && WORKING_STATES.has(normalized)) return true;
  if (normalized !== undefined && DEAD_STATES.has(normalized)) return false;
  return `its state is ${JSON.stringify(state)}`;
}

function describe(value: unknown): string {
  return isUnknown(value) ? value.reason : JSON.stringify(value);
}
