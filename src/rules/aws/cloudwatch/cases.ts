import { buildConfigurationItem, FIXTURE_ACCOUNT, FIXTURE_REGION } from '../../config-fixtures.js';
import type { MonitoredEvent } from '../../lib/cis-monitoring.js';
import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

/**
 * The cases every CIS monitoring rule shares, built from its CIS pattern: the pattern as written,
 * reformatted (no spaces, values quoted the other way, terms of each group reversed), wider ones
 * the rule gives, and narrower ones (the last term's value changed: one event fewer, or a
 * condition the CIS pattern does not have), each at the end of a trail → log group → filter →
 * alarm → topic → subscription chain; then each link missing or leaving the input, in every kind
 * of input.
 */

/** No spaces, bare values quoted and quoted ones bare, and the order of `||`/`&&` terms reversed where that is safe (one level). */
export function reformatted(pattern: string): string {
  const toggled = pattern.replace(/(=|!=)\s*("([^"]*)"|[^\s()&|]+)/g, (_match, operator: string, value: string, quoted: string | undefined) =>
    quoted !== undefined && !/[\s*]/.test(quoted) && /^[\w.]+$/.test(quoted) ? `${operator}${quoted}` : value.startsWith('"') ? `${operator}${value}` : `${operator}"${value}"`,
  );
  const body = toggled.trim().slice(1, -1).trim();
  // Reverse top-level terms when the pattern is a flat list of `||` terms only.
  const terms = splitTopLevel(body, '||');
  const reordered = terms.length > 1 && !body.includes('&&') ? terms.reverse().join('||') : body;
  // Spaces go, except inside quoted values and between NOT and EXISTS.
  const squeezed = reordered.split(/("[^"]*")/).map((part) => (part.startsWith('"') ? part : part.replace(/\s+/g, ''))).join('');
  return `{${squeezed.replace(/NOTEXISTS/g, ' NOT EXISTS')}}`;
}

function splitTopLevel(body: string, operator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < body.length; index++) {
    const char = body[index];
    if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (depth === 0 && body.startsWith(operator, index)) {
      parts.push(body.slice(start, index).trim());
      start = index + operator.length;
    }
  }
  parts.push(body.slice(start).trim());
  return parts;
}

/** The pattern with its last value changed: one alternative fewer, or a condition of its own. */
export function narrowed(pattern: string): string {
  return pattern.replace(/(=|!=)\s*("[^"]*"|[^\s()&|]+)(?![\s\S]*(=|!=))/, (_match, operator: string) => `${operator} "SomethingElse"`);
}

const yamlQuote = (text: string) => `'${text.replaceAll("'", "''")}'`;

interface Link {
  /** The trail's log group: `!GetAtt <group>.Arn`, a literal ARN, or none. */
  logGroup?: string;
  pattern?: string;
  alarm?: 'notifies' | 'disabled' | 'none' | 'outside' | 'unsubscribed';
  multiRegion?: boolean;
  logging?: boolean;
}

function chainTemplate(event: MonitoredEvent, chains: Record<string, Link>): string {
  let resources = '';
  for (const [name, link] of Object.entries(chains)) {
    const group = `${name}Logs`;
    const topic = `${name}Topic`;
    resources += `  ${name}:
    Type: AWS::CloudTrail::Trail
    Properties:
      S3BucketName: audit
      IsLogging: ${link.logging ?? true}
      IsMultiRegionTrail: ${link.multiRegion ?? true}
${link.logGroup === undefined ? '' : `      CloudWatchLogsLogGroupArn: ${link.logGroup === 'own' ? `!GetAtt ${group}.Arn` : link.logGroup}\n`}`;
    if (link.logGroup !== 'own') continue;
    resources += `  ${group}:
    Type: AWS::Logs::LogGroup
    Properties:
      RetentionInDays: 365
`;
    if (link.pattern === undefined) continue;
    resources += `  ${name}Filter:
    Type: AWS::Logs::MetricFilter
    Properties:
      LogGroupName: !Ref ${group}
      FilterPattern: ${link.pattern.startsWith('!') ? link.pattern : yamlQuote(link.pattern)}
      MetricTransformations:
        - MetricName: ${name}Metric
          MetricNamespace: CISBenchmark
          MetricValue: '1'
`;
    const alarm = link.alarm ?? 'notifies';
    if (alarm === 'none') continue;
    resources += `  ${name}Alarm:
    Type: AWS::CloudWatch::Alarm
    Properties:
      MetricName: ${name}Metric
      Namespace: CISBenchmark
      Statistic: Sum
      Period: 300
      EvaluationPeriods: 1
      Threshold: 1
      ComparisonOperator: GreaterThanOrEqualToThreshold
${alarm === 'disabled' ? '      ActionsEnabled: false\n' : ''}      AlarmActions: [${alarm === 'outside' ? `arn:aws:sns:us-east-1:123456789012:elsewhere` : `!Ref ${topic}`}]
`;
    if (alarm === 'outside') continue;
    resources += `  ${topic}:
    Type: AWS::SNS::Topic
    Properties:
      DisplayName: ${name}
`;
    if (alarm !== 'unsubscribed') {
      resources += `  ${name}Subscription:
    Type: AWS::SNS::Subscription
    Properties:
      TopicArn: !Ref ${topic}
      Protocol: email
      Endpoint: security@example.com
`;
    }
  }
  return `Parameters:\n  Pattern:\n    Type: String\nResources:\n${resources}`;
}

export function monitoringCases(event: MonitoredEvent, wider: readonly string[] = []): RuleCase[] {
  const wide = Object.fromEntries(wider.map((pattern, index) => [`Wider${index + 1}`, { logGroup: 'own', pattern } satisfies Link]));
  const template = chainTemplate(event, {
    Exact: { logGroup: 'own', pattern: event.pattern },
    Reformatted: { logGroup: 'own', pattern: reformatted(event.pattern) },
    ...wide,
    Narrower: { logGroup: 'own', pattern: narrowed(event.pattern) },
    NoAlarm: { logGroup: 'own', pattern: event.pattern, alarm: 'none' },
    Disabled: { logGroup: 'own', pattern: event.pattern, alarm: 'disabled' },
    Unsubscribed: { logGroup: 'own', pattern: event.pattern, alarm: 'unsubscribed' },
    NoFilter: { logGroup: 'own' },
    NoLogGroup: {},
    SingleRegion: { logGroup: 'own', pattern: event.pattern, multiRegion: false },
    Stopped: { logGroup: 'own', pattern: event.pattern, logging: false },
    GroupElsewhere: { logGroup: 'arn:aws:logs:us-east-1:123456789012:log-group:elsewhere:*' },
    TopicElsewhere: { logGroup: 'own', pattern: event.pattern, alarm: 'outside' },
    PatternFromParameter: { logGroup: 'own', pattern: '!Ref Pattern' },
  });
  const topicArn = `arn:aws:sns:${FIXTURE_REGION}:${FIXTURE_ACCOUNT}:security-alerts`;
  const trailArn = (name: string) => `arn:aws:cloudtrail:${FIXTURE_REGION}:${FIXTURE_ACCOUNT}:trail/${name}`;
  const trail = (name: string, fields: Record<string, unknown>) =>
    buildConfigurationItem(
      'AWS::CloudTrail::Trail',
      { name, s3BucketName: 'audit', isMultiRegionTrail: true, includeGlobalServiceEvents: true, logFileValidationEnabled: true, hasCustomEventSelectors: false, homeRegion: FIXTURE_REGION, trailARN: trailArn(name), ...fields },
      { resourceId: name, resourceName: name, ARN: trailArn(name) },
    );
  return [
    {
      name: `${event.id}: the CIS pattern as written, reformatted and wider pass; narrower, and every missing link, fail; links outside the template are unknown`,
      template,
      expect: {
        Exact: { status: 'COMPLIANT', messageId: 'monitored' },
        Reformatted: 'COMPLIANT',
        ...Object.fromEntries(Object.keys(wide).map((name) => [name, 'COMPLIANT' as const])),
        Narrower: { status: 'NON_COMPLIANT', messageId: 'noFilter' },
        NoAlarm: { status: 'NON_COMPLIANT', messageId: 'noAlarm' },
        Disabled: { status: 'NON_COMPLIANT', messageId: 'noAlarm' },
        Unsubscribed: { status: 'NON_COMPLIANT', messageId: 'noSubscription' },
        NoFilter: { status: 'NON_COMPLIANT', messageId: 'noFilter' },
        NoLogGroup: { status: 'NON_COMPLIANT', messageId: 'noLogGroup', path: [] },
        SingleRegion: { status: 'NOT_APPLICABLE', messageId: 'notMultiRegion' },
        Stopped: { status: 'NON_COMPLIANT', messageId: 'notLogging' },
        GroupElsewhere: { status: 'INSUFFICIENT_DATA', messageId: 'unknownMonitoring' },
        TopicElsewhere: { status: 'INSUFFICIENT_DATA', messageId: 'unknownMonitoring' },
        PatternFromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknownMonitoring' },
      },
    },
    {
      name: `${event.id} hcl: the whole chain, and a log group without a filter`,
      hcl: `
resource "aws_cloudwatch_log_group" "trail" {
  name = "cloudtrail"
}

resource "aws_cloudtrail" "monitored" {
  name                       = "monitored"
  s3_bucket_name             = "audit"
  is_multi_region_trail      = true
  cloud_watch_logs_group_arn = "\${aws_cloudwatch_log_group.trail.arn}:*"
  cloud_watch_logs_role_arn  = "arn:aws:iam::123456789012:role/cloudtrail-to-logs"
}

resource "aws_cloudwatch_log_metric_filter" "cis" {
  name           = "cis"
  log_group_name = aws_cloudwatch_log_group.trail.name
  pattern        = ${JSON.stringify(event.pattern)}

  metric_transformation {
    name      = "${event.id}"
    namespace = "CISBenchmark"
    value     = "1"
  }
}

resource "aws_sns_topic" "alerts" {
  name = "security-alerts"
}

resource "aws_sns_topic_subscription" "security" {
  topic_arn = aws_sns_topic.alerts.arn
  protocol  = "email"
  endpoint  = "security@example.com"
}

resource "aws_cloudwatch_metric_alarm" "cis" {
  alarm_name          = "cis"
  metric_name         = "${event.id}"
  namespace           = "CISBenchmark"
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  alarm_actions       = [aws_sns_topic.alerts.arn]
}

resource "aws_cloudwatch_log_group" "bare" {
  name = "bare"
}

resource "aws_cloudtrail" "unwatched" {
  name                       = "unwatched"
  s3_bucket_name             = "audit"
  is_multi_region_trail      = true
  cloud_watch_logs_group_arn = "\${aws_cloudwatch_log_group.bare.arn}:*"
}
`,
      expect: {
        'aws_cloudtrail.monitored': 'COMPLIANT',
        'aws_cloudtrail.unwatched': { status: 'NON_COMPLIANT', messageId: 'noFilter' },
      },
    },
    {
      name: `${event.id} plan: literal names and ARNs along the chain, an alarm without actions, and a pattern known after apply`,
      plan: {
        format_version: '1.2',
        terraform_version: '1.9.5',
        resource_changes: [
          created('aws_cloudtrail.monitored', { name: 'monitored', s3_bucket_name: 'audit', enable_logging: true, is_multi_region_trail: true, cloud_watch_logs_group_arn: 'arn:aws:logs:us-east-1:123456789012:log-group:cloudtrail:*' }),
          created('aws_cloudwatch_log_group.trail', { name: 'cloudtrail', retention_in_days: 365 }),
          created('aws_cloudwatch_log_metric_filter.cis', { name: 'cis', log_group_name: 'cloudtrail', pattern: event.pattern, metric_transformation: [{ name: event.id, namespace: 'CISBenchmark', value: '1' }] }),
          created('aws_cloudwatch_metric_alarm.cis', { alarm_name: 'cis', metric_name: event.id, namespace: 'CISBenchmark', actions_enabled: true, alarm_actions: [topicArn] }),
          created('aws_sns_topic.alerts', { name: 'security-alerts' }, { arn: true }),
          created('aws_sns_topic_subscription.security', { topic_arn: topicArn, protocol: 'email', endpoint: 'security@example.com' }),
          created('aws_cloudtrail.silent', { name: 'silent', s3_bucket_name: 'audit', enable_logging: true, is_multi_region_trail: true, cloud_watch_logs_group_arn: 'arn:aws:logs:us-east-1:123456789012:log-group:silent:*' }),
          created('aws_cloudwatch_log_group.silent', { name: 'silent' }),
          created('aws_cloudwatch_log_metric_filter.silent', { name: 'silent', log_group_name: 'silent', pattern: event.pattern, metric_transformation: [{ name: 'silent', namespace: 'CISBenchmark', value: '1' }] }),
          created('aws_cloudwatch_metric_alarm.silent', { alarm_name: 'silent', metric_name: 'silent', namespace: 'CISBenchmark', actions_enabled: true, alarm_actions: [] }),
          created('aws_cloudtrail.later', { name: 'later', s3_bucket_name: 'audit', enable_logging: true, is_multi_region_trail: true, cloud_watch_logs_group_arn: 'arn:aws:logs:us-east-1:123456789012:log-group:later:*' }),
          created('aws_cloudwatch_log_group.later', { name: 'later' }),
          created('aws_cloudwatch_log_metric_filter.later', { name: 'later', log_group_name: 'later', metric_transformation: [{ name: 'later', namespace: 'CISBenchmark', value: '1' }] }, { pattern: true }),
        ],
      },
      expect: {
        'aws_cloudtrail.monitored': 'COMPLIANT',
        'aws_cloudtrail.silent': { status: 'NON_COMPLIANT', messageId: 'noTopic' },
        'aws_cloudtrail.later': { status: 'INSUFFICIENT_DATA', messageId: 'unknownMonitoring' },
      },
    },
    {
      name: `${event.id} config: a trail with its filter, alarm, topic and subscription read beside it; one without a log group; one whose filters were not read`,
      items: [
        trail('monitored', { isLogging: true, cloudWatchLogsLogGroupArn: 'arn:aws:logs:us-east-1:123456789012:log-group:cloudtrail:*' }),
        buildConfigurationItem('AWS::Logs::MetricFilter', { filterName: 'cis', logGroupName: 'cloudtrail', filterPattern: event.pattern, metricTransformations: [{ metricName: event.id, metricNamespace: 'CISBenchmark', metricValue: '1' }] }, { resourceId: 'cis' }),
        buildConfigurationItem('AWS::CloudWatch::Alarm', { alarmName: 'cis', metricName: event.id, namespace: 'CISBenchmark', actionsEnabled: true, alarmActions: [topicArn] }, { resourceId: 'cis' }),
        buildConfigurationItem('AWS::SNS::Topic', { TopicArn: topicArn, Owner: FIXTURE_ACCOUNT }, { resourceId: topicArn, resourceName: 'security-alerts', ARN: topicArn }),
        buildConfigurationItem('AWS::SNS::Subscription', { subscriptionArn: `${topicArn}:1a2b`, topicArn, protocol: 'email', endpoint: 'security@example.com' }, { resourceId: `${topicArn}:1a2b` }),
        trail('unlogged', {}),
        trail('unread', { cloudWatchLogsLogGroupArn: 'arn:aws:logs:us-east-1:123456789012:log-group:unread:*' }),
      ],
      expect: {
        monitored: 'COMPLIANT',
        unlogged: { status: 'NON_COMPLIANT', messageId: 'noLogGroup' },
        unread: { status: 'INSUFFICIENT_DATA', messageId: 'unknownMonitoring' },
      },
    },
  ];
}
