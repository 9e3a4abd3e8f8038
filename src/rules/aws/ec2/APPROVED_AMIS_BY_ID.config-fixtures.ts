import { buildConfigurationItem as item, instanceItem } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'config: instances and a launch template with approved and other AMIs',
    params: { amiIds: 'ami-22ce4934,ami-0abcdef1234567890' },
    items: [
      instanceItem('i-approved', { imageId: 'ami-22ce4934' }),
      instanceItem('i-other', { imageId: 'ami-0deadbeef0000000' }),
      item('AWS::EC2::LaunchTemplate', { LaunchTemplateName: 'web', Id: 'lt-0web', LaunchTemplateData: { ImageId: 'ami-0abcdef1234567890', SecurityGroupIds: [] }, DefaultVersionNumber: '1', LatestVersionNumber: '1' }, { resourceId: 'lt-0web' }),
      item('AWS::EC2::LaunchTemplate', { LaunchTemplateName: 'legacy', Id: 'lt-0legacy', LaunchTemplateData: { ImageId: 'ami-test' }, DefaultVersionNumber: '1', LatestVersionNumber: '1' }, { resourceId: 'lt-0legacy' }),
    ],
    expect: {
      'i-approved': { status: 'COMPLIANT', messageId: 'approved' },
      'i-other': { status: 'NON_COMPLIANT', messageId: 'notApproved' },
      'lt-0web': 'COMPLIANT',
      'lt-0legacy': { status: 'NON_COMPLIANT', messageId: 'notApproved' },
    },
  },
  {
    name: 'config: an instance Config did not record the image of, and an API-form item',
    params: { amiIds: 'ami-22ce4934' },
    items: [
      item('AWS::EC2::Instance', { instanceId: 'i-partial', instanceType: 't3.micro' }, { resourceId: 'i-partial' }),
      item('AWS::EC2::Instance', { instanceId: 'i-api', imageId: 'ami-22ce4934', securityGroups: [] }, { resourceId: 'i-api', form: 'api' }),
    ],
    expect: {
      'i-partial': { status: 'INSUFFICIENT_DATA', messageId: 'unknownImage' },
      'i-api': 'COMPLIANT',
    },
  },
] satisfies RuleCase[];
