import { LineCounter, parseDocument } from 'yaml';
import type { Exception } from '../engine/suppressions.js';
import { findRuleSet, ruleSetNames } from '../engine/rule-sets.js';
import { SEVERITIES, type Severity } from '../model/evaluation.js';
import { didYouMean } from '../text/suggest.js';

const SETTINGS = ['rulesSet', 'rules', 'exceptions', 'severityThreshold'];

/** Per-rule settings from `.tosei.yml`. */
export interface RuleSettings {
  enabled?: boolean;
  severity?: Severity;
  parameters?: Record<string, unknown>;
}

/** The contents of `.tosei.yml`. */
export interface ToseiConfig {
  rules: Record<string, RuleSettings>;
  exceptions: Exception[];
  severityThreshold?: Severity;
  /** The rule set that runs unless rules are named: `recommended` (default), `all`, or a framework's. */
  rulesSet?: string;
}

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    message: string,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${message}`);
  }
}

/**
 * Parses `.tosei.yml`:
 *
 * ```yaml
 * severityThreshold: medium
 * rules:
 *   S3_BUCKET_LOGGING_ENABLED: off
 *   RESTRICTED_INCOMING_TRAFFIC: { severity: critical, parameters: { blockedPort1: 22 } }
 * exceptions:
 *   - { rule: S3_BUCKET_LOGGING_ENABLED, resource: "AccessLogs*", reason: "...", expires: 2027-01-31 }
 * ```
 *
 * Throws a ConfigError naming the file and line of the first problem. `exceptionRuleIds` are rules
 * that exceptions may name but `rules:` may not configure (Guard rules: their settings live in the
 * .guard files).
 */
export function parseConfig(text: string, file: string, knownRuleIds: ReadonlySet<string>, exceptionRuleIds: ReadonlySet<string> = new Set()): ToseiConfig {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  if (document.errors.length > 0) {
    const error = document.errors[0]!;
    throw new ConfigError(file, lineCounter.linePos(error.pos[0]).line, error.message.split('\n')[0] ?? 'invalid YAML');
  }
  const lineOf = (path: (string | number)[]): number | undefined => {
    const node = document.getIn(path, true) as { range?: [number, number, number] } | undefined;
    return node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
  };
  const fail = (path: (string | number)[], message: string): never => {
    throw new ConfigError(file, lineOf(path), message);
  };
  let raw: unknown;
  try {
    raw = document.toJS() ?? {};
  } catch (error) {
    // e.g. an alias to an anchor that does not exist
    throw new ConfigError(file, undefined, (error as Error).message);
  }
  if (!isRecord(raw)) fail([], 'the configuration must be a mapping');
  const root = raw as Record<string, unknown>;
  for (const key of Object.keys(root)) {
    if (!SETTINGS.includes(key)) fail([key], `unknown setting "${key}" (expected ${SETTINGS.join(', ')})${didYouMean(key, SETTINGS)}`);
  }
  const config: ToseiConfig = { rules: {}, exceptions: [] };
  if (root.severityThreshold !== undefined) config.severityThreshold = severity(root.severityThreshold, ['severityThreshold'], fail);
  if (root.rulesSet !== undefined) {
    if (typeof root.rulesSet !== 'string') fail(['rulesSet'], `rulesSet must be one of ${ruleSetNames().join(', ')}`);
    try {
      config.rulesSet = findRuleSet(root.rulesSet as string).name;
    } catch (error) {
      fail(['rulesSet'], (error as Error).message);
    }
  }
  const rules = root.rules ?? {};
  if (!isRecord(rules)) fail(['rules'], 'rules must be a mapping of rule id to settings');
  for (const [id, value] of Object.entries(rules as Record<string, unknown>)) {
    if (!knownRuleIds.has(id)) fail(['rules', id], `unknown rule "${id}"${didYouMean(id, knownRuleIds)}`);
    if (value === 'off' || value === false) config.rules[id] = { enabled: false };
    else if (value === 'on' || value === true || value === null) config.rules[id] = { enabled: true };
    else if (isRecord(value)) {
      const settings: RuleSettings = {};
      for (const key of Object.keys(value)) {
        if (!['enabled', 'severity', 'parameters'].includes(key)) fail(['rules', id, key], `unknown rule setting "${key}" (expected enabled, severity, parameters)`);
      }
      if (value.enabled !== undefined) {
        if (typeof value.enabled !== 'boolean') fail(['rules', id, 'enabled'], 'enabled must be true or false');
        settings.enabled = value.enabled as boolean;
      }
      if (value.severity !== undefined) settings.severity = severity(value.severity, ['rules', id, 'severity'], fail);
      if (value.parameters !== undefined) {
        if (!isRecord(value.parameters)) fail(['rules', id, 'parameters'], 'parameters must be a mapping');
        settings.parameters = value.parameters as Record<string, unknown>;
      }
      config.rules[id] = settings;
    } else fail(['rules', id], 'expected off, on, or a mapping with enabled, severity, parameters');
  }
  const exceptions = root.exceptions ?? [];
  if (!Array.isArray(exceptions)) fail(['exceptions'], 'exceptions must be a list');
  (exceptions as unknown[]).forEach((entry, index) => {
    const at = ['exceptions', index];
    if (!isRecord(entry)) fail(at, 'an exception must be a mapping with rule, resource and reason');
    const item = entry as Record<string, unknown>;
    for (const key of Object.keys(item)) {
      if (!['rule', 'resource', 'file', 'reason', 'expires'].includes(key)) fail([...at, key], `unknown exception setting "${key}"`);
    }
    if (typeof item.rule !== 'string') fail([...at], 'an exception needs a rule id (or "*")');
    if (item.rule !== '*' && !knownRuleIds.has(item.rule as string) && !exceptionRuleIds.has(item.rule as string)) {
      fail([...at, 'rule'], `unknown rule "${String(item.rule)}"${didYouMean(String(item.rule), [...knownRuleIds, ...exceptionRuleIds])}`);
    }
    if (typeof item.resource !== 'string') fail([...at], 'an exception needs a resource pattern');
    const exception: Exception = { rule: item.rule as string, resource: item.resource as string };
    if (item.file !== undefined) {
      if (typeof item.file !== 'string') fail([...at, 'file'], 'file must be a glob pattern');
      exception.file = item.file as string;
    }
    if (item.reason !== undefined && item.reason !== null) {
      if (typeof item.reason !== 'string') fail([...at, 'reason'], 'reason must be text');
      exception.reason = (item.reason as string).trim() || undefined;
    }
    if (item.expires !== undefined) {
      const expires = item.expires instanceof Date ? item.expires.toISOString().slice(0, 10) : String(item.expires);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(expires) || Number.isNaN(Date.parse(expires))) fail([...at, 'expires'], `expires must be a date like 2027-01-31, got "${expires}"`);
      exception.expires = expires;
    }
    config.exceptions.push(exception);
  });
  return config;
}

function severity(value: unknown, path: (string | number)[], fail: (path: (string | number)[], message: string) => never): Severity {
  if (typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value)) return value as Severity;
  return fail(path, `severity must be one of ${SEVERITIES.join(', ')}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
