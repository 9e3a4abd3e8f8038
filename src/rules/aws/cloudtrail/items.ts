import { buildConfigurationItem, FIXTURE_ACCOUNT, FIXTURE_REGION } from '../../config-fixtures.js';

/**
 * A trail item as Config records it (DescribeTrails in camelCase, RDK example_ci): single-region,
 * no validation, no key, no log group, default event selectors, unless `fields` say otherwise;
 * `without` names keys that were not reported.
 */
export function trailItem(name: string, fields: Record<string, unknown> = {}, without: readonly string[] = []): Record<string, unknown> {
  const arn = `arn:aws:cloudtrail:${FIXTURE_REGION}:${FIXTURE_ACCOUNT}:trail/${name}`;
  const configuration: Record<string, unknown> = {
    name,
    s3BucketName: `audit-logs-${FIXTURE_ACCOUNT}`,
    includeGlobalServiceEvents: true,
    isMultiRegionTrail: false,
    homeRegion: FIXTURE_REGION,
    trailARN: arn,
    logFileValidationEnabled: false,
    hasCustomEventSelectors: false,
    hasInsightSelectors: false,
    isOrganizationTrail: false,
    ...fields,
  };
  for (const key of without) delete configuration[key];
  return buildConfigurationItem('AWS::CloudTrail::Trail', configuration, { resourceId: name, resourceName: name, ARN: arn, supplementaryConfiguration: { Tags: [] } });
}

/** The account as the gates read it, listing its trails (their items stand beside it). */
export { accountItem } from '../../config-fixtures.js';

/** A trail resource for templates, with `properties` as YAML lines at six spaces. */
export function trailYaml(name: string, properties: string): string {
  return `  ${name}:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      S3BucketName: audit\n${properties}`;
}
