import { compact } from '../../terraform/mapping/context.js';
import { unknown } from '../../../model/unknown.js';
import type { Value } from '../../../model/value.js';
import { pascalKeys, type ItemContext, type ItemMapping } from './shared.js';

/**
 * A trail's event selectors as far as its item tells them. An item that carries GetEventSelectors'
 * output (`eventSelectors` or `advancedEventSelectors`, as a describe-based reader wraps it) has
 * them; a recorded item says only whether there are custom ones (`hasCustomEventSelectors`).
 * Without custom ones a trail logs every management event, reads and writes, and no data events
 * (CloudTrail's default selector); with them, which they are is not recorded.
 */
function eventSelectors(context: ItemContext): { EventSelectors?: Value; AdvancedEventSelectors?: Value } {
  const advanced = context.optional('advancedEventSelectors');
  if (Array.isArray(advanced) && advanced.length > 0) return { AdvancedEventSelectors: pascalKeys(advanced) };
  const basic = context.optional('eventSelectors');
  if (basic !== undefined) return { EventSelectors: pascalKeys(basic) };
  const custom = context.optional('hasCustomEventSelectors');
  if (custom === false) return { EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true }] };
  return { EventSelectors: unknown(`AWS Config does not record the event selectors of trail ${context.name}`) };
}

/** CloudTrail: Config resource types (DescribeTrails output in camelCase) and their CloudFormation shape. */
export const itemMappings: Readonly<Record<string, ItemMapping>> = {
  'AWS::CloudTrail::Trail': {
    cloudFormationType: 'AWS::CloudTrail::Trail',
    properties: (context) =>
      compact({
        TrailName: context.optional('name') ?? context.name,
        S3BucketName: context.optional('s3BucketName'),
        S3KeyPrefix: context.optional('s3KeyPrefix'),
        // DescribeTrails leaves out what is not set: an item without a key or log group has none.
        KMSKeyId: context.optional('kmsKeyId'),
        CloudWatchLogsLogGroupArn: context.optional('cloudWatchLogsLogGroupArn'),
        CloudWatchLogsRoleArn: context.optional('cloudWatchLogsRoleArn'),
        SnsTopicName: context.optional('snsTopicName'),
        EnableLogFileValidation: context.recorded('logFileValidationEnabled'),
        IsMultiRegionTrail: context.recorded('isMultiRegionTrail'),
        IncludeGlobalServiceEvents: context.recorded('includeGlobalServiceEvents'),
        IsOrganizationTrail: context.optional('isOrganizationTrail'),
        // Whether the trail is logging is GetTrailStatus's, which a recorded item does not hold.
        IsLogging: context.optional('isLogging') ?? unknown(`AWS Config does not record whether trail ${context.name} is logging`),
        ...eventSelectors(context),
      }),
    observed: (context) => compact({ HomeRegion: context.optional('homeRegion'), TrailArn: context.optional('trailARN') }),
  },
};
