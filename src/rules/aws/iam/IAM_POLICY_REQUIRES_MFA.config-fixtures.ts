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
  {
    name: 'config: a policy Config counts as a permissions boundary is not checked; one whose count is not recorded is not known',
    items: [managedPolicyItem('boundary', WITHOUT_MFA, [], 1), managedPolicyItem('unrecorded', WITHOUT_MFA, [], 'unrecorded'), managedPolicyItem('unrecorded-mfa', WITH_MFA, [], 'unrecorded')],
    expect: {
      ANPABOUNDARY: { status: 'NOT_APPLICABLE', messageId: 'boundary' },
      ANPAUNRECORDED: { status: 'INSUFFICIENT_DATA', messageId: 'maybeBoundary' },
      ANPAUNRECORDEDMFA: 'COMPLIANT',
    },
  },
] satisfies RuleCase[];
