import type { ResourceGraph } from '../../model/graph.js';
import type { PropertyPath, Resource } from '../../model/resource.js';
import type { Value, ValueObject } from '../../model/value.js';
import type { ParameterValue, Verdict } from '../../rules/types.js';

/**
 * A change to a template, said on the CloudFormation model (not on its text). The applier
 * turns it into a text splice of the original file.
 */
export type TemplateEdit =
  /** Sets `Resources.<resource>.Properties.<path>` to `value`, creating the maps on the way. */
  | { kind: 'setProperty'; resource: string; path: PropertyPath; value: Value }
  /** Appends items to the list at `Resources.<resource>.Properties.<path>` (created when absent). */
  | { kind: 'appendToList'; resource: string; path: PropertyPath; items: Value[] }
  /** Declares a template parameter, unless one of that name is already declared (then it is reused). */
  | { kind: 'addParameter'; name: string; declaration: ValueObject }
  /** Declares a new resource (the fix picks an id the template does not use). */
  | { kind: 'addResource'; id: string; declaration: ValueObject };

/** What a fix wants done for one finding. */
export interface FixPlan {
  /** One line for the user: what the edit does. */
  description: string;
  /**
   * Set when applying the change to a deployed stack replaces the resource (CloudFormation's
   * "Update requires: Replacement"), so the user reads it before deploying.
   */
  replacement?: string;
  edits: TemplateEdit[];
}

/** A fix that can not be made mechanically says why. */
export interface NotFixable {
  notFixable: string;
}

export interface FixContext {
  /** The rule's resolved parameters (the fix must satisfy the rule as configured). */
  params: Record<string, ParameterValue>;
  graph: ResourceGraph;
  /** A resource's declaration as written (before intrinsics are resolved): its `Condition`, its raw `Properties`. */
  declaration(id: string): ValueObject | undefined;
}

/**
 * A fix for one rule: a pure function from a resource and the rule's NON_COMPLIANT verdicts on
 * it to edits on the CloudFormation model. It never sees text, and never decides on its own
 * that the result is compliant: the caller applies the edits and evaluates the rule again.
 */
export interface TemplateFix {
  ruleId: string;
  fix(resource: Resource, verdicts: readonly Verdict[], context: FixContext): FixPlan | NotFixable;
}

export function isNotFixable(outcome: FixPlan | NotFixable): outcome is NotFixable {
  return 'notFixable' in outcome;
}

/** A reference to a template parameter, in the model's long form (`{ Ref: name }`). */
export function ref(name: string): ValueObject {
  return { Ref: name };
}
