import { buildConfigurationItem as item, FIXTURE_ACCOUNT, FIXTURE_REGION } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

const arn = (name: string) => `arn:aws:ecs:${FIXTURE_REGION}:${FIXTURE_ACCOUNT}:cluster/${name}`;

/** AWS::ECS::Cluster as Config records it (CloudFormation's names, config-resource-schema). */
const cluster = (name: string, settings?: readonly Record<string, string>[]) =>
  item('AWS::ECS::Cluster', { Arn: arn(name), ClusterName: name, CapacityProviders: [], DefaultCapacityProviderStrategy: [], Tags: [], ...(settings ? { ClusterSettings: settings } : {}) }, { resourceId: name, resourceName: name, ARN: arn(name) });

export default [
  {
    name: 'config: enabled, disabled, a settings list without containerInsights, settings not recorded',
    items: [
      cluster('enabled', [{ Name: 'containerInsights', Value: 'enabled' }]),
      cluster('disabled', [{ Name: 'containerInsights', Value: 'disabled' }]),
      cluster('empty', []),
      cluster('unrecorded'),
    ],
    expect: {
      enabled: 'COMPLIANT',
      disabled: { status: 'NON_COMPLIANT', messageId: 'disabled' },
      empty: { status: 'NON_COMPLIANT', messageId: 'disabled' },
      unrecorded: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
] satisfies RuleCase[];
