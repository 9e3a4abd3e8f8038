import type { RuleCase } from '../../tester.js';
import { launchConfigurationItem } from './items.js';

const id = (name: string) => `arn:aws:autoscaling:us-east-1:123456789012:launchConfiguration:0b0c1f22-7a4c-4d9e-a5c9-2f0d1e3b4a5c:launchConfigurationName/${name}`;

export default [
  {
    name: 'config: tokens required, optional, and no metadata options recorded (the default)',
    items: [
      launchConfigurationItem('v2', { metadataOptions: { httpTokens: 'required', httpPutResponseHopLimit: 1, httpEndpoint: 'enabled' } }),
      launchConfigurationItem('v1', { metadataOptions: { httpTokens: 'optional', httpPutResponseHopLimit: 1, httpEndpoint: 'enabled' } }),
      launchConfigurationItem('unset'),
    ],
    expect: {
      [id('v2')]: 'COMPLIANT',
      [id('v1')]: { status: 'NON_COMPLIANT', messageId: 'optional' },
      [id('unset')]: { status: 'NON_COMPLIANT', messageId: 'optional' },
    },
  },
] satisfies RuleCase[];
