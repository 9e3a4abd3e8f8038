import type { TfInstance, TfReference } from './instance.js';

/** Roots of a traversal that are not resources. */
const NON_RESOURCE_ROOTS = new Set(['var', 'local', 'module', 'data', 'count', 'each', 'path', 'terraform', 'self']);

/** A parsed reference string: `aws_vpc.main[0].id` → type, name, index, attribute. */
export interface ParsedReference {
  type: string;
  name: string;
  index?: string;
  attribute?: string;
}

/** Parses a static resource reference as Terraform writes it in plan JSON `references`. */
export function parseResourceReference(text: string): ParsedReference | undefined {
  const match = /^([a-zA-Z][\w-]*)\.([a-zA-Z_][\w-]*)(\[("[^"]*"|\d+)\])?(?:\.([a-zA-Z_][\w-]*))?/.exec(text);
  if (!match) return undefined;
  const [, type, name, , index, attribute] = match as unknown as [string, string, string, string?, string?, string?];
  if (NON_RESOURCE_ROOTS.has(type) || !type.includes('_')) return undefined;
  const parsed: ParsedReference = { type, name };
  if (index !== undefined) parsed.index = index.startsWith('"') ? index.slice(1, -1) : index;
  if (attribute !== undefined) parsed.attribute = attribute;
  return parsed;
}

/** Strips instance keys from a module address: `module.a[0].module.b["x"]` → `module.a.module.b`. */
export function moduleConfigPath(moduleAddress: string): string {
  return moduleAddress.replace(/\[(?:"(?:[^"\\]|\\.)*"|\d+)\]/g, '');
}

/**
 * Finds the resource instances a reference means, the way Terraform would at apply time:
 * an explicit index picks that instance; a single instance is itself; `aws_x.y[count.index]`
 * style references (no static index) pick the instance with the referrer's own index.
 */
export class AddressBook {
  private readonly byConfigKey = new Map<string, TfInstance[]>();

  constructor(instances: readonly TfInstance[]) {
    for (const instance of instances) {
      const key = `${instance.module}|${instance.type}.${instance.name}`;
      const list = this.byConfigKey.get(key);
      if (list) list.push(instance);
      else this.byConfigKey.set(key, [instance]);
    }
  }

  /** Instances of `type.name` in a module instance. */
  candidates(module: string, type: string, name: string): readonly TfInstance[] {
    return this.byConfigKey.get(`${module}|${type}.${name}`) ?? [];
  }

  resolve(reference: ParsedReference, module: string, from?: { index?: number | string }): TfReference | undefined {
    const candidates = this.candidates(module, reference.type, reference.name);
    let target: TfInstance | undefined;
    if (reference.index !== undefined) target = candidates.find((candidate) => String(candidate.index) === reference.index);
    else if (candidates.length === 1) target = candidates[0];
    else if (from?.index !== undefined) target = candidates.find((candidate) => candidate.index === from.index);
    if (!target) return undefined;
    const resolved: TfReference = { address: target.address };
    if (reference.attribute !== undefined) resolved.attribute = reference.attribute;
    return resolved;
  }
}
