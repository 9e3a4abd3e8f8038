import type { RuleCase } from '../../tester.js';
import { launchConfigurationItem } from './items.js';

const id = (name: string) => `arn:aws:autoscaling:us-east-1:123456789012:launchConfiguration:0b0c1f22-7a4c-4d9e-a5c9-2f0d1e3b4a5c:launchConfigurationName/${name}`;

export default [
  {
    name: 'config: hop limit 1, 2, and no metadata options recorded (the default)',
    items: [
      launchConfigurationItem('one', { metadataOptions: { httpTokens: 'required', httpPutResponseHopLimit: 1, httpEndpoint: 'enabled' } }),
      launchConfigurationItem('two', { metadataOptions: { httpTokens: 'required', httpPutResponseHopLimit: 2, httpEndpoint: 'enabled' } }),
      launchConfigurationItem('unset'),
    ],
    expect: {
      [id('one')]: 'COMPLIANT',
      [id('two')]: { status: 'NON_COMPLIANT', messageId: 'tooManyHops' },
      [id('unset')]: 'COMPLIANT',
    },
  },
] satisfies RuleCase[];
