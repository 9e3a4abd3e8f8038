import { iamRoleItem, managedPolicyItem } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

const WITH_MFA = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'ec2:StopInstances', Resource: '*', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } }] };
const WITHOUT_MFA = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'ec2:StopInstances', Resource: '*' }] };

export default [
  {
    name: 'config: managed policies and role inline policies with and without an MFA condition',
    items: [managedPolicyItem('operators', WITH_MFA), managedPolicyItem('scripts', WITHOUT_MFA), iamRoleItem('ops', { inline: { stop: WITH_MFA } }), iamRoleItem('batch', { inline: { stop: WITHOUT_MFA } })],
    expect: {
      ANPAOPERATORS: { status: 'COMPLIANT', messageId: 'requiresMfa' },
      ANPASCRIPTS: { status: 'NON_COMPLIANT', messageId: 'noMfa' },
      AROAOPS: 'COMPLIANT',
      AROABATCH: { status: 'NON_COMPLIANT', messageId: 'noMfa' },
    },
  },
] satisfies RuleCase[];
