import type { CheckResult, ParameterValue, Rule, RuleContext, RuleMeta, Verdict } from './types.js';
import type { PropertyPath, Resource } from '../model/resource.js';

/**
 * Declares a rule. The generics make `messageId` in verdicts compile-checked against
 * `meta.messages`.
 */
export function defineRule<Params = Record<string, ParameterValue>, MessageId extends string = string>(rule: {
  meta: RuleMeta<MessageId>;
  check(resource: Resource, context: RuleContext<Params>): CheckResult<MessageId>;
}): Rule<Params, MessageId> {
  return rule;
}

type Data = Record<string, string | number>;

export function compliant<M extends string>(messageId: M, data?: Data, path?: PropertyPath): Verdict<M> {
  return verdict('COMPLIANT', messageId, data, path);
}
export function nonCompliant<M extends string>(messageId: M, data?: Data, path?: PropertyPath): Verdict<M> {
  return verdict('NON_COMPLIANT', messageId, data, path);
}
export function insufficientData<M extends string>(messageId: M, data?: Data, path?: PropertyPath): Verdict<M> {
  return verdict('INSUFFICIENT_DATA', messageId, data, path);
}
export function notApplicable<M extends string>(messageId: M, data?: Data, path?: PropertyPath): Verdict<M> {
  return verdict('NOT_APPLICABLE', messageId, data, path);
}

function verdict<M extends string>(status: Verdict['status'], messageId: M, data?: Data, path?: PropertyPath): Verdict<M> {
  const result: Verdict<M> = { status, messageId };
  if (data) result.data = data;
  if (path) result.path = path;
  return result;
}
