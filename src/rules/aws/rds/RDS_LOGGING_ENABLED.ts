import { compliant, defineRule, insufficientData, nonCompliant, notApplicable } from '../../define.js';
import { listSetting } from '../../lib/settings.js';
import { clusterManagedSetting, instanceEngine, unevaluatedInstanceState } from '../../lib/rds.js';
import { isUnknown } from '../../../model/unknown.js';

type MessageId = 'enabled' | 'missing' | 'unknown' | 'noLogTypes' | 'notEvaluatedState' | 'badParameter';

interface Params {
  additionalLogs?: string;
}

/**
 * The log types each engine must publish to CloudWatch Logs, as Security Hub's RDS.9 lists them
 * for the rule. Engines are grouped by family (`oracle-ee`, `custom-oracle-ee` are `oracle`).
 */
const REQUIRED_LOGS: Readonly<Record<string, readonly string[]>> = {
  oracle: ['alert', 'audit', 'trace', 'listener'],
  postgres: ['postgresql', 'upgrade'],
  mysql: ['audit', 'error', 'general', 'slowquery'],
  mariadb: ['audit', 'error', 'general', 'slowquery'],
  sqlserver: ['error', 'agent'],
  aurora: ['audit', 'error', 'general', 'slowquery'],
  'aurora-mysql': ['audit', 'error', 'general', 'slowquery'],
  'aurora-postgresql': ['postgresql', 'upgrade'],
};

/** `oracle-se2-cdb` → `oracle`, `sqlserver-ex` → `sqlserver`, `db2-se` → `db2`; other engines are their own family. */
function family(engine: string): string {
  const bare = engine.replace(/^custom-/, '');
  for (const prefix of ['oracle', 'sqlserver', 'db2']) if (bare === prefix || bare.startsWith(`${prefix}-`)) return prefix;
  return bare;
}

export default defineRule<Params, MessageId>({
  meta: {
    id: 'RDS_LOGGING_ENABLED',
    title: 'RDS DB instances publish their logs to CloudWatch Logs',
    description:
      'Checks that an Amazon RDS DB instance publishes its engine\'s log types to CloudWatch Logs (EnableCloudwatchLogsExports): Oracle alert, audit, trace and listener; PostgreSQL and Aurora PostgreSQL postgresql and upgrade; MySQL, MariaDB and Aurora MySQL audit, error, general and slowquery; SQL Server error and agent; plus those additionalLogs names. Engines without required log types, and live instances not in the available, backing-up, storage-optimization or storage-full state, are not applicable. An Aurora instance is judged by its DB cluster, which exports the logs.',
    severity: 'medium',
    resourceTypes: ['AWS::RDS::DBInstance'],
    managedRule: 'rds-logging-enabled',
    frameworks: {
      FSBP: ['RDS.9'],
      'NIST-800-53-r5': ['AC-2(4)', 'AC-4(26)', 'AC-6(9)', 'AU-10', 'AU-12', 'AU-2', 'AU-3', 'AU-6(3)', 'AU-6(4)', 'CA-7', 'SC-7(10)', 'SC-7(9)', 'SI-3(8)', 'SI-4(20)', 'SI-7(8)'],
      'PCI-DSS-v3.2.1': ['10.1', '10.2.1', '10.2.2', '10.2.3', '10.2.4', '10.2.5', '10.3.1', '10.3.2', '10.3.3', '10.3.4', '10.3.5', '10.3.6'],
    },
    related: [{ type: 'AWS::RDS::DBCluster', relation: 'references', property: 'DBClusterIdentifier' }],
    parameters: {
      additionalLogs: {
        type: 'string',
        description: 'More log types to require, by engine: `engine: type, type; engine: type`, e.g. `oracle: oemagent; mysql: iam-db-auth-error` (an engine family such as oracle or sqlserver covers its editions).',
      },
    },
    messages: {
      enabled: '{{subject}} publishes the {{engine}} logs {{logs}} to CloudWatch Logs.',
      missing: '{{subject}} does not publish the {{engine}} logs {{missing}} to CloudWatch Logs.',
      unknown: 'Whether {{subject}} publishes its logs to CloudWatch Logs is not known before deployment ({{reason}}).',
      noLogTypes: 'DB instance {{id}} runs {{engine}}, for which no log types are required.',
      notEvaluatedState: 'DB instance {{id}} is {{state}}; AWS Config evaluates instances that are available, backing up, optimizing storage or out of storage.',
      badParameter: 'The additionalLogs parameter is malformed ({{reason}}); it should read like `oracle: audit, trace; mysql: general`.',
    },
    remediation:
      'List the engine\'s log types in `EnableCloudwatchLogsExports` on the DB instance, or on the DB cluster of an Aurora instance (Terraform: `enabled_cloudwatch_logs_exports`); MySQL and MariaDB also need general_log, slow_query_log and log_output=FILE in the parameter group, and MariaDB the MARIADB_AUDIT_PLUGIN option for audit logs.',
    examples: {
      noncompliant: [
        {
          cloudformation:
            'Resources:\n  Database:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: postgres\n      DBInstanceClass: db.t4g.micro\n      AllocatedStorage: "20"\n      MasterUsername: orders_admin\n      ManageMasterUserPassword: true\n      EnableCloudwatchLogsExports: [postgresql]\n',
        },
      ],
      compliant: [
        {
          cloudformation:
            'Resources:\n  Database:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: postgres\n      DBInstanceClass: db.t4g.micro\n      AllocatedStorage: "20"\n      MasterUsername: orders_admin\n      ManageMasterUserPassword: true\n      EnableCloudwatchLogsExports: [postgresql, upgrade]\n',
        },
      ],
    },
  },
  check(instance, { params, graph }) {
    const state = unevaluatedInstanceState(instance);
    if (state !== undefined) return notApplicable('notEvaluatedState', { state }, []);
    const additional = parseAdditionalLogs(params.additionalLogs);
    if ('error' in additional) return insufficientData('badParameter', { reason: additional.error }, []);
    const subject = `DB instance ${instance.id}`;
    const engine = instanceEngine(instance, graph);
    if (isUnknown(engine)) return insufficientData('unknown', { subject, reason: engine.reason }, ['Engine']);
    if (engine === undefined) return insufficientData('unknown', { subject, reason: 'its engine comes from a source this input does not define' }, []);
    const required = [...new Set([...(REQUIRED_LOGS[family(engine)] ?? []), ...(additional.byEngine.get(engine) ?? []), ...(engine === family(engine) ? [] : (additional.byEngine.get(family(engine)) ?? []))])];
    if (required.length === 0) return notApplicable('noLogTypes', { engine }, ['Engine']);
    const setting = clusterManagedSetting(instance, graph);
    if ('reason' in setting) return insufficientData('unknown', { subject: setting.subject, reason: setting.reason }, setting.path);
    const exports = listSetting(setting.resource, ['EnableCloudwatchLogsExports']) ?? [];
    const path = setting.path ?? (setting.resource.properties.EnableCloudwatchLogsExports === undefined ? [] : ['EnableCloudwatchLogsExports']);
    if (isUnknown(exports)) return insufficientData('unknown', { subject: setting.subject, reason: exports.reason }, path);
    const published = new Set(exports.filter((item): item is string => typeof item === 'string').map((item) => item.toLowerCase()));
    const missing = required.filter((type) => !published.has(type));
    if (missing.length === 0) return compliant('enabled', { subject: setting.subject, engine, logs: required.join(', ') }, path);
    // Each log type known only at deployment can be one missing type at most.
    const unresolved = exports.filter(isUnknown);
    if (unresolved.length >= missing.length) return insufficientData('unknown', { subject: setting.subject, reason: `a log type is ${unresolved[0]?.reason ?? 'not known'}` }, path);
    return nonCompliant('missing', { subject: setting.subject, engine, missing: missing.join(', ') }, path);
  },
});

/** `oracle: general, slowquery ; aurora: alert` → log types by engine (lower case). */
function parseAdditionalLogs(text: string | undefined): { byEngine: Map<string, string[]> } | { error: string } {
  const byEngine = new Map<string, string[]>();
  for (const entry of (text ?? '').split(';')) {
    if (entry.trim() === '') continue;
    const colon = entry.indexOf(':');
    const engine = colon < 0 ? '' : entry.slice(0, colon).trim().toLowerCase();
    const types = colon < 0 ? [] : entry.slice(colon + 1).split(',').map((type) => type.trim().toLowerCase()).filter((type) => type !== '');
    if (engine === '' || types.length === 0) return { error: `"${entry.trim()}" names no engine and log types` };
    byEngine.set(engine, [...(byEngine.get(engine) ?? []), ...types]);
  }
  return { byEngine };
}
