import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const BALANCER = `
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties:
      Subnets: [subnet-0a1b2c3d4e5f60001, subnet-0a1b2c3d4e5f60002]`;
const CERTIFICATE = 'arn:aws:acm:us-east-1:123456789012:certificate/0b0c1f22-7a4c-4d9e-a5c9-2f0d1e3b4a5c';
const REDIRECT = '[{ Type: redirect, RedirectConfig: { Protocol: HTTPS, Port: "443", StatusCode: HTTP_301 } }]';
const listener = (balancer: string, protocol: string, actions: string, extra = '') => `
    Type: AWS::ElasticLoadBalancingV2::Listener${extra}
    Properties:
      LoadBalancerArn: !Ref ${balancer}
      Port: 80
      Protocol: ${protocol}
      DefaultActions: ${actions}`;

export default [
  {
    name: 'redirecting, forwarding, HTTPS only, no listener, a protocol from a parameter, and a network load balancer',
    template: `
Parameters:
  Protocol: { Type: String }
Resources:
  Redirecting:${BALANCER}
  RedirectingHttp:${listener('Redirecting', 'HTTP', REDIRECT)}
  RedirectingHttps:${listener('Redirecting', 'HTTPS', '[{ Type: forward, TargetGroupArn: arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/abcd9b2e38491ce1 }]')}
      Certificates: [{ CertificateArn: ${CERTIFICATE} }]
  Forwarding:${BALANCER}
  ForwardingHttp:${listener('Forwarding', 'HTTP', '[{ Type: forward, TargetGroupArn: arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/abcd9b2e38491ce1 }]')}
  SameProtocol:${BALANCER}
  SameProtocolHttp:${listener('SameProtocol', 'HTTP', '[{ Type: redirect, RedirectConfig: { Protocol: "#{protocol}", Port: "8080", StatusCode: HTTP_302 } }]')}
  HttpsOnly:${BALANCER}
  HttpsOnlyListener:${listener('HttpsOnly', 'HTTPS', REDIRECT)}
  Silent:${BALANCER}
  Unknown:${BALANCER}
  UnknownListener:${listener('Unknown', '!Ref Protocol', '[{ Type: fixed-response, FixedResponseConfig: { StatusCode: "404" } }]')}
  Network:${BALANCER}
      Type: network
`,
    expect: {
      Redirecting: { status: 'COMPLIANT', messageId: 'redirected' },
      Forwarding: { status: 'NON_COMPLIANT', messageId: 'notRedirected', messageIncludes: 'ForwardingHttp' },
      SameProtocol: { status: 'NON_COMPLIANT', messageId: 'notRedirected' },
      HttpsOnly: { status: 'COMPLIANT', messageId: 'noHttpListener' },
      Silent: { status: 'COMPLIANT', messageId: 'noHttpListener' },
      Unknown: { status: 'INSUFFICIENT_DATA', messageId: 'unknownRedirect' },
      Network: { status: 'NOT_APPLICABLE', messageId: 'notApplication' },
    },
  },
  {
    name: 'a forwarding listener under an undecidable condition, and a listener on a load balancer known only at deployment',
    template: `
Parameters:
  Plain: { Type: String, AllowedValues: ["yes", "no"] }
Conditions:
  IsPlain: !Equals [!Ref Plain, "yes"]
Resources:
  Maybe:${BALANCER}
  MaybeHttp:${listener('Maybe', 'HTTP', '[{ Type: fixed-response, FixedResponseConfig: { StatusCode: "200" } }]', '\n    Condition: IsPlain')}
  Elsewhere:
    Type: AWS::ElasticLoadBalancingV2::Listener
    Properties:
      LoadBalancerArn: !ImportValue shared-alb-arn
      Port: 80
      Protocol: HTTP
      DefaultActions: [{ Type: fixed-response, FixedResponseConfig: { StatusCode: "200" } }]
`,
    expect: {
      Maybe: { status: 'INSUFFICIENT_DATA', messageId: 'unknownRedirect', messageIncludes: 'IsPlain' },
    },
  },
  {
    name: 'a listener of a load balancer known only at deployment leaves a compliant one undecided, not a failing one',
    template: `
Parameters:
  BalancerArn: { Type: String }
Resources:
  Quiet:${BALANCER}
  Failing:${BALANCER}
  FailingHttp:${listener('Failing', 'HTTP', '[{ Type: fixed-response, FixedResponseConfig: { StatusCode: "200" } }]')}
  Elsewhere:
    Type: AWS::ElasticLoadBalancingV2::Listener
    Properties:
      LoadBalancerArn: !Ref BalancerArn
      Port: 80
      Protocol: HTTP
      DefaultActions: [{ Type: fixed-response, FixedResponseConfig: { StatusCode: "200" } }]
`,
    expect: {
      Quiet: { status: 'INSUFFICIENT_DATA', messageId: 'unknownRedirect', messageIncludes: 'Elsewhere' },
      Failing: { status: 'NON_COMPLIANT', messageId: 'notRedirected' },
    },
  },
  {
    name: 'hcl: a redirecting listener, and a forwarding one',
    hcl: `
resource "aws_lb" "web" {
  name    = "web"
  subnets = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
}

resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.web.arn
  port              = 80
  protocol          = "HTTP"
  default_action {
    type = "redirect"
    redirect {
      port        = "443"
      protocol    = "HTTPS"
      status_code = "HTTP_301"
    }
  }
}

resource "aws_alb" "api" {
  name    = "api"
  subnets = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
}

resource "aws_alb_listener" "http" {
  load_balancer_arn = aws_alb.api.arn
  port              = 80
  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/api/abcd9b2e38491ce1"
  }
}
`,
    expect: {
      'aws_lb.web': { status: 'COMPLIANT', messageId: 'redirected' },
      'aws_alb.api': { status: 'NON_COMPLIANT', messageId: 'notRedirected' },
    },
  },
  {
    name: 'plan: listeners linked by reference, one redirecting, one forwarding',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_lb.web', { name: 'web', load_balancer_type: 'application' }, { arn: true, id: true }),
        created('aws_lb_listener.web', { port: 80, protocol: 'HTTP', default_action: [{ type: 'redirect', redirect: [{ protocol: 'HTTPS', port: '443', status_code: 'HTTP_301' }] }] }, { arn: true, load_balancer_arn: true }),
        created('aws_lb.api', { name: 'api', load_balancer_type: 'application' }, { arn: true, id: true }),
        created('aws_lb_listener.api', { port: 80, protocol: 'HTTP', default_action: [{ type: 'forward', target_group_arn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/api/abcd9b2e38491ce1' }] }, { arn: true, load_balancer_arn: true }),
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_lb.web', mode: 'managed', type: 'aws_lb', name: 'web', provider_config_key: 'aws', expressions: { name: { constant_value: 'web' } }, schema_version: 0 },
            { address: 'aws_lb_listener.web', mode: 'managed', type: 'aws_lb_listener', name: 'web', provider_config_key: 'aws', expressions: { load_balancer_arn: { references: ['aws_lb.web.arn', 'aws_lb.web'] } }, schema_version: 0 },
            { address: 'aws_lb.api', mode: 'managed', type: 'aws_lb', name: 'api', provider_config_key: 'aws', expressions: { name: { constant_value: 'api' } }, schema_version: 0 },
            { address: 'aws_lb_listener.api', mode: 'managed', type: 'aws_lb_listener', name: 'api', provider_config_key: 'aws', expressions: { load_balancer_arn: { references: ['aws_lb.api.arn', 'aws_lb.api'] } }, schema_version: 0 },
          ],
        },
      },
    },
    expect: {
      'aws_lb.web': { status: 'COMPLIANT', messageId: 'redirected' },
      'aws_lb.api': { status: 'NON_COMPLIANT', messageId: 'notRedirected' },
    },
  },
] satisfies RuleCase[];
