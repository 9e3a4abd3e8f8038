import { queueItem } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

const policy = (statement: object) => JSON.stringify({ Version: '2012-10-17', Id: 'queue-policy', Statement: [statement] });

export default [
  {
    name: 'config: a queue open to everyone, one open to an account, and one without a policy',
    items: [
      queueItem('public', { Policy: policy({ Sid: 'Anyone', Effect: 'Allow', Principal: '*', Action: 'sqs:SendMessage', Resource: 'arn:aws:sqs:us-east-1:123456789012:public' }) }),
      queueItem('partner', { Policy: policy({ Sid: 'Partner', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::210987654321:root' }, Action: 'sqs:SendMessage', Resource: 'arn:aws:sqs:us-east-1:123456789012:partner' }) }),
      queueItem('private'),
    ],
    expect: {
      'https://sqs.us-east-1.amazonaws.com/123456789012/public': { status: 'NON_COMPLIANT', messageId: 'public' },
      'https://sqs.us-east-1.amazonaws.com/123456789012/partner': { status: 'COMPLIANT', messageId: 'notPublic' },
      'https://sqs.us-east-1.amazonaws.com/123456789012/private': { status: 'COMPLIANT', messageId: 'notPublic' },
    },
  },
] satisfies RuleCase[];
