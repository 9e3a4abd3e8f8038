/**
 * One resource, one key, at every gate: the evaluation store links the runs of a resource by this
 * key, so `tosei history` shows one timeline and `tosei report` lists a failing resource once.
 *
 * - Terraform: `terraform:<organization>/<workspace>/<address>` (the run task knows both; a
 *   temporary download folder is never part of it);
 * - CloudFormation: `cloudformation:<stack>/<logical id>` (the hook knows the stack; `tosei scan
 *   --stack-name` names it for a template);
 * - deployed resources: their ARN;
 * - anything else: `<file>#<address or id>`, stable as long as the file is scanned from the same place.
 */
import type { Evaluation } from './evaluation.js';

/** What a gate knows about where its resources live. */
export interface KeyScope {
  /** HCP Terraform organization and workspace (run task). */
  terraform?: { organization: string; workspace: string };
  /** The CloudFormation stack the templates are (or will be) deployed as. */
  stack?: string;
}

const TERRAFORM_SOURCES = new Set(['terraform-plan', 'terraform-hcl']);
const CLOUDFORMATION_SOURCES = new Set(['cloudformation', 'hook-request']);

/** Sets `resource.key` on the evaluations the scope identifies (in place; returns them). */
export function assignResourceKeys<T extends Evaluation>(evaluations: T[], scope: KeyScope): T[] {
  const { terraform, stack } = scope;
  if (!terraform && !stack) return evaluations;
  for (const evaluation of evaluations) {
    const { resource } = evaluation;
    // The id, not the address: a companion resource (`<address>#<suffix>`) shares its declaring resource's address.
    if (terraform && TERRAFORM_SOURCES.has(resource.source)) resource.key = terraformKey(terraform, resource.id);
    else if (stack && CLOUDFORMATION_SOURCES.has(resource.source)) resource.key = `cloudformation:${stack}/${resource.id}`;
  }
  return evaluations;
}

export function terraformKey(workspace: { organization: string; workspace: string }, id: string): string {
  return `terraform:${workspace.organization}/${workspace.workspace}/${id}`;
}

/** The store's key of an evaluated resource: the gate's key, else the ARN, else file and address. */
export function resourceKey(evaluation: Evaluation): string {
  const { resource, location } = evaluation;
  return resource.key ?? resource.arn ?? `${location.file}#${resource.address ?? resource.id}`;
}
