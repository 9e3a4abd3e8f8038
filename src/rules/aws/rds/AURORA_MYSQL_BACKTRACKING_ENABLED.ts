import { compliant, defineRule, insufficientData, nonCompliant, notApplicable } from '../../define.js';
import { numberSetting } from '../../lib/settings.js';
import { engineOf, isAuroraMySqlEngine } from '../../lib/rds.js';
import { isUnknown } from '../../../model/unknown.js';

type MessageId = 'enabled' | 'disabled' | 'tooShort' | 'unknown' | 'otherEngine';

interface Params {
  BacktrackWindowInHours?: number;
}

export default defineRule<Params, MessageId>({
  meta: {
    id: 'AURORA_MYSQL_BACKTRACKING_ENABLED',
    title: 'Aurora MySQL DB clusters have backtracking',
    description:
      'Checks that an Amazon Aurora MySQL DB cluster (engine aurora-mysql or aurora) has backtracking enabled: a BacktrackWindow above 0 seconds (the default is 0), and, with BacktrackWindowInHours, a window of at least that many hours. Backtracking rewinds the cluster to a point in time without a restore. Other engines are not applicable.',
    severity: 'medium',
    resourceTypes: ['AWS::RDS::DBCluster'],
    managedRule: 'aurora-mysql-backtracking-enabled',
    frameworks: { FSBP: ['RDS.14'], 'NIST-800-53-r5': ['CP-10', 'CP-6', 'CP-6(1)', 'CP-6(2)', 'CP-9', 'SI-13(5)'] },
    parameters: {
      BacktrackWindowInHours: { type: 'number', minimum: 0, maximum: 72, description: 'The least backtrack window, in hours (up to 72), the cluster must keep (any window above 0 when absent).' },
    },
    messages: {
      enabled: 'Aurora MySQL DB cluster {{id}} can backtrack {{window}}.',
      disabled: 'Aurora MySQL DB cluster {{id}} has no backtracking (BacktrackWindow is {{actual}}).',
      tooShort: 'Aurora MySQL DB cluster {{id}} can backtrack {{window}}, less than {{expected}} hours.',
      unknown: 'Whether Aurora MySQL DB cluster {{id}} has backtracking is not known before deployment ({{reason}}).',
      otherEngine: 'DB cluster {{id}} runs {{engine}}; backtracking is an Aurora MySQL feature.',
    },
    remediation:
      'Set `BacktrackWindow` (seconds, up to 259200) on the Aurora MySQL DB cluster (Terraform: `backtrack_window`). Backtracking can only be enabled when the cluster is created: clone or restore into a new cluster with it.',
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
            'Resources:\n  Cluster:\n    Type: AWS::RDS::DBCluster\n    Properties:\n      Engine: aurora-mysql\n      MasterUsername: orders_admin\n      ManageMasterUserPassword: true\n      BacktrackWindow: 86400\n',
        },
      ],
    },
  },
  check(cluster, { params }) {
    const engine = engineOf(cluster);
    if (isUnknown(engine)) return insufficientData('unknown', { reason: `its engine is ${engine.reason}` }, ['Engine']);
    if (engine === undefined) return insufficientData('unknown', { reason: 'its engine is not set' }, []);
    if (!isAuroraMySqlEngine(engine)) return notApplicable('otherEngine', { engine }, ['Engine']);
    const written = cluster.properties.BacktrackWindow;
    const path = written === undefined ? [] : ['BacktrackWindow'];
    const seconds = numberSetting(cluster, ['BacktrackWindow'], 0) ?? 0;
    if (isUnknown(seconds)) return insufficientData('unknown', { reason: seconds.reason }, path);
    if (seconds <= 0) return nonCompliant('disabled', { actual: written === undefined ? 'not set (default 0)' : JSON.stringify(written) }, path);
    // RDS refuses a window beyond 72 hours, so such a value says nothing about the cluster's backtracking.
    if (seconds > 259_200) return insufficientData('unknown', { reason: `malformed: BacktrackWindow ${seconds} is more than the 259200 seconds (72 hours) RDS accepts` }, path);
    // A window under an hour would read as "0 hours".
    const window = seconds < 3600 ? `${seconds} seconds` : `${Math.round((seconds / 3600) * 100) / 100} hours`;
    const expected = params.BacktrackWindowInHours;
    if (expected !== undefined && seconds < expected * 3600) return nonCompliant('tooShort', { window, expected }, path);
    return compliant('enabled', { window }, path);
  },
});
