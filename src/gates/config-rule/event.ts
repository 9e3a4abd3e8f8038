/** The Lambda event AWS Config sends a custom rule (protocols.md §C.1), parsed and checked. */

export interface ConfigRuleEvent {
  version?: string;
  /** JSON text (§C.1: all nested JSON is stringified). */
  invokingEvent: string;
  ruleParameters?: string;
  resultToken: string;
  eventLeftScope?: boolean;
  executionRoleArn?: string;
  configRuleArn?: string;
  configRuleName?: string;
  configRuleId?: string;
  accountId?: string;
  evaluationMode?: string;
}

export type MessageType =
  | 'ConfigurationItemChangeNotification'
  | 'OversizedConfigurationItemChangeNotification'
  | 'ScheduledNotification'
  | 'ConfigurationSnapshotDeliveryCompleted';

export interface InvokingEvent {
  messageType: MessageType;
  notificationCreationTime?: string;
  awsAccountId?: string;
  /** Change notification: the item (notification form). */
  configurationItem?: Record<string, unknown>;
  /** Change notification: `changedProperties` with previous values. */
  configurationItemDiff?: { changeType?: string; changedProperties?: Record<string, { previousValue?: unknown; updatedValue?: unknown; changeType?: string }> } | null;
  /** Oversized notification: the item without its configuration. */
  configurationItemSummary?: Record<string, unknown>;
}

export interface ParsedConfigEvent {
  event: ConfigRuleEvent;
  invoking: InvokingEvent;
  parameters: Record<string, unknown>;
}

export class ConfigEventError extends Error {}

const MESSAGE_TYPES = new Set<string>(['ConfigurationItemChangeNotification', 'OversizedConfigurationItemChangeNotification', 'ScheduledNotification', 'ConfigurationSnapshotDeliveryCompleted']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks the event and parses its JSON strings; a bad event is a `ConfigEventError` naming the field. */
export function parseConfigEvent(raw: unknown): ParsedConfigEvent {
  if (!isRecord(raw)) throw new ConfigEventError('the Config rule event must be a JSON object');
  if (typeof raw.resultToken !== 'string') throw new ConfigEventError('the event has no resultToken');
  if (typeof raw.invokingEvent !== 'string') throw new ConfigEventError('the event has no invokingEvent (a JSON string)');
  let invoking: unknown;
  try {
    invoking = JSON.parse(raw.invokingEvent);
  } catch (error) {
    throw new ConfigEventError(`invokingEvent is not valid JSON: ${(error as Error).message}`);
  }
  if (!isRecord(invoking)) throw new ConfigEventError('invokingEvent must hold a JSON object');
  if (typeof invoking.messageType !== 'string' || !MESSAGE_TYPES.has(invoking.messageType)) {
    throw new ConfigEventError(`invokingEvent.messageType ${JSON.stringify(invoking.messageType)} is not one Config sends`);
  }
  if (invoking.messageType === 'ConfigurationItemChangeNotification' && !isRecord(invoking.configurationItem)) {
    throw new ConfigEventError('a ConfigurationItemChangeNotification has no configurationItem');
  }
  if (invoking.messageType === 'OversizedConfigurationItemChangeNotification' && !isRecord(invoking.configurationItemSummary)) {
    throw new ConfigEventError('an OversizedConfigurationItemChangeNotification has no configurationItemSummary');
  }
  // §C.1: ruleParameters may be absent or empty when the rule has none.
  let parameters: unknown = {};
  if (typeof raw.ruleParameters === 'string' && raw.ruleParameters.trim() !== '') {
    try {
      parameters = JSON.parse(raw.ruleParameters);
    } catch (error) {
      throw new ConfigEventError(`ruleParameters is not valid JSON: ${(error as Error).message}`);
    }
  } else if (isRecord(raw.ruleParameters)) {
    parameters = raw.ruleParameters;
  }
  if (!isRecord(parameters)) throw new ConfigEventError('ruleParameters must hold a JSON object');
  return { event: raw as unknown as ConfigRuleEvent, invoking: invoking as unknown as InvokingEvent, parameters };
}
