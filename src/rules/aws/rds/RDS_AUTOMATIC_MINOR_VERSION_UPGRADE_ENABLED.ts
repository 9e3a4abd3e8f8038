import { defineRule } from '../../define.js';
import { judgeFlag } from '../../lib/settings.js';

type MessageId = 'enabled' | 'disabled' | 'unknown';

export default defineRule<Record<string, never>, MessageId>({
  meta: {
    id: 'RDS_AUTOMATIC_MINOR_VERSION_UPGRADE_ENABLED',
    title: 'RDS DB instances apply minor version upgrades automatically',
    description:
      'Checks that an Amazon RDS DB instance has automatic minor version upgrades enabled (AutoMinorVersionUpgrade, true by default), so that engine patches, including security fixes, are applied in the maintenance window.',
    severity: 'high',
    resourceTypes: ['AWS::RDS::DBInstance'],
    managedRule: 'rds-automatic-minor-version-upgrade-enabled',
    frameworks: { FSBP: ['RDS.13'], 'CIS-v3.0.0': ['2.3.2'], 'CIS-v5.0.0': ['2.2.2'], 'NIST-800-53-r5': ['SI-2', 'SI-2(2)', 'SI-2(4)', 'SI-2(5)'], 'PCI-DSS-v3.2.1': ['6.2'] },
    messages: {
      enabled: 'DB instance {{id}} applies minor version upgrades automatically.',
      disabled: 'DB instance {{id}} does not apply minor version upgrades automatically (AutoMinorVersionUpgrade is {{actual}}).',
      unknown: 'Whether DB instance {{id}} applies minor version upgrades automatically is not known before deployment ({{reason}}).',
    },
    remediation: 'Set `AutoMinorVersionUpgrade: true` on the DB instance, or leave it out (Terraform: `auto_minor_version_upgrade = true`, the default).',
    examples: {
      noncompliant: [
        {
          cloudformation:
            'Resources:\n  Database:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: mysql\n      DBInstanceClass: db.t4g.micro\n      AllocatedStorage: "20"\n      MasterUsername: orders_admin\n      ManageMasterUserPassword: true\n      AutoMinorVersionUpgrade: false\n',
        },
      ],
      compliant: [
        {
          cloudformation:
            'Resources:\n  Database:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: mysql\n      DBInstanceClass: db.t4g.micro\n      AllocatedStorage: "20"\n      MasterUsername: orders_admin\n      ManageMasterUserPassword: true\n      AutoMinorVersionUpgrade: true\n',
        },
      ],
    },
  },
  check(instance) {
    return judgeFlag(instance, ['AutoMinorVersionUpgrade'], true, { pass: 'enabled', fail: 'disabled', unknown: 'unknown' });
  },
});
