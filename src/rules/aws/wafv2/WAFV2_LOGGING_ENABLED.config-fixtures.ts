import { buildConfigurationItem } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';
import { webAclItem } from './items.js';

const arn = (name: string) => `arn:aws:wafv2:us-east-1:123456789012:regional/webacl/${name}/${name}-a1b2c3d4`;

/** A logging configuration read beside the web ACLs, in CloudFormation's shape (as Cloud Control returns it). */
const loggingItem = (name: string, destination: string) =>
  buildConfigurationItem('AWS::WAFv2::LoggingConfiguration', { ResourceArn: arn(name), LogDestinationConfigs: [destination] }, { resourceId: arn(name), resourceName: name, ARN: `${arn(name)}/logging` });

export default [
  {
    name: 'config: a web ACL logged to the listed stream, one logged elsewhere, and one whose logging was not read',
    params: { KinesisFirehoseDeliveryStreamArns: 'arn:aws:firehose:us-east-1:123456789012:deliverystream/aws-waf-logs-edge' },
    items: [
      webAclItem('listed', []),
      webAclItem('other', []),
      webAclItem('unread', []),
      loggingItem('listed', 'arn:aws:firehose:us-east-1:123456789012:deliverystream/aws-waf-logs-edge'),
      loggingItem('other', 'arn:aws:firehose:us-east-1:123456789012:deliverystream/aws-waf-logs-other'),
    ],
    expect: {
      'listed-a1b2c3d4|listed|REGIONAL': 'COMPLIANT',
      'other-a1b2c3d4|other|REGIONAL': { status: 'NON_COMPLIANT', messageId: 'otherDestination' },
      'unread-a1b2c3d4|unread|REGIONAL': { status: 'INSUFFICIENT_DATA', messageId: 'notRecorded' },
    },
  },
] satisfies RuleCase[];
