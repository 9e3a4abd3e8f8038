import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import { isUnknown } from '../../../model/unknown.js';
import { isObject } from '../../../model/value.js';
import { listSetting } from '../../lib/settings.js';

/** `enhanced` is Container Insights with enhanced observability. */
const ENABLED = ['enabled', 'enhanced'];

export default defineRule({
  meta: {
    id: 'ECS_CONTAINER_INSIGHTS_ENABLED',
    title: 'ECS clusters have Container Insights enabled',
    description:
      'Checks that an Amazon ECS cluster turns on CloudWatch Container Insights (`ClusterSettings` `containerInsights` set to `enabled` or `enhanced`). Without it the cluster\'s task and container metrics are not collected, and failures and resource exhaustion go unseen. A cluster that does not set it takes the account\'s default, which a template does not show.',
    severity: 'medium',
    resourceTypes: ['AWS::ECS::Cluster'],
    managedRule: 'ecs-container-insights-enabled',
    frameworks: { FSBP: ['ECS.12'], 'NIST-800-53-r5': ['AU-6(3)', 'AU-6(4)', 'CA-7', 'SI-2'] },
    messages: {
      enabled: 'ECS cluster {{id}} has Container Insights {{value}}.',
      disabled: 'ECS cluster {{id}} has Container Insights {{value}}.',
      accountDefault: 'ECS cluster {{id}} does not set containerInsights: it takes the account\'s default (the containerInsights account setting), which is not in this input.',
      unknown: 'Whether ECS cluster {{id}} has Container Insights is not known before deployment ({{reason}}).',
    },
    remediation: 'Add `ClusterSettings: [{ Name: containerInsights, Value: enabled }]` (or `enhanced`) to the cluster; to cover clusters created elsewhere, also set the account default with `aws ecs put-account-setting-default --name containerInsights --value enabled`.',
    examples: {
      noncompliant: [
        {
          cloudformation: 'Resources:\n  Cluster:\n    Type: AWS::ECS::Cluster\n    Properties:\n      ClusterName: apps\n      ClusterSettings:\n        - Name: containerInsights\n          Value: disabled\n',
        },
      ],
      compliant: [
        {
          cloudformation: 'Resources:\n  Cluster:\n    Type: AWS::ECS::Cluster\n    Properties:\n      ClusterName: apps\n      ClusterSettings:\n        - Name: containerInsights\n          Value: enabled\n',
        },
      ],
    },
  },
  check(cluster) {
    const settings = listSetting(cluster, ['ClusterSettings']);
    if (isUnknown(settings)) return insufficientData('unknown', { reason: settings.reason }, ['ClusterSettings']);
    let undecided: string | undefined;
    for (const [index, setting] of (settings ?? []).entries()) {
      const path = ['ClusterSettings', index];
      if (isUnknown(setting)) {
        undecided ??= setting.reason;
        continue;
      }
      const name = isObject(setting) ? setting.Name : undefined;
      if (isUnknown(name)) undecided ??= name.reason;
      if (name !== 'containerInsights') continue;
      const value = isObject(setting) ? setting.Value : undefined;
      if (isUnknown(value)) return insufficientData('unknown', { reason: value.reason }, [...path, 'Value']);
      if (typeof value !== 'string') return insufficientData('unknown', { reason: `malformed: the containerInsights value of ${cluster.id} should be text, not ${JSON.stringify(value ?? null)}` }, path);
      return ENABLED.includes(value.toLowerCase()) ? compliant('enabled', { value }, [...path, 'Value']) : nonCompliant('disabled', { value }, [...path, 'Value']);
    }
    if (undecided !== undefined) return insufficientData('unknown', { reason: undecided }, ['ClusterSettings']);
    return insufficientData('accountDefault', {}, settings === undefined ? [] : ['ClusterSettings']);
  },
});
