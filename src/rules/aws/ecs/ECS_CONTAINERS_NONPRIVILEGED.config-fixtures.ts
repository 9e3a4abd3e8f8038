import type { RuleCase } from '../../tester.js';
import { taskDefinitionId, taskDefinitionItem } from './items.js';

export default [
  {
    name: 'config: a privileged container, none, and an inactive revision',
    items: [
      taskDefinitionItem('agent', [{ Name: 'agent', Privileged: true }], { NetworkMode: 'host', RequiresCompatibilities: ['EC2'] }),
      taskDefinitionItem('web', [{ Name: 'web' }, { Name: 'log-router', Privileged: false }]),
      taskDefinitionItem('old', [{ Name: 'agent', Privileged: true }], { Status: 'INACTIVE' }),
    ],
    expect: {
      [taskDefinitionId('agent')]: { status: 'NON_COMPLIANT', messageId: 'privileged' },
      [taskDefinitionId('web')]: 'COMPLIANT',
      [taskDefinitionId('old')]: { status: 'NOT_APPLICABLE', messageId: 'inactive' },
    },
  },
  {
    name: 'config: container definitions not recorded',
    items: [taskDefinitionItem('unrecorded', [], { ContainerDefinitions: undefined })],
    expect: { [taskDefinitionId('unrecorded')]: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' } },
  },
] satisfies RuleCase[];
