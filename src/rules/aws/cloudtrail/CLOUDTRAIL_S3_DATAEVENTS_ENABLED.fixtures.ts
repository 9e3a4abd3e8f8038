import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const TEMPLATE = `
Parameters:
  DataValues:
    Type: CommaDelimitedList
Resources:
  AllBuckets:
    Type: AWS::CloudTrail::Trail
    Properties:
      S3BucketName: audit
      IsLogging: true
      EventSelectors:
        - ReadWriteType: WriteOnly
          DataResources:
            - Type: AWS::S3::Object
              Values: ['arn:aws:s3']
  OneBucket:
    Type: AWS::CloudTrail::Trail
    Properties:
      S3BucketName: audit
      IsLogging: true
      EventSelectors:
        - DataResources:
            - Type: AWS::S3::Object
              Values: ['arn:aws:s3:::orders/']
  LambdaOnly:
    Type: AWS::CloudTrail::Trail
    Properties:
      S3BucketName: audit
      IsLogging: true
      EventSelectors:
        - DataResources:
            - Type: AWS::Lambda::Function
              Values: ['arn:aws:lambda']
  ManagementOnly:
    Type: AWS::CloudTrail::Trail
    Properties:
      S3BucketName: audit
      IsLogging: true
  Advanced:
    Type: AWS::CloudTrail::Trail
    Properties:
      S3BucketName: audit
      IsLogging: true
      AdvancedEventSelectors:
        - Name: S3 data events
          FieldSelectors:
            - Field: eventCategory
              Equals: [Data]
            - Field: resources.type
              Equals: ['AWS::S3::Object']
  AdvancedNarrowed:
    Type: AWS::CloudTrail::Trail
    Properties:
      S3BucketName: audit
      IsLogging: true
      AdvancedEventSelectors:
        - FieldSelectors:
            - Field: eventCategory
              Equals: [Data]
            - Field: resources.type
              Equals: ['AWS::S3::Object']
            - Field: eventName
              Equals: [PutObject]
  Stopped:
    Type: AWS::CloudTrail::Trail
    Properties:
      S3BucketName: audit
      IsLogging: false
      EventSelectors:
        - DataResources:
            - Type: AWS::S3::Object
              Values: ['arn:aws:s3']
  FromParameter:
    Type: AWS::CloudTrail::Trail
    Properties:
      S3BucketName: audit
      IsLogging: true
      EventSelectors:
        - DataResources:
            - Type: AWS::S3::Object
              Values: !Ref DataValues
`;

export default [
  {
    name: 'every bucket (basic and advanced), one bucket, Lambda only, management only, narrowed by event name, stopped, and values from a parameter',
    template: TEMPLATE,
    expect: {
      AllBuckets: { status: 'COMPLIANT', path: ['EventSelectors'] },
      OneBucket: { status: 'NON_COMPLIANT', messageId: 'noDataEvents' },
      LambdaOnly: { status: 'NON_COMPLIANT', messageId: 'noDataEvents' },
      ManagementOnly: { status: 'NON_COMPLIANT', messageId: 'noDataEvents', path: [] },
      Advanced: { status: 'COMPLIANT', path: ['AdvancedEventSelectors'] },
      AdvancedNarrowed: { status: 'NON_COMPLIANT', messageId: 'noDataEvents' },
      Stopped: { status: 'NON_COMPLIANT', messageId: 'notLogging', path: ['IsLogging'] },
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknownDataEvents' },
    },
  },
  {
    name: 'S3BucketNames: the named bucket is logged by its prefix or by every-bucket selectors',
    params: { S3BucketNames: 'orders' },
    template: TEMPLATE,
    expect: {
      AllBuckets: 'COMPLIANT',
      OneBucket: 'COMPLIANT',
      LambdaOnly: { status: 'NON_COMPLIANT', messageId: 'noDataEvents' },
      ManagementOnly: { status: 'NON_COMPLIANT', messageId: 'noDataEvents' },
      Advanced: 'COMPLIANT',
      AdvancedNarrowed: { status: 'NON_COMPLIANT', messageId: 'noDataEvents' },
      Stopped: { status: 'NON_COMPLIANT', messageId: 'notLogging' },
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknownDataEvents' },
    },
  },
  {
    name: 'hcl: an event selector for every bucket, an advanced selector for one bucket, and none',
    hcl: `
resource "aws_cloudtrail" "all" {
  name           = "all"
  s3_bucket_name = "audit"

  event_selector {
    read_write_type           = "All"
    include_management_events = true

    data_resource {
      type   = "AWS::S3::Object"
      values = ["arn:aws:s3"]
    }
  }
}

resource "aws_cloudtrail" "one" {
  name           = "one"
  s3_bucket_name = "audit"

  advanced_event_selector {
    name = "orders"
    field_selector {
      field  = "eventCategory"
      equals = ["Data"]
    }
    field_selector {
      field  = "resources.type"
      equals = ["AWS::S3::Object"]
    }
    field_selector {
      field       = "resources.ARN"
      starts_with = ["arn:aws:s3:::orders/"]
    }
  }
}

resource "aws_cloudtrail" "none" {
  name           = "none"
  s3_bucket_name = "audit"
}
`,
    expect: {
      'aws_cloudtrail.all': 'COMPLIANT',
      'aws_cloudtrail.one': { status: 'NON_COMPLIANT', messageId: 'noDataEvents' },
      'aws_cloudtrail.none': { status: 'NON_COMPLIANT', messageId: 'noDataEvents' },
    },
  },
  {
    name: 'plan: every bucket, no selectors, logging stopped, and data values known after apply',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_cloudtrail.all', {
          name: 'all',
          s3_bucket_name: 'audit',
          enable_logging: true,
          event_selector: [{ read_write_type: 'All', include_management_events: true, exclude_management_event_sources: [], data_resource: [{ type: 'AWS::S3::Object', values: ['arn:aws:s3'] }] }],
          advanced_event_selector: [],
        }),
        created('aws_cloudtrail.none', { name: 'none', s3_bucket_name: 'audit', enable_logging: true, event_selector: [], advanced_event_selector: [] }),
        created('aws_cloudtrail.stopped', {
          name: 'stopped',
          s3_bucket_name: 'audit',
          enable_logging: false,
          event_selector: [{ read_write_type: 'All', include_management_events: true, data_resource: [{ type: 'AWS::S3::Object', values: ['arn:aws:s3'] }] }],
          advanced_event_selector: [],
        }),
        created(
          'aws_cloudtrail.later',
          { name: 'later', s3_bucket_name: 'audit', enable_logging: true, event_selector: [{ read_write_type: 'All', include_management_events: true, data_resource: [{ type: 'AWS::S3::Object' }] }], advanced_event_selector: [] },
          { event_selector: [{ data_resource: [{ values: true }] }] },
        ),
      ],
    },
    expect: {
      'aws_cloudtrail.all': 'COMPLIANT',
      'aws_cloudtrail.none': { status: 'NON_COMPLIANT', messageId: 'noDataEvents' },
      'aws_cloudtrail.stopped': { status: 'NON_COMPLIANT', messageId: 'notLogging' },
      'aws_cloudtrail.later': { status: 'INSUFFICIENT_DATA', messageId: 'unknownDataEvents' },
    },
  },
] satisfies RuleCase[];
