import type { RuleCase } from '../../tester.js';
import { redshiftClusterItem } from './items.js';

export default [
  {
    name: 'config: upgrades allowed, not allowed, and unrecorded',
    items: [redshiftClusterItem('maintained'), redshiftClusterItem('frozen', { allowVersionUpgrade: false }), redshiftClusterItem('unrecorded', {}, ['allowVersionUpgrade'])],
    expect: {
      maintained: 'COMPLIANT',
      frozen: { status: 'NON_COMPLIANT', messageId: 'upgradeMismatch' },
      unrecorded: { status: 'INSUFFICIENT_DATA', messageId: 'unknownSetting' },
    },
  },
  {
    name: 'config: the window as Redshift reports it (lower case) against the parameter',
    params: { preferredMaintenanceWindow: 'Tue:10:00-Tue:10:30' },
    items: [redshiftClusterItem('tuesday'), redshiftClusterItem('sunday', { preferredMaintenanceWindow: 'sun:03:00-sun:03:30' })],
    expect: {
      tuesday: 'COMPLIANT',
      sunday: { status: 'NON_COMPLIANT', messageId: 'windowMismatch' },
    },
  },
] satisfies RuleCase[];
