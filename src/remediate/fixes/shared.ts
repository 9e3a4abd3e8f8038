import type { PropertyPath, Resource } from '../../model/resource.js';
import type { ParameterValue, Verdict } from '../../rules/types.js';
import { ref, type FixPlan, type NotFixable, type TemplateEdit, type TemplateFix } from '../autofix/edits.js';

/**
 * The NON_COMPLIANT verdicts a fix does not know how to fix make the whole finding not fixable:
 * a partial fix would leave the rule NON_COMPLIANT.
 */
export function unhandledVerdict(verdicts: readonly Verdict[], handled: readonly string[], why: string): NotFixable | undefined {
  const other = verdicts.find((verdict) => !handled.includes(verdict.messageId));
  return other ? { notFixable: `${why} (${other.messageId})` } : undefined;
}

/** The path of a boolean property a verdict points at: the property itself, or the object that lacks it. */
export function flagPath(verdict: Verdict, property: string): PropertyPath {
  const path = verdict.path ?? [];
  return path[path.length - 1] === property ? path : [...path, property];
}

/**
 * A fix that sets one boolean property to `true` where the rule found it off or absent
 * (`Encrypted`, `StorageEncrypted`, `AtRestEncryptionEnabled`).
 */
export function enableFlagFix(options: {
  ruleId: string;
  property: string;
  /** The rule's message ids that mean "the flag is off". */
  messageIds: readonly string[];
  /** Any other NON_COMPLIANT verdict (a wrong KMS key...) is a choice for the user: why. */
  otherwise: string;
  replacement(resource: Resource, verdict: Verdict): string | undefined;
}): TemplateFix {
  return {
    ruleId: options.ruleId,
    fix(resource, verdicts) {
      const unhandled = unhandledVerdict(verdicts, options.messageIds, options.otherwise);
      if (unhandled) return unhandled;
      const edits = verdicts.map((verdict): TemplateEdit => ({ kind: 'setProperty', resource: resource.id, path: flagPath(verdict, options.property), value: true }));
      const plan: FixPlan = { description: `set ${edits.map((edit) => (edit.kind === 'setProperty' ? edit.path.join('.') : '')).join(', ')} to true`, edits };
      const replacement = verdicts.map((verdict) => options.replacement(resource, verdict)).find((note) => note !== undefined);
      if (replacement) plan.replacement = replacement;
      return plan;
    },
  };
}

/**
 * A template parameter holding a KMS key, so the template names the key at deployment instead of
 * hard-coding one: restricted to the rule's allowed keys when it has some, defaulting to the first
 * of them (or to the AWS managed key, which keeps the template deployable as it was).
 */
export function kmsKeyParameter(name: string, service: string, allowed: readonly string[] | undefined, managedAlias: string): { edit: TemplateEdit; reference: ReturnType<typeof ref> } {
  const declaration: Record<string, string | string[]> = {
    Type: 'String',
    Description: `KMS key (ARN, id or alias) for ${service} (added by tosei fix)`,
    Default: allowed?.[0] ?? managedAlias,
  };
  if (allowed && allowed.length > 0) declaration.AllowedValues = [...allowed];
  return { edit: { kind: 'addParameter', name, declaration }, reference: ref(name) };
}

/** A string-list rule parameter (absent: empty). */
export function stringList(value: ParameterValue): string[] {
  return Array.isArray(value) ? value : [];
}
