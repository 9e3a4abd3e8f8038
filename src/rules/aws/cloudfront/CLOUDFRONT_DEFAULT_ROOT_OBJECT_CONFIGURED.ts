import { defineRule } from '../../define.js';
import { DISTRIBUTION_CONFIG } from '../../lib/cloudfront.js';
import { judge, stringSetting } from '../../lib/settings.js';
import { isUnknown } from '../../../model/unknown.js';
import { distribution } from './examples.js';

export default defineRule({
  meta: {
    id: 'CLOUDFRONT_DEFAULT_ROOT_OBJECT_CONFIGURED',
    title: 'CloudFront distributions have a default root object',
    description:
      'Checks that an Amazon CloudFront distribution names a default root object (DefaultRootObject), the object returned for a request to the root URL, so such a request does not list or expose the origin’s contents. Like the AWS Config rule, every distribution is judged; Security Hub’s CloudFront.1 judges only distributions with S3 origins.',
    severity: 'high',
    resourceTypes: ['AWS::CloudFront::Distribution'],
    managedRule: 'cloudfront-default-root-object-configured',
    frameworks: { FSBP: ['CloudFront.1'], 'NIST-800-53-r5': ['SC-7(11)', 'SC-7(16)'] },
    messages: {
      configured: 'Distribution {{id}} returns {{object}} for requests to its root URL.',
      notConfigured: 'Distribution {{id}} has no default root object (DefaultRootObject is not set).',
      unknownObject: 'Whether distribution {{id}} has a default root object is not known before deployment ({{reason}}).',
    },
    remediation: 'Set `DefaultRootObject` in `DistributionConfig` (for example `index.html`).',
    examples: {
      noncompliant: [{ cloudformation: distribution() }],
      compliant: [{ cloudformation: distribution({ extra: '        DefaultRootObject: index.html\n' }) }],
    },
  },
  check(site) {
    const path = [DISTRIBUTION_CONFIG, 'DefaultRootObject'];
    const object = stringSetting(site, path);
    const configured = isUnknown(object) ? object : object !== undefined && object !== '';
    return judge(configured, { pass: 'configured', fail: 'notConfigured', unknown: 'unknownObject' }, object === undefined ? [] : path, { object: typeof object === 'string' ? object : '' });
  },
});
