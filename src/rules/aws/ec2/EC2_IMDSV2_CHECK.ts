import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import { isUnknown } from '../../../model/unknown.js';
import { tokensRequired, written } from '../../lib/instance-metadata.js';
import { instanceSetting } from '../../lib/launch-templates.js';

export default defineRule({
  meta: {
    id: 'EC2_IMDSV2_CHECK',
    title: 'EC2 instances require IMDSv2',
    description:
      'Checks that an EC2 instance requires Instance Metadata Service version 2 (MetadataOptions.HttpTokens required, on the instance or in its launch template). IMDSv1 answers any unauthenticated GET, so a server-side request forgery bug can read the instance role\'s credentials.',
    severity: 'high',
    resourceTypes: ['AWS::EC2::Instance'],
    managedRule: 'ec2-imdsv2-check',
    frameworks: { FSBP: ['EC2.8'], 'CIS-v3.0.0': ['5.6'], 'NIST-800-53-r5': ['AC-3', 'AC-3(15)', 'AC-3(7)', 'AC-6'] },
    related: [{ type: 'AWS::EC2::LaunchTemplate', relation: 'references', property: 'LaunchTemplate' }],
    messages: {
      required: 'Instance {{id}} requires IMDSv2 (HttpTokens required{{source}}).',
      optional: 'Instance {{id}} does not require IMDSv2: HttpTokens is {{actual}}{{source}}.',
      unknownTokens: 'Whether instance {{id}} requires IMDSv2 is not known before deployment ({{reason}}).',
    },
    remediation: 'Set `MetadataOptions: { HttpTokens: required }` on the instance, or `LaunchTemplateData.MetadataOptions.HttpTokens: required` in its launch template, after checking that the software on it uses IMDSv2.',
    examples: {
      noncompliant: [
        {
          cloudformation:
            'Resources:\n  Instance:\n    Type: AWS::EC2::Instance\n    Properties:\n      ImageId: ami-0abcdef1234567890\n      InstanceType: t3.micro\n      MetadataOptions:\n        HttpTokens: optional\n',
        },
      ],
      compliant: [
        {
          cloudformation:
            'Resources:\n  Instance:\n    Type: AWS::EC2::Instance\n    Properties:\n      ImageId: ami-0abcdef1234567890\n      InstanceType: t3.micro\n      MetadataOptions:\n        HttpTokens: required\n',
        },
      ],
    },
  },
  check(instance, { graph }) {
    const setting = instanceSetting(instance, graph, ['MetadataOptions', 'HttpTokens']);
    if (setting.kind === 'unknown') return insufficientData('unknownTokens', { reason: setting.reason }, setting.path);
    const value = setting.kind === 'set' ? setting.value : undefined;
    const source = setting.kind === 'set' && setting.template ? ` in launch template ${setting.template}` : '';
    const required = tokensRequired(value);
    if (isUnknown(required)) return insufficientData('unknownTokens', { reason: required.reason }, setting.path);
    return required ? compliant('required', { source }, setting.path) : nonCompliant('optional', { actual: written(value), source }, setting.path);
  },
});
