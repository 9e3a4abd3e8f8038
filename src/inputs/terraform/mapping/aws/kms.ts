import { compact, jsonDocument } from '../context.js';
import { ifConfigured, type ServiceMappings } from './shared.js';

/** KMS: `aws` provider types and their CloudFormation shape. */
export const mappings: ServiceMappings = {
  resources: {
    aws_kms_key: {
      cloudFormationType: 'AWS::KMS::Key',
      properties: (context) =>
        compact({
          Description: context.get('description'),
          KeyUsage: context.get('key_usage'),
          KeySpec: context.get('customer_master_key_spec'),
          EnableKeyRotation: context.get('enable_key_rotation'),
          RotationPeriodInDays: ifConfigured(context, 'rotation_period_in_days', context.get('rotation_period_in_days')),
          MultiRegion: context.get('multi_region'),
          PendingWindowInDays: context.get('deletion_window_in_days'),
          Enabled: context.get('is_enabled'),
          KeyPolicy: ifConfigured(context, 'policy', jsonDocument(context.get('policy'))),
        }),
    },
    // Key material imported from outside AWS: a key CloudFormation creates with Origin EXTERNAL.
    aws_kms_external_key: {
      cloudFormationType: 'AWS::KMS::Key',
      properties: (context) => compact({ Description: context.get('description'), Origin: 'EXTERNAL', MultiRegion: context.get('multi_region'), Enabled: context.get('enabled') }),
    },
  },
};
