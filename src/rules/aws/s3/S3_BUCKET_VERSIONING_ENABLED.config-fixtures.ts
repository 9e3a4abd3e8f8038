import { bucketItem } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'config: versioning Enabled, Suspended and Off (never enabled)',
    items: [
      bucketItem('enabled', { BucketVersioningConfiguration: { status: 'Enabled', isMfaDeleteEnabled: false } }),
      bucketItem('suspended', { BucketVersioningConfiguration: { status: 'Suspended', isMfaDeleteEnabled: null } }),
      bucketItem('off'),
      bucketItem('api-form', { BucketVersioningConfiguration: { status: 'Enabled', isMfaDeleteEnabled: null } }, { form: 'api' }),
    ],
    expect: {
      enabled: { status: 'COMPLIANT', messageId: 'enabled' },
      suspended: { status: 'NON_COMPLIANT', messageId: 'suspended' },
      off: { status: 'NON_COMPLIANT', messageId: 'disabled' },
      'api-form': 'COMPLIANT',
    },
  },
  {
    name: 'config: MFA delete required, recorded on and off; supplementary configuration not recorded',
    params: { isMfaDeleteEnabled: true },
    items: [
      bucketItem('mfa', { BucketVersioningConfiguration: { status: 'Enabled', isMfaDeleteEnabled: true } }),
      bucketItem('no-mfa', { BucketVersioningConfiguration: { status: 'Enabled', isMfaDeleteEnabled: false } }),
      bucketItem('bare', {}, { supplementaryConfiguration: {} }),
    ],
    expect: {
      mfa: 'COMPLIANT',
      'no-mfa': { status: 'NON_COMPLIANT', messageId: 'mfaDeleteDisabled' },
      bare: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
] satisfies RuleCase[];
