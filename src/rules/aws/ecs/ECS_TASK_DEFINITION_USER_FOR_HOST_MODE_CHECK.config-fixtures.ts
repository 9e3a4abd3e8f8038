import type { RuleCase } from '../../tester.js';
import { taskDefinitionId, taskDefinitionItem } from './items.js';

export default [
  {
    name: 'config: host mode as root, as a non-root user, awsvpc, and an inactive revision evaluated by default',
    items: [
      taskDefinitionItem('root', [{ Name: 'exporter' }], { NetworkMode: 'host', RequiresCompatibilities: ['EC2'] }),
      taskDefinitionItem('nobody', [{ Name: 'exporter', User: 'nobody' }], { NetworkMode: 'host', RequiresCompatibilities: ['EC2'] }),
      taskDefinitionItem('web', [{ Name: 'web' }]),
      taskDefinitionItem('old', [{ Name: 'exporter' }], { NetworkMode: 'host', Status: 'INACTIVE' }),
    ],
    expect: {
      [taskDefinitionId('root')]: { status: 'NON_COMPLIANT', messageId: 'rootUser' },
      [taskDefinitionId('nobody')]: 'COMPLIANT',
      [taskDefinitionId('web')]: { status: 'COMPLIANT', messageId: 'notHost' },
      [taskDefinitionId('old')]: { status: 'NON_COMPLIANT', messageId: 'rootUser' },
    },
  },
  {
    name: 'config: SkipInactiveTaskDefinitions skips a deregistered revision',
    params: { SkipInactiveTaskDefinitions: 'true' },
    items: [taskDefinitionItem('old', [{ Name: 'exporter' }], { NetworkMode: 'host', Status: 'INACTIVE' })],
    expect: { [taskDefinitionId('old')]: { status: 'NOT_APPLICABLE', messageId: 'inactive' } },
  },
] satisfies RuleCase[];
