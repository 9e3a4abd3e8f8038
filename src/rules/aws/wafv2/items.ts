import { buildConfigurationItem, FIXTURE_ACCOUNT, FIXTURE_REGION } from '../../config-fixtures.js';

/** A regional web ACL's configuration item in GetWebACL's shape; `rules` undefined: not recorded. */
export function webAclItem(name: string, rules: readonly Record<string, unknown>[] | undefined): Record<string, unknown> {
  const id = `${name}-a1b2c3d4`;
  const arn = `arn:aws:wafv2:${FIXTURE_REGION}:${FIXTURE_ACCOUNT}:regional/webacl/${name}/${id}`;
  return buildConfigurationItem(
    'AWS::WAFv2::WebACL',
    {
      name,
      id,
      arn,
      defaultAction: { allow: {} },
      description: '',
      ...(rules === undefined ? {} : { rules }),
      visibilityConfig: { sampledRequestsEnabled: true, cloudWatchMetricsEnabled: true, metricName: name },
      capacity: rules?.length ?? 0,
      managedByFirewallManager: false,
      labelNamespace: `awswaf:${FIXTURE_ACCOUNT}:webacl:${name}:`,
    },
    { resourceId: `${id}|${name}|REGIONAL`, resourceName: name, ARN: arn },
  );
}

export const managedRule = { name: 'common', priority: 0, statement: { managedRuleGroupStatement: { vendorName: 'AWS', name: 'AWSManagedRulesCommonRuleSet' } }, overrideAction: { none: {} }, visibilityConfig: { sampledRequestsEnabled: true, cloudWatchMetricsEnabled: true, metricName: 'common' } };
