import type { RuleCase } from '../../tester.js';
import { logGroup } from './CW_LOGGROUP_RETENTION_PERIOD_CHECK.config-fixtures.js';

export default [
  {
    name: 'config: a group with kmsKeyId and one without',
    items: [logGroup('/app/encrypted', { kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab' }), logGroup('/app/plain')],
    expect: {
      '/app/encrypted': 'COMPLIANT',
      '/app/plain': { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
    },
  },
] satisfies RuleCase[];
