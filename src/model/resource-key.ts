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
 *
 * A resource is one thing seen by several gates under different keys: the template's bucket is
 * `cloudformation:app/Logs` to the scan and the hook, and its ARN to the Config rule and the live
 * scan. Link keys join them (the store keeps every key an evaluation carries in one link group):
 *
 * - `cfn:<stack>/<logical id>`, and `cfn:<account>/<region>/<stack>/<logical id>` where both are
 *   known: from the resource key of a template or hook request, and from the
 *   `aws:cloudformation:stack-name` / `aws:cloudformation:logical-id` tags CloudFormation puts on
 *   what it creates (Config items and the live scan read them);
 * - `tf:<organization>/<workspace>/<address>`: from a run task's resource key;
 * - `physical:<type>/<physical id>` and the ARN: of a deployed resource (its Config item, its live
 *   read, the prior state of a Terraform plan), so a plan's resource meets its deployed self.
 */
import type { Evaluation } from './evaluation.js';

/** What a gate knows about where its resources live. */
export interface KeyScope {
  /** HCP Terraform organization and workspace (run task). */
  terraform?: { organization: string; workspace: string };
  /** The CloudFormation stack the templates are (or will be) deployed as. */
  stack?: string;
  /** The stack's account and region, when the gate knows them (the hook's request does). */
  account?: string;
  region?: string;
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
    else if (stack && CLOUDFORMATION_SOURCES.has(resource.source)) {
      resource.key = `cloudformation:${stack}/${resource.id}`;
      const placed = stackLinks(stack, resource.id, scope).filter((link) => !link.startsWith(`cfn:${stack}/`));
      if (placed.length > 0) resource.links = [...new Set([...(resource.links ?? []), ...placed])];
    }
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

/**
 * The longest link key taken from a resource's own data (tags, a plan's prior state). A longer
 * one is left out, never cut: a cut key could name another resource.
 */
export const MAX_LINK_KEY_LENGTH = 512;
/** Link keys one evaluation may carry: what a gate adds is a handful; anything past this is not kept. */
export const MAX_LINKS = 16;

// CloudFormation's own limits: stack names (CreateStack's StackName) and template logical ids.
const STACK_NAME = /^[A-Za-z][-A-Za-z0-9]{0,127}$/;
const LOGICAL_ID = /^[A-Za-z0-9]{1,255}$/;
const ACCOUNT = /^\d{12}$/;
const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;

/** `cfn:` keys of a stack's resource, the placed one when account and region are both known; none when the names are not CloudFormation's. */
export function stackLinks(stack: string, logicalId: string, place: { account?: string | undefined; region?: string | undefined } = {}): string[] {
  if (!STACK_NAME.test(stack) || !LOGICAL_ID.test(logicalId)) return [];
  const links = [`cfn:${stack}/${logicalId}`];
  if (place.account && place.region && ACCOUNT.test(place.account) && REGION.test(place.region)) links.push(`cfn:${place.account}/${place.region}/${stack}/${logicalId}`);
  return links;
}

const STACK_TAG = 'aws:cloudformation:stack-name';
const LOGICAL_ID_TAG = 'aws:cloudformation:logical-id';

/**
 * The `cfn:` keys a deployed resource's tags give: CloudFormation tags what it creates with its
 * stack's name and the resource's logical id. `tags` is a map or a list of `{Key, Value}` /
 * `{key, value}` entries (Config and the AWS APIs use both); a list with two different values for
 * one of the tags gives none.
 */
export function stackTagLinks(tags: unknown, place: { account?: string | undefined; region?: string | undefined } = {}): string[] {
  const stack = tagValue(tags, STACK_TAG);
  const logicalId = tagValue(tags, LOGICAL_ID_TAG);
  return stack && logicalId ? stackLinks(stack, logicalId, place) : [];
}

function tagValue(tags: unknown, name: string): string | undefined {
  if (Array.isArray(tags)) {
    let found: string | undefined;
    for (const entry of tags as unknown[]) {
      if (typeof entry !== 'object' || entry === null) continue;
      const { Key, Value, key, value } = entry as Record<string, unknown>;
      if ((Key ?? key) !== name) continue;
      const text = Value ?? value;
      if (typeof text !== 'string' || (found !== undefined && found !== text)) return undefined;
      found = text;
    }
    return found;
  }
  if (typeof tags !== 'object' || tags === null || !Object.hasOwn(tags, name)) return undefined;
  const text = (tags as Record<string, unknown>)[name];
  return typeof text === 'string' ? text : undefined;
}

/** The keys a deployed resource's physical id and ARN give (a Config item's resourceId, a plan's prior `id`). */
export function deployedLinks(type: string, physicalId: unknown, arn?: unknown): string[] {
  const links: string[] = [];
  if (typeof physicalId === 'string' && physicalId !== '' && !/\s/.test(physicalId)) links.push(physicalKey(type, physicalId));
  if (typeof arn === 'string' && arn.startsWith('arn:') && !/\s/.test(arn)) links.push(arn);
  return links.filter((link) => link.length <= MAX_LINK_KEY_LENGTH);
}

/** `physical:<type>/<id>`: the type is part of it, since a bucket and a log group may share a name. */
export function physicalKey(type: string, physicalId: string): string {
  return `physical:${type}/${physicalId}`;
}

/** The physical id in a `physical:` key (types have no `/`), else undefined. */
export function physicalIdOf(link: string): string | undefined {
  if (!link.startsWith('physical:')) return undefined;
  const slash = link.indexOf('/');
  return slash < 0 ? undefined : link.slice(slash + 1);
}

/**
 * Every key that names the evaluated resource: its resource key, its ARN, the `cfn:` / `tf:` key
 * its resource key implies, and the links its gate found. Keys from the resource's data are
 * bounded (MAX_LINK_KEY_LENGTH, MAX_LINKS).
 */
export function linkKeysOf(evaluation: Evaluation, key = resourceKey(evaluation)): string[] {
  const { resource } = evaluation;
  const keys = new Set([key]);
  if (resource.arn) keys.add(resource.arn);
  if (key.startsWith('cloudformation:')) {
    const [stack = '', ...rest] = key.slice('cloudformation:'.length).split('/');
    for (const link of stackLinks(stack, rest.join('/'))) keys.add(link);
  } else if (key.startsWith('terraform:')) keys.add(`tf:${key.slice('terraform:'.length)}`);
  let taken = 0;
  for (const link of Array.isArray(resource.links) ? resource.links : []) {
    if (taken >= MAX_LINKS) break;
    if (typeof link !== 'string' || link === '' || link.length > MAX_LINK_KEY_LENGTH) continue;
    keys.add(link);
    taken++;
  }
  return [...keys];
}
