import type { RuleCase } from '../../tester.js';
import { repositoryItem } from './items.js';

export default [
  {
    name: 'config: a lifecycle policy, none (`LifecyclePolicy: {}` as in the RDK example), not recorded',
    items: [
      repositoryItem('kept', { LifecyclePolicy: { LifecyclePolicyText: '{"rules":[{"rulePriority":1,"selection":{"tagStatus":"any","countType":"imageCountMoreThan","countNumber":50},"action":{"type":"expire"}}]}', RegistryId: '123456789012' } }),
      repositoryItem('bare'),
      repositoryItem('unrecorded', { LifecyclePolicy: undefined }),
    ],
    expect: {
      kept: 'COMPLIANT',
      bare: { status: 'NON_COMPLIANT', messageId: 'missing' },
      unrecorded: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
] satisfies RuleCase[];
