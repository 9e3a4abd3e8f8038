import type { RuleCase } from '../../tester.js';
import { restStageItem } from './stage-items.js';

const ACL = 'arn:aws:wafv2:us-east-1:123456789012:regional/webacl/api/0b0c1f22-7a4c-4d9e-a5c9-2f0d1e3b4a5c';
const stage = (name: string): string => `arn:aws:apigateway:us-east-1::/restapis/test/stages/${name}`;

export default [
  {
    name: 'config: a stage with a web ACL recorded, and one without',
    items: [restStageItem('test', 'protected', { webAclArn: ACL }), restStageItem('test', 'open')],
    expect: {
      [stage('protected')]: { status: 'COMPLIANT', messageId: 'protected' },
      [stage('open')]: { status: 'NON_COMPLIANT', messageId: 'unprotected' },
    },
  },
  {
    name: 'config: WebAclArns given, a stage with another web ACL',
    params: { WebAclArns: 'arn:aws:wafv2:us-east-1:123456789012:regional/webacl/approved/5d1e7c0a-1b2c-4d3e-8f9a-0b1c2d3e4f5a' },
    items: [restStageItem('test', 'protected', { webAclArn: ACL })],
    expect: { [stage('protected')]: { status: 'NON_COMPLIANT', messageId: 'otherAcl' } },
  },
] satisfies RuleCase[];
