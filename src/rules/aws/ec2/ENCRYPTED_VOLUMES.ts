import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import { misnamedKey } from '../../lib/encryption.js';
import { kmsKeyMatches } from '../../lib/kms.js';
import type { Verdict } from '../../types.js';
import type { PropertyPath } from '../../../model/resource.js';
import { isUnknown, type Unknown } from '../../../model/unknown.js';
import { getPath, isObject, type Value, type ValueObject } from '../../../model/value.js';
import { ebsEncryption } from '../../lib/ebs.js';

type MessageId = 'encrypted' | 'volumeEncrypted' | 'notEncrypted' | 'fromSnapshot' | 'wrongKey' | 'defaultKey' | 'unknownEncrypted' | 'unknownKey' | 'amiDecides' | 'unknownMappings';

export default defineRule<{ kmsId?: string }, MessageId>({
  meta: {
    id: 'ENCRYPTED_VOLUMES',
    title: 'EBS volumes are encrypted',
    description:
      'Checks that EBS volumes, and the EBS block device mappings of EC2 instances and launch templates, are encrypted, optionally with a given KMS key. A volume created unencrypted can only be encrypted by copying it.',
    severity: 'high',
    resourceTypes: ['AWS::EC2::Volume', 'AWS::EC2::Instance', 'AWS::EC2::LaunchTemplate'],
    related: [{ type: 'AWS::EC2::Volume', relation: 'references', property: 'BlockDeviceMappings' }],
    managedRule: 'encrypted-volumes',
    frameworks: { FSBP: ['EC2.3'], 'NIST-800-53-r5': ['CA-9(1)', 'CM-3(6)', 'SC-13', 'SC-28', 'SC-28(1)', 'SC-7(10)', 'SI-7(6)'], 'PCI-DSS-v3.2.1': ['2.2', '3.4', '8.2.1'] },
    parameters: {
      kmsId: { type: 'string', description: 'Id or ARN of the KMS key the volumes must be encrypted with (any key when absent).' },
    },
    messages: {
      volumeEncrypted: 'EBS volume {{id}} is encrypted.',
      encrypted: 'The EBS volumes of {{subject}} are encrypted.',
      notEncrypted: '{{volume}} is not encrypted (Encrypted is {{actual}}).',
      fromSnapshot: '{{volume}} is created from snapshot {{snapshot}}, whose encryption decides.',
      wrongKey: '{{volume}} is encrypted with {{actual}}, not with {{expected}}.',
      defaultKey: '{{volume}} is encrypted with the account default EBS key, which may not be {{expected}}.',
      unknownEncrypted: 'Whether {{volume}} is encrypted is not known before deployment ({{reason}}).',
      unknownKey: 'The KMS key of {{volume}} is not known before deployment ({{reason}}).',
      unknownMappings: 'The block device mappings of {{subject}} are not known before deployment ({{reason}}).',
      amiDecides: '{{subject}} declares no EBS block device mappings: its volumes, and their encryption, come from the AMI{{template}}.',
    },
    remediation: 'Set `Encrypted: true` (and `KmsKeyId`) on the volume or on each `BlockDeviceMappings[].Ebs`, or enable EBS encryption by default in the account.',
    examples: {
      noncompliant: [
        {
          cloudformation: 'Resources:\n  Volume:\n    Type: AWS::EC2::Volume\n    Properties:\n      AvailabilityZone: eu-west-1a\n      Size: 100\n      VolumeType: gp3\n',
        },
      ],
      compliant: [
        {
          cloudformation:
            'Resources:\n  Volume:\n    Type: AWS::EC2::Volume\n    Properties:\n      AvailabilityZone: eu-west-1a\n      Size: 100\n      VolumeType: gp3\n      Encrypted: true\n  Instance:\n    Type: AWS::EC2::Instance\n    Properties:\n      ImageId: ami-0abcdef1234567890\n      InstanceType: t3.micro\n      BlockDeviceMappings:\n        - DeviceName: /dev/xvda\n          Ebs: { VolumeSize: 20, Encrypted: true }\n',
        },
      ],
    },
  },
  check(resource, { params, graph }) {
    if (resource.type === 'AWS::EC2::Volume') {
      return checkEbs(resource.properties, [], `EBS volume ${resource.id}`, params.kmsId, (key) => misnamedKey(resource, key, graph)) ?? compliant('volumeEncrypted', {}, ['Encrypted']);
    }
    const launchTemplate = resource.type === 'AWS::EC2::LaunchTemplate';
    const subject = `${launchTemplate ? 'launch template' : 'instance'} ${resource.id}`;
    const mappingsPath = launchTemplate ? ['LaunchTemplateData', 'BlockDeviceMappings'] : ['BlockDeviceMappings'];
    const mappings = getPath(resource.properties, mappingsPath);
    if (isUnknown(mappings)) return insufficientData('unknownMappings', { subject, reason: mappings.reason }, mappingsPath);
    const viaTemplate = !launchTemplate && resource.properties.LaunchTemplate !== undefined ? ' or the launch template' : '';
    const verdicts: Verdict<MessageId>[] = [];
    let ebsVolumes = 0;
    (Array.isArray(mappings) ? mappings : []).forEach((mapping, index) => {
      const path = [...mappingsPath, index];
      if (isUnknown(mapping)) {
        verdicts.push(insufficientData('unknownEncrypted', { volume: `EBS volume #${index + 1} of ${subject}`, reason: mapping.reason }, path));
        return;
      }
      if (!isObject(mapping) || mapping.NoDevice !== undefined || mapping.VirtualName !== undefined) return;
      const ebs = mapping.Ebs;
      const volume = `EBS volume ${typeof mapping.DeviceName === 'string' ? mapping.DeviceName : `#${index + 1}`} of ${subject}`;
      if (ebs === undefined || ebs === null) return;
      ebsVolumes += 1;
      if (isUnknown(ebs)) {
        verdicts.push(insufficientData('unknownEncrypted', { volume, reason: ebs.reason }, [...path, 'Ebs']));
        return;
      }
      if (!isObject(ebs)) return;
      const found = checkEbs(ebs, [...path, 'Ebs'], volume, params.kmsId, (key) => misnamedKey(resource, key, graph));
      if (found) verdicts.push(found);
    });
    if (ebsVolumes === 0 && verdicts.length === 0) {
      const label = subject.charAt(0).toUpperCase() + subject.slice(1);
      return insufficientData('amiDecides', { subject: label, template: viaTemplate }, Array.isArray(mappings) ? mappingsPath : []);
    }
    return verdicts.length > 0 ? verdicts : compliant('encrypted', { subject }, mappingsPath);
  },
});

/** Judges one EBS volume definition; undefined when it is encrypted as required. */
function checkEbs(ebs: ValueObject, at: PropertyPath, volume: string, kmsId: string | undefined, misnamed: (key: Value | undefined) => Unknown | undefined): Verdict<MessageId> | undefined {
  const state = ebsEncryption(ebs);
  if (state.kind === 'unknown') return insufficientData('unknownEncrypted', { volume, reason: state.reason }, [...at, 'Encrypted']);
  if (state.kind === 'fromSnapshot') return insufficientData('fromSnapshot', { volume, snapshot: state.snapshot }, [...at, 'SnapshotId']);
  if (state.kind === 'notEncrypted') return nonCompliant('notEncrypted', { volume, actual: state.actual }, state.written ? [...at, 'Encrypted'] : at);
  // Text that names no key (a placeholder, a bare name) is one EC2 refuses: the encryption it claims is not known.
  const noKey = misnamed(ebs.KmsKeyId);
  if (noKey) return insufficientData('unknownKey', { volume, reason: noKey.reason }, [...at, 'KmsKeyId']);
  if (kmsId === undefined) return undefined;
  const key = ebs.KmsKeyId;
  if (key === undefined || key === null) return insufficientData('defaultKey', { volume, expected: kmsId }, [...at, 'Encrypted']);
  const matches = kmsKeyMatches(key, [kmsId]);
  if (isUnknown(matches)) return insufficientData('unknownKey', { volume, reason: matches.reason }, [...at, 'KmsKeyId']);
  if (!matches) return nonCompliant('wrongKey', { volume, actual: String(key), expected: kmsId }, [...at, 'KmsKeyId']);
  return undefined;
}
