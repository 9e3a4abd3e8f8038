import { buildConfigurationItem, FIXTURE_ACCOUNT, FIXTURE_REGION } from '../../config-fixtures.js';

/** A secret item as Config records it (DescribeSecret's names): no rotation and the AWS managed key unless `fields` say otherwise. */
export function secretItem(name: string, fields: Record<string, unknown> = {}, without: readonly string[] = []): Record<string, unknown> {
  const arn = `arn:aws:secretsmanager:${FIXTURE_REGION}:${FIXTURE_ACCOUNT}:secret:${name}-AbCdEf`;
  const configuration: Record<string, unknown> = { ARN: arn, Name: name, Description: name, RotationEnabled: false, Deleted: false, ...fields };
  for (const key of without) delete configuration[key];
  return buildConfigurationItem('AWS::SecretsManager::Secret', configuration, { resourceId: arn, resourceName: name, ARN: arn });
}
