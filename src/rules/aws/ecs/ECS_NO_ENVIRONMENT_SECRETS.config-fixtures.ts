import type { RuleCase } from '../../tester.js';
import { taskDefinitionId, taskDefinitionItem } from './items.js';

export default [
  {
    name: 'config: an access key in the environment, secrets from Secrets Manager, an environment file',
    items: [
      taskDefinitionItem('plain', [{ Name: 'cli', Environment: [{ Name: 'AWS_ACCESS_KEY_ID', Value: 'AKIAIOSFODNN7EXAMPLE' }] }]),
      taskDefinitionItem('secrets', [{ Name: 'cli', Secrets: [{ Name: 'AWS_ACCESS_KEY_ID', ValueFrom: 'arn:aws:ssm:us-east-1:123456789012:parameter/cli/key' }] }]),
      taskDefinitionItem('file', [{ Name: 'cli', EnvironmentFiles: [{ Type: 's3', Value: 'arn:aws:s3:::config-bucket/cli.env' }] }]),
    ],
    expect: {
      [taskDefinitionId('plain')]: { status: 'NON_COMPLIANT', messageId: 'secret' },
      [taskDefinitionId('secrets')]: 'COMPLIANT',
      [taskDefinitionId('file')]: 'COMPLIANT',
    },
  },
] satisfies RuleCase[];
