import type { RuleCase } from '../../tester.js';
import { taskDefinitionId, taskDefinitionItem } from './items.js';

export default [
  {
    name: 'config: pid mode host and not set',
    items: [
      taskDefinitionItem('host', [{ Name: 'tracer' }], { PidMode: 'host', NetworkMode: 'host', RequiresCompatibilities: ['EC2'] }),
      taskDefinitionItem('web', [{ Name: 'web' }]),
    ],
    expect: {
      [taskDefinitionId('host')]: { status: 'NON_COMPLIANT', messageId: 'host' },
      [taskDefinitionId('web')]: 'COMPLIANT',
    },
  },
] satisfies RuleCase[];
