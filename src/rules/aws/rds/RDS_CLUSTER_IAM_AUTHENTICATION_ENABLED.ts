import { defineRule } from '../../define.js';
import { judgeFlag } from '../../lib/settings.js';

type MessageId = 'enabled' | 'disabled' | 'unknown';

export default defineRule<Record<string, never>, MessageId>({
  meta: {
    id: 'RDS_CLUSTER_IAM_AUTHENTICATION_ENABLED',
    title: 'RDS DB clusters use IAM database authentication',
    description:
      'Checks that an Amazon RDS DB cluster has IAM database authentication enabled (EnableIAMDatabaseAuthentication, false by default), so that database users can sign in with short-lived IAM tokens instead of passwords.',
    severity: 'medium',
    resourceTypes: ['AWS::RDS::DBCluster'],
    managedRule: 'rds-cluster-iam-authentication-enabled',
    frameworks: { FSBP: ['RDS.12'], 'NIST-800-53-r5': ['AC-2(1)', 'AC-3', 'AC-3(15)', 'AC-3(7)', 'AC-6'] },
    messages: {
      enabled: 'DB cluster {{id}} has IAM database authentication enabled.',
      disabled: 'DB cluster {{id}} does not have IAM database authentication enabled (EnableIAMDatabaseAuthentication is {{actual}}).',
      unknown: 'Whether DB cluster {{id}} has IAM database authentication enabled is not known before deployment ({{reason}}).',
    },
    remediation: 'Set `EnableIAMDatabaseAuthentication: true` on the DB cluster (Terraform: `iam_database_authentication_enabled = true`).',
    examples: {
      noncompliant: [
        {
          cloudformation:
            'Resources:\n  Cluster:\n    Type: AWS::RDS::DBCluster\n    Properties:\n      Engine: aurora-mysql\n      MasterUsername: orders_admin\n      ManageMasterUserPassword: true\n',
        },
      ],
      compliant: [
        {
          cloudformation:
            'Resources:\n  Cluster:\n    Type: AWS::RDS::DBCluster\n    Properties:\n      Engine: aurora-mysql\n      MasterUsername: orders_admin\n      ManageMasterUserPassword: true\n      EnableIAMDatabaseAuthentication: true\n',
        },
      ],
    },
  },
  check(cluster) {
    return judgeFlag(cluster, ['EnableIAMDatabaseAuthentication'], false, { pass: 'enabled', fail: 'disabled', unknown: 'unknown' });
  },
});
