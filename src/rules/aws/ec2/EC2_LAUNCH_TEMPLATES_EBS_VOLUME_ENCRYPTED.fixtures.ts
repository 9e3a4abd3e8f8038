import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'launch templates with encrypted, unencrypted, unset, snapshot and unknown volumes',
    template: `
Parameters:
  Encrypt: { Type: String }
Resources:
  Encrypted:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateData:
        BlockDeviceMappings:
          - { DeviceName: /dev/xvda, Ebs: { VolumeSize: 20, Encrypted: true } }
          - { DeviceName: /dev/sdb, VirtualName: ephemeral0 }
  Unencrypted:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateData:
        BlockDeviceMappings:
          - { DeviceName: /dev/xvda, Ebs: { VolumeSize: 20, Encrypted: 'false' } }
  Unset:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateData:
        BlockDeviceMappings:
          - { DeviceName: /dev/xvda, Ebs: { VolumeSize: 20 } }
  FromSnapshot:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateData:
        BlockDeviceMappings:
          - { DeviceName: /dev/sdf, Ebs: { SnapshotId: snap-0123456789abcdef0 } }
  FromParameter:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateData:
        BlockDeviceMappings:
          - { DeviceName: /dev/xvda, Ebs: { Encrypted: !Ref Encrypt } }
  NoVolumes:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateData: { ImageId: ami-0abcdef1234567890 }
`,
    expect: {
      Encrypted: { status: 'COMPLIANT', messageId: 'encrypted', path: ['LaunchTemplateData', 'BlockDeviceMappings'] },
      Unencrypted: { status: 'NON_COMPLIANT', messageId: 'notEncrypted', path: ['LaunchTemplateData', 'BlockDeviceMappings', 0, 'Ebs', 'Encrypted'] },
      Unset: { status: 'NON_COMPLIANT', messageId: 'notEncrypted', path: ['LaunchTemplateData', 'BlockDeviceMappings', 0, 'Ebs'], messageIncludes: 'not set' },
      FromSnapshot: { status: 'INSUFFICIENT_DATA', messageId: 'fromSnapshot' },
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncrypted', messageIncludes: 'Encrypt' },
      NoVolumes: { status: 'COMPLIANT', messageId: 'noVolumes', path: [] },
    },
  },
  {
    name: 'hcl: block_device_mappings with encrypted as the provider writes it',
    hcl: `
resource "aws_launch_template" "encrypted" {
  name = "encrypted"
  block_device_mappings {
    device_name = "/dev/xvda"
    ebs {
      volume_size = 20
      encrypted   = "true"
    }
  }
}

resource "aws_launch_template" "plain" {
  name = "plain"
  block_device_mappings {
    device_name = "/dev/xvda"
    ebs {
      volume_size = 20
    }
  }
}
`,
    expect: {
      'aws_launch_template.encrypted': { status: 'COMPLIANT', messageId: 'encrypted' },
      'aws_launch_template.plain': { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
    },
  },
  {
    name: 'plan: encrypted "true", "false" and "" (not set)',
    plan: {
      format_version: '1.2',
      resource_changes: [
        created('aws_launch_template.encrypted', { name: 'encrypted', block_device_mappings: [{ device_name: '/dev/xvda', no_device: '', virtual_name: '', ebs: [{ encrypted: 'true', volume_size: 20, kms_key_id: '', snapshot_id: '' }] }] }, { id: true }),
        created('aws_launch_template.unencrypted', { name: 'unencrypted', block_device_mappings: [{ device_name: '/dev/xvda', no_device: '', virtual_name: '', ebs: [{ encrypted: 'false', volume_size: 20, kms_key_id: '', snapshot_id: '' }] }] }, { id: true }),
        created('aws_launch_template.unset', { name: 'unset', block_device_mappings: [{ device_name: '/dev/xvda', no_device: '', virtual_name: '', ebs: [{ encrypted: '', volume_size: 20, kms_key_id: '', snapshot_id: '' }] }] }, { id: true }),
      ],
    },
    expect: {
      'aws_launch_template.encrypted': { status: 'COMPLIANT', messageId: 'encrypted' },
      'aws_launch_template.unencrypted': { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
      'aws_launch_template.unset': { status: 'NON_COMPLIANT', messageId: 'notEncrypted', messageIncludes: 'not set' },
    },
  },
] satisfies RuleCase[];
