/**
 * A built-in runbook: a real SSM Automation document (YAML text, parsed by the same reader as a
 * user's) plus what Tosei needs to offer it: the rules it fixes, what it changes, the parameter that
 * receives the resource id, the IAM actions its role needs, and the default configuration.
 */
export interface BuiltinRunbook {
  /** SSM document name (Config's TargetId). */
  name: string;
  /** The resource type it acts on (the RemediationConfiguration's ResourceType). */
  resourceType: string;
  /** Rule id → static parameters that rule's default configuration passes (besides the resource id). */
  fixes: Record<string, Record<string, string[]>>;
  /** What an execution changes, in one or two sentences (shown in plans and docs). */
  changes: string;
  /** The parameter that receives Config's RESOURCE_ID. */
  resourceParameter?: string;
  /** Least-privilege statements for the automation role (`{Resource}` patterns may use ${AWS::...}). */
  permissions: readonly { actions: readonly string[]; resource: string }[];
  /** The SSM document, schema 0.3. */
  document: string;
}
