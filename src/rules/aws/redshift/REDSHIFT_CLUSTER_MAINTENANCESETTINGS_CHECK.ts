import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import { booleanSetting, numberSetting, stringSetting } from '../../lib/settings.js';
import { isUnknown } from '../../../model/unknown.js';
import type { Verdict } from '../../types.js';

type Message = 'maintained' | 'upgradeMismatch' | 'windowMismatch' | 'windowNotSet' | 'retentionTooShort' | 'unknownSetting';

export default defineRule<{ allowVersionUpgrade: boolean; preferredMaintenanceWindow?: string; automatedSnapshotRetentionPeriod: number }, Message>({
  meta: {
    id: 'REDSHIFT_CLUSTER_MAINTENANCESETTINGS_CHECK',
    title: 'Redshift clusters have the required maintenance settings',
    description:
      'Checks that an Amazon Redshift cluster has the given maintenance settings: AllowVersionUpgrade as allowVersionUpgrade (true when unset, as Redshift does), the preferredMaintenanceWindow when one is given, and automated snapshots kept for at least automatedSnapshotRetentionPeriod days (1 when unset). Security Hub runs this rule with allowVersionUpgrade true, so major version upgrades are applied in the maintenance window.',
    severity: 'medium',
    resourceTypes: ['AWS::Redshift::Cluster'],
    managedRule: 'redshift-cluster-maintenancesettings-check',
    frameworks: {
      FSBP: ['Redshift.6'],
      'NIST-800-53-r5': ['CA-9(1)', 'CM-2', 'CP-9', 'SC-5(2)', 'SI-2', 'SI-2(2)', 'SI-2(4)', 'SI-2(5)'],
      'PCI-DSS-v3.2.1': ['6.2'],
    },
    parameters: {
      allowVersionUpgrade: { type: 'boolean', description: 'The AllowVersionUpgrade value clusters must have.', default: true },
      preferredMaintenanceWindow: { type: 'string', description: 'The weekly maintenance window clusters must use, e.g. Mon:09:30-Mon:10:00 (any window when absent).' },
      automatedSnapshotRetentionPeriod: { type: 'integer', description: 'Fewest days clusters must keep automated snapshots.', default: 1, minimum: 0, maximum: 35 },
    },
    messages: {
      maintained: 'Cluster {{id}} has the required maintenance settings.',
      upgradeMismatch: 'Cluster {{id}} has AllowVersionUpgrade {{actual}}, not {{expected}}.',
      windowMismatch: 'Cluster {{id}} has maintenance window {{actual}}, not {{expected}}.',
      windowNotSet: 'Cluster {{id}} sets no PreferredMaintenanceWindow, so Redshift picks a random 30-minute window instead of {{expected}}.',
      retentionTooShort: 'Cluster {{id}} keeps automated snapshots for {{actual}} day(s), fewer than {{expected}}.',
      unknownSetting: 'The maintenance settings of cluster {{id}} are not known before deployment ({{reason}}).',
    },
    remediation: 'Set `AllowVersionUpgrade`, `PreferredMaintenanceWindow` and `AutomatedSnapshotRetentionPeriod` on the cluster to the required values.',
    examples: {
      noncompliant: [{ cloudformation: 'Resources:\n  Warehouse:\n    Type: AWS::Redshift::Cluster\n    Properties:\n      ClusterType: single-node\n      NodeType: ra3.xlplus\n      DBName: analytics\n      MasterUsername: warehouse_admin\n      ManageMasterPassword: true\n      AllowVersionUpgrade: false\n' }],
      compliant: [{ cloudformation: 'Resources:\n  Warehouse:\n    Type: AWS::Redshift::Cluster\n    Properties:\n      ClusterType: single-node\n      NodeType: ra3.xlplus\n      DBName: analytics\n      MasterUsername: warehouse_admin\n      ManageMasterPassword: true\n      AllowVersionUpgrade: true\n      PreferredMaintenanceWindow: sun:03:00-sun:03:30\n' }],
    },
  },
  check(cluster, { params }) {
    const pathOf = (key: string) => (cluster.properties[key] === undefined ? [] : [key]);
    const verdicts: Verdict<Message>[] = [];
    const upgrade = booleanSetting(cluster, ['AllowVersionUpgrade'], true) ?? true;
    if (isUnknown(upgrade)) verdicts.push(insufficientData('unknownSetting', { reason: upgrade.reason }, pathOf('AllowVersionUpgrade')));
    else if (upgrade !== params.allowVersionUpgrade) verdicts.push(nonCompliant('upgradeMismatch', { actual: String(upgrade), expected: String(params.allowVersionUpgrade) }, pathOf('AllowVersionUpgrade')));
    if (params.preferredMaintenanceWindow !== undefined) {
      const expected = params.preferredMaintenanceWindow;
      const window = stringSetting(cluster, ['PreferredMaintenanceWindow']);
      if (window === undefined) verdicts.push(nonCompliant('windowNotSet', { expected }, []));
      else if (isUnknown(window)) verdicts.push(insufficientData('unknownSetting', { reason: window.reason }, ['PreferredMaintenanceWindow']));
      // Redshift reports the window in lower case (tue:10:00-tue:10:30); days and times compare case-insensitively.
      else if (window.trim().toLowerCase() !== expected.trim().toLowerCase()) verdicts.push(nonCompliant('windowMismatch', { actual: window, expected }, ['PreferredMaintenanceWindow']));
    }
    const days = numberSetting(cluster, ['AutomatedSnapshotRetentionPeriod'], 1) ?? 1;
    if (isUnknown(days)) verdicts.push(insufficientData('unknownSetting', { reason: days.reason }, pathOf('AutomatedSnapshotRetentionPeriod')));
    else if (days < params.automatedSnapshotRetentionPeriod) verdicts.push(nonCompliant('retentionTooShort', { actual: days, expected: params.automatedSnapshotRetentionPeriod }, pathOf('AutomatedSnapshotRetentionPeriod')));
    return verdicts.length > 0 ? verdicts : compliant('maintained', {}, []);
  },
});
