import { defineRule } from '../../define.js';
import { judgeFlag } from '../../lib/settings.js';

type MessageId = 'enabled' | 'disabled' | 'unknown';

export default defineRule<Record<string, never>, MessageId>({
  meta: {
    id: 'RDS_CLUSTER_DELETION_PROTECTION_ENABLED',
    title: 'RDS DB clusters have deletion protection',
    description:
      'Checks that an Amazon RDS DB cluster (Aurora or Multi-AZ DB cluster) has deletion protection enabled (DeletionProtection, false by default), so that it can not be deleted by accident or by an unauthorized entity until the protection is turned off.',
    severity: 'low',
    resourceTypes: ['AWS::RDS::DBCluster'],
    managedRule: 'rds-cluster-deletion-protection-enabled',
    frameworks: { FSBP: ['RDS.7'], 'NIST-800-53-r5': ['CM-3', 'SC-5(2)'] },
    messages: {
      enabled: 'DB cluster {{id}} has deletion protection.',
      disabled: 'DB cluster {{id}} has no deletion protection (DeletionProtection is {{actual}}).',
      unknown: 'Whether DB cluster {{id}} has deletion protection is not known before deployment ({{reason}}).',
    },
    remediation: 'Set `DeletionProtection: true` on the DB cluster (Terraform: `deletion_protection = true`).',
    examples: {
      noncompliant: [
        {
          cloudformation:
            'Resources:\n  Cluster:\n    Type: AWS::RDS::DBCluster\n    Properties:\n      Engine: aurora-postgresql\n      MasterUsername: orders_admin\n      ManageMasterUserPassword: true\n',
        },
      ],
      compliant: [
        {
          cloudformation:
            'Resources:\n  Cluster:\n    Type: AWS::RDS::DBCluster\n    Properties:\n      Engine: aurora-postgresql\n      MasterUsername: orders_admin\n      ManageMasterUserPassword: true\n      DeletionProtection: true\n',
        },
      ],
    },
  },
  check(cluster) {
    return judgeFlag(cluster, ['DeletionProtection'], false, { pass: 'enabled', fail: 'disabled', unknown: 'unknown' });
  },
});
