import { defineRule, insufficientData, notApplicable } from '../../define.js';
import { ADMIN_MESSAGES, adminUserVerdict, clusterManagedSetting, engineOf, isDocDbOrNeptuneEngine, type AdminMessageId } from '../../lib/rds.js';

interface Params {
  validAdminUserNames?: string[];
}

export default defineRule<Params, AdminMessageId>({
  meta: {
    id: 'RDS_INSTANCE_DEFAULT_ADMIN_CHECK',
    title: 'RDS DB instances use a custom admin user name',
    description:
      'Checks that the master user of an Amazon RDS DB instance is not a default name (admin or postgres), which an attacker would guess first, and, with validAdminUserNames, that it is one of those. An Aurora instance is judged by its DB cluster\'s master user; DocumentDB and Neptune instances are not applicable.',
    severity: 'medium',
    resourceTypes: ['AWS::RDS::DBInstance'],
    managedRule: 'rds-instance-default-admin-check',
    frameworks: { FSBP: ['RDS.25'], 'NIST-800-53-r5': ['CA-9(1)', 'CM-2'] },
    related: [
      { type: 'AWS::RDS::DBCluster', relation: 'references', property: 'DBClusterIdentifier' },
      { type: 'AWS::RDS::DBInstance', relation: 'references', property: 'SourceDBInstanceIdentifier' },
    ],
    parameters: {
      validAdminUserNames: { type: 'string-list', description: 'Admin user names the instances may use (any name but admin and postgres when absent; those two can not be allowed).' },
    },
    messages: ADMIN_MESSAGES,
    remediation:
      'Create the DB instance with a `MasterUsername` of your own (Terraform: `username`); the master user of an existing instance can not be renamed, so restore a snapshot into a new instance or migrate.',
    examples: {
      noncompliant: [
        {
          cloudformation:
            'Resources:\n  Database:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: postgres\n      DBInstanceClass: db.t4g.micro\n      AllocatedStorage: "20"\n      MasterUsername: postgres\n      ManageMasterUserPassword: true\n',
        },
      ],
      compliant: [
        {
          cloudformation:
            'Resources:\n  Database:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: postgres\n      DBInstanceClass: db.t4g.micro\n      AllocatedStorage: "20"\n      MasterUsername: orders_admin\n      ManageMasterUserPassword: true\n',
        },
      ],
    },
  },
  check(instance, { params, graph }) {
    const engine = engineOf(instance);
    if (typeof engine === 'string' && isDocDbOrNeptuneEngine(engine)) return notApplicable('otherEngine', { subject: `DB instance ${instance.id}`, engine }, ['Engine']);
    const setting = clusterManagedSetting(instance, graph);
    if ('reason' in setting) return insufficientData('unknown', { subject: setting.subject, reason: setting.reason }, setting.path);
    // An Aurora instance's master user is its cluster's.
    return adminUserVerdict(setting.resource, setting.subject, setting.path, params.validAdminUserNames, graph);
  },
});
