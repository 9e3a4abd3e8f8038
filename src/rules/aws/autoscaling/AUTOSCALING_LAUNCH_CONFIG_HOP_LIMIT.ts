import { defineRule } from '../../define.js';
import { judge, numberSetting } from '../../lib/settings.js';
import { isUnknown } from '../../../model/unknown.js';
import { getPath } from '../../../model/value.js';
import { LAUNCH_CONFIGURATION } from './examples.js';

export default defineRule({
  meta: {
    id: 'AUTOSCALING_LAUNCH_CONFIG_HOP_LIMIT',
    title: 'Launch configurations keep instance metadata on the instance',
    description:
      'Checks that an Auto Scaling launch configuration does not let instance metadata responses travel more than one network hop (MetadataOptions.HttpPutResponseHopLimit; 1 when unset), so containers and forwarded traffic on the instance can not fetch its session tokens.',
    severity: 'medium',
    resourceTypes: ['AWS::AutoScaling::LaunchConfiguration'],
    managedRule: 'autoscaling-launch-config-hop-limit',
    frameworks: { 'NIST-800-53-r5': ['CA-9(1)', 'CM-2', 'CM-2(2)'] },
    messages: {
      oneHop: 'Launch configuration {{id}} limits instance metadata responses to {{limit}} hop.',
      tooManyHops: 'Launch configuration {{id}} lets instance metadata responses travel {{limit}} hops (more than 1).',
      unknownHops: 'The metadata response hop limit of launch configuration {{id}} is not known before deployment ({{reason}}).',
    },
    remediation: 'Set `MetadataOptions.HttpPutResponseHopLimit` to 1 (or leave it out) in a new launch configuration.',
    examples: {
      noncompliant: [{ cloudformation: `${LAUNCH_CONFIGURATION}      MetadataOptions:\n        HttpTokens: required\n        HttpPutResponseHopLimit: 2\n` }],
      compliant: [{ cloudformation: `${LAUNCH_CONFIGURATION}      MetadataOptions:\n        HttpTokens: required\n        HttpPutResponseHopLimit: 1\n` }],
    },
  },
  check(configuration) {
    const path = ['MetadataOptions', 'HttpPutResponseHopLimit'];
    const limit = numberSetting(configuration, path, 1) ?? 1;
    const written = getPath(configuration.properties, path);
    return judge(isUnknown(limit) ? limit : limit <= 1, { pass: 'oneHop', fail: 'tooManyHops', unknown: 'unknownHops' }, written === undefined || written === null ? [] : path, { limit: isUnknown(limit) ? 'an unknown number of' : limit });
  },
});
