import type { ForeignSkip } from '../../suppressions/foreign.js';
import type { ScanProblem } from '../../model/evaluation.js';
import type { ChangeAction, SourcePosition } from '../../model/resource.js';
import type { ValueObject } from '../../model/value.js';

/** A reference from a Terraform expression to a resource instance, resolved to its full address. */
export interface TfReference {
  /** Full instance address, e.g. `module.vpc.aws_vpc.this[0]`. */
  address: string;
  /** The attribute read, e.g. `id`, `arn`; absent for a whole-object reference. */
  attribute?: string;
}

/**
 * One Terraform resource instance as an adapter read it (plan JSON or HCL), before the
 * provider mapping turns it into a CloudFormation-shaped resource.
 */
export interface TfInstance {
  address: string;
  type: string;
  name: string;
  /** Module instance address (`module.a[0].module.b`), '' in the root module. */
  module: string;
  index?: number | string;
  /**
   * Set when the instance may not exist: its `count` / `for_each` could not be evaluated
   * (the reason). Rules must not count on it.
   */
  conditional?: string;
  /**
   * For a conditional instance: what decides whether it exists (its module and its `count` /
   * `for_each` expression). Two instances with the same condition exist together or not at all.
   */
  condition?: string;
  /** Attribute values (`after` in a plan); unknown values are `Unknown`. */
  values: ValueObject;
  /** Values before the change, for updates. */
  before?: ValueObject;
  /** The `id` and `arn` of what is deployed at this address (a plan's `change.before`), unless marked sensitive. */
  deployed?: { id?: string; arn?: string };
  action?: ChangeAction;
  /**
   * References to other resource instances by attribute path (`vpc_id`,
   * `ingress.0.security_groups`), from the configuration's expressions.
   */
  references: Map<string, TfReference[]>;
  /**
   * Top-level attributes the configuration sets (plan JSON with a `configuration` section).
   * An attribute that is unknown in the plan but not configured is a provider-computed default.
   */
  configured?: Set<string>;
  file: string;
  position?: SourcePosition;
  /** `tosei:skip` comments on or inside the resource block. */
  skips?: { id: string; reason: string }[];
  /** Other scanners' comments there: `checkov:skip=ID:reason`, `tfsec:ignore:ID`, `trivy:ignore:ID`. */
  foreignSkips?: ForeignSkip[];
}

/** What a Terraform adapter hands to the provider mapping. */
export interface TfInput {
  file: string;
  format: 'terraform-plan' | 'terraform-hcl';
  instances: TfInstance[];
  problems: ScanProblem[];
  /** Sensitive values: never printed in any output. */
  secrets: string[];
}

/** `a.0.b` — the key of an attribute path in `TfInstance.references`. */
export function pathKey(path: readonly (string | number)[]): string {
  return path.join('.');
}
