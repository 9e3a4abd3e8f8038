import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import { isUnknown } from '../../../model/unknown.js';
import { isObject } from '../../../model/value.js';

export default defineRule({
  meta: {
    id: 'EBS_SNAPSHOT_PUBLIC_RESTORABLE_CHECK',
    title: 'EBS snapshots are not publicly restorable',
    description:
      'Checks that no EBS snapshot grants the create-volume permission to the group "all", which lets any AWS account restore a volume, and read every byte of it, from the snapshot. Only the live snapshot attribute tells: templates and plans do not share snapshots publicly.',
    severity: 'critical',
    resourceTypes: ['AWS::EC2::Snapshot'],
    managedRule: 'ebs-snapshot-public-restorable-check',
    liveOnly: true,
    frameworks: {
      FSBP: ['EC2.1'],
      'NIST-800-53-r5': ['AC-21', 'AC-3', 'AC-3(7)', 'AC-4', 'AC-4(21)', 'AC-6', 'SC-7', 'SC-7(11)', 'SC-7(16)', 'SC-7(20)', 'SC-7(21)', 'SC-7(3)', 'SC-7(4)', 'SC-7(9)'],
      'PCI-DSS-v3.2.1': ['1.2.1', '1.3.1', '1.3.4', '7.2.1'],
    },
    messages: {
      private: 'EBS snapshot {{id}} is not publicly restorable{{shared}}.',
      public: 'EBS snapshot {{id}} is publicly restorable: its create-volume permission includes the group "all".',
      unknownPermissions: 'Who may restore EBS snapshot {{id}} is not known ({{reason}}).',
    },
    remediation: 'Remove the public permission: `aws ec2 modify-snapshot-attribute --snapshot-id <id> --attribute createVolumePermission --operation-type remove --group-names all`, and turn on EBS snapshot block public access for the region.',
  },
  check(snapshot) {
    const permissions = snapshot.observed?.CreateVolumePermissions;
    if (isUnknown(permissions)) return insufficientData('unknownPermissions', { reason: permissions.reason }, []);
    if (!Array.isArray(permissions)) {
      const reason = permissions === undefined ? 'the create-volume permissions were not read' : `malformed: CreateVolumePermissions is ${JSON.stringify(permissions)}`;
      return insufficientData('unknownPermissions', { reason }, []);
    }
    const grants = permissions.filter(isObject);
    if (grants.some((grant) => String(grant.group ?? grant.Group ?? '').toLowerCase() === 'all')) return nonCompliant('public', {}, []);
    const accounts = grants.filter((grant) => (grant.userId ?? grant.UserId) !== undefined).length;
    return compliant('private', { shared: accounts > 0 ? ` (shared with ${accounts} account(s))` : '' }, []);
  },
});
