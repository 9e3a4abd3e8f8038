import { defineRule, notApplicable } from '../../define.js';
import { judgeFlag } from '../../lib/settings.js';
import { engineOf, isAuroraEngine, isDocDbOrNeptuneEngine } from '../../lib/rds.js';

type MessageId = 'multiAz' | 'singleAz' | 'unknown' | 'clusterMember';

export default defineRule<Record<string, never>, MessageId>({
  meta: {
    id: 'RDS_MULTI_AZ_SUPPORT',
    title: 'RDS DB instances are Multi-AZ deployments',
    description:
      'Checks that an Amazon RDS DB instance is a Multi-AZ deployment (MultiAZ, false by default), with a synchronous standby in another Availability Zone to fail over to. Aurora, DocumentDB and Neptune instances, and other DB cluster members, are not applicable: their cluster decides where instances run.',
    severity: 'medium',
    resourceTypes: ['AWS::RDS::DBInstance'],
    managedRule: 'rds-multi-az-support',
    frameworks: { FSBP: ['RDS.5'], 'CIS-v5.0.0': ['2.2.4'], 'NIST-800-53-r5': ['CP-10', 'CP-6(2)', 'SC-36', 'SC-5(2)', 'SI-13(5)'] },
    messages: {
      multiAz: 'DB instance {{id}} is a Multi-AZ deployment.',
      singleAz: 'DB instance {{id}} is not a Multi-AZ deployment (MultiAZ is {{actual}}).',
      unknown: 'Whether DB instance {{id}} is a Multi-AZ deployment is not known before deployment ({{reason}}).',
      clusterMember: 'DB instance {{id}} is {{what}}, whose DB cluster decides its Availability Zones; this rule does not evaluate it.',
    },
    remediation: 'Set `MultiAZ: true` on the DB instance (Terraform: `multi_az = true`).',
    examples: {
      noncompliant: [
        {
          cloudformation:
            'Resources:\n  Database:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: postgres\n      DBInstanceClass: db.t4g.micro\n      AllocatedStorage: "20"\n      MasterUsername: orders_admin\n      ManageMasterUserPassword: true\n',
        },
      ],
      compliant: [
        {
          cloudformation:
            'Resources:\n  Database:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: postgres\n      DBInstanceClass: db.t4g.micro\n      AllocatedStorage: "20"\n      MasterUsername: orders_admin\n      ManageMasterUserPassword: true\n      MultiAZ: true\n',
        },
      ],
    },
  },
  check(instance) {
    const engine = engineOf(instance);
    if (typeof engine === 'string' && (isAuroraEngine(engine) || isDocDbOrNeptuneEngine(engine))) return notApplicable('clusterMember', { what: `an ${engine} instance` }, ['Engine']);
    const cluster = instance.properties.DBClusterIdentifier;
    if (cluster !== undefined && cluster !== null && cluster !== '') return notApplicable('clusterMember', { what: 'a DB cluster member' }, ['DBClusterIdentifier']);
    return judgeFlag(instance, ['MultiAZ'], false, { pass: 'multiAz', fail: 'singleAz', unknown: 'unknown' });
  },
});
