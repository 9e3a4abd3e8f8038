import type { RuleCase } from '../../tester.js';
import { taskDefinitionId, taskDefinitionItem } from './items.js';

export default [
  {
    name: 'config: read-only, writable (the RDK example), and an inactive revision',
    items: [
      taskDefinitionItem('read-only', [{ Name: 'web', ReadonlyRootFilesystem: true }]),
      taskDefinitionItem('writable', [{ Name: 'web' }]),
      taskDefinitionItem('old', [{ Name: 'web' }], { Status: 'INACTIVE' }),
    ],
    expect: {
      [taskDefinitionId('read-only')]: 'COMPLIANT',
      [taskDefinitionId('writable')]: { status: 'NON_COMPLIANT', messageId: 'writable' },
      [taskDefinitionId('old')]: { status: 'NOT_APPLICABLE', messageId: 'inactive' },
    },
  },
] satisfies RuleCase[];
