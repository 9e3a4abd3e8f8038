import { compact } from '../../terraform/mapping/context.js';
import { isUnknown } from '../../../model/unknown.js';
import { policyDocument } from '../item.js';
import { type ItemMapping } from './shared.js';

/** KMS: Config resource types (DescribeKey output in camelCase) and their CloudFormation shape. */
export const itemMappings: Readonly<Record<string, ItemMapping>> = {
  'AWS::KMS::Key': {
    cloudFormationType: 'AWS::KMS::Key',
    properties(context) {
      const rotation = context.supplementary('KeyRotationStatus');
      const policy = context.supplementary('Policy');
      return compact({
        KeyId: context.optional('keyId') ?? context.item.resourceId,
        Arn: context.optional('arn'),
        Description: context.optional('description'),
        Enabled: context.optional('enabled'),
        KeyUsage: context.optional('keyUsage'),
        KeySpec: context.optional('keySpec', 'customerMasterKeySpec'),
        Origin: context.optional('origin'),
        MultiRegion: context.optional('multiRegion'),
        // Rotation is a supplementary blob; an item without it did not record it.
        EnableKeyRotation: rotation === undefined ? context.recorded('keyRotationStatus') : rotation,
        KeyPolicy: policy === undefined || isUnknown(policy) ? policy : policyDocument(policy),
      });
    },
    // What CloudFormation has no property for: who manages the key, its state, its custom key store.
    observed: (context) =>
      compact({
        KeyManager: context.recorded('keyManager'),
        KeyState: context.recorded('keyState'),
        DeletionDate: context.optional('deletionDate'),
        CustomKeyStoreId: context.optional('customKeyStoreId'),
      }),
  },
};
