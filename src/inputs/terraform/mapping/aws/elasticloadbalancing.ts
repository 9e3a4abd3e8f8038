import { isUnknown } from '../../../../model/unknown.js';
import { isObject, type Value, type ValueObject } from '../../../../model/value.js';
import { compact, type MappingContext } from '../context.js';
import { append, blockList, firstBlock, ifConfigured, type ResourceMapping, type ServiceMappings } from './shared.js';

/** Text as the API gives attribute values (`"true"`), keeping an Unknown. */
function attributeText(value: Value | undefined): Value | undefined {
  if (value === undefined || isUnknown(value)) return value;
  return typeof value === 'boolean' || typeof value === 'number' ? String(value) : value;
}

/**
 * `aws_lb`'s first-class arguments as CloudFormation's `LoadBalancerAttributes` pairs; an
 * argument the configuration leaves out is left out (the service default applies), as in a
 * template.
 */
function loadBalancerAttributes(context: MappingContext): Value[] | undefined {
  const logs = context.get('access_logs');
  const log = firstBlock(logs);
  const pairs: [string, Value | undefined][] = [
    ['deletion_protection.enabled', context.get('enable_deletion_protection')],
    ['routing.http.drop_invalid_header_fields.enabled', context.get('drop_invalid_header_fields')],
    ['routing.http.desync_mitigation_mode', context.get('desync_mitigation_mode')],
    ['load_balancing.cross_zone.enabled', context.get('enable_cross_zone_load_balancing')],
    // The access_logs block's `enabled` defaults to false even with a bucket.
    ['access_logs.s3.enabled', isUnknown(logs) ? logs : log ? (log.enabled ?? false) : undefined],
    ['access_logs.s3.bucket', isUnknown(logs) ? logs : log ? (context.link('access_logs.0.bucket') ?? undefined) : undefined],
  ];
  const attributes = pairs.filter(([, value]) => value !== undefined).map(([key, value]) => ({ Key: key, Value: attributeText(value) as Value }));
  return attributes.length > 0 ? attributes : undefined;
}

function listenerActions(context: MappingContext): Value | undefined {
  const actions = context.get('default_action');
  if (isUnknown(actions)) return actions;
  const mapped = context.blocks('default_action').map((action, index) => {
    const redirect = firstBlock(action.redirect);
    return compact({
      Type: action.type ?? undefined,
      Order: action.order ?? undefined,
      TargetGroupArn: context.link(`default_action.${index}.target_group_arn`) || undefined,
      RedirectConfig: redirect
        ? compact({ Protocol: redirect.protocol ?? undefined, Port: redirect.port ?? undefined, Host: redirect.host ?? undefined, Path: redirect.path ?? undefined, Query: redirect.query ?? undefined, StatusCode: redirect.status_code ?? undefined })
        : undefined,
    });
  });
  return mapped.length > 0 ? mapped : undefined;
}

function subnetMappings(context: MappingContext): Value | undefined {
  const mappings = context.get('subnet_mapping');
  if (mappings === undefined || isUnknown(mappings)) return mappings;
  return context.blocks('subnet_mapping').map((_, index) => ({ SubnetId: context.link(`subnet_mapping.${index}.subnet_id`) ?? null }));
}

const LOAD_BALANCER: ResourceMapping = {
  cloudFormationType: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
  properties: (context) =>
    compact({
      Name: context.get('name'),
      // The provider's default, as CloudFormation's.
      Type: context.get('load_balancer_type') ?? 'application',
      Scheme: isUnknown(context.get('internal')) ? context.get('internal') : context.get('internal') === true ? 'internal' : undefined,
      // Both are optional and computed: a plan shows the one not configured as known after apply.
      Subnets: ifConfigured(context, 'subnets', context.links('subnets')),
      SubnetMappings: ifConfigured(context, 'subnet_mapping', subnetMappings(context)),
      SecurityGroups: context.links('security_groups'),
      LoadBalancerAttributes: loadBalancerAttributes(context),
    }),
};

const LISTENER: ResourceMapping = {
  cloudFormationType: 'AWS::ElasticLoadBalancingV2::Listener',
  properties: (context) =>
    compact({
      LoadBalancerArn: context.link('load_balancer_arn'),
      Port: context.get('port'),
      Protocol: context.get('protocol'),
      SslPolicy: context.get('ssl_policy'),
      Certificates: context.get('certificate_arn') === undefined ? undefined : [{ CertificateArn: context.link('certificate_arn') ?? null }],
      DefaultActions: listenerActions(context),
    }),
};

function classicListeners(context: MappingContext): Value | undefined {
  const listeners = context.get('listener');
  if (isUnknown(listeners)) return listeners;
  const mapped = context.blocks('listener').map((listener, index) =>
    compact({
      LoadBalancerPort: listener.lb_port ?? undefined,
      Protocol: listener.lb_protocol ?? undefined,
      InstancePort: listener.instance_port ?? undefined,
      InstanceProtocol: listener.instance_protocol ?? undefined,
      SSLCertificateId: context.link(`listener.${index}.ssl_certificate_id`) || undefined,
    }),
  );
  return mapped.length > 0 ? mapped : undefined;
}

function accessLogging(context: MappingContext): Value | undefined {
  const logs = context.get('access_logs');
  if (isUnknown(logs)) return logs;
  const log = firstBlock(logs);
  if (!log) return undefined;
  // `enabled` defaults to true in the classic block.
  return compact({ Enabled: log.enabled ?? true, S3BucketName: context.link('access_logs.0.bucket'), S3BucketPrefix: log.bucket_prefix || undefined, EmitInterval: log.interval ?? undefined });
}

/** Elastic Load Balancing: classic and v2 load balancers, v2 listeners, and the classic policies CloudFormation keeps inside the load balancer. */
export const mappings: ServiceMappings = {
  resources: {
    aws_lb: LOAD_BALANCER,
    aws_alb: LOAD_BALANCER,
    aws_lb_listener: LISTENER,
    aws_alb_listener: LISTENER,
    aws_elb: {
      cloudFormationType: 'AWS::ElasticLoadBalancing::LoadBalancer',
      properties: (context) =>
        compact({
          LoadBalancerName: context.get('name'),
          Listeners: classicListeners(context),
          // The provider enables cross-zone load balancing unless told otherwise (CloudFormation does not).
          CrossZone: context.get('cross_zone_load_balancing') ?? true,
          AccessLoggingPolicy: accessLogging(context),
          AvailabilityZones: context.get('availability_zones'),
          Subnets: context.links('subnets'),
          Scheme: context.get('internal') === true ? 'internal' : undefined,
        }),
    },
    aws_wafv2_web_acl_association: {
      cloudFormationType: 'AWS::WAFv2::WebACLAssociation',
      properties: (context) => compact({ ResourceArn: context.link('resource_arn'), WebACLArn: context.link('web_acl_arn') }),
    },
    // WAF Classic (regional) associates a web ACL with a load balancer or an API Gateway stage too.
    aws_wafregional_web_acl_association: {
      cloudFormationType: 'AWS::WAFRegional::WebACLAssociation',
      properties: (context) => compact({ ResourceArn: context.link('resource_arn'), WebACLId: context.link('web_acl_id') }),
    },
  },
  merges: {
    aws_load_balancer_policy: {
      ownerTypes: ['aws_elb'],
      owner: 'load_balancer_name',
      ownerKey: 'name',
      merge(owner, context) {
        const attributes = context.get('policy_attribute');
        append(owner, 'Policies', [
          compact({
            PolicyName: context.get('policy_name'),
            PolicyType: context.get('policy_type_name'),
            Attributes: isUnknown(attributes) ? attributes : blockList(attributes).map((attribute: ValueObject) => compact({ Name: attribute.name ?? undefined, Value: attribute.value ?? undefined })),
          }),
        ]);
      },
    },
    aws_load_balancer_listener_policy: {
      ownerTypes: ['aws_elb'],
      owner: 'load_balancer_name',
      ownerKey: 'name',
      merge(owner, context) {
        // CloudFormation names a listener's policies in the listener (`Listeners[].PolicyNames`).
        const port = context.get('load_balancer_port');
        const names = context.get('policy_names');
        const listeners = owner.Listeners;
        if (!Array.isArray(listeners)) return;
        owner.Listeners = listeners.map((listener) => {
          if (!isObject(listener) || isUnknown(port) || Number(listener.LoadBalancerPort) !== Number(port)) return listener;
          const existing = listener.PolicyNames;
          return { ...listener, PolicyNames: isUnknown(names) || names === undefined ? (names ?? []) : [...(Array.isArray(existing) ? existing : []), ...(Array.isArray(names) ? names : [names])] };
        });
      },
    },
  },
};
