import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import { isUnknown } from '../../../model/unknown.js';
import { getPath, isObject } from '../../../model/value.js';
import type { Verdict } from '../../types.js';
import { ebsEncryption } from '../../lib/ebs.js';

type MessageId = 'encrypted' | 'noVolumes' | 'notEncrypted' | 'fromSnapshot' | 'unknownEncrypted';

const MAPPINGS = ['LaunchTemplateData', 'BlockDeviceMappings'];

export default defineRule<Record<string, never>, MessageId>({
  meta: {
    id: 'EC2_LAUNCH_TEMPLATES_EBS_VOLUME_ENCRYPTED',
    title: 'EC2 launch templates encrypt their EBS volumes',
    description:
      'Checks that every EBS volume a launch template configures is encrypted (BlockDeviceMappings[].Ebs.Encrypted true; off when unset, unless the account encrypts new volumes by default). Every instance launched from the template would otherwise write its data unencrypted.',
    severity: 'medium',
    resourceTypes: ['AWS::EC2::LaunchTemplate'],
    managedRule: 'ec2-launch-templates-ebs-volume-encrypted',
    frameworks: { FSBP: ['EC2.181'] },
    messages: {
      encrypted: 'Every EBS volume of launch template {{id}} is encrypted.',
      noVolumes: 'Launch template {{id}} configures no EBS volumes.',
      notEncrypted: 'Launch template {{id}}: EBS volume {{device}} is not encrypted (Encrypted is {{actual}}).',
      fromSnapshot: 'Launch template {{id}}: EBS volume {{device}} is created from snapshot {{snapshot}}, whose encryption decides.',
      unknownEncrypted: 'Whether launch template {{id}} encrypts EBS volume {{device}} is not known before deployment ({{reason}}).',
    },
    remediation: 'Set `Encrypted: true` (and a `KmsKeyId`) on each `LaunchTemplateData.BlockDeviceMappings[].Ebs`, or enable EBS encryption by default in the account.',
    examples: {
      noncompliant: [
        {
          cloudformation:
            'Resources:\n  Template:\n    Type: AWS::EC2::LaunchTemplate\n    Properties:\n      LaunchTemplateData:\n        BlockDeviceMappings:\n          - DeviceName: /dev/xvda\n            Ebs: { VolumeSize: 20, Encrypted: false }\n',
        },
      ],
      compliant: [
        {
          cloudformation:
            'Resources:\n  Template:\n    Type: AWS::EC2::LaunchTemplate\n    Properties:\n      LaunchTemplateData:\n        BlockDeviceMappings:\n          - DeviceName: /dev/xvda\n            Ebs: { VolumeSize: 20, Encrypted: true }\n',
        },
      ],
    },
  },
  check(template) {
    const mappings = getPath(template.properties, MAPPINGS);
    if (isUnknown(mappings)) return insufficientData('unknownEncrypted', { device: 'of any mapping', reason: mappings.reason }, MAPPINGS);
    const verdicts: Verdict<MessageId>[] = [];
    let volumes = 0;
    (Array.isArray(mappings) ? mappings : []).forEach((mapping, index) => {
      const path = [...MAPPINGS, index];
      if (isUnknown(mapping)) {
        verdicts.push(insufficientData('unknownEncrypted', { device: `#${index + 1}`, reason: mapping.reason }, path));
        return;
      }
      // Instance store volumes and suppressed devices are not EBS volumes.
      if (!isObject(mapping) || mapping.Ebs === undefined || mapping.Ebs === null || mapping.NoDevice !== undefined) return;
      const device = typeof mapping.DeviceName === 'string' ? mapping.DeviceName : `#${index + 1}`;
      volumes += 1;
      const ebs = mapping.Ebs;
      if (!isObject(ebs)) {
        const reason = isUnknown(ebs) ? ebs.reason : `malformed: Ebs should be an object, not ${JSON.stringify(ebs)}`;
        verdicts.push(insufficientData('unknownEncrypted', { device, reason }, [...path, 'Ebs']));
        return;
      }
      const state = ebsEncryption(ebs);
      if (state.kind === 'unknown') verdicts.push(insufficientData('unknownEncrypted', { device, reason: state.reason }, [...path, 'Ebs', 'Encrypted']));
      else if (state.kind === 'fromSnapshot') verdicts.push(insufficientData('fromSnapshot', { device, snapshot: state.snapshot }, [...path, 'Ebs', 'SnapshotId']));
      else if (state.kind === 'notEncrypted') verdicts.push(nonCompliant('notEncrypted', { device, actual: state.actual }, state.written ? [...path, 'Ebs', 'Encrypted'] : [...path, 'Ebs']));
    });
    if (verdicts.length > 0) return verdicts;
    return volumes === 0 ? compliant('noVolumes', {}, []) : compliant('encrypted', {}, MAPPINGS);
  },
});
