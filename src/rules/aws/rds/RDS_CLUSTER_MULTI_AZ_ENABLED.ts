import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import { clusterMembers, engineOf, isAuroraEngine, isCertain } from '../../lib/rds.js';
import { listSetting, stringSetting } from '../../lib/settings.js';
import type { Verdict } from '../../types.js';
import type { ResourceGraph } from '../../../model/graph.js';
import type { Resource } from '../../../model/resource.js';
import { isUnknown } from '../../../model/unknown.js';
import { toBoolean } from '../../../model/value.js';

type MessageId = 'multiAz' | 'multiAzCluster' | 'zones' | 'spread' | 'singleAz' | 'oneInstance' | 'sameZone' | 'serverless' | 'noInstances' | 'unknown';

export default defineRule<Record<string, never>, MessageId>({
  meta: {
    id: 'RDS_CLUSTER_MULTI_AZ_ENABLED',
    title: 'RDS DB clusters span several Availability Zones',
    description:
      'Checks that an Amazon RDS DB cluster has DB instances in more than one Availability Zone, so that a reader can take over when a zone fails. A Multi-AZ DB cluster (DBClusterInstanceClass) always does; an Aurora cluster does when its instances in this input name different zones (AvailabilityZone), or when it has two or more instances and lists two or more zones in AvailabilityZones (RDS puts its first three instances in different ones of those). Where RDS chooses the zones it is not known before deployment. A live cluster is judged by the Multi-AZ flag RDS reports.',
    severity: 'medium',
    resourceTypes: ['AWS::RDS::DBCluster'],
    managedRule: 'rds-cluster-multi-az-enabled',
    frameworks: { FSBP: ['RDS.15'], 'CIS-v5.0.0': ['2.2.4'], 'NIST-800-53-r5': ['CP-10', 'CP-6(2)', 'SC-36', 'SC-5(2)', 'SI-13(5)'] },
    related: [{ type: 'AWS::RDS::DBInstance', relation: 'referencedBy', property: 'DBClusterIdentifier' }],
    messages: {
      multiAz: 'DB cluster {{id}} has DB instances in several Availability Zones.',
      multiAzCluster: 'DB cluster {{id}} is a Multi-AZ DB cluster, whose instances are always in three Availability Zones.',
      zones: 'DB cluster {{id}} has DB instances in {{zones}}.',
      spread: 'DB cluster {{id}} has {{count}} DB instances, which RDS places in different zones of {{zones}}.',
      singleAz: 'DB cluster {{id}} does not have DB instances in several Availability Zones (MultiAZ is false).',
      oneInstance: 'DB cluster {{id}} has one DB instance ({{instance}}), so it runs in one Availability Zone.',
      sameZone: 'All DB instances of DB cluster {{id}} are in {{zone}}.',
      serverless: 'DB cluster {{id}} is an Aurora Serverless v1 cluster, whose capacity runs in one Availability Zone.',
      noInstances: 'No DB instance of this input belongs to DB cluster {{id}}, so the Availability Zones it runs in are not known.',
      unknown: 'Whether DB cluster {{id}} has DB instances in several Availability Zones is not known before deployment ({{reason}}).',
    },
    remediation:
      'Add an Aurora reader (AWS::RDS::DBInstance with DBClusterIdentifier) in a different Availability Zone from the writer: set each instance\'s `AvailabilityZone`, or list two or more zones in the cluster\'s `AvailabilityZones` (Terraform: `availability_zone` on `aws_rds_cluster_instance`, `availability_zones` on `aws_rds_cluster`).',
    examples: {
      noncompliant: [
        {
          cloudformation:
            'Resources:\n  Cluster:\n    Type: AWS::RDS::DBCluster\n    Properties:\n      Engine: aurora-postgresql\n      MasterUsername: orders_admin\n      ManageMasterUserPassword: true\n  Writer:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: aurora-postgresql\n      DBInstanceClass: db.r6g.large\n      DBClusterIdentifier: !Ref Cluster\n',
        },
      ],
      compliant: [
        {
          cloudformation:
            'Resources:\n  Cluster:\n    Type: AWS::RDS::DBCluster\n    Properties:\n      Engine: aurora-postgresql\n      MasterUsername: orders_admin\n      ManageMasterUserPassword: true\n  Writer:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: aurora-postgresql\n      DBInstanceClass: db.r6g.large\n      DBClusterIdentifier: !Ref Cluster\n      AvailabilityZone: eu-west-1a\n  Reader:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: aurora-postgresql\n      DBInstanceClass: db.r6g.large\n      DBClusterIdentifier: !Ref Cluster\n      AvailabilityZone: eu-west-1b\n',
        },
      ],
    },
  },
  check(cluster, { graph }) {
    // What RDS reports of a live cluster decides.
    const reported = cluster.observed?.MultiAZ;
    if (reported !== undefined) {
      const multiAz = toBoolean(reported);
      if (isUnknown(multiAz)) return insufficientData('unknown', { reason: multiAz.reason }, []);
      if (multiAz === undefined) return insufficientData('unknown', { reason: `malformed: MultiAZ should be a boolean, not ${JSON.stringify(reported)}` }, []);
      return multiAz ? compliant('multiAz', {}, []) : nonCompliant('singleAz', {}, []);
    }
    const instanceClass = cluster.properties.DBClusterInstanceClass;
    if (instanceClass !== undefined && instanceClass !== null) {
      // A Multi-AZ DB cluster (MySQL or PostgreSQL with an instance class) runs in three zones.
      const engine = engineOf(cluster);
      if (isUnknown(engine)) return insufficientData('unknown', { reason: `its engine is ${engine.reason}` }, ['Engine']);
      if (!(typeof engine === 'string' && isAuroraEngine(engine))) return compliant('multiAzCluster', {}, ['DBClusterInstanceClass']);
    }
    const mode = stringSetting(cluster, ['EngineMode']);
    if (isUnknown(mode)) return insufficientData('unknown', { reason: `its engine mode is ${mode.reason}` }, ['EngineMode']);
    if (mode?.toLowerCase() === 'serverless') return nonCompliant('serverless', {}, ['EngineMode']);
    return byInstances(cluster, graph);
  },
});

/** An Aurora cluster in a template or plan: the zones of its instances decide. */
function byInstances(cluster: Resource, graph: ResourceGraph): Verdict<MessageId> {
  const { members, undecided } = clusterMembers(cluster, graph);
  const certain = members.filter(isCertain);
  const uncertain = [...members.filter((member) => !isCertain(member)), ...undecided];
  const zones = new Set<string>();
  let unset = 0;
  const unknowns: string[] = [];
  for (const member of certain) {
    const zone = stringSetting(member, ['AvailabilityZone']);
    if (typeof zone === 'string') zones.add(zone.toLowerCase());
    else if (zone === undefined) unset++;
    else unknowns.push(`the Availability Zone of ${member.id}: ${zone.reason}`);
  }
  if (zones.size >= 2) return compliant('zones', { zones: [...zones].sort().join(', ') }, []);
  if (certain.length >= 2 && unset === certain.length) {
    const listed = clusterZones(cluster);
    if (listed.length >= 2) return compliant('spread', { count: certain.length, zones: listed.join(', ') }, ['AvailabilityZones']);
  }
  for (const member of uncertain) unknowns.push(member.conditional ? `${member.id} is created only when condition ${member.conditional} holds` : `the DB cluster of ${member.id} is not known`);
  if (unknowns.length > 0) return insufficientData('unknown', { reason: unknowns.join('; ') }, []);
  if (certain.length === 0) return insufficientData('noInstances', {}, []);
  if (certain.length === 1) return nonCompliant('oneInstance', { instance: (certain[0] as Resource).id }, []);
  if (unset === 0) return nonCompliant('sameZone', { zone: [...zones][0] as string }, []);
  return insufficientData('unknown', { reason: `RDS chooses the Availability Zone of ${unset} of its ${certain.length} DB instances` }, []);
}

/** The distinct Availability Zones the cluster lists that are known (an unknown list gives none). */
function clusterZones(cluster: Resource): string[] {
  const listed = listSetting(cluster, ['AvailabilityZones']);
  if (!Array.isArray(listed)) return [];
  return [...new Set(listed.filter((zone): zone is string => typeof zone === 'string').map((zone) => zone.toLowerCase()))].sort();
}
