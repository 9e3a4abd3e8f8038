import { GetResourceCommand, ListResourcesCommand } from '@aws-sdk/client-cloudcontrol';
import { isObject, type Properties } from '../../model/value.js';
import { isNotFound } from '../errors.js';
import { allPages, toValue, type LiveResource, type ReadContext, type TypeReader } from '../types.js';

/** Cloud Control answers properties as a JSON string, already CloudFormation-shaped; undefined when it is not a JSON object. */
export function cloudControlProperties(text: string | undefined): Properties | undefined {
  if (text === undefined) return undefined;
  try {
    const value = toValue(JSON.parse(text) as unknown);
    return isObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Read-only properties that rules read as facts of the deployed resource (`observed`), as Config
 * items record them. Cloud Control returns a read-only property only when the resource has it: an
 * instance without `PublicIp` has no public address.
 */
const OBSERVED: Readonly<Record<string, (properties: Properties) => Properties>> = {
  'AWS::EC2::Instance': (properties) => ({ PublicIp: typeof properties.PublicIp === 'string' ? properties.PublicIp : null }),
};

function toResource(type: string, identifier: string, text: string | undefined): LiveResource {
  const parsed = cloudControlProperties(text);
  const resource: LiveResource = { type, id: identifier, properties: parsed ?? {} };
  if (parsed === undefined) resource.unresolved = 'Cloud Control returned no readable properties';
  const observe = Object.hasOwn(OBSERVED, type) ? OBSERVED[type] : undefined;
  if (parsed && observe) resource.observed = observe(parsed);
  const arn = parsed?.Arn;
  if (typeof arn === 'string' && arn.startsWith('arn:')) resource.arn = arn;
  return resource;
}

async function getResource(context: ReadContext, type: string, identifier: string): Promise<LiveResource[]> {
  try {
    const result = await context.limit(() => context.clients.cloudControl.send(new GetResourceCommand({ TypeName: type, Identifier: identifier })));
    return [toResource(type, result.ResourceDescription?.Identifier ?? identifier, result.ResourceDescription?.Properties)];
  } catch (error) {
    if (isNotFound(error)) return []; // deleted between listing and reading
    throw error;
  }
}

/**
 * Any type Cloud Control supports: ListResources (paginated by NextToken) for the identifiers,
 * then GetResource for each, because a list handler may return only the primary identifier.
 */
export function cloudControlReader(type: string): TypeReader {
  return {
    type,
    async list(context) {
      const identifiers = await allPages(async (token) => {
        const page = await context.limit(() => context.clients.cloudControl.send(new ListResourcesCommand({ TypeName: type, NextToken: token })));
        return { items: (page.ResourceDescriptions ?? []).map((description) => description.Identifier), next: page.NextToken };
      });
      const unique = [...new Set(identifiers.filter((identifier): identifier is string => Boolean(identifier)))];
      return (await Promise.all(unique.map((identifier) => getResource(context, type, identifier)))).flat();
    },
    get: (context, identifier) => getResource(context, type, identifier),
  };
}
