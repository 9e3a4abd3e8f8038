import { accountItem, buildConfigurationItem, FIXTURE_ACCOUNT, FIXTURE_REGION } from '../../config-fixtures.js';
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
  /** The alarm names its metric `!Ref <filter>` (the filter's name), which the filter's metric is called too. */
  alarmOnFilter?: boolean;
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
${link.alarmOnFilter ? `      FilterName: ${name}Metric\n` : ''}      LogGroupName: !Ref ${group}
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
      MetricName: ${link.alarmOnFilter ? `!Ref ${name}Filter` : `${name}Metric`}
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

const ACCOUNT = '(account)';
const CONFIG_ACCOUNT = FIXTURE_ACCOUNT;

type Expected = RuleCase['expect'][string];
const fails = (includes: string): Expected => ({ status: 'NON_COMPLIANT', messageId: 'notMonitored', messageIncludes: includes });
const unknownCase: Expected = { status: 'INSUFFICIENT_DATA', messageId: 'unknownMonitoring' };

/** `alarmOnFilter`: the alarm names its metric by the filter (`.id`, the filter's name), called `filterName`. */
function hclChain(event: MonitoredEvent, withFilter: boolean, alarmOnFilter?: { filterName: string }): string {
  const filter = `
resource "aws_cloudwatch_log_metric_filter" "cis" {
  name           = "${alarmOnFilter?.filterName ?? 'cis'}"
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
  metric_name         = ${alarmOnFilter ? 'aws_cloudwatch_log_metric_filter.cis.id' : `"${event.id}"`}
  namespace           = "CISBenchmark"
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  alarm_actions       = [aws_sns_topic.alerts.arn]
}
`;
  return `
resource "aws_cloudwatch_log_group" "trail" {
  name = "cloudtrail"
}

resource "aws_cloudtrail" "main" {
  name                       = "main"
  s3_bucket_name             = "audit"
  is_multi_region_trail      = true
  cloud_watch_logs_group_arn = "\${aws_cloudwatch_log_group.trail.arn}:*"
  cloud_watch_logs_role_arn  = "arn:aws:iam::123456789012:role/cloudtrail-to-logs"
}
${withFilter ? filter : ''}`;
}

export function monitoringCases(event: MonitoredEvent, wider: readonly string[] = []): RuleCase[] {
  const scenarios: [string, Link, Expected][] = [
    ['the CIS pattern as written', { logGroup: 'own', pattern: event.pattern }, { status: 'COMPLIANT', messageId: 'monitored', path: ['Trails', 0] }],
    ['the CIS pattern reformatted', { logGroup: 'own', pattern: reformatted(event.pattern) }, 'COMPLIANT'],
    ...wider.map((pattern, index): [string, Link, Expected] => [`a wider pattern (${index + 1})`, { logGroup: 'own', pattern }, 'COMPLIANT']),
    ['a narrower pattern', { logGroup: 'own', pattern: narrowed(event.pattern) }, fails('pattern matching every event')],
    ['an alarm naming its metric by the filter (!Ref, the filter name)', { logGroup: 'own', pattern: event.pattern, alarmOnFilter: true }, 'COMPLIANT'],
    ['no alarm on the metric', { logGroup: 'own', pattern: event.pattern, alarm: 'none' }, fails('no alarm')],
    ['an alarm with its actions disabled', { logGroup: 'own', pattern: event.pattern, alarm: 'disabled' }, fails('actions disabled')],
    ['a topic without subscriptions', { logGroup: 'own', pattern: event.pattern, alarm: 'unsubscribed' }, fails('has no subscription')],
    ['a log group without filters', { logGroup: 'own' }, fails('no metric filter')],
    ['a trail without a log group', {}, fails('CloudWatchLogsLogGroupArn is not set')],
    ['a single-Region trail', { logGroup: 'own', pattern: event.pattern, multiRegion: false }, fails('not multi-Region')],
    ['a stopped trail', { logGroup: 'own', pattern: event.pattern, logging: false }, fails('not logging')],
    ['a log group outside the template', { logGroup: 'arn:aws:logs:us-east-1:123456789012:log-group:elsewhere:*' }, unknownCase],
    ['a topic outside the template', { logGroup: 'own', pattern: event.pattern, alarm: 'outside' }, unknownCase],
    ['a pattern from a parameter without a default', { logGroup: 'own', pattern: '!Ref Pattern' }, unknownCase],
  ];
  const topicArn = `arn:aws:sns:${FIXTURE_REGION}:${FIXTURE_ACCOUNT}:security-alerts`;
  const trailArn = (name: string) => `arn:aws:cloudtrail:${FIXTURE_REGION}:${FIXTURE_ACCOUNT}:trail/${name}`;
  const trail = (name: string, fields: Record<string, unknown>) =>
    buildConfigurationItem(
      'AWS::CloudTrail::Trail',
      { name, s3BucketName: 'audit', isMultiRegionTrail: true, includeGlobalServiceEvents: true, logFileValidationEnabled: true, hasCustomEventSelectors: false, homeRegion: FIXTURE_REGION, trailARN: trailArn(name), ...fields },
      { resourceId: name, resourceName: name, ARN: trailArn(name) },
    );
  const plan = (changes: object[]) => ({ format_version: '1.2', terraform_version: '1.9.5', resource_changes: changes });
  const planTrail = (name: string) => created(`aws_cloudtrail.${name}`, { name, s3_bucket_name: 'audit', enable_logging: true, is_multi_region_trail: true, cloud_watch_logs_group_arn: `arn:aws:logs:us-east-1:123456789012:log-group:${name}:*` });
  return [
    ...scenarios.map(([name, link, expected]): RuleCase => ({ name: `${event.id}: ${name}`, template: chainTemplate(event, { Trail: link }), expect: { [ACCOUNT]: expected } })),
    {
      name: `${event.id}: a single-Region trail beside a monitored multi-Region one`,
      template: chainTemplate(event, { Regional: { logGroup: 'own', pattern: event.pattern, multiRegion: false }, Everywhere: { logGroup: 'own', pattern: event.pattern } }),
      expect: { [ACCOUNT]: { status: 'COMPLIANT', messageId: 'monitored', path: ['Trails', 1] } },
    },
    { name: `${event.id} hcl: the whole chain`, hcl: hclChain(event, true), expect: { [ACCOUNT]: 'COMPLIANT' } },
    { name: `${event.id} hcl: a log group without a filter`, hcl: hclChain(event, false), expect: { [ACCOUNT]: fails('no metric filter') } },
    {
      name: `${event.id} hcl: an alarm on the metric named after its filter (metric_name = the filter's id)`,
      hcl: hclChain(event, true, { filterName: event.id }),
      expect: { [ACCOUNT]: 'COMPLIANT' },
    },
    {
      name: `${event.id} hcl: an alarm on the filter's name where the filter's metric has another name`,
      hcl: hclChain(event, true, { filterName: 'cis' }),
      expect: { [ACCOUNT]: fails('no alarm') },
    },
    {
      name: `${event.id} plan: literal names and ARNs along the chain`,
      plan: plan([
        planTrail('cloudtrail'),
        created('aws_cloudwatch_log_group.trail', { name: 'cloudtrail', retention_in_days: 365 }),
        created('aws_cloudwatch_log_metric_filter.cis', { name: 'cis', log_group_name: 'cloudtrail', pattern: event.pattern, metric_transformation: [{ name: event.id, namespace: 'CISBenchmark', value: '1' }] }),
        created('aws_cloudwatch_metric_alarm.cis', { alarm_name: 'cis', metric_name: event.id, namespace: 'CISBenchmark', actions_enabled: true, alarm_actions: [topicArn] }),
        created('aws_sns_topic.alerts', { name: 'security-alerts' }, { arn: true }),
        created('aws_sns_topic_subscription.security', { topic_arn: topicArn, protocol: 'email', endpoint: 'security@example.com' }),
      ]),
      expect: { [ACCOUNT]: 'COMPLIANT' },
    },
    {
      name: `${event.id} plan: an alarm without actions`,
      plan: plan([
        planTrail('silent'),
        created('aws_cloudwatch_log_group.silent', { name: 'silent' }),
        created('aws_cloudwatch_log_metric_filter.silent', { name: 'silent', log_group_name: 'silent', pattern: event.pattern, metric_transformation: [{ name: 'silent', namespace: 'CISBenchmark', value: '1' }] }),
        created('aws_cloudwatch_metric_alarm.silent', { alarm_name: 'silent', metric_name: 'silent', namespace: 'CISBenchmark', actions_enabled: true, alarm_actions: [] }),
      ]),
      expect: { [ACCOUNT]: fails('notifies no SNS topic') },
    },
    {
      name: `${event.id} plan: a pattern known after apply`,
      plan: plan([
        planTrail('later'),
        created('aws_cloudwatch_log_group.later', { name: 'later' }),
        created('aws_cloudwatch_log_metric_filter.later', { name: 'later', log_group_name: 'later', metric_transformation: [{ name: 'later', namespace: 'CISBenchmark', value: '1' }] }, { pattern: true }),
      ]),
      expect: { [ACCOUNT]: unknownCase },
    },
    {
      name: `${event.id} config: a trail with its filter, alarm, topic and subscription read beside it`,
      items: [
        accountItem({ trails: [] }),
        trail('monitored', { isLogging: true, cloudWatchLogsLogGroupArn: 'arn:aws:logs:us-east-1:123456789012:log-group:cloudtrail:*' }),
        buildConfigurationItem('AWS::Logs::MetricFilter', { filterName: 'cis', logGroupName: 'cloudtrail', filterPattern: event.pattern, metricTransformations: [{ metricName: event.id, metricNamespace: 'CISBenchmark', metricValue: '1' }] }, { resourceId: 'cis' }),
        buildConfigurationItem('AWS::CloudWatch::Alarm', { alarmName: 'cis', metricName: event.id, namespace: 'CISBenchmark', actionsEnabled: true, alarmActions: [topicArn] }, { resourceId: 'cis' }),
        buildConfigurationItem('AWS::SNS::Topic', { TopicArn: topicArn, Owner: FIXTURE_ACCOUNT }, { resourceId: topicArn, resourceName: 'security-alerts', ARN: topicArn }),
        buildConfigurationItem('AWS::SNS::Subscription', { subscriptionArn: `${topicArn}:1a2b`, topicArn, protocol: 'email', endpoint: 'security@example.com' }, { resourceId: `${topicArn}:1a2b` }),
      ],
      expect: { [CONFIG_ACCOUNT]: 'COMPLIANT' },
    },
    { name: `${event.id} config: a trail without a log group`, items: [accountItem({ trails: [] }), trail('unlogged', { isLogging: true })], expect: { [CONFIG_ACCOUNT]: fails('not set') } },
    {
      name: `${event.id} config: a trail whose metric filters were not read`,
      items: [accountItem({ trails: [] }), trail('unread', { isLogging: true, cloudWatchLogsLogGroupArn: 'arn:aws:logs:us-east-1:123456789012:log-group:unread:*' })],
      expect: { [CONFIG_ACCOUNT]: unknownCase },
    },
  ];
}
