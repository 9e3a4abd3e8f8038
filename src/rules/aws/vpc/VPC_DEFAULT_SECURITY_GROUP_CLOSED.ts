import { compliant, defineRule, insufficientData, nonCompliant, notApplicable } from '../../define.js';
import type { ResourceGraph } from '../../../model/graph.js';
import { describesDeployed, type Resource } from '../../../model/resource.js';
import { isUnknown } from '../../../model/unknown.js';
import type { Verdict } from '../../types.js';
import { existence } from '../../lib/certainty.js';

const RULE_TYPES = ['AWS::EC2::SecurityGroupIngress', 'AWS::EC2::SecurityGroupEgress'];
/** How a template names a VPC's default group: CloudFormation `!GetAtt Vpc.DefaultSecurityGroup`, Terraform `aws_vpc.x.default_security_group_id`. */
const DEFAULT_GROUP_ATTRIBUTES = new Set(['DefaultSecurityGroup', 'default_security_group_id']);

type MessageId = 'closed' | 'hasRules' | 'attachedRule' | 'defaultRules' | 'notDefault' | 'judgedOnGroup' | 'judgedOnVpc' | 'unknownDefault' | 'unknownRules';

export default defineRule<Record<string, never>, MessageId>({
  meta: {
    id: 'VPC_DEFAULT_SECURITY_GROUP_CLOSED',
    title: 'VPC default security groups allow no traffic',
    description:
      'Checks that the default security group of a VPC has no inbound and no outbound rules. Resources launched without a group land in it, and its default rules let every member reach every other and the internet. A template is judged on its VPCs: the rules it attaches to `!GetAtt Vpc.DefaultSecurityGroup`, or the rules AWS creates, which CloudFormation can not remove; Terraform removes them with `aws_default_security_group`.',
    severity: 'high',
    resourceTypes: ['AWS::EC2::SecurityGroup', 'AWS::EC2::VPC'],
    // CloudFormation can not manage a default security group, so no template is compliant.
    outsideCloudFormation: true,
    managedRule: 'vpc-default-security-group-closed',
    frameworks: {
      FSBP: ['EC2.2'],
      'CIS-v1.4.0': ['5.3'],
      'CIS-v3.0.0': ['5.4'],
      'NIST-800-53-r5': ['AC-4', 'AC-4(21)', 'SC-7', 'SC-7(11)', 'SC-7(16)', 'SC-7(21)', 'SC-7(4)', 'SC-7(5)'],
      'PCI-DSS-v3.2.1': ['1.2.1', '1.3.4', '2.1'],
    },
    related: [
      { type: 'AWS::EC2::SecurityGroupIngress', relation: 'referencedBy', property: 'GroupId' },
      { type: 'AWS::EC2::SecurityGroupEgress', relation: 'referencedBy', property: 'GroupId' },
    ],
    messages: {
      closed: 'Default security group {{id}} has no inbound or outbound rules.',
      hasRules: 'Default security group {{id}} has {{count}} rule(s): {{where}}.',
      attachedRule: 'The default security group of VPC {{id}} gets a rule from {{rule}}.',
      defaultRules: 'The default security group of VPC {{id}} keeps the rules AWS creates (all traffic from its members, all traffic out).',
      notDefault: 'Security group {{id}} is not a default security group.',
      judgedOnGroup: 'The default security group of VPC {{id}} is judged on {{group}}.',
      judgedOnVpc: 'Security group {{id}} is the default security group of VPC {{vpc}}, judged on the VPC.',
      unknownDefault: 'Whether security group {{id}} is a default security group is not known before deployment ({{reason}}).',
      unknownRules: 'Whether the default security group {{id}} has rules is not known before deployment ({{reason}}).',
    },
    remediation:
      'Remove every inbound and outbound rule of the default security group and give resources groups of their own. In Terraform, declare `aws_default_security_group` for the VPC with no `ingress` or `egress` blocks; with CloudFormation, remove the rules after creation (a custom resource or a remediation runbook).',
  },
  check(resource, { graph }) {
    return resource.type === 'AWS::EC2::VPC' ? judgeVpc(resource, graph) : judgeGroup(resource, graph);
  },
});

/** A default group (Config's item, Terraform's `aws_default_security_group`): its inline rules and attached rule resources. */
function judgeGroup(group: Resource, graph: ResourceGraph): Verdict<MessageId> | Verdict<MessageId>[] {
  const name = group.properties.GroupName;
  if (group.partial) {
    const vpc = defaultGroupVpc(group, graph);
    if (vpc !== undefined) return notApplicable('judgedOnVpc', { vpc }, []);
  }
  if (isUnknown(name)) return insufficientData('unknownDefault', { reason: name.reason }, []);
  if (name !== 'default') return notApplicable('notDefault', {}, []);
  const found: string[] = [];
  for (const key of ['SecurityGroupIngress', 'SecurityGroupEgress']) {
    const list = group.properties[key];
    if (isUnknown(list)) return insufficientData('unknownRules', { reason: list.reason }, [key]);
    if (Array.isArray(list)) list.forEach((_, index) => found.push(`${key}[${index}]`));
  }
  for (const type of RULE_TYPES) for (const rule of graph.referrers(group.id, type, 'GroupId')) found.push(`${type} ${rule.id}`);
  if (found.length === 0) return compliant('closed', {}, []);
  return nonCompliant('hasRules', { count: found.length, where: found.join(', ') }, []);
}

/** A VPC of a template: the rules attached to its default group, else the group as AWS creates it. */
function judgeVpc(vpc: Resource, graph: ResourceGraph): Verdict<MessageId> | Verdict<MessageId>[] {
  if (describesDeployed(vpc.source.format)) return notApplicable('judgedOnGroup', { group: 'its own security group item' }, []);
  const managed = defaultGroupsOf(graph).get(vpc.id);
  if (managed) return notApplicable('judgedOnGroup', { group: managed.id }, []);
  const verdicts: Verdict<MessageId>[] = [];
  for (const edge of graph.referencesTo(vpc.id)) {
    if (edge.attribute === undefined || !DEFAULT_GROUP_ATTRIBUTES.has(edge.attribute)) continue;
    const rule = graph.get(edge.from);
    if (!rule || !RULE_TYPES.includes(rule.type)) continue;
    const exists = existence(rule);
    verdicts.push(exists === true ? nonCompliant('attachedRule', { rule: `${rule.type} ${rule.id}` }, []) : insufficientData('unknownRules', { reason: exists.reason }, []));
  }
  return verdicts.length > 0 ? verdicts : nonCompliant('defaultRules', {}, []);
}

/** For a partial owner: the VPC whose default group its attachments name (`!GetAtt Vpc.DefaultSecurityGroup`). */
function defaultGroupVpc(group: Resource, graph: ResourceGraph): string | undefined {
  for (const id of group.partial?.attachedBy ?? []) {
    const edge = graph.referencesFrom(id).find((candidate) => candidate.path[0] === 'GroupId' && candidate.attribute !== undefined && DEFAULT_GROUP_ATTRIBUTES.has(candidate.attribute));
    if (edge) return edge.to;
  }
  return undefined;
}

/** Default security groups of the document (`aws_default_security_group`) by the VPC they belong to, indexed once per graph. */
function defaultGroupsOf(graph: ResourceGraph): ReadonlyMap<string, Resource> {
  return graph.memo('VPC_DEFAULT_SECURITY_GROUP_CLOSED/default-groups', (all) => {
    const byVpc = new Map<string, Resource>();
    for (const group of all.ofType('AWS::EC2::SecurityGroup')) {
      if (group.properties.GroupName !== 'default') continue;
      const vpc = all.target(group.properties.VpcId);
      if (vpc?.type === 'AWS::EC2::VPC') byVpc.set(vpc.id, group);
    }
    return byVpc;
  });
}
