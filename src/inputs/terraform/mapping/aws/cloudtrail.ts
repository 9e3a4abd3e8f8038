import { compact } from '../context.js';
import { eachBlock, type ServiceMappings } from './shared.js';

/** CloudTrail: `aws` provider types and their CloudFormation shape (the account lists its trails). */
export const mappings: ServiceMappings = {
  resources: {
    aws_cloudtrail: {
      cloudFormationType: 'AWS::CloudTrail::Trail',
      properties: (context) =>
        compact({
          TrailName: context.get('name'),
          S3BucketName: context.link('s3_bucket_name'),
          S3KeyPrefix: context.get('s3_key_prefix'),
          SnsTopicName: context.link('sns_topic_name'),
          // The provider's defaults: logging on, global service events included, one region, no validation.
          IsLogging: context.get('enable_logging') ?? true,
          IncludeGlobalServiceEvents: context.get('include_global_service_events') ?? true,
          IsMultiRegionTrail: context.get('is_multi_region_trail') ?? false,
          IsOrganizationTrail: context.get('is_organization_trail') ?? false,
          EnableLogFileValidation: context.get('enable_log_file_validation') ?? false,
          KMSKeyId: context.link('kms_key_id') || undefined,
          CloudWatchLogsLogGroupArn: context.link('cloud_watch_logs_group_arn') || undefined,
          CloudWatchLogsRoleArn: context.link('cloud_watch_logs_role_arn') || undefined,
          EventSelectors: eachBlock(context, 'event_selector', (block, path) =>
            compact({
              ReadWriteType: block.read_write_type ?? undefined,
              IncludeManagementEvents: block.include_management_events ?? undefined,
              ExcludeManagementEventSources: block.exclude_management_event_sources ?? undefined,
              DataResources: eachBlock(context, `${path}.data_resource`, (resource) => compact({ Type: resource.type ?? undefined, Values: resource.values ?? undefined })),
            }),
          ),
          AdvancedEventSelectors: eachBlock(context, 'advanced_event_selector', (block, path) =>
            compact({
              Name: block.name ?? undefined,
              FieldSelectors: eachBlock(context, `${path}.field_selector`, (selector) =>
                compact({
                  Field: selector.field ?? undefined,
                  Equals: selector.equals ?? undefined,
                  NotEquals: selector.not_equals ?? undefined,
                  StartsWith: selector.starts_with ?? undefined,
                  NotStartsWith: selector.not_starts_with ?? undefined,
                  EndsWith: selector.ends_with ?? undefined,
                  NotEndsWith: selector.not_ends_with ?? undefined,
                }),
              ),
            }),
          ),
        }),
    },
  },
};
