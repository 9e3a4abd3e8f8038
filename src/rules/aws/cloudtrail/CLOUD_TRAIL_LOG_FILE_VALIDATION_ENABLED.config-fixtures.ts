import type { RuleCase } from '../../tester.js';
import { trailItem } from './items.js';

export default [
  {
    name: 'config: validation on, off, and not recorded',
    items: [trailItem('validated', { logFileValidationEnabled: true }), trailItem('plain'), trailItem('unrecorded', {}, ['logFileValidationEnabled'])],
    expect: {
      validated: 'COMPLIANT',
      plain: { status: 'NON_COMPLIANT', messageId: 'disabled' },
      unrecorded: { status: 'INSUFFICIENT_DATA', messageId: 'unknownValidation' },
    },
  },
] satisfies RuleCase[];
