import type { ResourceGraph } from '../../model/graph.js';
import type { Resource } from '../../model/resource.js';
import { isUnknown, unknown, type Unknown } from '../../model/unknown.js';
import type { Value } from '../../model/value.js';

/** A resource that names a function (a permission's `FunctionName`, a URL's `TargetFunctionArn`), and whether it names this one. */
export interface FunctionAttachment {
  readonly resource: Resource;
  /** `true` when it names the function; an Unknown when it may (a name known only at deployment). */
  readonly names: true | Unknown;
}

const ATTACHMENTS: Record<string, string> = { 'AWS::Lambda::Permission': 'FunctionName', 'AWS::Lambda::Url': 'TargetFunctionArn' };

/** `my-fn`, `my-fn:alias`, `arn:aws:lambda:region:account:function:my-fn[:qualifier]` or `account:function:my-fn` → `my-fn`. */
export function functionNameOf(text: string): string {
  const match = /(?:^|:)function:([^:]+)/.exec(text);
  return match ? (match[1] as string) : (text.split(':')[0] as string);
}

/**
 * The CloudFormation resolver's reason for a function ARN of this stack's account and region written
 * as `!Sub` over pseudo parameters with the function name as literal text
 * (`arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:orders`): the name.
 */
const STACK_FUNCTION_ARN = /^arn:(?:\$\{AWS::Partition\}|aws[a-z-]*):lambda:\$\{AWS::Region\}:\$\{AWS::AccountId\}:function:([^:"$/{}]+)(?::[^:"$/{}]+)?$/;

/**
 * Permissions or URLs of `type` that attach to `fn`: by reference (to the function, or to one of
 * its aliases or versions), by its literal name or ARN, or possibly (a name known only at
 * deployment). Indexed once per graph.
 */
export function functionAttachments(fn: Resource, graph: ResourceGraph, type: 'AWS::Lambda::Permission' | 'AWS::Lambda::Url'): FunctionAttachment[] {
  const index = graph.memo(`lambda:attachments:${type}`, (all) => {
    const byFunction = new Map<string, Resource[]>();
    const byName = new Map<string, Resource[]>();
    const undecided: Resource[] = [];
    const add = (map: Map<string, Resource[]>, key: string, resource: Resource) => map.set(key, [...(map.get(key) ?? []), resource]);
    for (const resource of all.ofType(type)) {
      const value = resource.properties[ATTACHMENTS[type] as string];
      const target = functionBehind(all.target(value), all);
      const stackName = isUnknown(value) ? STACK_FUNCTION_ARN.exec(value.built?.template ?? '')?.[1] : undefined;
      if (target) add(byFunction, target.id, resource);
      else if (typeof value === 'string') add(byName, functionNameOf(value), resource);
      else if (stackName !== undefined) add(byName, stackName, resource);
      else undecided.push(resource);
    }
    return { byFunction, byName, undecided };
  });
  const name = fn.properties.FunctionName;
  const found: FunctionAttachment[] = (index.byFunction.get(fn.id) ?? []).map((resource) => ({ resource, names: true }));
  if (typeof name === 'string') found.push(...(index.byName.get(functionNameOf(name)) ?? []).map((resource) => ({ resource, names: true as const })));
  for (const resource of index.undecided) {
    const value = resource.properties[ATTACHMENTS[type] as string];
    found.push({ resource, names: unknown(`${resource.id} names its function by ${isUnknown(value) ? value.reason : JSON.stringify(value ?? null)}`) });
  }
  return found;
}

/** The function a reference leads to: the function itself, or the function of an alias or version. */
function functionBehind(target: Resource | undefined, graph: ResourceGraph, depth = 0): Resource | undefined {
  if (!target || depth > 4) return undefined;
  if (target.type === 'AWS::Lambda::Function') return target;
  if (target.type === 'AWS::Lambda::Alias' || target.type === 'AWS::Lambda::Version') return functionBehind(graph.target(target.properties.FunctionName as Value | undefined), graph, depth + 1);
  return undefined;
}
