import { buildConfigurationItem, FIXTURE_ACCOUNT, FIXTURE_REGION } from '../../config-fixtures.js';

/** An EFS access point item as Config records it (DescribeAccessPoints, already in CloudFormation's names). */
export function accessPointItem(id: string, fields: Record<string, unknown> = {}): Record<string, unknown> {
  const arn = `arn:aws:elasticfilesystem:${FIXTURE_REGION}:${FIXTURE_ACCOUNT}:access-point/${id}`;
  return buildConfigurationItem('AWS::EFS::AccessPoint', { AccessPointId: id, Arn: arn, FileSystemId: 'fs-0a1b2c3d', ...fields }, { resourceId: id, ARN: arn });
}
