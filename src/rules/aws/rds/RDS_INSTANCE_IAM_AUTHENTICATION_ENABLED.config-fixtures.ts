import type { RuleCase } from '../../tester.js';
import { dbClusterItem, dbInstanceItem } from './fixture-items.js';

export default [
  {
    name: 'config: instances, Aurora instances with and without their cluster item, and states AWS Config does not evaluate',
    items: [
      dbInstanceItem('orders'),
      dbInstanceItem('reports', { engine: 'mysql', iAMDatabaseAuthenticationEnabled: false }),
      dbInstanceItem('ledger', { engine: 'sqlserver-se', iAMDatabaseAuthenticationEnabled: false }),
      dbInstanceItem('stopped', { iAMDatabaseAuthenticationEnabled: false, dBInstanceStatus: 'stopped' }),
      dbInstanceItem('creating', { iAMDatabaseAuthenticationEnabled: undefined, dBInstanceStatus: 'creating' }),
      dbClusterItem('analytics', { iamdatabaseAuthenticationEnabled: false }),
      dbInstanceItem('analytics-writer', { engine: 'aurora-postgresql', dBClusterIdentifier: 'analytics', iAMDatabaseAuthenticationEnabled: false }),
      dbInstanceItem('orphan-writer', { engine: 'aurora-postgresql', dBClusterIdentifier: 'elsewhere' }),
      dbInstanceItem('orphan-reader', { engine: 'aurora-postgresql', dBClusterIdentifier: 'elsewhere', iAMDatabaseAuthenticationEnabled: false }),
    ],
    expect: {
      'db-ORDERS': { status: 'COMPLIANT', messageId: 'enabled' },
      'db-REPORTS': { status: 'NON_COMPLIANT', messageId: 'disabled' },
      'db-LEDGER': { status: 'NOT_APPLICABLE', messageId: 'otherEngine' },
      'db-STOPPED': { status: 'NOT_APPLICABLE', messageId: 'notEvaluatedState', messageIncludes: 'stopped' },
      'db-CREATING': { status: 'NOT_APPLICABLE', messageId: 'notEvaluatedState' },
      'db-ANALYTICS-WRITER': { status: 'NON_COMPLIANT', messageId: 'disabled', path: ['DBClusterIdentifier'] },
      // Without its cluster's item, a member is judged by what RDS reports on it, as AWS Config does.
      'db-ORPHAN-WRITER': { status: 'COMPLIANT', path: ['EnableIAMDatabaseAuthentication'] },
      'db-ORPHAN-READER': { status: 'NON_COMPLIANT', messageId: 'disabled' },
    },
  },
  {
    name: 'config: an item without iAMDatabaseAuthenticationEnabled',
    items: [dbInstanceItem('legacy', { engine: 'mysql', iAMDatabaseAuthenticationEnabled: undefined })],
    expect: { 'db-LEGACY': { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'did not record' } },
  },
] satisfies RuleCase[];
