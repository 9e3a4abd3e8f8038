import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

/** One trail per document (the account is judged), from the resources below. */
const TRAILS = `
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

const trail = (name: string): string => {
  const start = TRAILS.indexOf(`  ${name}:\n`);
  const next = TRAILS.slice(start + 1).search(/\n {2}[A-Za-z]+:\n/);
  const body = next < 0 ? TRAILS.slice(start) : TRAILS.slice(start, start + 1 + next + 1);
  return `Parameters:\n  DataValues:\n    Type: CommaDelimitedList\nResources:\n${body}`;
};
const ACCOUNT = '(account)';
const fails: RuleCase['expect'][string] = { status: 'NON_COMPLIANT', messageId: 'noDataEvents' };
const unknownCase: RuleCase['expect'][string] = { status: 'INSUFFICIENT_DATA', messageId: 'unknownDataEvents' };

const perTrail = (params: Record<string, unknown> | undefined, expected: Record<string, RuleCase['expect'][string]>): RuleCase[] =>
  Object.entries(expected).map(([name, want]) => ({ name: `${name}${params ? ' (S3BucketNames: orders)' : ''}`, ...(params ? { params } : {}), template: trail(name), expect: { [ACCOUNT]: want } }));

export default [
  ...perTrail(undefined, {
    AllBuckets: { status: 'COMPLIANT', messageId: 'logsDataEvents', path: ['Trails', 0] },
    OneBucket: fails,
    LambdaOnly: fails,
    ManagementOnly: fails,
    Advanced: 'COMPLIANT',
    AdvancedNarrowed: fails,
    Stopped: { status: 'NON_COMPLIANT', messageId: 'noDataEvents', messageIncludes: 'not logging' },
    FromParameter: unknownCase,
  }),
  ...perTrail({ S3BucketNames: 'orders' }, { OneBucket: 'COMPLIANT', AllBuckets: 'COMPLIANT', LambdaOnly: fails }),
  {
    name: 'a trail logging every bucket beside one logging none',
    template: `Resources:
  ManagementOnly:
    Type: AWS::CloudTrail::Trail
    Properties:
      S3BucketName: audit
      IsLogging: true
  AllBuckets:
    Type: AWS::CloudTrail::Trail
    Properties:
      S3BucketName: audit
      IsLogging: true
      EventSelectors:
        - DataResources:
            - Type: AWS::S3::Object
              Values: ['arn:aws:s3']
`,
    expect: { [ACCOUNT]: { status: 'COMPLIANT', path: ['Trails', 1] } },
  },
  {
    name: 'hcl: an event selector for every bucket beside an advanced selector for one bucket and none',
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
    expect: { [ACCOUNT]: 'COMPLIANT' },
  },
  {
    name: 'hcl: an advanced selector for one bucket',
    hcl: `
resource "aws_cloudtrail" "one" {
  name           = "one"
  s3_bucket_name = "audit"

  advanced_event_selector {
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
`,
    expect: { [ACCOUNT]: fails },
  },
  ...(
    [
      ['every bucket', 'COMPLIANT', created('aws_cloudtrail.all', { name: 'all', s3_bucket_name: 'audit', enable_logging: true, event_selector: [{ read_write_type: 'All', include_management_events: true, exclude_management_event_sources: [], data_resource: [{ type: 'AWS::S3::Object', values: ['arn:aws:s3'] }] }], advanced_event_selector: [] })],
      ['no selectors', fails, created('aws_cloudtrail.none', { name: 'none', s3_bucket_name: 'audit', enable_logging: true, event_selector: [], advanced_event_selector: [] })],
      ['logging stopped', fails, created('aws_cloudtrail.stopped', { name: 'stopped', s3_bucket_name: 'audit', enable_logging: false, event_selector: [{ read_write_type: 'All', include_management_events: true, data_resource: [{ type: 'AWS::S3::Object', values: ['arn:aws:s3'] }] }], advanced_event_selector: [] })],
      [
        'data values known after apply',
        unknownCase,
        created(
          'aws_cloudtrail.later',
          { name: 'later', s3_bucket_name: 'audit', enable_logging: true, event_selector: [{ read_write_type: 'All', include_management_events: true, data_resource: [{ type: 'AWS::S3::Object' }] }], advanced_event_selector: [] },
          { event_selector: [{ data_resource: [{ values: true }] }] },
        ),
      ],
    ] as const
  ).map(([name, want, change]): RuleCase => ({ name: `plan: ${name}`, plan: { format_version: '1.2', terraform_version: '1.9.5', resource_changes: [change] }, expect: { [ACCOUNT]: want } })),
] satisfies RuleCase[];
