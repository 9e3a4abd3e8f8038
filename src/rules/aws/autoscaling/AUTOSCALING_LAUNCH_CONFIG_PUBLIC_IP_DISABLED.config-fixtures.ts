import type { RuleCase } from '../../tester.js';
import { launchConfigurationItem } from './items.js';

export default [
  {
    name: 'config: a public address, none, and not set',
    items: [launchConfigurationItem('public', { associatePublicIpAddress: true }), launchConfigurationItem('private', { associatePublicIpAddress: false }), launchConfigurationItem('unset')],
    expect: {
      'arn:aws:autoscaling:us-east-1:123456789012:launchConfiguration:0b0c1f22-7a4c-4d9e-a5c9-2f0d1e3b4a5c:launchConfigurationName/public': { status: 'NON_COMPLIANT', messageId: 'publicIp' },
      'arn:aws:autoscaling:us-east-1:123456789012:launchConfiguration:0b0c1f22-7a4c-4d9e-a5c9-2f0d1e3b4a5c:launchConfigurationName/private': 'COMPLIANT',
      'arn:aws:autoscaling:us-east-1:123456789012:launchConfiguration:0b0c1f22-7a4c-4d9e-a5c9-2f0d1e3b4a5c:launchConfigurationName/unset': 'COMPLIANT',
    },
  },
] satisfies RuleCase[];
