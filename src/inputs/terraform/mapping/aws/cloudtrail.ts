import { isUnknown } from '../../../../model/unknown.js';
import type { Properties, ValueObject } from '../../../../model/value.js';
import { compact } from '../context.js';
import { blockList, eachBlock, tagList, type ServiceMappings } from './shared.js';

/** `event_selector` → `EventSelectors` (the provider's defaults: All, management events included). */
function eventSelector(block: ValueObject): Properties {
  const data = block.data_resource;
  return compact({
    ReadWriteType: block.read_write_type ?? undefined,
    IncludeManagementEvents: block.include_management_events ?? undefined,
    ExcludeManagementEventSources: block.exclude_management_event_sources ?? undefined,
    DataResources: isUnknown(data) ? data : blockList(data).map((resource) => compact({ Type: resource.type ?? undefined, Values: resource.values ?? undefined })),
  });
}

/** `advanced_event_selector` → `AdvancedEventSelectors`. */
function advancedEventSelector(block: ValueObject): Properties {
  const fields = block.field_selector;
  return compact({
    Name: block.name ?? undefined,
    FieldSelectors: isUnknown(fields)
      ? fields
      : blockList(fields).map((field) =>
          compact({
            Field: field.field ?? undefined,
            Equals: field.equals ?? undefined,
            NotEquals: field.not_equals ?? undefined,
            StartsWith: field.starts_with ?? undefined,
            NotStartsWith: field.not_starts_with ?? undefined,
            EndsWith: field.ends_with ?? undefined,
            NotEndsWith: field.not_ends_with ?? undefined,
          }),
        ),
  });
}

/** CloudTrail: `aws` provider types and their CloudFormation shape. */
export const mappings: ServiceMappings = {
  resources: {
    aws_cloudtrail: {
      cloudFormationType: 'AWS::CloudTrail::Trail',
      properties: (context) =>
        compact({
          TrailName: context.get('name'),
          S3BucketName: context.link('s3_bucket_name'),
          S3KeyPrefix: context.get('s3_key_prefix'),
          // Usually `"${aws_cloudwatch_log_group.x.arn}:*"`: the reference leads to the log group.
          CloudWatchLogsLogGroupArn: context.link('cloud_watch_logs_group_arn') || undefined,
          CloudWatchLogsRoleArn: context.link('cloud_watch_logs_role_arn') || undefined,
          IsLogging: context.get('enable_logging'),
          IncludeGlobalServiceEvents: context.get('include_global_service_events'),
          IsMultiRegionTrail: context.get('is_multi_region_trail'),
          IsOrganizationTrail: context.get('is_organization_trail'),
          EnableLogFileValidation: context.get('enable_log_file_validation'),
          KMSKeyId: context.link('kms_key_id') || undefined,
          SnsTopicName: context.link('sns_topic_name') || undefined,
          EventSelectors: eachBlock(context, 'event_selector', eventSelector),
          AdvancedEventSelectors: eachBlock(context, 'advanced_event_selector', advancedEventSelector),
          Tags: tagList(context.get('tags')),
        }),
    },
  },
};
