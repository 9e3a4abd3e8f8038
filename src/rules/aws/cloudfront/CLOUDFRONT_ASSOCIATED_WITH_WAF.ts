import { defineRule } from '../../define.js';
import { DISTRIBUTION_CONFIG } from '../../lib/cloudfront.js';
import { isSet } from '../../lib/certainty.js';
import { judge } from '../../lib/settings.js';
import { isUnknown, unknown } from '../../../model/unknown.js';
import { getPath } from '../../../model/value.js';
import { distribution } from './examples.js';

export default defineRule<{ wafWebAclIds?: string[] }>({
  meta: {
    id: 'CLOUDFRONT_ASSOCIATED_WITH_WAF',
    title: 'CloudFront distributions are associated with a WAF web ACL',
    description:
      'Checks that an Amazon CloudFront distribution is associated with an AWS WAF (classic) or AWS WAFv2 web ACL (WebACLId) and, when wafWebAclIds is given, with one of those web ACLs (WAF classic ids or WAFv2 ARNs). A web ACL filters requests before they reach the origin.',
    severity: 'medium',
    resourceTypes: ['AWS::CloudFront::Distribution'],
    managedRule: 'cloudfront-associated-with-waf',
    frameworks: { FSBP: ['CloudFront.6'], 'NIST-800-53-r5': ['AC-4(21)'] },
    parameters: {
      wafWebAclIds: { type: 'string-list', description: 'WAF classic web ACL ids or WAFv2 web ACL ARNs the distribution may use (any web ACL when absent).' },
    },
    messages: {
      associated: 'Distribution {{id}} is associated with web ACL {{webAcl}}.',
      notAssociated: 'Distribution {{id}} is not associated with a WAF web ACL (WebACLId is not set).',
      otherWebAcl: 'Distribution {{id}} is associated with web ACL {{webAcl}}, which is not among wafWebAclIds.',
      unknownWebAcl: 'Whether distribution {{id}} is associated with an allowed web ACL is not known before deployment ({{reason}}).',
    },
    remediation: 'Create an `AWS::WAFv2::WebACL` with `Scope: CLOUDFRONT` (in us-east-1) and set `WebACLId: !GetAtt WebAcl.Arn` in `DistributionConfig`.',
    examples: {
      noncompliant: [{ cloudformation: distribution() }],
      compliant: [{ cloudformation: distribution({ extra: '        WebACLId: arn:aws:wafv2:us-east-1:123456789012:global/webacl/edge/a1b2c3d4-5678-90ab-cdef-EXAMPLE11111\n' }) }],
    },
  },
  check(site, { params }) {
    const path = [DISTRIBUTION_CONFIG, 'WebACLId'];
    const messages = { pass: 'associated', fail: 'notAssociated', unknown: 'unknownWebAcl' } as const;
    // A whole configuration chosen at deployment may hold no web ACL at all.
    const config = site.properties[DISTRIBUTION_CONFIG];
    if (isUnknown(config)) return judge(config, messages, [DISTRIBUTION_CONFIG], { webAcl: '' });
    const webAcl = getPath(site.properties, path);
    const set = isSet(webAcl);
    if (set !== true) return judge(set, messages, webAcl === undefined ? [] : path, { webAcl: '' });
    const allowed = params.wafWebAclIds;
    if (typeof webAcl === 'string') {
      if (allowed === undefined || allowed.includes(webAcl)) return judge(true, messages, path, { webAcl });
      return judge(false, { ...messages, fail: 'otherWebAcl' }, path, { webAcl });
    }
    // A web ACL chosen at deployment (a reference, an import) is associated; which one is known then.
    const reason = isUnknown(webAcl) ? webAcl.reason : 'WebACLId is not a string';
    if (allowed === undefined) return judge(isUnknown(webAcl) ? true : unknown(`malformed: ${reason}`), messages, path, { webAcl: reason });
    return judge(unknown(`WebACLId is ${reason}`), messages, path, { webAcl: reason });
  },
});
