import { defineRule } from '../../define.js';
import { booleanSetting, judge } from '../../lib/settings.js';
import { isUnknown } from '../../../model/unknown.js';
import { LAUNCH_CONFIGURATION } from './examples.js';

export default defineRule({
  meta: {
    id: 'AUTOSCALING_LAUNCH_CONFIG_PUBLIC_IP_DISABLED',
    title: 'Launch configurations do not give instances public IP addresses',
    description:
      'Checks that an Auto Scaling launch configuration does not set AssociatePublicIpAddress to true, so the instances it launches are not reachable from the internet by a public address of their own.',
    severity: 'high',
    resourceTypes: ['AWS::AutoScaling::LaunchConfiguration'],
    managedRule: 'autoscaling-launch-config-public-ip-disabled',
    frameworks: {
      FSBP: ['AutoScaling.5'],
      'NIST-800-53-r5': ['AC-21', 'AC-3', 'AC-3(7)', 'AC-4', 'AC-4(21)', 'AC-6', 'SC-7', 'SC-7(11)', 'SC-7(16)', 'SC-7(20)', 'SC-7(21)', 'SC-7(3)', 'SC-7(4)', 'SC-7(9)'],
      'PCI-DSS-v3.2.1': ['1.2', '1.2.1', '1.3', '1.3.1', '1.3.2', '1.3.4', '1.3.6', '2.2.2'],
    },
    messages: {
      noPublicIp: 'Launch configuration {{id}} does not give its instances public IP addresses (AssociatePublicIpAddress is {{actual}}).',
      publicIp: 'Launch configuration {{id}} gives its instances public IP addresses (AssociatePublicIpAddress is true).',
      unknownPublicIp: 'Whether launch configuration {{id}} gives its instances public IP addresses is not known before deployment ({{reason}}).',
    },
    remediation: 'Set `AssociatePublicIpAddress: false` (or leave it out) and reach the instances through a load balancer or from private subnets; a launch configuration can not be changed, so create a new one (or move to a launch template).',
    examples: {
      noncompliant: [{ cloudformation: `${LAUNCH_CONFIGURATION}      AssociatePublicIpAddress: true\n` }],
      compliant: [{ cloudformation: `${LAUNCH_CONFIGURATION}      AssociatePublicIpAddress: false\n` }],
    },
  },
  check(configuration) {
    const written = configuration.properties.AssociatePublicIpAddress;
    const value = booleanSetting(configuration, ['AssociatePublicIpAddress'], false) ?? false;
    const actual = written === undefined || written === null ? 'not set' : JSON.stringify(written);
    return judge(isUnknown(value) ? value : !value, { pass: 'noPublicIp', fail: 'publicIp', unknown: 'unknownPublicIp' }, written === undefined || written === null ? [] : ['AssociatePublicIpAddress'], { actual });
  },
});
