import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import { restoreAttributeValues, valueText } from '../../lib/rds.js';
import { isUnknown } from '../../../model/unknown.js';

type MessageId = 'private' | 'shared' | 'public' | 'unknown';

export default defineRule<Record<string, never>, MessageId>({
  meta: {
    id: 'RDS_SNAPSHOTS_PUBLIC_PROHIBITED',
    title: 'RDS snapshots are not public',
    description:
      'Checks that an Amazon RDS DB snapshot or DB cluster snapshot is not public: its restore attribute (Terraform `shared_accounts`) must not include `all`, which lets every AWS account copy or restore it. Sharing with named accounts is allowed.',
    severity: 'critical',
    resourceTypes: ['AWS::RDS::DBSnapshot', 'AWS::RDS::DBClusterSnapshot'],
    outsideCloudFormation: true,
    managedRule: 'rds-snapshots-public-prohibited',
    frameworks: {
      FSBP: ['RDS.1'],
      'NIST-800-53-r5': ['AC-21', 'AC-3', 'AC-3(7)', 'AC-4', 'AC-4(21)', 'AC-6', 'SC-7', 'SC-7(11)', 'SC-7(16)', 'SC-7(20)', 'SC-7(21)', 'SC-7(3)', 'SC-7(4)', 'SC-7(9)'],
      'PCI-DSS-v3.2.1': ['1.2.1', '1.3.1', '1.3.4', '1.3.6', '7.2.1'],
    },
    messages: {
      private: '{{kind}} {{id}} is not shared.',
      shared: '{{kind}} {{id}} is shared with {{accounts}}, not with everyone.',
      public: '{{kind}} {{id}} is public: its restore attribute includes all, so any AWS account can copy or restore it.',
      unknown: 'Whether {{kind}} {{id}} is public is not known before deployment ({{reason}}).',
    },
    remediation:
      'Remove `all` from the snapshot\'s restore attribute (`aws rds modify-db-snapshot-attribute --attribute-name restore --values-to-remove all`; Terraform: drop "all" from `shared_accounts`) and share it with named accounts only.',
  },
  check(snapshot) {
    const property = snapshot.type === 'AWS::RDS::DBClusterSnapshot' ? 'DBClusterSnapshotAttributes' : 'DBSnapshotAttributes';
    const type = snapshot.type === 'AWS::RDS::DBClusterSnapshot' ? 'DB cluster snapshot' : 'DB snapshot';
    const values = restoreAttributeValues(snapshot.properties[property]);
    const path = snapshot.properties[property] === undefined ? [] : [property];
    if (isUnknown(values)) return insufficientData('unknown', { kind: type, reason: values.reason }, path);
    if (values === undefined || values.length === 0) return compliant('private', { kind: type }, path);
    if (values.some((value) => typeof value === 'string' && value.toLowerCase() === 'all')) return nonCompliant('public', { kind: type }, path);
    const unresolved = values.find(isUnknown);
    if (unresolved) return insufficientData('unknown', { kind: type, reason: `an account it is shared with: ${unresolved.reason}` }, path);
    return compliant('shared', { kind: type, accounts: values.map(valueText).join(', ') }, path);
  },
});
