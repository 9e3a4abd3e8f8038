import { instanceItem } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'config: instances with and without an instance profile',
    items: [instanceItem('i-with', { profileArn: 'arn:aws:iam::123456789012:instance-profile/web-server' }), instanceItem('i-without')],
    expect: {
      'i-with': { status: 'COMPLIANT', messageId: 'attached', messageIncludes: 'web-server' },
      'i-without': { status: 'NON_COMPLIANT', messageId: 'noProfile' },
    },
  },
  {
    name: 'config: only allowed instance profiles',
    params: { IamInstanceProfileArnList: 'arn:aws:iam::123456789012:instance-profile/web-server' },
    items: [instanceItem('i-allowed', { profileArn: 'arn:aws:iam::123456789012:instance-profile/web-server' }), instanceItem('i-admin', { profileArn: 'arn:aws:iam::123456789012:instance-profile/admin' })],
    expect: {
      'i-allowed': { status: 'COMPLIANT', messageId: 'allowed' },
      'i-admin': { status: 'NON_COMPLIANT', messageId: 'notAllowed' },
    },
  },
] satisfies RuleCase[];
