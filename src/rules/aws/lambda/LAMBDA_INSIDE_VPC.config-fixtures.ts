import type { RuleCase } from '../../tester.js';
import { functionItem } from './LAMBDA_FUNCTION_PUBLIC_ACCESS_PROHIBITED.config-fixtures.js';

export default [
  {
    name: 'config: a function in two subnets, and one with the empty vpcConfig Config records outside a VPC',
    items: [functionItem('private', { vpcConfig: { subnetIds: ['subnet-8dee48a7', 'subnet-23deb22f'], securityGroupIds: ['sg-e463c89c'] } }), functionItem('public', { vpcConfig: { subnetIds: [], securityGroupIds: [] } })],
    expect: {
      private: 'COMPLIANT',
      public: { status: 'NON_COMPLIANT', messageId: 'notInVpc' },
    },
  },
] satisfies RuleCase[];
