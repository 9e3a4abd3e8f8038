import { compliant, defineRule, insufficientData, nonCompliant, notApplicable } from '../../define.js';
import type { ResourceGraph } from '../../../model/graph.js';
import type { Resource } from '../../../model/resource.js';
import { existence } from '../../lib/certainty.js';
import { LOAD_BALANCER_V2, loadBalancerAttribute, loadBalancerType } from '../../lib/load-balancers.js';
import { isUnknown } from '../../../model/unknown.js';
import { APPLICATION } from './examples.js';

interface Params {
  wafWebAclIds?: string[];
}

const ASSOCIATIONS = ['AWS::WAFv2::WebACLAssociation', 'AWS::WAFRegional::WebACLAssociation'];

/** Web ACL associations by the load balancer they protect, and those whose resource can not be told. */
function associationsOf(balancer: Resource, graph: ResourceGraph): { associations: Resource[]; undecided?: Resource } {
  const index = graph.memo('ALB_WAF_ENABLED/associations-by-balancer', (all) => {
    const byBalancer = new Map<string, Resource[]>();
    const undecided: Resource[] = [];
    for (const type of ASSOCIATIONS) {
      for (const association of all.ofType(type)) {
        const arn = association.properties.ResourceArn;
        const target = association.unresolved ? undefined : all.target(arn);
        if (target?.type === LOAD_BALANCER_V2) byBalancer.set(target.id, [...(byBalancer.get(target.id) ?? []), association]);
        else if (association.unresolved || (isUnknown(arn) && !(arn.ref && all.get(arn.ref.resource)))) undecided.push(association);
      }
    }
    return { byBalancer, undecided };
  });
  return { associations: index.byBalancer.get(balancer.id) ?? [], ...(index.undecided[0] ? { undecided: index.undecided[0] } : {}) };
}

export default defineRule<Params>({
  meta: {
    id: 'ALB_WAF_ENABLED',
    title: 'Application Load Balancers are protected by AWS WAF',
    description:
      'Checks that an Application Load Balancer is associated with an AWS WAF web ACL (an AWS::WAFv2::WebACLAssociation or AWS::WAFRegional::WebACLAssociation naming it; in AWS Config items, the waf.enabled attribute), optionally one of the given web ACLs, so requests are filtered before they reach the application.',
    severity: 'medium',
    resourceTypes: ['AWS::ElasticLoadBalancingV2::LoadBalancer'],
    managedRule: 'alb-waf-enabled',
    frameworks: { 'NIST-800-53-r5': ['AC-4(21)'], 'PCI-DSS-v3.2.1': ['6.6'] },
    related: [
      { type: 'AWS::WAFv2::WebACLAssociation', relation: 'referencedBy', property: 'ResourceArn' },
      { type: 'AWS::WAFRegional::WebACLAssociation', relation: 'referencedBy', property: 'ResourceArn' },
    ],
    parameters: {
      wafWebAclIds: { type: 'string-list', description: 'Web ACL ids (AWS WAF Classic) or ARNs (AWS WAF) the load balancer must be associated with (any web ACL when absent).' },
    },
    messages: {
      protected: 'Application Load Balancer {{id}} is associated with web ACL {{acl}}.',
      unprotected: 'Application Load Balancer {{id}} is not associated with an AWS WAF web ACL.',
      otherAcl: 'Application Load Balancer {{id}} is associated with web ACL {{acl}}, not one of {{expected}}.',
      unknownAcl: 'Whether Application Load Balancer {{id}} is associated with {{what}} is not known before deployment ({{reason}}).',
      notApplication: 'Load balancer {{id}} is a {{type}} load balancer; AWS WAF protects Application Load Balancers.',
      unknownType: 'Whether load balancer {{id}} is an Application Load Balancer is not known before deployment ({{reason}}).',
    },
    remediation: 'Add an AWS::WAFv2::WebACLAssociation with `ResourceArn: !Ref <the load balancer>` and the web ACL\'s ARN (Terraform: `aws_wafv2_web_acl_association`).',
    examples: {
      noncompliant: [{ cloudformation: APPLICATION }],
      compliant: [
        {
          cloudformation: `${APPLICATION}  Firewall:\n    Type: AWS::WAFv2::WebACLAssociation\n    Properties:\n      ResourceArn: !Ref Web\n      WebACLArn: arn:aws:wafv2:us-east-1:123456789012:regional/webacl/web/0b0c1f22-7a4c-4d9e-a5c9-2f0d1e3b4a5c\n`,
        },
      ],
    },
  },
  check(balancer, { params, graph }) {
    const type = loadBalancerType(balancer);
    if (isUnknown(type)) return insufficientData('unknownType', { reason: type.reason }, ['Type']);
    if (type !== 'application') return notApplicable('notApplication', { type }, ['Type']);
    const expected = params.wafWebAclIds ?? [];
    const what = expected.length > 0 ? `one of ${expected.join(', ')}` : 'a web ACL';
    const { associations, undecided } = associationsOf(balancer, graph);
    let open: string | undefined;
    let other: string | undefined;
    for (const association of associations) {
      const acl = association.properties.WebACLArn ?? association.properties.WebACLId;
      const exists = existence(association);
      if (isUnknown(exists)) {
        open ??= exists.reason;
        continue;
      }
      if (expected.length === 0) return compliant('protected', { acl: typeof acl === 'string' ? acl : `of ${association.id}` }, []);
      if (typeof acl === 'string' && expected.includes(acl)) return compliant('protected', { acl }, []);
      if (typeof acl === 'string') other ??= acl;
      else open ??= `the web ACL of ${association.id} is ${isUnknown(acl) ? acl.reason : 'not set'}`;
    }
    if (open) return insufficientData('unknownAcl', { what, reason: open }, []);
    if (other) return nonCompliant('otherAcl', { acl: other, expected: expected.join(', ') }, []);
    // AWS Config reports the association as the waf.enabled attribute.
    const recorded = loadBalancerAttribute(balancer, 'waf.enabled');
    if (isUnknown(recorded.value)) return insufficientData('unknownAcl', { what, reason: recorded.value.reason }, recorded.path);
    if (recorded.value !== undefined && recorded.value.trim().toLowerCase() === 'true') {
      return expected.length === 0 ? compliant('protected', { acl: '(recorded as waf.enabled)' }, recorded.path) : insufficientData('unknownAcl', { what, reason: 'AWS Config records that a web ACL is associated, not which' }, recorded.path);
    }
    if (undecided && recorded.value === undefined) return insufficientData('unknownAcl', { what, reason: `association ${undecided.id} may name it` }, []);
    return nonCompliant('unprotected', {}, recorded.path);
  },
});
