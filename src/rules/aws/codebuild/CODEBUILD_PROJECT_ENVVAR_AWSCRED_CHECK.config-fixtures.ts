import type { RuleCase } from '../../tester.js';
import { projectItem } from './items.js';

const environment = (variables: readonly Record<string, string>[]) => ({ environment: { type: 'LINUX_CONTAINER', image: 'aws/codebuild/amazonlinux2-x86_64-standard:5.0', computeType: 'BUILD_GENERAL1_SMALL', environmentVariables: variables } });

export default [
  {
    name: 'config: a plain-text secret key, one from Parameter Store, none (the RDK example)',
    items: [
      projectItem('plain', environment([{ name: 'AWS_SECRET_ACCESS_KEY', value: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', type: 'PLAINTEXT' }])),
      projectItem('parameter', environment([{ name: 'AWS_ACCESS_KEY_ID', value: '/deploy/access-key-id', type: 'PARAMETER_STORE' }])),
      projectItem('rdk'),
    ],
    expect: {
      plain: { status: 'NON_COMPLIANT', messageId: 'plaintext' },
      parameter: 'COMPLIANT',
      rdk: 'COMPLIANT',
    },
  },
] satisfies RuleCase[];
