import { isObject, type Value, type ValueObject } from '../../model/value.js';

/**
 * A configuration item in the notification form (protocols.md §C.2 (a)): the form rules get in
 * `invokingEvent.configurationItem`, snapshots and history files use. The API form
 * (`GetResourceConfigHistory`, `BatchGetResourceConfig`, `select-resource-config`) is
 * converted into it by `normalizeItem`.
 */
export interface ConfigurationItem {
  configurationItemVersion?: string;
  configurationItemCaptureTime?: string;
  configurationItemStatus: string;
  awsAccountId?: string;
  resourceType: string;
  resourceId: string;
  resourceName?: string | null;
  ARN?: string;
  awsRegion?: string;
  availabilityZone?: string;
  resourceCreationTime?: string | null;
  tags?: Record<string, string>;
  relationships: Relationship[];
  /** Null for deleted resources; absent when Config sent a summary only. */
  configuration: ValueObject | null;
  /** Parsed: values that arrive as JSON strings are objects here. */
  supplementaryConfiguration: ValueObject;
}

export interface Relationship {
  resourceType?: string;
  resourceId?: string;
  resourceName?: string | null;
  /** `Is contained in Vpc`, `Is associated with SecurityGroup`, … */
  name: string;
}

export class ConfigItemError extends Error {}

/** Statuses for which Config has a current configuration to evaluate (protocols.md §C.2). */
export const APPLICABLE_STATUSES = new Set(['OK', 'ResourceDiscovered']);
export const DELETED_STATUSES = new Set(['ResourceDeleted', 'ResourceDeletedNotRecorded']);

/**
 * Either form of a configuration item → the notification form, with every nested JSON string
 * parsed: the API form's `configuration` and `supplementaryConfiguration` values are JSON text;
 * notification-form supplementary values sometimes are too (S3 `AccessControlList`).
 */
export function normalizeItem(raw: unknown): ConfigurationItem {
  if (!isObject(raw as Value)) throw new ConfigItemError('a configuration item must be a JSON object');
  const item = raw as Record<string, unknown>;
  const resourceType = item.resourceType;
  const resourceId = item.resourceId;
  if (typeof resourceType !== 'string' || resourceType === '') throw new ConfigItemError('the configuration item has no resourceType');
  if (typeof resourceId !== 'string' || resourceId === '') throw new ConfigItemError(`the ${resourceType} configuration item has no resourceId`);
  const status = typeof item.configurationItemStatus === 'string' ? item.configurationItemStatus : 'OK';
  const normalized: ConfigurationItem = {
    configurationItemStatus: status,
    resourceType,
    resourceId,
    relationships: relationships(item.relationships),
    configuration: configuration(item.configuration, resourceType, resourceId),
    supplementaryConfiguration: supplementary(item.supplementaryConfiguration),
  };
  const version = text(item.configurationItemVersion) ?? text(item.version);
  if (version !== undefined) normalized.configurationItemVersion = version;
  const capture = timestamp(item.configurationItemCaptureTime);
  if (capture !== undefined) normalized.configurationItemCaptureTime = capture;
  const account = text(item.awsAccountId) ?? text(item.accountId);
  if (account !== undefined) normalized.awsAccountId = account;
  const arn = text(item.ARN) ?? text(item.arn);
  if (arn !== undefined) normalized.ARN = arn;
  if (typeof item.resourceName === 'string') normalized.resourceName = item.resourceName;
  const region = text(item.awsRegion);
  if (region !== undefined) normalized.awsRegion = region;
  const zone = text(item.availabilityZone);
  if (zone !== undefined) normalized.availabilityZone = zone;
  const created = timestamp(item.resourceCreationTime);
  if (created !== undefined) normalized.resourceCreationTime = created;
  const tags = tagMap(item.tags);
  if (tags) normalized.tags = tags;
  return normalized;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** ISO-8601 text, or epoch seconds (API form over awsJson) / milliseconds. */
function timestamp(value: unknown): string | undefined {
  if (typeof value === 'string' && value !== '') return value;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'number' && Number.isFinite(value)) return new Date(value < 1e11 ? value * 1000 : value).toISOString();
  return undefined;
}

function relationships(value: unknown): Relationship[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new ConfigItemError('relationships must be a list');
  return value.filter((entry): entry is Record<string, unknown> => isObject(entry as Value)).map((entry) => {
    const relationship: Relationship = { name: String(entry.name ?? entry.relationshipName ?? '') };
    if (typeof entry.resourceType === 'string') relationship.resourceType = entry.resourceType;
    if (typeof entry.resourceId === 'string') relationship.resourceId = entry.resourceId;
    if (typeof entry.resourceName === 'string') relationship.resourceName = entry.resourceName;
    return relationship;
  });
}

function configuration(value: unknown, type: string, id: string): ValueObject | null {
  if (value === undefined || value === null || value === '') return null;
  const parsed = typeof value === 'string' ? parseJson(value, `configuration of ${type} ${id}`) : value;
  if (parsed === null) return null;
  if (!isObject(parsed as Value)) throw new ConfigItemError(`configuration of ${type} ${id} is not an object`);
  return parsed as ValueObject;
}

function supplementary(value: unknown): ValueObject {
  if (value === undefined || value === null) return {};
  if (!isObject(value as Value)) throw new ConfigItemError('supplementaryConfiguration must be an object');
  const result: ValueObject = {};
  for (const [key, entry] of Object.entries(value as ValueObject)) {
    result[key] = typeof entry === 'string' ? maybeJson(entry) : entry;
  }
  return result;
}

/** A supplementary value that is JSON text is parsed; other text (an enum value) stays text. */
function maybeJson(text: string): Value {
  const trimmed = text.trimStart();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return text;
  try {
    return JSON.parse(text) as Value;
  } catch {
    return text;
  }
}

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ConfigItemError(`${what} is not valid JSON: ${(error as Error).message}`);
  }
}

/** Top-level `tags`: a map in both forms; `[{key, value}]` in some exports. */
function tagMap(value: unknown): Record<string, string> | undefined {
  if (Array.isArray(value)) {
    const tags: Record<string, string> = {};
    for (const entry of value) if (isObject(entry as Value) && typeof (entry as ValueObject).key === 'string') tags[(entry as ValueObject).key as string] = String((entry as ValueObject).value ?? '');
    return tags;
  }
  if (isObject(value as Value)) return Object.fromEntries(Object.entries(value as ValueObject).map(([key, entry]) => [key, String(entry ?? '')]));
  return undefined;
}

/**
 * An IAM policy document as Config records it: URL-encoded JSON text (`%7B%22Version%22…`),
 * plain JSON text, an object, or (in some exports) a one-element list of the object.
 */
export function policyDocument(value: Value | undefined): Value | undefined {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value) && value.length === 1 && isObject(value[0])) return value[0];
  if (typeof value !== 'string') return value;
  let decoded = value;
  if (!value.trimStart().startsWith('{')) {
    try {
      decoded = decodeURIComponent(value.replace(/\+/g, '%20'));
    } catch {
      throw new ConfigItemError('an IAM policy document is neither JSON nor URL-encoded JSON');
    }
  }
  return parseJson(decoded, 'an IAM policy document') as Value;
}
