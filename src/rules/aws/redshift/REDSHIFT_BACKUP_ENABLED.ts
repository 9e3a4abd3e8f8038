import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import { numberSetting } from '../../lib/settings.js';
import { isUnknown } from '../../../model/unknown.js';

export default defineRule<{ MinRetentionPeriod?: number; MaxRetentionPeriod?: number }>({
  meta: {
    id: 'REDSHIFT_BACKUP_ENABLED',
    title: 'Redshift clusters take automated snapshots',
    description:
      'Checks that an Amazon Redshift cluster keeps automated snapshots (AutomatedSnapshotRetentionPeriod; 1 day when unset, 0 turns them off), optionally for at least MinRetentionPeriod and at most MaxRetentionPeriod days. Security Hub runs this rule with MinRetentionPeriod 7.',
    severity: 'medium',
    resourceTypes: ['AWS::Redshift::Cluster'],
    managedRule: 'redshift-backup-enabled',
    frameworks: {
      FSBP: ['Redshift.3'],
      'NIST-800-53-r5': ['CP-10', 'CP-6', 'CP-6(1)', 'CP-6(2)', 'CP-9', 'SC-5(2)', 'SC-7(10)', 'SI-13(5)'],
    },
    parameters: {
      MinRetentionPeriod: { type: 'integer', description: 'Fewest days automated snapshots must be kept (1 to 35; no minimum beyond "enabled" when absent).', minimum: 1, maximum: 35 },
      MaxRetentionPeriod: { type: 'integer', description: 'Most days automated snapshots may be kept (1 to 35; no maximum when absent).', minimum: 1, maximum: 35 },
    },
    messages: {
      enabled: 'Cluster {{id}} keeps automated snapshots for {{days}} day(s).',
      disabled: 'Cluster {{id}} does not take automated snapshots (AutomatedSnapshotRetentionPeriod is 0).',
      tooShort: 'Cluster {{id}} keeps automated snapshots for {{days}} day(s), fewer than MinRetentionPeriod ({{minimum}}).',
      tooLong: 'Cluster {{id}} keeps automated snapshots for {{days}} day(s), more than MaxRetentionPeriod ({{maximum}}).',
      unknownRetention: 'How long cluster {{id}} keeps automated snapshots is not known before deployment ({{reason}}).',
    },
    remediation: 'Set `AutomatedSnapshotRetentionPeriod` to a number of days between the required minimum and maximum (7 or more for Security Hub).',
    examples: {
      noncompliant: [{ cloudformation: 'Resources:\n  Warehouse:\n    Type: AWS::Redshift::Cluster\n    Properties:\n      ClusterType: single-node\n      NodeType: ra3.xlplus\n      DBName: analytics\n      MasterUsername: warehouse_admin\n      ManageMasterPassword: true\n      AutomatedSnapshotRetentionPeriod: 0\n' }],
      compliant: [{ cloudformation: 'Resources:\n  Warehouse:\n    Type: AWS::Redshift::Cluster\n    Properties:\n      ClusterType: single-node\n      NodeType: ra3.xlplus\n      DBName: analytics\n      MasterUsername: warehouse_admin\n      ManageMasterPassword: true\n      AutomatedSnapshotRetentionPeriod: 7\n' }],
    },
  },
  check(cluster, { params }) {
    const days = numberSetting(cluster, ['AutomatedSnapshotRetentionPeriod'], 1) ?? 1;
    const path = cluster.properties.AutomatedSnapshotRetentionPeriod === undefined ? [] : ['AutomatedSnapshotRetentionPeriod'];
    if (isUnknown(days)) return insufficientData('unknownRetention', { reason: days.reason }, path);
    if (days <= 0) return nonCompliant('disabled', {}, path);
    if (params.MinRetentionPeriod !== undefined && days < params.MinRetentionPeriod) return nonCompliant('tooShort', { days, minimum: params.MinRetentionPeriod }, path);
    if (params.MaxRetentionPeriod !== undefined && days > params.MaxRetentionPeriod) return nonCompliant('tooLong', { days, maximum: params.MaxRetentionPeriod }, path);
    return compliant('enabled', { days }, path);
  },
});
