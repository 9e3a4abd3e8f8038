import type { RuleCase } from '../../tester.js';
import { groupArn, groupItem } from './items.js';

export default [
  {
    name: 'config: a launch template, a mixed instances policy, and a launch configuration',
    items: [
      groupItem('templated', { launchTemplate: { launchTemplateId: 'lt-0abcdef1234567890', launchTemplateName: 'web', version: '$Default' } }, ['launchConfigurationName']),
      groupItem('mixed', { mixedInstancesPolicy: { launchTemplate: { launchTemplateSpecification: { launchTemplateId: 'lt-0abcdef1234567890', launchTemplateName: 'web', version: '$Default' }, overrides: [] } } }, ['launchConfigurationName']),
      groupItem('configured'),
    ],
    expect: {
      [groupArn('templated')]: 'COMPLIANT',
      [groupArn('mixed')]: 'COMPLIANT',
      [groupArn('configured')]: { status: 'NON_COMPLIANT', messageId: 'notTemplate' },
    },
  },
] satisfies RuleCase[];
