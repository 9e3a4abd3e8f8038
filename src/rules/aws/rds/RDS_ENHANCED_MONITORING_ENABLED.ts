import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import { numberSetting } from '../../lib/settings.js';
import { isUnknown } from '../../../model/unknown.js';

type MessageId = 'enabled' | 'disabled' | 'wrongInterval' | 'unknown';

interface Params {
  monitoringInterval?: number;
}

export default defineRule<Params, MessageId>({
  meta: {
    id: 'RDS_ENHANCED_MONITORING_ENABLED',
    title: 'RDS DB instances have Enhanced Monitoring',
    description:
      'Checks that an Amazon RDS DB instance has Enhanced Monitoring enabled: a MonitoringInterval other than 0 (the default), and, with the monitoringInterval parameter, that interval. Enhanced Monitoring reports operating-system metrics of the host in real time.',
    severity: 'low',
    resourceTypes: ['AWS::RDS::DBInstance'],
    managedRule: 'rds-enhanced-monitoring-enabled',
    frameworks: { FSBP: ['RDS.6'], 'NIST-800-53-r5': ['CA-7', 'SI-2'] },
    parameters: {
      monitoringInterval: { type: 'integer', minimum: 1, maximum: 60, description: 'The interval in seconds the instance must collect metrics at: 1, 5, 10, 15, 30 or 60 (any when absent).' },
    },
    messages: {
      enabled: 'DB instance {{id}} has Enhanced Monitoring every {{interval}} seconds.',
      disabled: 'DB instance {{id}} does not have Enhanced Monitoring (MonitoringInterval is {{actual}}).',
      wrongInterval: 'DB instance {{id}} collects Enhanced Monitoring metrics every {{interval}} seconds, not every {{expected}}.',
      unknown: 'Whether DB instance {{id}} has Enhanced Monitoring is not known before deployment ({{reason}}).',
    },
    remediation: 'Set `MonitoringInterval` (1, 5, 10, 15, 30 or 60) and `MonitoringRoleArn` on the DB instance (Terraform: `monitoring_interval`, `monitoring_role_arn`).',
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
            'Resources:\n  Database:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: postgres\n      DBInstanceClass: db.t4g.micro\n      AllocatedStorage: "20"\n      MasterUsername: orders_admin\n      ManageMasterUserPassword: true\n      MonitoringInterval: 60\n      MonitoringRoleArn: arn:aws:iam::111122223333:role/rds-monitoring-role\n',
        },
      ],
    },
  },
  check(instance, { params }) {
    const written = instance.properties.MonitoringInterval;
    const path = written === undefined ? [] : ['MonitoringInterval'];
    const interval = numberSetting(instance, ['MonitoringInterval'], 0) ?? 0;
    if (isUnknown(interval)) return insufficientData('unknown', { reason: interval.reason }, path);
    if (interval === 0) return nonCompliant('disabled', { actual: written === undefined ? 'not set (default 0)' : JSON.stringify(written) }, path);
    if (params.monitoringInterval !== undefined && interval !== params.monitoringInterval) return nonCompliant('wrongInterval', { interval, expected: params.monitoringInterval }, path);
    return compliant('enabled', { interval }, path);
  },
});
