/**
 * Helpers to test rules with sample Config events, like the Config RDK's `rdklibtest`:
 * build an event around a configuration item, run a rule on items and get its evaluations
 * without AWS.
 */
import { evaluateDocument } from '../../engine/run.js';
import { resolveParameters } from '../../engine/parameters.js';
import { configItemsToDocument } from '../../inputs/config/index.js';
import { credentialObservations, parseCredentialReport } from '../../live/credential-report.js';
import type { Evaluation } from '../../model/evaluation.js';
import type { AnyRule } from '../../rules/types.js';
import type { ConfigRuleEvent, MessageType } from './event.js';

export interface ConfigEventOptions {
  /** The configuration item (either form); required for change notifications. */
  item?: Record<string, unknown>;
  messageType?: MessageType;
  ruleParameters?: Record<string, unknown>;
  resultToken?: string;
  eventLeftScope?: boolean;
  executionRoleArn?: string;
  configRuleArn?: string;
  configRuleName?: string;
  accountId?: string;
  notificationCreationTime?: string;
  configurationItemDiff?: Record<string, unknown> | null;
}

/** A Lambda event as AWS Config sends it (protocols.md §C.1), nested JSON stringified. */
export function buildConfigEvent(options: ConfigEventOptions = {}): ConfigRuleEvent {
  const messageType = options.messageType ?? 'ConfigurationItemChangeNotification';
  const accountId = options.accountId ?? '123456789012';
  const notificationCreationTime = options.notificationCreationTime ?? '2026-12-01T00:00:00.000Z';
  let invoking: Record<string, unknown>;
  if (messageType === 'ScheduledNotification' || messageType === 'ConfigurationSnapshotDeliveryCompleted') {
    invoking = { awsAccountId: accountId, notificationCreationTime, messageType, recordVersion: '1.0' };
  } else {
    if (!options.item) throw new Error(`${messageType} needs an item`);
    if (messageType === 'OversizedConfigurationItemChangeNotification') {
      const { configuration: _configuration, supplementaryConfiguration: _supplementary, relationships: _relationships, ...summary } = options.item;
      invoking = { configurationItemSummary: { changeType: 'UPDATE', ...summary }, messageType, notificationCreationTime, recordVersion: '1.0' };
    } else {
      invoking = { configurationItemDiff: options.configurationItemDiff ?? null, configurationItem: options.item, notificationCreationTime, messageType, recordVersion: '1.3' };
    }
  }
  return {
    version: '1.0',
    invokingEvent: JSON.stringify(invoking),
    ruleParameters: JSON.stringify(options.ruleParameters ?? {}),
    resultToken: options.resultToken ?? 'TESTMODE',
    eventLeftScope: options.eventLeftScope ?? false,
    executionRoleArn: options.executionRoleArn ?? `arn:aws:iam::${accountId}:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig`,
    configRuleArn: options.configRuleArn ?? `arn:aws:config:us-east-1:${accountId}:config-rule/config-rule-0123456`,
    configRuleName: options.configRuleName ?? 'tosei-rule',
    configRuleId: 'config-rule-0123456',
    accountId,
    evaluationMode: 'DETECTIVE',
  };
}

export interface RunOnItemsOptions {
  params?: Record<string, unknown>;
  /** The IAM credential report (CSV) and its generation time, for rules that read credential usage. */
  credentialReport?: { csv: string; generatedAt: string };
  /** When the evaluation happens (ISO 8601); the wall clock when absent. */
  now?: string;
}

/** Runs one rule on configuration items (as live data) and returns its evaluations, by Config resource id. */
export function evaluateItems(rule: AnyRule, items: readonly object[], options: RunOnItemsOptions = {}): Evaluation[] {
  const report = options.credentialReport;
  const document = configItemsToDocument(items, 'items.json', report ? { observations: credentialObservations(parseCredentialReport(report.csv, report.generatedAt)) } : {});
  const errors = document.problems.filter((problem) => problem.level === 'error');
  if (errors.length > 0) throw new Error(errors.map((problem) => problem.message).join('; '));
  return evaluateDocument(document, [{ rule, params: resolveParameters(rule, options.params), severity: rule.meta.severity }], { live: true, now: options.now ? new Date(options.now) : new Date() }).evaluations;
}
