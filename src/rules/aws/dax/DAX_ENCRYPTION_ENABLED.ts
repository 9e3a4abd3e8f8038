import { defineRule } from '../../define.js';
import { booleanSetting, judge, objectSetting } from '../../lib/settings.js';
import { isUnknown } from '../../../model/unknown.js';
import { DAX_CLUSTER } from './examples.js';

export default defineRule({
  meta: {
    id: 'DAX_ENCRYPTION_ENABLED',
    title: 'DAX clusters are encrypted at rest',
    description: 'Checks that an Amazon DynamoDB Accelerator (DAX) cluster encrypts its data at rest (SSESpecification.SSEEnabled; off when unset). Encryption at rest can only be chosen when the cluster is created.',
    severity: 'medium',
    resourceTypes: ['AWS::DAX::Cluster'],
    managedRule: 'dax-encryption-enabled',
    frameworks: { FSBP: ['DynamoDB.3'], 'NIST-800-53-r5': ['CA-9(1)', 'CM-3(6)', 'SC-13', 'SC-28', 'SC-28(1)', 'SC-7(10)', 'SI-7(6)'] },
    messages: {
      encrypted: 'DAX cluster {{id}} is encrypted at rest.',
      notEncrypted: 'DAX cluster {{id}} is not encrypted at rest (SSESpecification.SSEEnabled is not true).',
      unknownEncryption: 'Whether DAX cluster {{id}} is encrypted at rest is not known before deployment ({{reason}}).',
    },
    remediation: 'Create the cluster with `SSESpecification: { SSEEnabled: true }` (encryption at rest can not be turned on later) and move the clients to it.',
    examples: {
      noncompliant: [{ cloudformation: DAX_CLUSTER }],
      compliant: [{ cloudformation: `${DAX_CLUSTER}      SSESpecification:\n        SSEEnabled: true\n` }],
    },
  },
  check(cluster) {
    const block = objectSetting(cluster, ['SSESpecification']);
    const enabled = isUnknown(block) ? block : (booleanSetting(cluster, ['SSESpecification', 'SSEEnabled'], false) ?? false);
    const path = block === undefined ? [] : isUnknown(block) || block.SSEEnabled === undefined ? ['SSESpecification'] : ['SSESpecification', 'SSEEnabled'];
    return judge(enabled, { pass: 'encrypted', fail: 'notEncrypted', unknown: 'unknownEncryption' }, path);
  },
});
