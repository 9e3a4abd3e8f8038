import type { RuleCase } from '../../tester.js';
import { launchTemplateItem } from './launch-template-items.js';

export default [
  {
    name: 'config: launch templates requiring IMDSv2 and not',
    items: [
      launchTemplateItem('lt-0aaaaaaaaaaaaaaa1', { ImageId: 'ami-0abcdef1234567890', MetadataOptions: { HttpTokens: 'required', HttpEndpoint: 'enabled' } }),
      launchTemplateItem('lt-0aaaaaaaaaaaaaaa2', { ImageId: 'ami-0abcdef1234567890' }),
    ],
    expect: {
      'lt-0aaaaaaaaaaaaaaa1': { status: 'COMPLIANT', messageId: 'required' },
      'lt-0aaaaaaaaaaaaaaa2': { status: 'NON_COMPLIANT', messageId: 'optional' },
    },
  },
] satisfies RuleCase[];
