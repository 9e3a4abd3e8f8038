import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import { isUnknown } from '../../../model/unknown.js';
import { getPath } from '../../../model/value.js';
import { tokensRequired, written } from '../../lib/instance-metadata.js';

const PATH = ['LaunchTemplateData', 'MetadataOptions', 'HttpTokens'];

export default defineRule({
  meta: {
    id: 'EC2_LAUNCH_TEMPLATE_IMDSV2_CHECK',
    title: 'EC2 launch templates require IMDSv2',
    description:
      'Checks that a launch template makes the instances it launches require Instance Metadata Service version 2 (LaunchTemplateData.MetadataOptions.HttpTokens required). Left out, instances accept IMDSv1, whose unauthenticated requests let a server-side request forgery read the instance role\'s credentials.',
    severity: 'high',
    resourceTypes: ['AWS::EC2::LaunchTemplate'],
    managedRule: 'ec2-launch-template-imdsv2-check',
    frameworks: { FSBP: ['EC2.170'] },
    messages: {
      required: 'Launch template {{id}} requires IMDSv2 (HttpTokens required).',
      optional: 'Launch template {{id}} does not require IMDSv2: HttpTokens is {{actual}}.',
      unknownTokens: 'Whether launch template {{id}} requires IMDSv2 is not known before deployment ({{reason}}).',
    },
    remediation: 'Set `LaunchTemplateData.MetadataOptions.HttpTokens: required` in the launch template (Terraform: `metadata_options { http_tokens = "required" }`).',
    examples: {
      noncompliant: [{ cloudformation: 'Resources:\n  Template:\n    Type: AWS::EC2::LaunchTemplate\n    Properties:\n      LaunchTemplateData:\n        ImageId: ami-0abcdef1234567890\n' }],
      compliant: [
        {
          cloudformation:
            'Resources:\n  Template:\n    Type: AWS::EC2::LaunchTemplate\n    Properties:\n      LaunchTemplateData:\n        ImageId: ami-0abcdef1234567890\n        MetadataOptions:\n          HttpTokens: required\n',
        },
      ],
    },
  },
  check(template) {
    const value = getPath(template.properties, PATH);
    const path = value === undefined || value === null ? [] : PATH;
    const required = tokensRequired(value);
    if (isUnknown(required)) return insufficientData('unknownTokens', { reason: required.reason }, path);
    return required ? compliant('required', {}, path) : nonCompliant('optional', { actual: written(value) }, path);
  },
});
