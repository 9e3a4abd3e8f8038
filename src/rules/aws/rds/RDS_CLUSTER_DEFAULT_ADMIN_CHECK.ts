import { defineRule, notApplicable } from '../../define.js';
import { ADMIN_MESSAGES, adminUserVerdict, engineOf, isDocDbOrNeptuneEngine, type AdminMessageId } from '../../lib/rds.js';

interface Params {
  validAdminUserNames?: string[];
}

export default defineRule<Params, AdminMessageId>({
  meta: {
    id: 'RDS_CLUSTER_DEFAULT_ADMIN_CHECK',
    title: 'RDS DB clusters use a custom admin user name',
    description:
      'Checks that the master user of an Amazon RDS DB cluster is not a default name (admin or postgres), which an attacker would guess first, and, with validAdminUserNames, that it is one of those. DocumentDB and Neptune clusters are not applicable.',
    severity: 'medium',
    resourceTypes: ['AWS::RDS::DBCluster'],
    related: [
      { type: 'AWS::RDS::DBCluster', relation: 'references', property: 'SourceDBClusterIdentifier' },
      { type: 'AWS::RDS::DBCluster', relation: 'references', property: 'ReplicationSourceIdentifier' },
      { type: 'AWS::RDS::DBInstance', relation: 'references', property: 'ReplicationSourceIdentifier' },
    ],
    managedRule: 'rds-cluster-default-admin-check',
    frameworks: { FSBP: ['RDS.24'], 'NIST-800-53-r5': ['CA-9(1)', 'CM-2'] },
    parameters: {
      validAdminUserNames: { type: 'string-list', description: 'Admin user names the clusters may use (any name but admin and postgres when absent; those two can not be allowed).' },
    },
    messages: ADMIN_MESSAGES,
    remediation:
      'Create the DB cluster with a `MasterUsername` of your own (Terraform: `master_username`); the master user of an existing cluster can not be renamed, so restore a snapshot into a new cluster or migrate.',
    examples: {
      noncompliant: [
        {
          cloudformation:
            'Resources:\n  Cluster:\n    Type: AWS::RDS::DBCluster\n    Properties:\n      Engine: aurora-mysql\n      MasterUsername: admin\n      ManageMasterUserPassword: true\n',
        },
      ],
      compliant: [
        {
          cloudformation:
            'Resources:\n  Cluster:\n    Type: AWS::RDS::DBCluster\n    Properties:\n      Engine: aurora-mysql\n      MasterUsername: orders_admin\n      ManageMasterUserPassword: true\n',
        },
      ],
    },
  },
  check(cluster, { params, graph }) {
    const subject = `DB cluster ${cluster.id}`;
    const engine = engineOf(cluster);
    if (typeof engine === 'string' && isDocDbOrNeptuneEngine(engine)) return notApplicable('otherEngine', { subject, engine }, ['Engine']);
    return adminUserVerdict(cluster, subject, undefined, params.validAdminUserNames, graph);
  },
});
