import { defineRule } from '../../define.js';
import { judge, oneOf, stringSetting } from '../../lib/settings.js';
import { getPath } from '../../../model/value.js';
import { LAUNCH_CONFIGURATION } from './examples.js';

export default defineRule({
  meta: {
    id: 'AUTOSCALING_LAUNCHCONFIG_REQUIRES_IMDSV2',
    title: 'Launch configurations require IMDSv2',
    description:
      'Checks that an Auto Scaling launch configuration requires session tokens for the instance metadata service (MetadataOptions.HttpTokens is required; optional, which also allows IMDSv1, when unset), which blocks the request-forgery attacks that read instance credentials through IMDSv1.',
    severity: 'high',
    resourceTypes: ['AWS::AutoScaling::LaunchConfiguration'],
    managedRule: 'autoscaling-launchconfig-requires-imdsv2',
    frameworks: { FSBP: ['AutoScaling.3'], 'NIST-800-53-r5': ['AC-3', 'AC-3(15)', 'AC-3(7)', 'AC-6', 'CA-9(1)', 'CM-2'] },
    messages: {
      required: 'Launch configuration {{id}} requires IMDSv2 (HttpTokens is required).',
      optional: 'Launch configuration {{id}} does not require IMDSv2 (MetadataOptions.HttpTokens is {{actual}}).',
      unknownTokens: 'Whether launch configuration {{id}} requires IMDSv2 is not known before deployment ({{reason}}).',
    },
    remediation: 'Set `MetadataOptions: { HttpTokens: required }` (Terraform: `metadata_options { http_tokens = "required" }`) in a new launch configuration, or move to a launch template that requires IMDSv2.',
    examples: {
      noncompliant: [{ cloudformation: LAUNCH_CONFIGURATION }],
      compliant: [{ cloudformation: `${LAUNCH_CONFIGURATION}      MetadataOptions:\n        HttpTokens: required\n` }],
    },
  },
  check(configuration) {
    const path = ['MetadataOptions', 'HttpTokens'];
    const tokens = stringSetting(configuration, path, 'optional') ?? 'optional';
    const written = getPath(configuration.properties, path);
    const absent = written === undefined || written === null;
    return judge(oneOf(tokens, ['required'], true), { pass: 'required', fail: 'optional', unknown: 'unknownTokens' }, absent ? [] : path, { actual: absent ? 'not set (default optional)' : JSON.stringify(written) });
  },
});
