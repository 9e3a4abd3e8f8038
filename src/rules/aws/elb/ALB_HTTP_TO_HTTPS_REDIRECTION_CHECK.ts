import { compliant, defineRule, insufficientData, nonCompliant, notApplicable } from '../../define.js';
import type { Resource } from '../../../model/resource.js';
import { existence } from '../../lib/certainty.js';
import { LISTENER_V2, listenersOf, loadBalancerType } from '../../lib/load-balancers.js';
import { stringSetting } from '../../lib/settings.js';
import { isUnknown, unknown, type Unknown } from '../../../model/unknown.js';
import { isObject } from '../../../model/value.js';
import { APPLICATION } from './examples.js';

/** Whether a listener's default actions redirect to HTTPS. */
function redirectsToHttps(listener: Resource): boolean | Unknown {
  const actions = listener.properties.DefaultActions;
  if (isUnknown(actions)) return actions;
  if (actions === undefined || actions === null) return false;
  if (!Array.isArray(actions)) return unknown(`malformed: ${listener.id} DefaultActions should be a list, not ${JSON.stringify(actions)}`);
  let open: Unknown | undefined;
  for (const action of actions) {
    if (isUnknown(action)) {
      open ??= action;
      continue;
    }
    if (!isObject(action)) return unknown(`malformed: ${listener.id} has a default action that is not an object`);
    const type = action.Type;
    if (isUnknown(type)) {
      open ??= type;
      continue;
    }
    if (typeof type !== 'string' || type.toLowerCase() !== 'redirect') continue;
    const protocol = isObject(action.RedirectConfig) ? action.RedirectConfig.Protocol : action.RedirectConfig;
    if (isUnknown(protocol)) open ??= protocol;
    else if (typeof protocol === 'string' && protocol.toUpperCase() === 'HTTPS') return true;
  }
  return open ?? false;
}

export default defineRule({
  meta: {
    id: 'ALB_HTTP_TO_HTTPS_REDIRECTION_CHECK',
    title: 'Application Load Balancers redirect HTTP to HTTPS',
    description:
      "Checks that every HTTP listener of an Application Load Balancer redirects to HTTPS in its default action, so clients that start in plain text are moved to an encrypted connection. Judged from the listeners (AWS::ElasticLoadBalancingV2::Listener) that point at the load balancer; listener rules are not considered. AWS Config records listeners as items of their own: a load balancer item given without any is INSUFFICIENT_DATA.",
    severity: 'medium',
    resourceTypes: ['AWS::ElasticLoadBalancingV2::LoadBalancer'],
    managedRule: 'alb-http-to-https-redirection-check',
    frameworks: {
      FSBP: ['ELB.1'],
      'PCI-DSS-v3.2.1': ['2.3', '4.1'],
      'NIST-800-53-r5': ['AC-17(2)', 'AC-4', 'IA-5(1)', 'SC-12(3)', 'SC-13', 'SC-23', 'SC-23(3)', 'SC-7(4)', 'SC-8', 'SC-8(1)', 'SC-8(2)', 'SI-7(6)'],
    },
    related: [{ type: LISTENER_V2, relation: 'referencedBy', property: 'LoadBalancerArn' }],
    messages: {
      redirected: 'Every HTTP listener of Application Load Balancer {{id}} redirects to HTTPS ({{count}} HTTP listener(s)).',
      noHttpListener: 'Application Load Balancer {{id}} has no HTTP listener.',
      notRedirected: 'HTTP listener {{listener}} of Application Load Balancer {{id}} does not redirect to HTTPS in its default action.',
      unknownRedirect: 'Whether every HTTP listener of Application Load Balancer {{id}} redirects to HTTPS is not known before deployment ({{reason}}).',
      notApplication: 'Load balancer {{id}} is a {{type}} load balancer; the check is for Application Load Balancers.',
      unknownType: 'Whether load balancer {{id}} is an Application Load Balancer is not known before deployment ({{reason}}).',
    },
    remediation:
      'Give each HTTP listener a default action `Type: redirect` with `RedirectConfig: { Protocol: HTTPS, Port: "443", StatusCode: HTTP_301 }`, and serve the application from an HTTPS listener.',
    examples: {
      noncompliant: [
        {
          cloudformation: `${APPLICATION}  Http:\n    Type: AWS::ElasticLoadBalancingV2::Listener\n    Properties:\n      LoadBalancerArn: !Ref Web\n      Port: 80\n      Protocol: HTTP\n      DefaultActions:\n        - Type: fixed-response\n          FixedResponseConfig: { StatusCode: "200" }\n`,
        },
      ],
      compliant: [
        {
          cloudformation: `${APPLICATION}  Http:\n    Type: AWS::ElasticLoadBalancingV2::Listener\n    Properties:\n      LoadBalancerArn: !Ref Web\n      Port: 80\n      Protocol: HTTP\n      DefaultActions:\n        - Type: redirect\n          RedirectConfig: { Protocol: HTTPS, Port: "443", StatusCode: HTTP_301 }\n`,
        },
      ],
    },
  },
  check(balancer, { graph }) {
    const type = loadBalancerType(balancer);
    if (isUnknown(type)) return insufficientData('unknownType', { reason: type.reason }, ['Type']);
    if (type !== 'application') return notApplicable('notApplication', { type }, ['Type']);
    const { listeners, maybeMore } = listenersOf(balancer, graph);
    let open: string | undefined;
    let http = 0;
    for (const listener of listeners) {
      // An Application Load Balancer's listener speaks HTTP unless it says otherwise.
      const protocol = stringSetting(listener, ['Protocol'], 'HTTP') ?? 'HTTP';
      if (isUnknown(protocol)) {
        open ??= `the Protocol of ${listener.id} is ${protocol.reason}`;
        continue;
      }
      if (protocol.toUpperCase() !== 'HTTP') continue;
      http++;
      const redirects = redirectsToHttps(listener);
      const exists = existence(listener);
      if (redirects === false && exists === true) return nonCompliant('notRedirected', { listener: listener.id }, []);
      if (isUnknown(redirects)) open ??= `the default actions of ${listener.id}: ${redirects.reason}`;
      else if (redirects === false && isUnknown(exists)) open ??= exists.reason;
    }
    open ??= maybeMore;
    // A Config item does not list its load balancer's listeners, and the Config rule gate is given the
    // load balancer alone: seeing no listener there is not knowing there is none.
    if (listeners.length === 0 && balancer.source.format === 'config-item') open ??= 'its listeners are separate AWS Config items and none was given with it';
    if (open) return insufficientData('unknownRedirect', { reason: open }, []);
    return http > 0 ? compliant('redirected', { count: http }, []) : compliant('noHttpListener', {}, []);
  },
});
