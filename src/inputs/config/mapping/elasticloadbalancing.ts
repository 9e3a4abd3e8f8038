import { compact } from '../../terraform/mapping/context.js';
import { isUnknown, unknown } from '../../../model/unknown.js';
import { isObject, type Value } from '../../../model/value.js';
import { objects, pascalKeys, type ItemContext, type ItemMapping } from './shared.js';

/** A supplementary blob's field (`LoadBalancerAttributes.accessLog`): unknown when the blob is, absent when it is. */
function attribute(context: ItemContext, blob: string, path: readonly string[]): Value | undefined {
  let current: Value | undefined = context.supplementary(blob);
  for (const key of path) {
    if (current === undefined || isUnknown(current)) return current;
    current = isObject(current) ? (current[key] ?? undefined) : undefined;
  }
  return current;
}

function classicListeners(context: ItemContext): Value {
  const descriptions = context.recorded('listenerDescriptions');
  if (isUnknown(descriptions)) return descriptions;
  return objects(descriptions).map((description) => {
    const listener = isObject(description.listener) ? description.listener : {};
    return compact({
      LoadBalancerPort: listener.loadBalancerPort ?? undefined,
      Protocol: listener.protocol ?? undefined,
      InstancePort: listener.instancePort ?? undefined,
      InstanceProtocol: listener.instanceProtocol ?? undefined,
      SSLCertificateId: listener.sslcertificateId ?? listener.sSLCertificateId ?? undefined,
      PolicyNames: description.policyNames ?? undefined,
    });
  });
}

/** DescribeLoadBalancerPolicies' policies as CloudFormation's `Policies`. */
function classicPolicies(context: ItemContext): Value | undefined {
  const policies = context.supplementary('LoadBalancerPolicies');
  if (policies === undefined || isUnknown(policies)) return policies;
  return objects(policies).map((policy) =>
    compact({
      PolicyName: policy.policyName ?? undefined,
      PolicyType: policy.policyTypeName ?? undefined,
      Attributes: objects(policy.policyAttributeDescriptions).map((entry) => compact({ Name: entry.attributeName ?? undefined, Value: entry.attributeValue ?? undefined })),
    }),
  );
}

function accessLogging(context: ItemContext): Value | undefined {
  const log = attribute(context, 'LoadBalancerAttributes', ['accessLog']);
  // DescribeLoadBalancerAttributes always reports the access log setting: without it, Config did not record it.
  if (log === undefined) return unknown(`AWS Config did not record supplementaryConfiguration.LoadBalancerAttributes.accessLog of ${context.item.resourceId}`);
  if (isUnknown(log) || !isObject(log)) return log;
  return compact({ Enabled: log.enabled ?? undefined, S3BucketName: log.s3BucketName || undefined, S3BucketPrefix: log.s3BucketPrefix || undefined, EmitInterval: log.emitInterval ?? undefined });
}

/** DescribeLoadBalancerAttributes' `{ key, value }` pairs as CloudFormation's `LoadBalancerAttributes`. */
function attributePairs(context: ItemContext): Value | undefined {
  const pairs = context.supplementary('LoadBalancerAttributes');
  if (pairs === undefined || isUnknown(pairs)) return pairs;
  const mapped: Value[] = objects(pairs).map((pair) => compact({ Key: pair.key ?? undefined, Value: pair.value ?? undefined }));
  // Whether a web ACL protects an Application Load Balancer is the waf.enabled attribute of its item; without it, not known.
  if (context.optional('type') === 'application' && !objects(pairs).some((pair) => pair.key === 'waf.enabled')) {
    mapped.push({ Key: 'waf.enabled', Value: unknown(`AWS Config did not record whether a web ACL protects ${context.item.resourceId} (waf.enabled)`) });
  }
  return mapped;
}

/** Elastic Load Balancing: Config resource types and their CloudFormation shape. */
export const itemMappings: Readonly<Record<string, ItemMapping>> = {
  'AWS::ElasticLoadBalancing::LoadBalancer': {
    cloudFormationType: 'AWS::ElasticLoadBalancing::LoadBalancer',
    properties: (context) =>
      compact({
        LoadBalancerName: context.optional('loadBalancerName') ?? context.name,
        Listeners: classicListeners(context),
        Policies: classicPolicies(context),
        CrossZone: attribute(context, 'LoadBalancerAttributes', ['crossZoneLoadBalancing', 'enabled']) ?? unknown(`AWS Config did not record supplementaryConfiguration.LoadBalancerAttributes.crossZoneLoadBalancing of ${context.item.resourceId}`),
        AccessLoggingPolicy: accessLogging(context),
        AvailabilityZones: context.optional('availabilityZones'),
        Subnets: context.optional('subnets'),
        SecurityGroups: context.optional('securityGroups'),
        Scheme: context.optional('scheme'),
      }),
  },
  'AWS::ElasticLoadBalancingV2::LoadBalancer': {
    cloudFormationType: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
    properties: (context) => {
      const zones = context.recorded('availabilityZones');
      return compact({
        Name: context.optional('loadBalancerName') ?? context.name,
        Type: context.recorded('type'),
        Scheme: context.optional('scheme'),
        // One subnet per Availability Zone.
        Subnets: isUnknown(zones) ? zones : objects(zones).map((zone) => zone.subnetId ?? zone.zoneName ?? null),
        SecurityGroups: context.optional('securityGroups'),
        LoadBalancerAttributes: attributePairs(context),
      });
    },
  },
  'AWS::ElasticLoadBalancingV2::Listener': {
    cloudFormationType: 'AWS::ElasticLoadBalancingV2::Listener',
    // Config records the listener in CloudFormation's shape.
    properties: (context) => pascalKeys(context.configuration) as Record<string, Value>,
  },
};
