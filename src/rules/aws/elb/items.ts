import { buildConfigurationItem, FIXTURE_ACCOUNT, FIXTURE_REGION } from '../../config-fixtures.js';

/**
 * Elastic Load Balancing items in the shapes Config records them (the Config RDK's example items):
 * a classic load balancer with one HTTP listener, cross-zone load balancing on and access logs
 * off; an internet-facing Application Load Balancer in two zones with the attributes Config lists
 * in `supplementaryConfiguration`; an HTTP listener. `fields` and `supplementary` override.
 */
export function classicItem(name: string, fields: Record<string, unknown> = {}, supplementary: Record<string, unknown> = {}): Record<string, unknown> {
  const configuration = {
    loadBalancerName: name,
    listenerDescriptions: [{ listener: { protocol: 'HTTP', loadBalancerPort: 80, instanceProtocol: 'HTTP', instancePort: 80 }, policyNames: [] }],
    policies: { appCookieStickinessPolicies: [], otherPolicies: [], lbcookieStickinessPolicies: [] },
    availabilityZones: ['us-east-1a', 'us-east-1b'],
    subnets: ['subnet-0754cf62', 'subnet-252c907e'],
    scheme: 'internet-facing',
    ...fields,
  };
  return buildConfigurationItem('AWS::ElasticLoadBalancing::LoadBalancer', configuration, {
    resourceId: name,
    resourceName: name,
    supplementaryConfiguration: {
      LoadBalancerAttributes: { crossZoneLoadBalancing: { enabled: true }, accessLog: { enabled: false }, connectionDraining: { enabled: true, timeout: 300 }, connectionSettings: { idleTimeout: 60 }, additionalAttributes: [] },
      LoadBalancerPolicies: [],
      Tags: [],
      ...supplementary,
    },
  });
}

/** An HTTPS listener description of a classic load balancer, with a certificate and the policies it names. */
export function classicHttps(certificate: string, policyNames: string[] = []): Record<string, unknown> {
  return { listener: { protocol: 'HTTPS', loadBalancerPort: 443, instanceProtocol: 'HTTP', instancePort: 80, sslcertificateId: certificate }, policyNames };
}

export function balancerArn(name: string, type = 'application'): string {
  return `arn:aws:elasticloadbalancing:${FIXTURE_REGION}:${FIXTURE_ACCOUNT}:loadbalancer/${type === 'application' ? 'app' : type === 'network' ? 'net' : 'gwy'}/${name}/268aa84731d32825`;
}

export function balancerV2Item(name: string, attributes: Record<string, string> = {}, fields: Record<string, unknown> = {}, supplementary?: Record<string, unknown>): Record<string, unknown> {
  const type = typeof fields.type === 'string' ? fields.type : 'application';
  const arn = balancerArn(name, type);
  const configuration = {
    loadBalancerArn: arn,
    loadBalancerName: name,
    scheme: 'internet-facing',
    vpcId: 'vpc-0990dc6d',
    state: { code: 'active' },
    type,
    availabilityZones: [
      { zoneName: 'us-east-1a', subnetId: 'subnet-29428871' },
      { zoneName: 'us-east-1c', subnetId: 'subnet-38c20312' },
    ],
    securityGroups: ['sg-2ed0d557'],
    ...fields,
  };
  const defaults: Record<string, string> = { 'access_logs.s3.enabled': 'false', 'idle_timeout.timeout_seconds': '60', 'access_logs.s3.prefix': '', 'deletion_protection.enabled': 'false', 'access_logs.s3.bucket': '' };
  const pairs = Object.entries({ ...defaults, ...attributes }).map(([key, value]) => ({ key, value }));
  return buildConfigurationItem('AWS::ElasticLoadBalancingV2::LoadBalancer', configuration, {
    resourceId: arn,
    resourceName: name,
    ARN: arn,
    supplementaryConfiguration: supplementary ?? { LoadBalancerAttributes: pairs, Tags: [] },
  });
}

export function listenerItem(id: string, balancer: string, fields: Record<string, unknown> = {}): Record<string, unknown> {
  const arn = `arn:aws:elasticloadbalancing:${FIXTURE_REGION}:${FIXTURE_ACCOUNT}:listener/app/${balancer}/268aa84731d32825/${id}`;
  const configuration = {
    LoadBalancerArn: balancerArn(balancer),
    DefaultActions: [{ Type: 'forward', TargetGroupArn: `arn:aws:elasticloadbalancing:${FIXTURE_REGION}:${FIXTURE_ACCOUNT}:targetgroup/web/abcd9b2e38491ce1` }],
    Port: 80,
    Certificates: [],
    Protocol: 'HTTP',
    ListenerArn: arn,
    AlpnPolicy: [],
    ...fields,
  };
  return buildConfigurationItem('AWS::ElasticLoadBalancingV2::Listener', configuration, { resourceId: arn, resourceName: null, ARN: arn, supplementaryConfiguration: {} });
}
