import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import { isUnknown } from '../../../model/unknown.js';
import { toNumber } from '../../../model/value.js';
import { instanceSetting } from '../../lib/launch-templates.js';

/** EC2's hop limit when none is set, for an AMI that does not declare `ImdsSupport: v2.0` (which makes it 2). */
const DEFAULT_HOP_LIMIT = 1;

export default defineRule<{ tokenHopLimit: number }>({
  meta: {
    id: 'EC2_TOKEN_HOP_LIMIT_CHECK',
    title: 'EC2 instance metadata tokens travel no more hops than allowed',
    description:
      'Checks that the IMDS token hop limit of an EC2 instance (MetadataOptions.HttpPutResponseHopLimit, on the instance or in its launch template; 1 when unset) is at most tokenHopLimit. A larger limit lets containers and forwarded requests on the host fetch the instance role\'s credentials.',
    severity: 'medium',
    resourceTypes: ['AWS::EC2::Instance'],
    managedRule: 'ec2-token-hop-limit-check',
    related: [{ type: 'AWS::EC2::LaunchTemplate', relation: 'references', property: 'LaunchTemplate' }],
    parameters: {
      tokenHopLimit: { type: 'integer', description: 'The highest hop limit allowed (1 to 64).', default: 1, minimum: 1, maximum: 64 },
    },
    messages: {
      withinLimit: 'Instance {{id}} has a token hop limit of {{actual}}{{source}}, within {{limit}}.',
      aboveLimit: 'Instance {{id}} has a token hop limit of {{actual}}{{source}}, above {{limit}}.',
      unknownLimit: 'The token hop limit of instance {{id}} is not known before deployment ({{reason}}).',
    },
    remediation: 'Set `MetadataOptions.HttpPutResponseHopLimit` to 1 on the instance or in its launch template (2 only where containers on the host need the instance role).',
    examples: {
      noncompliant: [
        {
          cloudformation:
            'Resources:\n  Instance:\n    Type: AWS::EC2::Instance\n    Properties:\n      ImageId: ami-0abcdef1234567890\n      MetadataOptions:\n        HttpTokens: required\n        HttpPutResponseHopLimit: 3\n',
        },
      ],
      compliant: [
        {
          cloudformation:
            'Resources:\n  Instance:\n    Type: AWS::EC2::Instance\n    Properties:\n      ImageId: ami-0abcdef1234567890\n      MetadataOptions:\n        HttpTokens: required\n        HttpPutResponseHopLimit: 1\n',
        },
      ],
    },
  },
  check(instance, { params, graph }) {
    const setting = instanceSetting(instance, graph, ['MetadataOptions', 'HttpPutResponseHopLimit']);
    if (setting.kind === 'unknown') return insufficientData('unknownLimit', { reason: setting.reason }, setting.path);
    const limit = params.tokenHopLimit;
    if (setting.kind === 'absent') return judge(DEFAULT_HOP_LIMIT, `not set (default ${DEFAULT_HOP_LIMIT})`);
    const source = setting.template ? ` in launch template ${setting.template}` : '';
    const hops = toNumber(setting.value);
    if (isUnknown(hops)) return insufficientData('unknownLimit', { reason: hops.reason }, setting.path);
    if (hops === undefined || !Number.isInteger(hops)) {
      return insufficientData('unknownLimit', { reason: `malformed: HttpPutResponseHopLimit should be an integer, not ${JSON.stringify(setting.value)}` }, setting.path);
    }
    return judge(hops, String(hops), source);

    function judge(hops: number, actual: string, source = '') {
      const data = { actual, limit, source };
      return hops <= limit ? compliant('withinLimit', data, setting.path) : nonCompliant('aboveLimit', data, setting.path);
    }
  },
});
