import { compact } from '../../terraform/mapping/context.js';
import { isUnknown } from '../../../model/unknown.js';
import { isObject, type Value, type ValueObject } from '../../../model/value.js';
import { pascalKeys, type ItemMapping } from './shared.js';

/**
 * The API's `{ quantity, items }` wrappers become plain lists, as CloudFormation writes them (no items: empty);
 * a trusted signers wrapper's `enabled` only says whether it has items. The cached methods the API
 * nests in the allowed methods are their sibling in CloudFormation.
 */
function unwrap(value: Value): Value {
  if (Array.isArray(value)) return value.map(unwrap);
  if (!isObject(value)) return value;
  const keys = Object.keys(value);
  if (keys.includes('Quantity') && keys.every((key) => key === 'Quantity' || key === 'Items' || key === 'Enabled')) return Array.isArray(value.Items) ? value.Items.map(unwrap) : [];
  const result: ValueObject = {};
  for (const [key, child] of Object.entries(value)) {
    if (key === 'AllowedMethods' && isObject(child) && child.CachedMethods !== undefined) {
      const { CachedMethods, ...allowed } = child;
      result.AllowedMethods = unwrap(allowed);
      result.CachedMethods ??= unwrap(CachedMethods);
    } else {
      result[key] = unwrap(child);
    }
  }
  return result;
}

const wrap = (items: Value[]): ValueObject => ({ Quantity: items.length, Items: items });

/** CloudFormation keeps origin groups, their members and their failover status codes in the API's wrappers. */
function originGroup(group: Value): Value {
  if (!isObject(group)) return group;
  const result: ValueObject = { ...group };
  if (Array.isArray(group.Members)) result.Members = wrap(group.Members);
  const criteria = group.FailoverCriteria;
  if (isObject(criteria) && Array.isArray(criteria.StatusCodes)) result.FailoverCriteria = { ...criteria, StatusCodes: wrap(criteria.StatusCodes) };
  return result;
}

/** GetDistributionConfig's shape → CloudFormation's `DistributionConfig`. */
function distributionConfig(recorded: Value): Value {
  if (isUnknown(recorded) || !isObject(recorded)) return recorded;
  const config = unwrap(pascalKeys(recorded)) as ValueObject;
  const origins = Array.isArray(config.Origins)
    ? config.Origins.map((origin) => {
        if (!isObject(origin) || !isObject(origin.CustomOriginConfig)) return origin;
        const { OriginSslProtocols, ...custom } = origin.CustomOriginConfig;
        return { ...origin, CustomOriginConfig: compact({ ...custom, OriginSSLProtocols: OriginSslProtocols }) };
      })
    : config.Origins;
    const groups = Array.isArray(config.OriginGroups) ? config.OriginGroups.map(originGroup) : config.OriginGroups;
  // Config records disabled logging as `enabled: false` with an empty bucket; CloudFormation leaves Logging out.
  const logging = isObject(config.Logging) ? config.Logging : undefined;
  const { Enabled: loggingEnabled, ...loggingRest } = logging ?? {};
  return compact({
    ...config,
    Origins: origins,
    OriginGroups: Array.isArray(groups) ? (groups.length === 0 ? undefined : wrap(groups)) : groups,
    Logging: logging === undefined ? config.Logging : loggingEnabled === false ? undefined : loggingRest,
    // An empty web ACL id or default root object is "none", as CloudFormation's absent property.
    WebACLId: config.WebACLId === '' ? undefined : config.WebACLId,
    DefaultRootObject: config.DefaultRootObject === '' ? undefined : config.DefaultRootObject,
  });
}

/** CloudFront: Config resource types and their CloudFormation shape. */
export const itemMappings: Readonly<Record<string, ItemMapping>> = {
  'AWS::CloudFront::Distribution': {
    cloudFormationType: 'AWS::CloudFront::Distribution',
    properties: (context) => ({ DistributionConfig: distributionConfig(context.recorded('distributionConfig')) }),
  },
};
