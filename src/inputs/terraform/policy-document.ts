import { isUnknown, unknown, unknownJson, type Unknown } from '../../model/unknown.js';
import { containsUnknown, firstUnknown, isObject, type Value, type ValueObject } from '../../model/value.js';

/**
 * `data "aws_iam_policy_document"` is computed by Terraform itself, before apply: its `json` is the
 * document its statement blocks describe. Built here from the data source's attribute values (HCL
 * evaluated, or a plan's deferred read): a known JSON string when everything is known, else an
 * Unknown whose `json` is the document with an Unknown only where a value is (a `resources` list
 * holding `aws_sqs_queue.q.arn`), so the literal Effect, Principal, Action and Condition decide.
 */
export function policyDocumentJson(values: ValueObject, address: string): Value {
  const document = policyDocument(values);
  if (isUnknown(document)) return document;
  if (!containsUnknown(document)) return JSON.stringify(document);
  return unknownJson(`${address}.json has values known only after apply (${firstUnknown(document)?.reason ?? 'unknown'})`, document);
}

/** The document the data source's attributes describe (IAM JSON shape). */
export function policyDocument(values: ValueObject): Value {
  const document: ValueObject = { Version: stringOr(values.version, '2012-10-17') };
  if (values.policy_id !== undefined && values.policy_id !== null && values.policy_id !== '') document.Id = values.policy_id;
  const own = statementsOf(values.statement);
  if (isUnknown(own)) return { ...document, Statement: own };
  // source documents first, this document's statements over them, override documents over both (same Sid replaces).
  const sources = documentsOf([values.source_json, ...listOf(values.source_policy_documents)]);
  const overrides = documentsOf([...listOf(values.override_policy_documents), values.override_json]);
  if (isUnknown(overrides)) return { ...document, Statement: unknown(`an override policy document ${overrides.reason}`) };
  let statements: Value[] = isUnknown(sources) ? [unknown(`a source policy document ${sources.reason}`, undefined, true)] : sources;
  statements = mergeBySid(statements, own);
  statements = mergeBySid(statements, overrides);
  document.Statement = statements;
  return document;
}

function stringOr(value: Value | undefined, fallback: string): Value {
  return value === undefined || value === null || value === '' ? fallback : value;
}

function listOf(value: Value | undefined): Value[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** Statements of source or override documents (JSON texts); Unknown when one of them is not known. */
function documentsOf(texts: readonly (Value | undefined)[]): Value[] | Unknown {
  const statements: Value[] = [];
  for (const text of texts) {
    if (text === undefined || text === null || text === '') continue;
    let parsed: Value | undefined;
    if (isUnknown(text)) {
      if (text.json === undefined) return unknown(`is not known before apply (${text.reason})`);
      parsed = text.json;
    } else if (typeof text === 'string') {
      try {
        parsed = JSON.parse(text) as Value;
      } catch {
        return unknown('is not valid JSON');
      }
    }
    if (!isObject(parsed)) return unknown('is not a JSON object');
    const list = parsed.Statement;
    if (isUnknown(list)) return list;
    statements.push(...listOf(list));
  }
  return statements;
}

/** `later` statements replace `earlier` ones with the same non-empty Sid; the others are appended. */
function mergeBySid(earlier: readonly Value[], later: readonly Value[]): Value[] {
  const merged = [...earlier];
  for (const statement of later) {
    const sid = isObject(statement) ? statement.Sid : undefined;
    const at = typeof sid === 'string' && sid !== '' ? merged.findIndex((item) => isObject(item) && item.Sid === sid) : -1;
    if (at >= 0) merged[at] = statement;
    else merged.push(statement);
  }
  return merged;
}

function statementsOf(blocks: Value | undefined): Value[] | Unknown {
  if (isUnknown(blocks)) return blocks;
  return listOf(blocks).map((block) => (isObject(block) ? statement(block) : isUnknown(block) ? block : unknown('a statement that is not a block')));
}

/** One `statement` block as an IAM statement: sets of one element are written as a string, as the provider does. */
function statement(block: ValueObject): Value {
  const result: ValueObject = {};
  if (block.sid !== undefined && block.sid !== null && block.sid !== '') result.Sid = scalar(block.sid, 'sid');
  result.Effect = scalar(stringOr(block.effect, 'Allow'), 'effect');
  for (const [attribute, key] of [['actions', 'Action'], ['not_actions', 'NotAction'], ['resources', 'Resource'], ['not_resources', 'NotResource']] as const) {
    const value = setValue(block[attribute]);
    if (value !== undefined) result[key] = value;
  }
  for (const [attribute, key] of [['principals', 'Principal'], ['not_principals', 'NotPrincipal']] as const) {
    const value = principals(block[attribute]);
    if (value !== undefined) result[key] = value;
  }
  const condition = conditions(block.condition);
  if (condition !== undefined) result.Condition = condition;
  return result;
}

/** A string attribute; any other value is malformed, never read as something it is not. */
function scalar(value: Value, name: string): Value {
  return typeof value === 'string' || isUnknown(value) ? value : unknown(`malformed: ${name} should be a string, not ${JSON.stringify(value)}`);
}

/** A set of strings: absent when empty, a string when it has one element. */
function setValue(value: Value | undefined): Value | undefined {
  if (value === undefined || value === null) return undefined;
  if (isUnknown(value)) return value;
  // Terraform writes a set as a list, and turns no single value into one.
  if (!Array.isArray(value)) return unknown(`malformed: a set should be a list, not ${JSON.stringify(value)}`);
  const items = value;
  if (items.length === 0) return undefined;
  const checked = items.map((item) => scalar(item, 'a set element'));
  return checked.length === 1 ? (checked[0] as Value) : checked;
}

/** `principals { type = "AWS" identifiers = [...] }` blocks as `{ AWS: [...] }`; type "*" is `"*"`. */
function principals(blocks: Value | undefined): Value | undefined {
  if (isUnknown(blocks)) return blocks;
  const list = listOf(blocks);
  if (list.length === 0) return undefined;
  const byType: ValueObject = {};
  for (const block of list) {
    if (!isObject(block)) return isUnknown(block) ? block : unknown('a principals entry that is not a block');
    const type = block.type;
    if (isUnknown(type)) return type;
    if (typeof type !== 'string') return unknown('a principals block without a type');
    if (type === '*') return '*';
    const identifiers = block.identifiers;
    if (isUnknown(identifiers)) {
      byType[type] = identifiers;
      continue;
    }
    const existing = byType[type];
    const merged = [...(Array.isArray(existing) ? existing : existing === undefined ? [] : [existing]), ...listOf(identifiers)];
    byType[type] = merged.length === 1 ? (merged[0] as Value) : merged;
  }
  return byType;
}

/** `condition { test variable values }` blocks as `{ test: { variable: values } }`. */
function conditions(blocks: Value | undefined): Value | undefined {
  if (isUnknown(blocks)) return blocks;
  const list = listOf(blocks);
  if (list.length === 0) return undefined;
  const result: ValueObject = {};
  for (const block of list) {
    if (!isObject(block)) return isUnknown(block) ? block : unknown('a condition entry that is not a block');
    const { test, variable, values } = block;
    if (isUnknown(test)) return test;
    if (isUnknown(variable)) return variable;
    if (typeof test !== 'string' || typeof variable !== 'string') return unknown('a condition block without test or variable');
    const operator = isObject(result[test]) ? (result[test] as ValueObject) : {};
    const existing = operator[variable];
    const added = isUnknown(values) ? values : setValue(values);
    operator[variable] =
      existing === undefined || added === undefined ? (added ?? existing ?? []) : isUnknown(existing) || isUnknown(added) ? unknown('condition values known only after apply') : [...listOf(existing), ...listOf(added)];
    result[test] = operator;
  }
  return result;
}
