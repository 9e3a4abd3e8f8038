// Guard verdicts as Tosei Evaluations, and the document each gate hands to Guard rules.
import { basename } from 'node:path';
import type { Evaluation, Severity } from '../model/evaluation.js';
import type { ResourceGraph } from '../model/graph.js';
import type { InputFormat } from '../model/resource.js';
import type { PropertyPath } from '../model/value.js';
import type { RuleMeta } from '../rules/types.js';
import { DEFAULT_RULE_NAME } from './ast.js';
import type { GuardFailure, GuardRuleResult } from './evaluate.js';
import { evaluateGuard } from './index.js';
import type { GuardRuleSet } from './load.js';
import { isMapValue } from './values.js';

export interface GuardEvaluationOptions {
  /** The data file, for locations. */
  file: string;
  format: InputFormat;
  /** When given, failing resources carry the graph's address, ARN and declaration position. */
  graph?: ResourceGraph;
  /** Severity of Guard verdicts (Guard rules have none); default high, as a failing Guard rule blocks its gate. */
  severity?: Severity;
}

/** A resource of the data document a failure path points into. */
interface Target {
  type: string;
  id: string;
  address?: string;
  /** The failure's path inside the resource. */
  path: PropertyPath;
}

/** Splits a `/a/b/0` failure path into its parts (JSON-pointer escapes undone). */
function pointerParts(path: string): string[] {
  if (path === '') return [];
  return path
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function field(value: unknown, key: string): unknown {
  return isMapValue(value) ? value[key] : undefined;
}

/**
 * The resource a failure path points into: a template's or hook input's `/Resources/<id>`, a plan's
 * `/resource_changes/<n>` or `/planned_values/.../resources/<n>`, or the configuration item itself.
 */
function targetOf(path: string, data: unknown, format: InputFormat): Target | undefined {
  const parts = pointerParts(path);
  if (parts[0] === 'Resources' && parts[1] !== undefined) {
    const resource = field(field(data, 'Resources'), parts[1]);
    return { type: String(field(resource, 'Type') ?? 'Unknown'), id: parts[1], path: parts.slice(2) };
  }
  if (format === 'terraform-plan') {
    const index = parts.findIndex((part, at) => part === 'resources' || (part === 'resource_changes' && at === 0));
    if (index >= 0 && parts[index + 1] !== undefined) {
      let node: unknown = data;
      for (const part of parts.slice(0, index + 2)) node = Array.isArray(node) ? node[Number(part)] : field(node, part);
      const address = field(node, 'address');
      if (typeof address === 'string') return { type: String(field(node, 'type') ?? 'Unknown'), id: address, address, path: parts.slice(index + 2) };
    }
  }
  if (format === 'config-item') {
    const type = field(data, 'resourceType');
    const id = field(data, 'resourceId');
    if (typeof type === 'string' && typeof id === 'string') return { type, id, path: parts };
  }
  return undefined;
}

function failureMessage(rule: string, failure: GuardFailure): string {
  return failure.customMessage ? `${rule}: ${failure.customMessage}` : `${rule}: ${failure.message}`;
}

/**
 * Turns Guard results into Evaluations. Rule ids are the Guard rule names (the implicit rule of bare
 * clauses is `<rule file name>/default`). A FAIL gives one NON_COMPLIANT evaluation per resource its
 * failures point into (`Resources.<id>`, a plan resource, the configuration item) with the custom
 * `<< >>` message when the rule has one, plus one for the document when a failure points at no
 * resource; PASS gives COMPLIANT and SKIP NOT_APPLICABLE for the document; an evaluation error ERROR.
 */
export function guardResultsToEvaluations(results: readonly GuardRuleResult[], data: unknown, options: GuardEvaluationOptions): Evaluation[] {
  const severity = options.severity ?? 'high';
  const documentResource = { type: 'Guard::Document', id: basename(options.file), source: options.format };
  const evaluations: Evaluation[] = [];
  for (const result of results) {
    const base = { ruleId: result.rule, severity };
    if (result.error) {
      evaluations.push({ ...base, status: 'ERROR', message: `${result.rule}: ${result.error}`, resource: documentResource, location: { file: options.file, path: [] } });
      continue;
    }
    if (result.status !== 'FAIL') {
      const status = result.status === 'PASS' ? 'COMPLIANT' : 'NOT_APPLICABLE';
      const message = result.status === 'PASS' ? `${result.rule} passed` : `${result.rule} does not apply (SKIP)`;
      evaluations.push({ ...base, status, message, resource: documentResource, location: { file: options.file, path: [] } });
      continue;
    }
    const byResource = new Map<string, { target: Target | undefined; failures: GuardFailure[] }>();
    for (const failure of result.failures.length > 0 ? result.failures : [{ path: '', message: 'failed', clause: result.position }]) {
      const target = targetOf(failure.path, data, options.format);
      const key = target ? `${target.type}\u0000${target.id}` : '';
      const entry = byResource.get(key) ?? { target, failures: [] };
      entry.failures.push(failure);
      byResource.set(key, entry);
    }
    for (const { target, failures } of byResource.values()) {
      const first = failures[0]!;
      const messages = [...new Set(failures.map((failure) => failureMessage(result.rule, failure)))];
      const known = target ? options.graph?.get(target.id) : undefined;
      const resource = target
        ? { type: target.type, id: target.id, source: options.format, ...(target.address ? { address: target.address } : {}), ...(known?.source.arn ? { arn: known.source.arn } : {}) }
        : documentResource;
      const position = known?.source.position;
      evaluations.push({
        ...base,
        status: 'NON_COMPLIANT',
        message: messages.join('; '),
        resource,
        location: { file: options.file, ...(position ? { line: position.line, column: position.column } : {}), path: target?.path ?? pointerParts(first.path) },
      });
    }
  }
  return evaluations;
}

/** Evaluates a rule set against one document and returns Evaluations (see guardResultsToEvaluations). */
export function guardToEvaluations(ruleSet: GuardRuleSet, data: unknown, options: GuardEvaluationOptions): Evaluation[] {
  return guardResultsToEvaluations(evaluateGuard(ruleSet, data), data, options);
}

/** What each gate has in hand; guardInput returns the document its Guard rules are evaluated on. */
export type GuardGateInput =
  /** `tosei scan`, the CLI: the template as parsed data (short forms in long form, nothing resolved). */
  | { kind: 'cloudformation'; template: unknown }
  /** The run task: `terraform show -json` output as is. */
  | { kind: 'terraform-plan'; plan: unknown }
  /** The Config rule handler: the configuration item as is (as Config custom policy rules see it, protocols.md §C.4). */
  | { kind: 'config-item'; configurationItem: unknown }
  /**
   * The hook: the Guard-hook input shape of protocols.md §A.4 — `HookContext`, `Resources` (and
   * `Previous`) keyed by logical id with `Type`/`Properties` (the keys the doc's examples use).
   */
  | {
      kind: 'hook';
      context: Record<string, unknown>;
      /** Resource operations: the target resource; stack and change-set operations: the template. */
      resources?: Record<string, { type: string; properties: unknown }>;
      previousResources?: Record<string, { type: string; properties: unknown }>;
      template?: Record<string, unknown>;
      previousTemplate?: Record<string, unknown>;
      changes?: unknown[];
    };

export function guardInput(input: GuardGateInput): unknown {
  switch (input.kind) {
    case 'cloudformation':
      return input.template;
    case 'terraform-plan':
      return input.plan;
    case 'config-item':
      return input.configurationItem;
    case 'hook': {
      const shape = (resources: Record<string, { type: string; properties: unknown }>): Record<string, unknown> =>
        Object.fromEntries(Object.entries(resources).map(([id, resource]) => [id, { Type: resource.type, Properties: resource.properties ?? {} }]));
      // protocols.md §A.4: stack and change-set inputs merge the proposed template at top level.
      const document: Record<string, unknown> = { ...(input.template ?? {}), HookContext: input.context };
      if (input.resources) document.Resources = shape(input.resources);
      if (input.previousResources) document.Previous = shape(input.previousResources);
      else if (input.previousTemplate) document.Previous = input.previousTemplate;
      if (input.changes) document.Changes = input.changes;
      return document;
    }
  }
}

/** Report metadata for the Guard rules of a rule set, by the ids guardResultsToEvaluations uses. */
export function guardRuleMeta(ruleSet: GuardRuleSet, severity: Severity = 'high'): Record<string, RuleMeta> {
  const metas: Record<string, RuleMeta> = {};
  for (const file of ruleSet.files) {
    for (const rule of file.rules) {
      if (rule.parameters) continue;
      const id = rule.name === DEFAULT_RULE_NAME ? `${basename(file.file)}/${DEFAULT_RULE_NAME}` : rule.name;
      metas[id] = {
        id,
        title: `Guard rule ${id}`,
        description: `Guard rule ${id} from ${file.file}:${rule.position.line}.`,
        severity,
        resourceTypes: [],
        messages: {},
        remediation: 'See the rule\'s custom message and the Guard rule file.',
      };
    }
  }
  return metas;
}
