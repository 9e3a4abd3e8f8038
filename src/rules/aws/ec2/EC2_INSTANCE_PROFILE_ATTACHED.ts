import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import { launchTemplateOf } from '../../lib/launch-templates.js';
import type { PropertyPath } from '../../../model/resource.js';
import { isSet } from '../../lib/certainty.js';
import { isUnknown } from '../../../model/unknown.js';
import { getPath, isObject, type Value } from '../../../model/value.js';

export default defineRule<{ IamInstanceProfileArnList?: string[] }>({
  meta: {
    id: 'EC2_INSTANCE_PROFILE_ATTACHED',
    title: 'EC2 instances have an IAM instance profile',
    description:
      'Checks that an EC2 instance has an IAM instance profile, optionally one from an allowed list. Without a role the software on the instance tends to carry long-lived access keys.',
    severity: 'medium',
    resourceTypes: ['AWS::EC2::Instance'],
    related: [
      { type: 'AWS::EC2::LaunchTemplate', relation: 'references', property: 'LaunchTemplate' },
      { type: 'AWS::IAM::InstanceProfile', relation: 'references', property: 'IamInstanceProfile' },
    ],
    managedRule: 'ec2-instance-profile-attached',
    frameworks: { 'CIS-v3.0.0': ['1.18'], 'CIS-v5.0.0': ['1.17'], 'NIST-800-53-r5': ['AC-3', 'CM-5(1)', 'CM-6'], 'PCI-DSS-v3.2.1': ['2.2', '7.1.1', '7.2.1'] },
    parameters: {
      IamInstanceProfileArnList: {
        type: 'string-list',
        description: 'ARNs of the instance profiles instances may use (any profile when absent). A profile given by name matches the ARN with that name.',
      },
    },
    messages: {
      attached: 'Instance {{id}} has instance profile {{profile}}.',
      attachedAtDeployment: 'Instance {{id}} has an instance profile known at deployment ({{reason}}).',
      allowed: 'Instance {{id}} has instance profile {{profile}}, which is in the allowed list.',
      noProfile: 'Instance {{id}} has no IAM instance profile.',
      notAllowed: 'Instance {{id}} has instance profile {{profile}}, which is not in the allowed list ({{allowed}}).',
      externalTemplate: 'The instance profile of instance {{id}} may come from launch template {{template}}, which this template does not define.',
      unknownProfile: 'The instance profile of instance {{id}} is not known before deployment ({{reason}}).',
    },
    remediation: 'Create an `AWS::IAM::InstanceProfile` for a least-privilege role and set `IamInstanceProfile` on the instance (or in its launch template).',
    examples: {
      noncompliant: [
        {
          cloudformation: 'Resources:\n  Instance:\n    Type: AWS::EC2::Instance\n    Properties:\n      InstanceType: t3.micro\n      ImageId: ami-0abcdef1234567890\n',
        },
      ],
      compliant: [
        {
          cloudformation:
            'Resources:\n  Role:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument:\n        Version: "2012-10-17"\n        Statement:\n          - { Effect: Allow, Principal: { Service: ec2.amazonaws.com }, Action: sts:AssumeRole }\n  Profile:\n    Type: AWS::IAM::InstanceProfile\n    Properties:\n      Roles: [!Ref Role]\n  Instance:\n    Type: AWS::EC2::Instance\n    Properties:\n      InstanceType: t3.micro\n      ImageId: ami-0abcdef1234567890\n      IamInstanceProfile: !Ref Profile\n',
        },
      ],
    },
  },
  check(instance, { params, graph }) {
    let profile: Value | undefined = instance.properties.IamInstanceProfile;
    let path: PropertyPath = ['IamInstanceProfile'];
    if (isSet(profile) === false) {
      const link = launchTemplateOf(instance, graph);
      if (link.kind === 'none') return nonCompliant('noProfile', {}, []);
      path = ['LaunchTemplate'];
      if (link.kind === 'unknown') return insufficientData('unknownProfile', { reason: link.value.reason }, path);
      if (link.kind === 'external') return insufficientData('externalTemplate', { template: link.name }, path);
      const specification = getPath(link.template.properties, ['LaunchTemplateData', 'IamInstanceProfile']);
      profile = isObject(specification) ? (specification.Arn ?? specification.Name) : specification;
      if (isSet(profile) === false) return nonCompliant('noProfile', {}, path);
    }
    const allowed = params.IamInstanceProfileArnList ?? [];
    if (isUnknown(profile)) {
      // A profile known only at deployment (Ref, GetAtt, ImportValue) is attached; an undecidable
      // Fn::If with AWS::NoValue may attach none.
      if (profile.mayBeAbsent) return insufficientData('unknownProfile', { reason: profile.reason }, path);
      const target = graph.target(profile);
      if (allowed.length === 0) {
        return target ? compliant('attached', { profile: target.id }, path) : compliant('attachedAtDeployment', { reason: profile.reason }, path);
      }
      if (!target) return insufficientData('unknownProfile', { reason: profile.reason }, path);
      // A profile of this template matches by the name it declares; a generated name is unknown.
      const name = target.type === 'AWS::IAM::InstanceProfile' ? target.properties.InstanceProfileName : undefined;
      if (typeof name !== 'string') {
        return insufficientData('unknownProfile', { reason: `instance profile ${target.id} gets its name at deployment` }, path);
      }
      return judge(name, `${target.id} (${name})`, allowed, path);
    }
    if (typeof profile !== 'string') return insufficientData('unknownProfile', { reason: 'IamInstanceProfile is not a string' }, path);
    if (allowed.length === 0) return compliant('attached', { profile }, path);
    return judge(profile, profile, allowed, path);
  },
});

/** Matches a profile ARN exactly, or a profile name against the name at the end of each allowed ARN. */
function judge(profile: string, label: string, allowed: string[], path: PropertyPath) {
  const matches = profile.startsWith('arn:') ? allowed.includes(profile) : allowed.some((arn) => arn.split('/').pop() === profile);
  if (matches) return compliant('allowed', { profile: label }, path);
  return nonCompliant('notAllowed', { profile: label, allowed: allowed.join(', ') }, path);
}
