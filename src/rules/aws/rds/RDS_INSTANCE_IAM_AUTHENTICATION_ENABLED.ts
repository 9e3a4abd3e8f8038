import { defineRule, insufficientData, notApplicable } from '../../define.js';
import { judgeFlag } from '../../lib/settings.js';
import { clusterManagedSetting, instanceEngine, unevaluatedInstanceState } from '../../lib/rds.js';
import { isUnknown } from '../../../model/unknown.js';

type MessageId = 'enabled' | 'disabled' | 'unknown' | 'otherEngine' | 'notEvaluatedState';

/** The engines AWS Config evaluates (the rule's documented scope); others are NOT_APPLICABLE. */
const ENGINES = ['mysql', 'postgres', 'aurora', 'aurora-mysql', 'aurora-postgresql'];

export default defineRule<Record<string, never>, MessageId>({
  meta: {
    id: 'RDS_INSTANCE_IAM_AUTHENTICATION_ENABLED',
    title: 'RDS DB instances use IAM database authentication',
    description:
      'Checks that an Amazon RDS DB instance running mysql, postgres, aurora, aurora-mysql or aurora-postgresql has IAM database authentication enabled (EnableIAMDatabaseAuthentication, false by default); other engines, and live instances not in the available, backing-up, storage-optimization or storage-full state, are not applicable. An Aurora instance is judged by its DB cluster, which manages the setting.',
    severity: 'medium',
    resourceTypes: ['AWS::RDS::DBInstance'],
    managedRule: 'rds-instance-iam-authentication-enabled',
    frameworks: { FSBP: ['RDS.10'], 'NIST-800-53-r5': ['AC-2(1)', 'AC-3', 'AC-3(15)', 'AC-3(7)', 'AC-6'] },
    related: [{ type: 'AWS::RDS::DBCluster', relation: 'references', property: 'DBClusterIdentifier' }],
    messages: {
      enabled: '{{subject}} has IAM database authentication enabled.',
      disabled: '{{subject}} does not have IAM database authentication enabled (EnableIAMDatabaseAuthentication is {{actual}}).',
      unknown: 'Whether {{subject}} has IAM database authentication enabled is not known before deployment ({{reason}}).',
      otherEngine: 'DB instance {{id}} runs {{engine}}, which this rule does not evaluate (mysql, postgres and Aurora only).',
      notEvaluatedState: 'DB instance {{id}} is {{state}}; AWS Config evaluates instances that are available, backing up, optimizing storage or out of storage.',
    },
    remediation:
      'Set `EnableIAMDatabaseAuthentication: true` on the DB instance, or on the DB cluster of an Aurora instance (Terraform: `iam_database_authentication_enabled = true`).',
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
            'Resources:\n  Database:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: postgres\n      DBInstanceClass: db.t4g.micro\n      AllocatedStorage: "20"\n      MasterUsername: orders_admin\n      ManageMasterUserPassword: true\n      EnableIAMDatabaseAuthentication: true\n',
        },
      ],
    },
  },
  check(instance, { graph }) {
    const state = unevaluatedInstanceState(instance);
    if (state !== undefined) return notApplicable('notEvaluatedState', { state }, []);
    const engine = instanceEngine(instance, graph);
    const subject = `DB instance ${instance.id}`;
    if (isUnknown(engine)) return insufficientData('unknown', { subject, reason: engine.reason }, ['Engine']);
    if (engine === undefined) return insufficientData('unknown', { subject, reason: 'its engine comes from a source this input does not define' }, []);
    if (!ENGINES.includes(engine)) return notApplicable('otherEngine', { engine }, ['Engine']);
    const setting = clusterManagedSetting(instance, graph);
    if ('reason' in setting) return insufficientData('unknown', { subject, reason: setting.reason }, setting.path);
    return judgeFlag(setting.resource, ['EnableIAMDatabaseAuthentication'], false, { pass: 'enabled', fail: 'disabled', unknown: 'unknown' }, { subject: setting.subject }, setting.path);
  },
});
