import type { RuleCase } from '../../tester.js';
import { balancerArn, balancerV2Item, listenerItem } from './items.js';

export default [
  {
    name: 'config: a redirecting listener, a forwarding one, and a load balancer given without its listeners',
    items: [
      balancerV2Item('web'),
      listenerItem('redirect', 'web', { DefaultActions: [{ Type: 'redirect', RedirectConfig: { Protocol: 'HTTPS', Port: '443', Host: '#{host}', Path: '/#{path}', Query: '#{query}', StatusCode: 'HTTP_301' } }] }),
      balancerV2Item('api'),
      listenerItem('forward', 'api'),
      balancerV2Item('internal'),
    ],
    expect: {
      [balancerArn('web')]: { status: 'COMPLIANT', messageId: 'redirected' },
      [balancerArn('api')]: { status: 'NON_COMPLIANT', messageId: 'notRedirected' },
      [balancerArn('internal')]: { status: 'INSUFFICIENT_DATA', messageId: 'unknownRedirect', messageIncludes: 'separate AWS Config items' },
    },
  },
] satisfies RuleCase[];
