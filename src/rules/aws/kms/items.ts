import { buildConfigurationItem, FIXTURE_ACCOUNT, FIXTURE_REGION } from '../../config-fixtures.js';

/**
 * A KMS key item as Config records it (DescribeKey in camelCase, RDK example_ci): an enabled
 * symmetric customer managed key without rotation unless `fields` and `rotation` say otherwise
 * (`unrecorded`: no KeyRotationStatus blob).
 */
export function keyItem(id: string, fields: Record<string, unknown> = {}, rotation: boolean | 'unrecorded' = false): Record<string, unknown> {
  const arn = `arn:aws:kms:${FIXTURE_REGION}:${FIXTURE_ACCOUNT}:key/${id}`;
  return buildConfigurationItem(
    'AWS::KMS::Key',
    {
      keyId: id,
      arn,
      creationDate: 1621024924302,
      enabled: true,
      description: id,
      keyUsage: 'ENCRYPT_DECRYPT',
      keyState: 'Enabled',
      origin: 'AWS_KMS',
      keyManager: 'CUSTOMER',
      customerMasterKeySpec: 'SYMMETRIC_DEFAULT',
      keySpec: 'SYMMETRIC_DEFAULT',
      encryptionAlgorithms: ['SYMMETRIC_DEFAULT'],
      multiRegion: false,
      awsaccountId: FIXTURE_ACCOUNT,
      ...fields,
    },
    { resourceId: id, ARN: arn, supplementaryConfiguration: { ...(rotation === 'unrecorded' ? {} : { KeyRotationStatus: rotation }), Policy: '{"Version":"2012-10-17","Statement":[]}' } },
  );
}
