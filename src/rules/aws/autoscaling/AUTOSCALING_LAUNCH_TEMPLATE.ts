import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import { isSet } from '../../lib/certainty.js';
import { isUnknown, type Unknown } from '../../../model/unknown.js';
import { getPath } from '../../../model/value.js';
import { GROUP } from './examples.js';

const SOURCES = [
  { path: ['LaunchTemplate'], template: true },
  { path: ['MixedInstancesPolicy', 'LaunchTemplate', 'LaunchTemplateSpecification'], template: true },
  { path: ['LaunchConfigurationName'], template: false },
  { path: ['InstanceId'], template: false },
] as const;

export default defineRule({
  meta: {
    id: 'AUTOSCALING_LAUNCH_TEMPLATE',
    title: 'Auto Scaling groups launch from launch templates',
    description:
      'Checks that an Auto Scaling group launches its instances from an EC2 launch template (LaunchTemplate, or the launch template of a MixedInstancesPolicy), not from a launch configuration or an instance. Launch configurations get no new EC2 features (such as IMDSv2 by default) and can not be versioned.',
    severity: 'medium',
    resourceTypes: ['AWS::AutoScaling::AutoScalingGroup'],
    managedRule: 'autoscaling-launch-template',
    frameworks: { FSBP: ['AutoScaling.9'], 'NIST-800-53-r5': ['CA-9(1)', 'CM-2', 'CM-2(2)'] },
    messages: {
      template: 'Auto Scaling group {{id}} launches from a launch template ({{property}}).',
      notTemplate: 'Auto Scaling group {{id}} launches from {{source}}, not a launch template.',
      noSource: 'Auto Scaling group {{id}} names no launch template.',
      unknownSource: 'Whether Auto Scaling group {{id}} launches from a launch template is not known before deployment ({{reason}}).',
    },
    remediation: 'Create an AWS::EC2::LaunchTemplate with the instance settings and give the group `LaunchTemplate: { LaunchTemplateId: !Ref Template, Version: !GetAtt Template.LatestVersionNumber }` instead of `LaunchConfigurationName`.',
    examples: {
      noncompliant: [{ cloudformation: `${GROUP}      LaunchConfigurationName: web\n      AvailabilityZones: [us-east-1a, us-east-1b]\n` }],
      compliant: [{ cloudformation: `${GROUP}      LaunchTemplate:\n        LaunchTemplateName: web\n        Version: "1"\n      AvailabilityZones: [us-east-1a, us-east-1b]\n` }],
    },
  },
  check(group) {
    let open: { reason: string; path: readonly (string | number)[] } | undefined;
    let other: (typeof SOURCES)[number] | undefined;
    for (const source of SOURCES) {
      const set = isSet(getPath(group.properties, [...source.path]));
      if (set === false) continue;
      if (isUnknown(set)) {
        open ??= { reason: (set as Unknown).reason, path: source.path };
        continue;
      }
      if (source.template) return compliant('template', { property: source.path.join('.') }, [...source.path]);
      other ??= source;
    }
    if (open) return insufficientData('unknownSource', { reason: open.reason }, [...open.path]);
    if (other) return nonCompliant('notTemplate', { source: other.path[0] === 'InstanceId' ? 'an instance (InstanceId)' : 'a launch configuration (LaunchConfigurationName)' }, [...other.path]);
    return nonCompliant('noSource', {}, []);
  },
});
