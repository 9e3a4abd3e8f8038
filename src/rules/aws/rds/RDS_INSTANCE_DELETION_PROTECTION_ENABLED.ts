import { defineRule, insufficientData, notApplicable } from '../../define.js';
import { judgeFlag } from '../../lib/settings.js';
import { engineOf, instanceEngine, isAuroraEngine, isDocDbOrNeptuneEngine } from '../../lib/rds.js';
import { isUnknown } from '../../../model/unknown.js';

type MessageId = 'enabled' | 'disabled' | 'unknown' | 'clusterMember' | 'engineNotListed';

interface Params {
  databaseEngines?: string[];
}

export default defineRule<Params, MessageId>({
  meta: {
    id: 'RDS_INSTANCE_DELETION_PROTECTION_ENABLED',
    title: 'RDS DB instances have deletion protection',
    description:
      'Checks that an Amazon RDS DB instance has deletion protection enabled (DeletionProtection, false by default), optionally only for the listed engines. Instances of a DB cluster (Aurora, DocumentDB, Neptune) are not applicable: deletion protection is set on the cluster (see RDS_CLUSTER_DELETION_PROTECTION_ENABLED).',
    severity: 'low',
    resourceTypes: ['AWS::RDS::DBInstance'],
    related: [
      { type: 'AWS::RDS::DBInstance', relation: 'references', property: 'SourceDBInstanceIdentifier' },
      { type: 'AWS::RDS::DBCluster', relation: 'references', property: 'DBClusterIdentifier' },
    ],
    managedRule: 'rds-instance-deletion-protection-enabled',
    frameworks: { FSBP: ['RDS.8'], 'NIST-800-53-r5': ['CM-3', 'SC-5(2)', 'SI-13(5)'] },
    parameters: {
      databaseEngines: {
        type: 'string-list',
        description:
          'Engines to evaluate, e.g. `mysql,postgres,mariadb` (all when absent). Security Hub uses mariadb, mysql, oracle-ee, oracle-se2, oracle-se1, oracle-se, postgres, sqlserver-ee, sqlserver-se, sqlserver-ex, sqlserver-web.',
      },
    },
    messages: {
      enabled: 'DB instance {{id}} has deletion protection.',
      disabled: 'DB instance {{id}} has no deletion protection (DeletionProtection is {{actual}}).',
      unknown: 'Whether DB instance {{id}} has deletion protection is not known before deployment ({{reason}}).',
      clusterMember: 'DB instance {{id}} is {{what}}; deletion protection is set on its DB cluster, not on the instance.',
      engineNotListed: 'DB instance {{id}} runs {{engine}}, which is not among the engines to evaluate ({{engines}}).',
    },
    remediation: 'Set `DeletionProtection: true` on the DB instance (Terraform: `deletion_protection = true`).',
    examples: {
      noncompliant: [
        {
          cloudformation:
            'Resources:\n  Database:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: mariadb\n      DBInstanceClass: db.t4g.micro\n      AllocatedStorage: "20"\n      MasterUsername: orders_admin\n      ManageMasterUserPassword: true\n',
        },
      ],
      compliant: [
        {
          cloudformation:
            'Resources:\n  Database:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: mariadb\n      DBInstanceClass: db.t4g.micro\n      AllocatedStorage: "20"\n      MasterUsername: orders_admin\n      ManageMasterUserPassword: true\n      DeletionProtection: true\n',
        },
      ],
    },
  },
  check(instance, { params, graph }) {
    const own = engineOf(instance);
    if (typeof own === 'string' && (isAuroraEngine(own) || isDocDbOrNeptuneEngine(own))) return notApplicable('clusterMember', { what: `an ${own} instance` }, ['Engine']);
    const cluster = instance.properties.DBClusterIdentifier;
    if (cluster !== undefined && cluster !== null && cluster !== '') return notApplicable('clusterMember', { what: 'a DB cluster member' }, ['DBClusterIdentifier']);
    const engines = params.databaseEngines?.map((engine) => engine.toLowerCase());
    if (engines && engines.length > 0) {
      const engine = instanceEngine(instance, graph);
      if (isUnknown(engine)) return insufficientData('unknown', { reason: engine.reason }, ['Engine']);
      if (engine === undefined) return insufficientData('unknown', { reason: 'its engine, which decides whether it is evaluated, comes from a source this input does not define' }, []);
      if (!engines.includes(engine)) return notApplicable('engineNotListed', { engine, engines: engines.join(', ') }, ['Engine']);
    }
    return judgeFlag(instance, ['DeletionProtection'], false, { pass: 'enabled', fail: 'disabled', unknown: 'unknown' });
  },
});
