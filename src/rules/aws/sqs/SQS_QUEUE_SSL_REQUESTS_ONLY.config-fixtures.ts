import { queueItem } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

const DENY_PLAIN = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Sid: 'TlsOnly', Effect: 'Deny', Principal: '*', Action: 'sqs:*', Resource: 'arn:aws:sqs:us-east-1:123456789012:tls', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }],
});

export default [
  {
    name: 'config: a queue whose policy denies requests without TLS, and one without a policy',
    items: [queueItem('tls', { Policy: DENY_PLAIN }), queueItem('plain')],
    expect: {
      'https://sqs.us-east-1.amazonaws.com/123456789012/tls': { status: 'COMPLIANT', messageId: 'enforced' },
      'https://sqs.us-east-1.amazonaws.com/123456789012/plain': { status: 'NON_COMPLIANT', messageId: 'noPolicy' },
    },
  },
] satisfies RuleCase[];
