import type { ResourceGraph } from '../../model/graph.js';
import type { Resource } from '../../model/resource.js';
import { isUnknown, unknown, type Unknown } from '../../model/unknown.js';
import { isObject, type Value } from '../../model/value.js';
import { defineRule } from '../define.js';
import { existence } from './certainty.js';
import { judgeAccountTrails, trailFlag, type TrailCheck } from './cloudtrail.js';
import { readFilterPattern, patternCovers, type Cnf } from './filter-patterns.js';
import { booleanSetting } from './settings.js';

/**
 * CIS AWS Foundations section 4 (Security Hub CloudWatch.1–CloudWatch.14): the account's
 * CloudTrail events reach a CloudWatch Logs log group, a metric filter on that group counts the
 * events a CIS pattern selects, an alarm watches the filter's metric, and the alarm notifies an
 * SNS topic someone is subscribed to. The chain is followed from a trail:
 *
 *   trail (multi-Region, logging) --CloudWatchLogsLogGroupArn--> log group
 *   metric filter --LogGroupName--> log group, FilterPattern covering the CIS pattern
 *   alarm --MetricName/Namespace (or Metrics[].MetricStat)--> the filter's metric, actions enabled
 *   alarm --AlarmActions--> SNS topic <--TopicArn-- subscription (or the topic's own Subscription)
 *
 * Links go through graph references or literal names and ARNs, looked up in indexes built once per
 * graph. A link whose far end is not in the input (a log group, topic or alarm declared elsewhere)
 * is INSUFFICIENT_DATA; so is a missing neighbour of a deployed resource read from AWS Config,
 * which records neither metric filters nor subscriptions. A pattern counts when it matches at
 * least every event the CIS pattern matches (see `filter-patterns.ts`).
 */

export interface MonitoredEvent {
  /** Rule id, `CLOUDWATCH_ALARM_<EVENT>`. */
  id: string;
  /** Security Hub control, `CloudWatch.N`. */
  control: string;
  /** CIS AWS Foundations recommendation number in section 4 of v1.4.0, v3.0.0 and v5.0.0. */
  cis: string;
  /** What is monitored, for titles and messages ("usage of the root user"). */
  what: string;
  /** The CIS pattern (the latest benchmark's where it narrowed), fully parenthesised. */
  pattern: string;
}

/**
 * The CIS patterns (CIS AWS Foundations Benchmark v1.4.0–v5.0.0 section 4; Security Hub CloudWatch
 * controls). Where a later benchmark narrowed a pattern (unauthorized API calls, sign-in without
 * MFA, route tables, root usage), the narrower one is required: a filter with the older, wider
 * pattern matches every event it does, and passes.
 */
export const MONITORED_EVENTS = {
  rootUsage: {
    id: 'CLOUDWATCH_ALARM_ROOT_USER_USAGE',
    control: 'CloudWatch.1',
    cis: '4.3',
    what: 'usage of the root user',
    pattern: '{ ($.userIdentity.type = "Root") && ($.userIdentity.invokedBy NOT EXISTS) && ($.eventType != "AwsServiceEvent") }',
  },
  unauthorizedApiCalls: {
    id: 'CLOUDWATCH_ALARM_UNAUTHORIZED_API_CALLS',
    control: 'CloudWatch.2',
    cis: '4.1',
    what: 'unauthorized API calls',
    pattern: '{ (($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*")) && ($.sourceIPAddress != "delivery.logs.amazonaws.com") && ($.eventName != "HeadBucket") }',
  },
  signInWithoutMfa: {
    id: 'CLOUDWATCH_ALARM_CONSOLE_SIGNIN_WITHOUT_MFA',
    control: 'CloudWatch.3',
    cis: '4.2',
    what: 'console sign-in without MFA',
    pattern: '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") && ($.userIdentity.type = "IAMUser") && ($.responseElements.ConsoleLogin = "Success") }',
  },
  iamPolicyChanges: {
    id: 'CLOUDWATCH_ALARM_IAM_POLICY_CHANGES',
    control: 'CloudWatch.4',
    cis: '4.4',
    what: 'IAM policy changes',
    pattern:
      '{ ($.eventName = DeleteGroupPolicy) || ($.eventName = DeleteRolePolicy) || ($.eventName = DeleteUserPolicy) || ($.eventName = PutGroupPolicy) || ($.eventName = PutRolePolicy) || ($.eventName = PutUserPolicy) || ($.eventName = CreatePolicy) || ($.eventName = DeletePolicy) || ($.eventName = CreatePolicyVersion) || ($.eventName = DeletePolicyVersion) || ($.eventName = AttachRolePolicy) || ($.eventName = DetachRolePolicy) || ($.eventName = AttachUserPolicy) || ($.eventName = DetachUserPolicy) || ($.eventName = AttachGroupPolicy) || ($.eventName = DetachGroupPolicy) }',
  },
  cloudTrailChanges: {
    id: 'CLOUDWATCH_ALARM_CLOUDTRAIL_CHANGES',
    control: 'CloudWatch.5',
    cis: '4.5',
    what: 'CloudTrail configuration changes',
    pattern: '{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ($.eventName = StartLogging) || ($.eventName = StopLogging) }',
  },
  consoleAuthFailures: {
    id: 'CLOUDWATCH_ALARM_CONSOLE_AUTH_FAILURES',
    control: 'CloudWatch.6',
    cis: '4.6',
    what: 'console authentication failures',
    pattern: '{ ($.eventName = ConsoleLogin) && ($.errorMessage = "Failed authentication") }',
  },
  cmkDisableOrDeletion: {
    id: 'CLOUDWATCH_ALARM_CMK_DISABLE_OR_DELETION',
    control: 'CloudWatch.7',
    cis: '4.7',
    what: 'disabling or scheduled deletion of customer managed keys',
    pattern: '{ ($.eventSource = kms.amazonaws.com) && (($.eventName = DisableKey) || ($.eventName = ScheduleKeyDeletion)) }',
  },
  s3BucketPolicyChanges: {
    id: 'CLOUDWATCH_ALARM_S3_BUCKET_POLICY_CHANGES',
    control: 'CloudWatch.8',
    cis: '4.8',
    what: 'S3 bucket policy changes',
    pattern:
      '{ ($.eventSource = s3.amazonaws.com) && (($.eventName = PutBucketAcl) || ($.eventName = PutBucketPolicy) || ($.eventName = PutBucketCors) || ($.eventName = PutBucketLifecycle) || ($.eventName = PutBucketReplication) || ($.eventName = DeleteBucketPolicy) || ($.eventName = DeleteBucketCors) || ($.eventName = DeleteBucketLifecycle) || ($.eventName = DeleteBucketReplication)) }',
  },
  configChanges: {
    id: 'CLOUDWATCH_ALARM_AWS_CONFIG_CHANGES',
    control: 'CloudWatch.9',
    cis: '4.9',
    what: 'AWS Config configuration changes',
    pattern: '{ ($.eventSource = config.amazonaws.com) && (($.eventName = StopConfigurationRecorder) || ($.eventName = DeleteDeliveryChannel) || ($.eventName = PutDeliveryChannel) || ($.eventName = PutConfigurationRecorder)) }',
  },
  securityGroupChanges: {
    id: 'CLOUDWATCH_ALARM_SECURITY_GROUP_CHANGES',
    control: 'CloudWatch.10',
    cis: '4.10',
    what: 'security group changes',
    pattern:
      '{ ($.eventName = AuthorizeSecurityGroupIngress) || ($.eventName = AuthorizeSecurityGroupEgress) || ($.eventName = RevokeSecurityGroupIngress) || ($.eventName = RevokeSecurityGroupEgress) || ($.eventName = CreateSecurityGroup) || ($.eventName = DeleteSecurityGroup) }',
  },
  naclChanges: {
    id: 'CLOUDWATCH_ALARM_NACL_CHANGES',
    control: 'CloudWatch.11',
    cis: '4.11',
    what: 'network ACL changes',
    pattern:
      '{ ($.eventName = CreateNetworkAcl) || ($.eventName = CreateNetworkAclEntry) || ($.eventName = DeleteNetworkAcl) || ($.eventName = DeleteNetworkAclEntry) || ($.eventName = ReplaceNetworkAclEntry) || ($.eventName = ReplaceNetworkAclAssociation) }',
  },
  networkGatewayChanges: {
    id: 'CLOUDWATCH_ALARM_NETWORK_GATEWAY_CHANGES',
    control: 'CloudWatch.12',
    cis: '4.12',
    what: 'network gateway changes',
    pattern:
      '{ ($.eventName = CreateCustomerGateway) || ($.eventName = DeleteCustomerGateway) || ($.eventName = AttachInternetGateway) || ($.eventName = CreateInternetGateway) || ($.eventName = DeleteInternetGateway) || ($.eventName = DetachInternetGateway) }',
  },
  routeTableChanges: {
    id: 'CLOUDWATCH_ALARM_ROUTE_TABLE_CHANGES',
    control: 'CloudWatch.13',
    cis: '4.13',
    what: 'route table changes',
    pattern:
      '{ ($.eventSource = ec2.amazonaws.com) && (($.eventName = CreateRoute) || ($.eventName = CreateRouteTable) || ($.eventName = ReplaceRoute) || ($.eventName = ReplaceRouteTableAssociation) || ($.eventName = DeleteRouteTable) || ($.eventName = DeleteRoute) || ($.eventName = DisassociateRouteTable)) }',
  },
  vpcChanges: {
    id: 'CLOUDWATCH_ALARM_VPC_CHANGES',
    control: 'CloudWatch.14',
    cis: '4.14',
    what: 'VPC changes',
    pattern:
      '{ ($.eventName = CreateVpc) || ($.eventName = DeleteVpc) || ($.eventName = ModifyVpcAttribute) || ($.eventName = AcceptVpcPeeringConnection) || ($.eventName = CreateVpcPeeringConnection) || ($.eventName = DeleteVpcPeeringConnection) || ($.eventName = RejectVpcPeeringConnection) || ($.eventName = AttachClassicLinkVpc) || ($.eventName = DetachClassicLinkVpc) || ($.eventName = DisableVpcClassicLink) || ($.eventName = EnableVpcClassicLink) }',
  },
} as const satisfies Record<string, MonitoredEvent>;

const LOG_GROUP = 'AWS::Logs::LogGroup';
const METRIC_FILTER = 'AWS::Logs::MetricFilter';
const ALARM = 'AWS::CloudWatch::Alarm';
const TOPIC = 'AWS::SNS::Topic';
const SUBSCRIPTION = 'AWS::SNS::Subscription';

/** What the chain found: the resources of a complete chain, or why there is none. */
export type ChainOutcome =
  | { status: 'monitored'; filter: string; alarm: string; topic: string }
  | { status: 'broken'; link: 'logGroup' | 'filter' | 'alarm' | 'topic' | 'subscription'; detail: string }
  | { status: 'unknown'; reason: string };

/** `arn:aws:logs:us-east-1:123456789012:log-group:cloudtrail:*` → `cloudtrail`. */
function logGroupNameOfArn(arn: string): string | undefined {
  return /^arn:[\w-]+:logs:[^:]*:[^:]*:log-group:([^:]+)(:\*)?$/.exec(arn)?.[1];
}

/** `arn:aws:sns:us-east-1:123456789012:alerts` → `alerts`. */
function topicNameOfArn(arn: string): string | undefined {
  return /^arn:[\w-]+:sns:[^:]*:[^:]*:([^:]+)$/.exec(arn)?.[1];
}

/** Inputs that hold every metric filter, alarm and subscription there is: a template, a plan, a live scan. Config records none of filters and subscriptions. */
const isComplete = (resource: Resource): boolean => resource.source.format !== 'config-item';

interface Indexes {
  /** Metric filters by the log group they watch: `ref:<resource id>` or `name:<log group name>`. */
  filters: Map<string, Resource[]>;
  /** Filters whose log group is not known before deployment. */
  filtersOnUnknownGroup: Resource[];
  /** Alarms by `<namespace>|<metric name>` of a metric they watch. */
  alarms: Map<string, Resource[]>;
  /** Alarms whose metric is not known before deployment. */
  alarmsOnUnknownMetric: Resource[];
  /** Topics by resource id, ARN and name. */
  topics: Map<string, Resource>;
  /** Subscriptions by topic: `ref:<topic id>` or `arn:<topic ARN>`. */
  subscriptions: Map<string, Resource[]>;
  subscriptionsToUnknownTopic: Resource[];
  /** Log groups by name. */
  groupsByName: Map<string, Resource[]>;
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/** Keys a value that names a resource is indexed under: the referenced resource, else its literal text. */
function linkKeys(value: Value | undefined, graph: ResourceGraph, literalKey: (text: string) => string | undefined): string[] | undefined {
  if (isUnknown(value)) {
    const target = graph.target(value);
    return target ? [`ref:${target.id}`] : undefined;
  }
  if (typeof value !== 'string') return [];
  const aliased = graph.target(value);
  const keys = aliased ? [`ref:${aliased.id}`] : [];
  const literal = literalKey(value);
  if (literal !== undefined) keys.push(literal);
  return keys;
}

/**
 * A metric name given as a reference to a metric filter (`!Ref Filter`, Terraform's `.id` or
 * `.name`) is the filter's name, which the alarm then watches as a metric name.
 */
const FILTER_NAME_ATTRIBUTES = new Set([undefined, 'id', 'name']);

function filterNameOf(name: Value | undefined, graph: ResourceGraph): Value | undefined {
  if (!isUnknown(name) || !FILTER_NAME_ATTRIBUTES.has(name.ref?.attribute)) return name;
  const filter = graph.target(name);
  const filterName = filter?.type === METRIC_FILTER ? filter.properties.FilterName : undefined;
  return typeof filterName === 'string' ? filterName : name;
}

function metricKeys(alarm: Resource, graph: ResourceGraph): string[] | undefined {
  const keys: string[] = [];
  const add = (namespace: Value | undefined, metricName: Value | undefined): boolean => {
    const name = filterNameOf(metricName, graph);
    if (isUnknown(namespace) || isUnknown(name)) return false;
    if (typeof namespace === 'string' && typeof name === 'string') keys.push(`${namespace}|${name}`);
    return true;
  };
  if (!add(alarm.properties.Namespace, alarm.properties.MetricName)) return undefined;
  const metrics = alarm.properties.Metrics;
  if (isUnknown(metrics)) return undefined;
  for (const query of Array.isArray(metrics) ? metrics : []) {
    if (!isObject(query)) return undefined;
    const stat = query.MetricStat;
    if (isUnknown(stat)) return undefined;
    const metric = isObject(stat) ? stat.Metric : undefined;
    if (isUnknown(metric)) return undefined;
    if (isObject(metric) && !add(metric.Namespace, metric.MetricName)) return undefined;
  }
  return keys;
}

function indexes(graph: ResourceGraph): Indexes {
  return graph.memo('cis-monitoring:indexes', () => {
    const index: Indexes = { filters: new Map(), filtersOnUnknownGroup: [], alarms: new Map(), alarmsOnUnknownMetric: [], topics: new Map(), subscriptions: new Map(), subscriptionsToUnknownTopic: [], groupsByName: new Map() };
    for (const group of graph.ofType(LOG_GROUP)) {
      const name = group.properties.LogGroupName;
      if (typeof name === 'string') push(index.groupsByName, name, group);
    }
    for (const filter of graph.ofType(METRIC_FILTER)) {
      const keys = linkKeys(filter.properties.LogGroupName, graph, (text) => `name:${text}`);
      if (keys === undefined) index.filtersOnUnknownGroup.push(filter);
      else for (const key of keys) push(index.filters, key, filter);
    }
    for (const alarm of graph.ofType(ALARM)) {
      const keys = metricKeys(alarm, graph);
      if (keys === undefined) index.alarmsOnUnknownMetric.push(alarm);
      else for (const key of keys) push(index.alarms, key, alarm);
    }
    for (const topic of graph.ofType(TOPIC)) {
      index.topics.set(`ref:${topic.id}`, topic);
      for (const name of [topic.properties.TopicArn, topic.source.arn]) if (typeof name === 'string') index.topics.set(`arn:${name}`, topic);
      if (typeof topic.properties.TopicName === 'string') index.topics.set(`name:${topic.properties.TopicName}`, topic);
    }
    for (const subscription of graph.ofType(SUBSCRIPTION)) {
      // A literal ARN also finds a topic known by its name only (a plan's ARN is known after apply).
      const keys = linkKeys(subscription.properties.TopicArn, graph, (text) => `arn:${text}`);
      const name = typeof subscription.properties.TopicArn === 'string' ? topicNameOfArn(subscription.properties.TopicArn) : undefined;
      if (keys !== undefined && name !== undefined) keys.push(`name:${name}`);
      if (keys === undefined) index.subscriptionsToUnknownTopic.push(subscription);
      else for (const key of keys) push(index.subscriptions, key, subscription);
    }
    return index;
  });
}

/** Each required pattern is read once per process. */
const requiredReadings = new Map<string, Cnf[]>();
function required(event: MonitoredEvent): Cnf[] {
  let readings = requiredReadings.get(event.id);
  if (!readings) {
    readings = readFilterPattern(event.pattern);
    if (!readings) throw new Error(`${event.id}: the CIS pattern does not parse`);
    requiredReadings.set(event.id, readings);
  }
  return readings;
}

/** Three-valued search along the chain: a full chain wins, else the first unknown, else the deepest break. */
class Search {
  unknown: Unknown | undefined;
  broken: ChainOutcome & { status: 'broken' } = { status: 'broken', link: 'logGroup', detail: '' };
  private depth = -1;
  note(value: Unknown): void {
    this.unknown ??= value;
  }
  breakAt(link: 'logGroup' | 'filter' | 'alarm' | 'topic' | 'subscription', detail: string): void {
    const depth = ['logGroup', 'filter', 'alarm', 'topic', 'subscription'].indexOf(link);
    if (depth >= this.depth) {
      this.depth = depth;
      this.broken = { status: 'broken', link, detail };
    }
  }
}

/** The trail's log group keys (`ref:`/`name:`), or why they are not known. */
function groupKeysOfTrail(trail: Resource, graph: ResourceGraph, index: Indexes): string[] | Unknown | undefined {
  const arn = trail.properties.CloudWatchLogsLogGroupArn;
  if (arn === undefined || arn === null || arn === '') return undefined;
  if (isUnknown(arn)) {
    const group = graph.target(arn);
    if (!group) return unknown(`the log group of ${trail.id} (${arn.reason}) is not in this input`);
    const keys = [`ref:${group.id}`];
    if (typeof group.properties.LogGroupName === 'string') keys.push(`name:${group.properties.LogGroupName}`);
    return keys;
  }
  if (typeof arn !== 'string') return unknown(`malformed: ${trail.id} CloudWatchLogsLogGroupArn should be an ARN, not ${JSON.stringify(arn)}`);
  const name = logGroupNameOfArn(arn);
  if (name === undefined) return unknown(`malformed: ${trail.id} CloudWatchLogsLogGroupArn ${arn} is not a log group ARN`);
  const keys = [`name:${name}`];
  for (const group of index.groupsByName.get(name) ?? []) keys.push(`ref:${group.id}`);
  const aliased = graph.target(arn);
  if (aliased) keys.push(`ref:${aliased.id}`);
  return keys;
}

/** Follows the chain from a trail's log group for one monitored event. */
export function followChain(trail: Resource, graph: ResourceGraph, event: MonitoredEvent): ChainOutcome {
  const index = indexes(graph);
  const search = new Search();
  const groupKeys = groupKeysOfTrail(trail, graph, index);
  if (groupKeys === undefined) return { status: 'broken', link: 'logGroup', detail: 'it sends no events to CloudWatch Logs (CloudWatchLogsLogGroupArn is not set)' };
  if (isUnknown(groupKeys)) return { status: 'unknown', reason: groupKeys.reason };
  const groupDeclared = groupKeys.some((key) => key.startsWith('ref:'));
  const complete = isComplete(trail);

  const filters = new Set(groupKeys.flatMap((key) => index.filters.get(key) ?? []));
  for (const filter of index.filtersOnUnknownGroup) search.note(unknown(`the log group of metric filter ${filter.id} is not known before deployment`));
  if (filters.size === 0) {
    if (!groupDeclared) return search.unknown ? { status: 'unknown', reason: search.unknown.reason } : { status: 'unknown', reason: `the trail's log group is not in this input, nor is any metric filter on it` };
    if (!complete) return { status: 'unknown', reason: 'AWS Config does not record metric filters, and none was read with the trail' };
    search.breakAt('filter', 'no metric filter is on its log group');
  }
  for (const filter of filters) {
    const exists = existence(filter);
    if (exists !== true) search.note(exists);
    const pattern = filter.properties.FilterPattern;
    if (isUnknown(pattern)) {
      search.note(unknown(`the pattern of metric filter ${filter.id} is not known before deployment (${pattern.reason})`));
      continue;
    }
    if (typeof pattern !== 'string' || !patternCovers(pattern, required(event))) {
      search.breakAt('filter', `no metric filter on its log group has a pattern matching every event of the CIS pattern (${filter.id} does not)`);
      continue;
    }
    const outcome = followFilter(filter, graph, index, search, complete);
    if (outcome && exists === true) return outcome;
  }
  if (search.unknown) return { status: 'unknown', reason: search.unknown.reason };
  return search.broken;
}

function followFilter(filter: Resource, graph: ResourceGraph, index: Indexes, search: Search, complete: boolean): ChainOutcome | undefined {
  const transformations = filter.properties.MetricTransformations;
  if (isUnknown(transformations)) {
    search.note(unknown(`the metric of filter ${filter.id} is not known before deployment`));
    return undefined;
  }
  const alarms = new Set<Resource>();
  for (const transformation of Array.isArray(transformations) ? transformations : []) {
    if (!isObject(transformation)) continue;
    const { MetricName: name, MetricNamespace: namespace } = transformation;
    if (isUnknown(name) || isUnknown(namespace)) {
      search.note(unknown(`the metric of filter ${filter.id} is not known before deployment`));
      continue;
    }
    for (const alarm of index.alarms.get(`${String(namespace)}|${String(name)}`) ?? []) alarms.add(alarm);
  }
  for (const alarm of index.alarmsOnUnknownMetric) search.note(unknown(`the metric alarm ${alarm.id} watches is not known before deployment`));
  if (alarms.size === 0) {
    if (!complete) search.note(unknown('the alarms of the deployed metric were not read'));
    search.breakAt('alarm', `no alarm watches the metric of filter ${filter.id}`);
    return undefined;
  }
  for (const alarm of alarms) {
    const exists = existence(alarm);
    if (exists !== true) search.note(exists);
    const enabled = booleanSetting(alarm, ['ActionsEnabled'], true) ?? true;
    if (isUnknown(enabled)) search.note(enabled);
    if (enabled === false) {
      search.breakAt('alarm', `alarm ${alarm.id} on the metric of filter ${filter.id} has its actions disabled`);
      continue;
    }
    const outcome = followAlarm(alarm, graph, index, search, complete);
    if (outcome && exists === true && enabled === true) return { status: 'monitored', filter: filter.id, alarm: alarm.id, topic: outcome };
  }
  return undefined;
}

/** The subscribed topic an alarm notifies, if any (its id). */
function followAlarm(alarm: Resource, graph: ResourceGraph, index: Indexes, search: Search, complete: boolean): string | undefined {
  const actions = alarm.properties.AlarmActions;
  if (isUnknown(actions)) {
    search.note(unknown(`the actions of alarm ${alarm.id} are not known before deployment`));
    return undefined;
  }
  const list = Array.isArray(actions) ? actions : [];
  let notifiesTopic = false;
  for (const action of list) {
    let topic: Resource | undefined;
    if (isUnknown(action)) {
      const target = graph.target(action);
      if (!target) {
        search.note(unknown(`alarm ${alarm.id} notifies ${action.reason}, which is not in this input`));
        continue;
      }
      if (target.type !== TOPIC) continue;
      topic = target;
    } else if (typeof action === 'string') {
      if (!action.startsWith('arn:') || !action.split(':')[2]?.startsWith('sns')) continue;
      topic = index.topics.get(`arn:${action}`) ?? index.topics.get(`name:${topicNameOfArn(action) ?? ''}`) ?? graph.target(action);
      if (!topic) {
        search.note(unknown(`alarm ${alarm.id} notifies topic ${action}, which is not in this input`));
        notifiesTopic = true;
        continue;
      }
    } else continue;
    notifiesTopic = true;
    const subscribed = hasSubscription(topic, index, complete);
    if (subscribed === true && existence(topic) === true) return topic.id;
    if (isUnknown(subscribed)) search.note(subscribed);
    else search.breakAt('subscription', `topic ${topic.id}, which alarm ${alarm.id} notifies, has no subscription`);
  }
  if (!notifiesTopic) search.breakAt('topic', `alarm ${alarm.id} notifies no SNS topic`);
  return undefined;
}

function hasSubscription(topic: Resource, index: Indexes, complete: boolean): boolean | Unknown {
  const inline = topic.properties.Subscription;
  if (isUnknown(inline)) return inline;
  if (Array.isArray(inline) && inline.length > 0) return true;
  const keys = [`ref:${topic.id}`, ...[topic.properties.TopicArn, topic.source.arn].filter((value): value is string => typeof value === 'string').map((arn) => `arn:${arn}`)];
  if (typeof topic.properties.TopicName === 'string') keys.push(`name:${topic.properties.TopicName}`);
  const subscriptions = keys.flatMap((key) => index.subscriptions.get(key) ?? []);
  if (subscriptions.some((subscription) => existence(subscription) === true)) return true;
  const pending = subscriptions.find((subscription) => existence(subscription) !== true);
  if (pending) return existence(pending) as Unknown;
  if (index.subscriptionsToUnknownTopic.length > 0) return unknown(`the topic of subscription ${index.subscriptionsToUnknownTopic[0]?.id} is not known before deployment`);
  if (!complete) return unknown(`AWS Config does not record subscriptions of topic ${topic.id}, and none was read with it`);
  return false;
}

const CHAIN_RELATED = [
  { type: LOG_GROUP, relation: 'references', property: 'CloudWatchLogsLogGroupArn' },
  { type: METRIC_FILTER, relation: 'referencedBy', property: 'LogGroupName' },
  { type: ALARM, relation: 'referencedBy', property: 'MetricName' },
  { type: TOPIC, relation: 'referencedBy', property: 'AlarmActions' },
  { type: SUBSCRIPTION, relation: 'referencedBy', property: 'TopicArn' },
] as const;

/** A metric-filter-and-alarm template for `event`, for rule examples: compliant, or without the alarm. */
export function monitoringExample(event: MonitoredEvent, withAlarm: boolean): string {
  const pattern = event.pattern.replaceAll("'", "''");
  const alarm = `  Alarm:
    Type: AWS::CloudWatch::Alarm
    Properties:
      MetricName: ${event.id}
      Namespace: CISBenchmark
      Statistic: Sum
      Period: 300
      EvaluationPeriods: 1
      Threshold: 1
      ComparisonOperator: GreaterThanOrEqualToThreshold
      AlarmActions: [!Ref Alerts]
`;
  return `Resources:
  Trail:
    Type: AWS::CloudTrail::Trail
    Properties:
      S3BucketName: audit-logs-123456789012
      IsLogging: true
      IsMultiRegionTrail: true
      CloudWatchLogsLogGroupArn: !GetAtt TrailLogs.Arn
      CloudWatchLogsRoleArn: arn:aws:iam::123456789012:role/cloudtrail-to-logs
  TrailLogs:
    Type: AWS::Logs::LogGroup
    Properties:
      RetentionInDays: 365
  Filter:
    Type: AWS::Logs::MetricFilter
    Properties:
      LogGroupName: !Ref TrailLogs
      FilterPattern: '${pattern}'
      MetricTransformations:
        - MetricName: ${event.id}
          MetricNamespace: CISBenchmark
          MetricValue: '1'
${withAlarm ? alarm : ''}  Alerts:
    Type: AWS::SNS::Topic
    Properties:
      Subscription:
        - Protocol: email
          Endpoint: security@example.com
`;
}

/** Whether one trail is monitored for `event`: multi-Region, logging, and the whole chain from its log group. */
export function monitoredBy(trail: Resource, graph: ResourceGraph, event: MonitoredEvent): TrailCheck {
  const multiRegion = trailFlag(trail, 'IsMultiRegionTrail', false, 'it is not multi-Region');
  if (multiRegion.ok !== true) return multiRegion;
  const logging = trailFlag(trail, 'IsLogging', true, 'it is not logging');
  if (logging.ok === false) return logging;
  const outcome = followChain(trail, graph, event);
  const path = trail.properties.CloudWatchLogsLogGroupArn === undefined ? [] : ['CloudWatchLogsLogGroupArn'];
  if (outcome.status === 'broken') return { ok: false, why: outcome.detail, path };
  if (logging.ok === 'unknown') return logging;
  if (outcome.status === 'unknown') return { ok: 'unknown', reason: outcome.reason, path };
  return { ok: true };
}

/**
 * The rule for one monitored event, judged on the account: one of its multi-Region trails that is
 * logging has the whole chain (a metric filter with the CIS pattern on its log group, an alarm on
 * the filter's metric, a subscribed SNS topic the alarm notifies).
 */
export function monitoringRule(event: MonitoredEvent) {
  const what = event.what;
  return defineRule({
    meta: {
      id: event.id,
      title: `A metric filter and alarm exist for ${what}`,
      description: `Checks that one of the account's multi-Region CloudTrail trails that is logging sends its events to a CloudWatch Logs log group with a metric filter matching the CIS pattern for ${what}, an alarm on the filter's metric, and an SNS topic with a subscription that the alarm notifies (CIS AWS Foundations ${event.cis}, Security Hub ${event.control}; Tosei's own id, as AWS Config has no managed rule). A template or plan that declares no trail says nothing about the account.`,
      severity: 'low',
      resourceTypes: ['AWS::::Account'],
      frameworks: {
        'CIS-v1.4.0': [event.cis],
        'CIS-v3.0.0': [event.cis],
        'CIS-v5.0.0': [event.cis],
        ...(event.control === 'CloudWatch.1' ? { 'PCI-DSS-v3.2.1': ['7.2.1'] } : {}),
      },
      related: CHAIN_RELATED,
      messages: {
        monitored: `Trail {{trail}} is monitored for ${what} (metric filter, alarm and subscribed topic).`,
        noTrail: `The account has no CloudTrail trail, so nothing is monitored for ${what}.`,
        notMonitored: `No multi-Region trail of the account is monitored for ${what}: {{trail}}: {{why}}.`,
        undeclared: 'This input declares no CloudTrail trail, and says nothing about the account.',
        unknownMonitoring: `Whether the account is monitored for ${what} is not known ({{reason}}).`,
      },
      remediation: `Send a multi-Region trail's events to a log group (\`CloudWatchLogsLogGroupArn\`), add an \`AWS::Logs::MetricFilter\` on that group with the pattern \`${event.pattern}\`, an \`AWS::CloudWatch::Alarm\` on its metric whose \`AlarmActions\` name an SNS topic, and a subscription to that topic.`,
      examples: {
        noncompliant: [{ cloudformation: monitoringExample(event, false) }],
        compliant: [{ cloudformation: monitoringExample(event, true) }],
      },
    },
    check(account, { graph }) {
      return judgeAccountTrails(account, graph, (trail) => monitoredBy(trail, graph, event), {
        pass: 'monitored',
        noTrail: 'noTrail',
        noneQualifies: 'notMonitored',
        undeclared: 'undeclared',
        unknown: 'unknownMonitoring',
      });
    },
  });
}
