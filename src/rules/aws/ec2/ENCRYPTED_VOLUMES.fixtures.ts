import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

/** A `resource_changes` entry that creates `address` (`module.m.aws_type.name[0]`), as `terraform show -json` writes it. */

const KEY = 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';

const VOLUME = `
    Type: AWS::EC2::Volume
    Properties:
      AvailabilityZone: eu-west-1a
      Size: 100
      VolumeType: gp3`;

export default [
  {
    name: 'stand-alone volumes',
    template: `
Resources:
  Encrypted:${VOLUME}
      Encrypted: true
  EncryptedAsString:${VOLUME}
      Encrypted: "true"
  Defaulted:${VOLUME}
  Disabled:${VOLUME}
      Encrypted: false
  FromSnapshot:
    Type: AWS::EC2::Volume
    Properties:
      AvailabilityZone: eu-west-1a
      SnapshotId: snap-0123456789abcdef0
`,
    expect: {
      Encrypted: { status: 'COMPLIANT', path: ['Encrypted'] },
      EncryptedAsString: 'COMPLIANT',
      Defaulted: { status: 'NON_COMPLIANT', messageId: 'notEncrypted', path: [] },
      Disabled: { status: 'NON_COMPLIANT', messageId: 'notEncrypted', path: ['Encrypted'] },
      FromSnapshot: { status: 'INSUFFICIENT_DATA', messageId: 'fromSnapshot', path: ['SnapshotId'] },
    },
  },
  {
    name: 'instance block device mappings',
    template: `
Resources:
  AllEncrypted:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0abcdef1234567890
      InstanceType: m6i.large
      BlockDeviceMappings:
        - DeviceName: /dev/xvda
          Ebs: { VolumeSize: 20, VolumeType: gp3, Encrypted: true }
        - DeviceName: /dev/sdf
          Ebs: { VolumeSize: 200, Encrypted: true, DeleteOnTermination: false }
        - DeviceName: /dev/sdb
          VirtualName: ephemeral0
        - DeviceName: /dev/sdc
          NoDevice: {}
  DataVolumePlain:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0abcdef1234567890
      InstanceType: m6i.large
      BlockDeviceMappings:
        - DeviceName: /dev/xvda
          Ebs: { VolumeSize: 20, Encrypted: true }
        - DeviceName: /dev/sdf
          Ebs: { VolumeSize: 200 }
  NoMappings:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0abcdef1234567890
      InstanceType: t3.micro
  OnlyInstanceStore:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0abcdef1234567890
      InstanceType: m5d.large
      BlockDeviceMappings:
        - DeviceName: /dev/sdb
          VirtualName: ephemeral0
`,
    expect: {
      AllEncrypted: { status: 'COMPLIANT', path: ['BlockDeviceMappings'] },
      DataVolumePlain: { status: 'NON_COMPLIANT', messageId: 'notEncrypted', path: ['BlockDeviceMappings', 1, 'Ebs'], messageIncludes: '/dev/sdf' },
      NoMappings: { status: 'INSUFFICIENT_DATA', messageId: 'amiDecides', path: [] },
      OnlyInstanceStore: { status: 'INSUFFICIENT_DATA', messageId: 'amiDecides', path: ['BlockDeviceMappings'] },
    },
  },
  {
    name: 'launch template block device mappings',
    template: `
Resources:
  EncryptedTemplate:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateData:
        ImageId: ami-0abcdef1234567890
        BlockDeviceMappings:
          - DeviceName: /dev/xvda
            Ebs: { VolumeSize: 30, Encrypted: true }
  PlainTemplate:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateData:
        ImageId: ami-0abcdef1234567890
        BlockDeviceMappings:
          - DeviceName: /dev/xvda
            Ebs: { VolumeSize: 30, Encrypted: false }
  BareTemplate:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateData:
        InstanceType: t3.micro
  FromTemplate:
    Type: AWS::EC2::Instance
    Properties:
      LaunchTemplate:
        LaunchTemplateId: !Ref EncryptedTemplate
        Version: !GetAtt EncryptedTemplate.LatestVersionNumber
`,
    expect: {
      EncryptedTemplate: { status: 'COMPLIANT', path: ['LaunchTemplateData', 'BlockDeviceMappings'] },
      PlainTemplate: { status: 'NON_COMPLIANT', messageId: 'notEncrypted', path: ['LaunchTemplateData', 'BlockDeviceMappings', 0, 'Ebs', 'Encrypted'] },
      BareTemplate: { status: 'INSUFFICIENT_DATA', messageId: 'amiDecides' },
      FromTemplate: { status: 'INSUFFICIENT_DATA', messageId: 'amiDecides', messageIncludes: 'launch template' },
    },
  },
  {
    name: 'encryption from a parameter default, a mapping and a decidable condition',
    inputs: { parameters: { Stage: 'prod' } },
    template: `
Parameters:
  EncryptVolumes: { Type: String, AllowedValues: ['true', 'false'], Default: 'true' }
  Stage: { Type: String, Default: dev }
Mappings:
  Stages:
    dev: { Encrypt: false }
    prod: { Encrypt: true }
Conditions:
  IsProd: !Equals [!Ref Stage, prod]
Resources:
  FromParameter:${VOLUME}
      Encrypted: !Ref EncryptVolumes
  FromMapping:${VOLUME}
      Encrypted: !FindInMap [Stages, !Ref Stage, Encrypt]
  FromCondition:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0abcdef1234567890
      InstanceType: t3.micro
      BlockDeviceMappings:
        - DeviceName: /dev/xvda
          Ebs:
            VolumeSize: 20
            Encrypted: !If [IsProd, true, false]
`,
    expect: { FromParameter: 'COMPLIANT', FromMapping: 'COMPLIANT', FromCondition: 'COMPLIANT' },
  },
  {
    name: 'encryption that can not be known before deployment',
    template: `
Conditions:
  InIreland: !Equals [!Ref AWS::Region, eu-west-1]
Resources:
  Imported:${VOLUME}
      Encrypted: !ImportValue storage-encrypt-volumes
  MappingsByRegion:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0abcdef1234567890
      InstanceType: t3.micro
      BlockDeviceMappings: !If
        - InIreland
        - [{ DeviceName: /dev/xvda, Ebs: { Encrypted: true } }]
        - [{ DeviceName: /dev/xvda, Ebs: { Encrypted: false } }]
  OneKnownViolation:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0abcdef1234567890
      InstanceType: t3.micro
      BlockDeviceMappings:
        - DeviceName: /dev/xvda
          Ebs: { Encrypted: !If [InIreland, true, false] }
        - DeviceName: /dev/sdf
          Ebs: { Encrypted: false }
`,
    expect: {
      Imported: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncrypted', path: ['Encrypted'] },
      MappingsByRegion: { status: 'INSUFFICIENT_DATA', messageId: 'unknownMappings', path: ['BlockDeviceMappings'] },
      OneKnownViolation: { status: 'NON_COMPLIANT', messageId: 'notEncrypted', path: ['BlockDeviceMappings', 1, 'Ebs', 'Encrypted'] },
    },
  },
  {
    name: 'required key',
    params: { kmsId: KEY },
    template: `
Resources:
  VolumeKey:
    Type: AWS::KMS::Key
    Properties:
      KeyPolicy: { Version: '2012-10-17', Statement: [] }
  RightKeyById:${VOLUME}
      Encrypted: true
      KmsKeyId: 1234abcd-12ab-34cd-56ef-1234567890ab
  WrongKey:${VOLUME}
      Encrypted: true
      KmsKeyId: arn:aws:kms:eu-west-1:111122223333:key/00000000-1111-2222-3333-444444444444
  AccountDefaultKey:${VOLUME}
      Encrypted: true
  TemplateKey:${VOLUME}
      Encrypted: true
      KmsKeyId: !GetAtt VolumeKey.Arn
  InstanceWithKeys:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0abcdef1234567890
      InstanceType: t3.micro
      BlockDeviceMappings:
        - DeviceName: /dev/xvda
          Ebs: { Encrypted: true, KmsKeyId: ${KEY} }
        - DeviceName: /dev/sdf
          Ebs: { Encrypted: true, KmsKeyId: alias/aws/ebs }
`,
    expect: {
      RightKeyById: 'COMPLIANT',
      WrongKey: { status: 'NON_COMPLIANT', messageId: 'wrongKey', path: ['KmsKeyId'] },
      AccountDefaultKey: { status: 'INSUFFICIENT_DATA', messageId: 'defaultKey' },
      TemplateKey: { status: 'INSUFFICIENT_DATA', messageId: 'unknownKey', path: ['KmsKeyId'] },
      InstanceWithKeys: { status: 'INSUFFICIENT_DATA', messageId: 'unknownKey', path: ['BlockDeviceMappings', 1, 'Ebs', 'KmsKeyId'] },
    },
  },
  {
    name: 'required key given as a key ARN built with Fn::Sub from pseudo parameters and parameter defaults',
    params: { kmsId: KEY },
    inputs: { region: 'eu-west-1', accountId: '111122223333' },
    template: `
Parameters:
  DataKeyId: { Type: String, Default: 1234abcd-12ab-34cd-56ef-1234567890ab }
  LegacyKeyId: { Type: String, Default: 00000000-1111-2222-3333-444444444444 }
Resources:
  SubRightKey:${VOLUME}
      Encrypted: true
      KmsKeyId: !Sub 'arn:\${AWS::Partition}:kms:\${AWS::Region}:\${AWS::AccountId}:key/\${DataKeyId}'
  SubWrongKey:${VOLUME}
      Encrypted: true
      KmsKeyId: !Sub 'arn:\${AWS::Partition}:kms:\${AWS::Region}:\${AWS::AccountId}:key/\${LegacyKeyId}'
  SubAlias:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0abcdef1234567890
      InstanceType: t3.micro
      BlockDeviceMappings:
        - DeviceName: /dev/xvda
          Ebs:
            Encrypted: true
            KmsKeyId: !Sub 'arn:\${AWS::Partition}:kms:\${AWS::Region}:\${AWS::AccountId}:alias/ebs-data'
`,
    expect: {
      SubRightKey: { status: 'COMPLIANT', path: ['Encrypted'] },
      SubWrongKey: { status: 'NON_COMPLIANT', messageId: 'wrongKey', path: ['KmsKeyId'], messageIncludes: 'arn:aws:kms:eu-west-1:111122223333:key/00000000-1111-2222-3333-444444444444' },
      SubAlias: { status: 'INSUFFICIENT_DATA', messageId: 'unknownKey', path: ['BlockDeviceMappings', 0, 'Ebs', 'KmsKeyId'], messageIncludes: 'alias/ebs-data' },
    },
  },
  {
    name: 'a key ARN built with Fn::Sub without the account id is not known; an unencrypted volume beside it still fails',
    params: { kmsId: KEY },
    inputs: { region: 'eu-west-1' },
    template: `
Parameters:
  DataKeyId: { Type: String, Default: 1234abcd-12ab-34cd-56ef-1234567890ab }
Resources:
  KeyNeedsAccount:${VOLUME}
      Encrypted: true
      KmsKeyId: !Sub 'arn:\${AWS::Partition}:kms:\${AWS::Region}:\${AWS::AccountId}:key/\${DataKeyId}'
  Mixed:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0abcdef1234567890
      InstanceType: m6i.large
      BlockDeviceMappings:
        - DeviceName: /dev/xvda
          Ebs:
            Encrypted: true
            KmsKeyId: !Sub 'arn:\${AWS::Partition}:kms:\${AWS::Region}:\${AWS::AccountId}:key/\${DataKeyId}'
        - DeviceName: /dev/sdf
          Ebs: { VolumeSize: 200, Encrypted: false }
`,
    expect: {
      KeyNeedsAccount: { status: 'INSUFFICIENT_DATA', messageId: 'unknownKey', path: ['KmsKeyId'], messageIncludes: 'AWS::AccountId' },
      Mixed: { status: 'NON_COMPLIANT', messageId: 'notEncrypted', path: ['BlockDeviceMappings', 1, 'Ebs', 'Encrypted'] },
    },
  },
  // Terraform (HCL): aws_ebs_volume, the root_block_device / ebs_block_device blocks of aws_instance, and the block_device_mappings of aws_launch_template.
  {
    name: 'hcl: volumes, instance devices and launch template mappings, with count and a module',
    hcl: {
      'main.tf': `
resource "aws_ebs_volume" "encrypted" {
  availability_zone = "eu-west-1a"
  size              = 100
  type              = "gp3"
  encrypted         = true
}

resource "aws_ebs_volume" "defaulted" {
  availability_zone = "eu-west-1a"
  size              = 100
}

resource "aws_ebs_volume" "from_snapshot" {
  availability_zone = "eu-west-1a"
  snapshot_id       = "snap-0123456789abcdef0"
}

resource "aws_ebs_volume" "data" {
  count             = 2
  availability_zone = "eu-west-1a"
  size              = 50
  encrypted         = count.index == 0
}

resource "aws_instance" "encrypted" {
  ami           = "ami-0abcdef1234567890"
  instance_type = "m6i.large"

  root_block_device {
    volume_size = 20
    volume_type = "gp3"
    encrypted   = true
  }

  ebs_block_device {
    device_name = "/dev/sdf"
    volume_size = 200
    encrypted   = true
  }
}

resource "aws_instance" "plain_data" {
  ami           = "ami-0abcdef1234567890"
  instance_type = "m6i.large"

  root_block_device {
    encrypted = true
  }

  ebs_block_device {
    device_name = "/dev/sdf"
    volume_size = 200
  }
}

resource "aws_instance" "from_ami" {
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.micro"
}

resource "aws_launch_template" "encrypted" {
  name     = "encrypted"
  image_id = "ami-0abcdef1234567890"

  block_device_mappings {
    device_name = "/dev/xvda"
    ebs {
      volume_size = 20
      encrypted   = "true"
    }
  }
}

resource "aws_launch_template" "plain" {
  name     = "plain"
  image_id = "ami-0abcdef1234567890"

  block_device_mappings {
    device_name = "/dev/xvda"
    ebs {
      volume_size = 20
      encrypted   = "false"
    }
  }
}

module "db" {
  source    = "./modules/volume"
  encrypted = true
}
`,
      'modules/volume/main.tf': `
variable "encrypted" {
  type = bool
}

resource "aws_ebs_volume" "this" {
  availability_zone = "eu-west-1b"
  size              = 500
  encrypted         = var.encrypted
}
`,
    },
    expect: {
      'aws_ebs_volume.encrypted': { status: 'COMPLIANT', path: ['Encrypted'] },
      'aws_ebs_volume.defaulted': { status: 'NON_COMPLIANT', messageId: 'notEncrypted', path: [] },
      'aws_ebs_volume.from_snapshot': { status: 'INSUFFICIENT_DATA', messageId: 'fromSnapshot', path: ['SnapshotId'] },
      'aws_ebs_volume.data[0]': 'COMPLIANT',
      'aws_ebs_volume.data[1]': { status: 'NON_COMPLIANT', messageId: 'notEncrypted', path: ['Encrypted'] },
      'aws_instance.encrypted': { status: 'COMPLIANT', messageId: 'encrypted' },
      'aws_instance.plain_data': { status: 'NON_COMPLIANT', messageId: 'notEncrypted', path: ['BlockDeviceMappings', 1, 'Ebs'], messageIncludes: '/dev/sdf' },
      'aws_instance.from_ami': { status: 'INSUFFICIENT_DATA', messageId: 'amiDecides' },
      'aws_launch_template.encrypted': 'COMPLIANT',
      'aws_launch_template.plain': { status: 'NON_COMPLIANT', messageId: 'notEncrypted', path: ['LaunchTemplateData', 'BlockDeviceMappings', 0, 'Ebs', 'Encrypted'] },
      'module.db.aws_ebs_volume.this': 'COMPLIANT',
    },
  },
  {
    name: 'hcl: encryption from a variable without a default, a snapshot created alongside, and dynamic blocks',
    hcl: `
variable "encrypt_volumes" {
  type = bool
}

variable "devices" {
  type = list(object({ name = string, size = number }))
}

resource "aws_ebs_volume" "from_variable" {
  availability_zone = "eu-west-1a"
  size              = 10
  encrypted         = var.encrypt_volumes
}

resource "aws_ebs_snapshot" "base" {
  volume_id = "vol-0123456789abcdef0"
}

resource "aws_ebs_volume" "restored" {
  availability_zone = "eu-west-1a"
  encrypted         = false
  snapshot_id       = aws_ebs_snapshot.base.id
}

resource "aws_instance" "from_variable" {
  ami = "ami-0abcdef1234567890"

  root_block_device {
    encrypted = var.encrypt_volumes
  }
}

resource "aws_launch_template" "dynamic" {
  image_id = "ami-0abcdef1234567890"

  dynamic "block_device_mappings" {
    for_each = var.devices
    content {
      device_name = block_device_mappings.value.name
      ebs {
        volume_size = block_device_mappings.value.size
        encrypted   = "true"
      }
    }
  }
}
`,
    expect: {
      'aws_ebs_volume.from_variable': { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncrypted', path: ['Encrypted'] },
      'aws_ebs_volume.restored': { status: 'INSUFFICIENT_DATA', messageId: 'fromSnapshot', path: ['SnapshotId'] },
      'aws_instance.from_variable': { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncrypted', path: ['BlockDeviceMappings', 0, 'Ebs', 'Encrypted'] },
      'aws_launch_template.dynamic': { status: 'INSUFFICIENT_DATA', messageId: 'unknownMappings' },
    },
  },
  {
    name: 'hcl: required key: a literal ARN, a key created alongside, and the default key',
    params: { kmsId: KEY },
    hcl: `
resource "aws_kms_key" "ebs" {}

resource "aws_ebs_volume" "right" {
  availability_zone = "eu-west-1a"
  size              = 10
  encrypted         = true
  kms_key_id        = "${KEY}"
}

resource "aws_ebs_volume" "other" {
  availability_zone = "eu-west-1a"
  size              = 10
  encrypted         = true
  kms_key_id        = "arn:aws:kms:eu-west-1:111122223333:key/00000000-1111-2222-3333-444444444444"
}

resource "aws_ebs_volume" "new_key" {
  availability_zone = "eu-west-1a"
  size              = 10
  encrypted         = true
  kms_key_id        = aws_kms_key.ebs.arn
}

resource "aws_instance" "default_key" {
  ami = "ami-0abcdef1234567890"

  root_block_device {
    encrypted = true
  }
}
`,
    expect: {
      'aws_ebs_volume.right': 'COMPLIANT',
      'aws_ebs_volume.other': { status: 'NON_COMPLIANT', messageId: 'wrongKey', path: ['KmsKeyId'] },
      'aws_ebs_volume.new_key': { status: 'INSUFFICIENT_DATA', messageId: 'unknownKey', path: ['KmsKeyId'] },
      'aws_instance.default_key': { status: 'INSUFFICIENT_DATA', messageId: 'defaultKey' },
    },
  },
  {
    name: 'hcl: awscc volumes and launch templates',
    hcl: `
resource "awscc_ec2_volume" "encrypted" {
  availability_zone = "eu-west-1a"
  size              = 10
  encrypted         = true
}

resource "awscc_ec2_volume" "plain" {
  availability_zone = "eu-west-1a"
  size              = 10
}

resource "awscc_ec2_launch_template" "encrypted" {
  launch_template_data = {
    image_id = "ami-0abcdef1234567890"
    block_device_mappings = [{
      device_name = "/dev/xvda"
      ebs = {
        volume_size = 20
        encrypted   = true
      }
    }]
  }
}
`,
    expect: {
      'awscc_ec2_volume.encrypted': 'COMPLIANT',
      'awscc_ec2_volume.plain': { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
      'awscc_ec2_launch_template.encrypted': 'COMPLIANT',
    },
  },
  // Terraform plan JSON: `encrypted` of aws_ebs_volume and of instance devices is optional and computed: unset, it is known only after apply.
  {
    name: 'plan: volumes, instance devices and launch template mappings',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_ebs_volume.encrypted', { availability_zone: 'eu-west-1a', encrypted: true, final_snapshot: false, multi_attach_enabled: null, outpost_arn: null, size: 100, tags: null, type: 'gp3' }, { arn: true, id: true, iops: true, kms_key_id: true, snapshot_id: true, throughput: true }),
        created('aws_ebs_volume.plain', { availability_zone: 'eu-west-1a', encrypted: false, final_snapshot: false, multi_attach_enabled: null, outpost_arn: null, size: 100, tags: null }, { arn: true, id: true, iops: true, kms_key_id: true, snapshot_id: true, throughput: true, type: true }),
        created('aws_instance.app', {
          ami: 'ami-0abcdef1234567890', instance_type: 'm6i.large', tags: null,
          root_block_device: [{ delete_on_termination: true, encrypted: true, tags: null, volume_size: 20, volume_type: 'gp3' }],
          ebs_block_device: [{ delete_on_termination: true, device_name: '/dev/sdf', encrypted: false, tags: null, volume_size: 200 }],
        }, {
          arn: true, id: true,
          root_block_device: [{ device_name: true, iops: true, kms_key_id: true, throughput: true, volume_id: true }],
          ebs_block_device: [{ iops: true, kms_key_id: true, snapshot_id: true, throughput: true, volume_id: true, volume_type: true }],
        }),
        created('aws_launch_template.app', {
          name: 'app', image_id: 'ami-0abcdef1234567890', tags: null,
          block_device_mappings: [{ device_name: '/dev/xvda', no_device: null, virtual_name: null, ebs: [{ delete_on_termination: null, encrypted: 'true', iops: null, kms_key_id: null, snapshot_id: null, throughput: null, volume_size: 20, volume_type: 'gp3' }] }],
        }, { arn: true, id: true, latest_version: true, block_device_mappings: [{ ebs: [{}] }] }),
      ],
    },
    expect: {
      'aws_ebs_volume.encrypted': { status: 'COMPLIANT', path: ['Encrypted'] },
      'aws_ebs_volume.plain': { status: 'NON_COMPLIANT', messageId: 'notEncrypted', path: ['Encrypted'] },
      'aws_instance.app': { status: 'NON_COMPLIANT', messageId: 'notEncrypted', path: ['BlockDeviceMappings', 1, 'Ebs', 'Encrypted'] },
      'aws_launch_template.app': 'COMPLIANT',
    },
  },
  {
    name: 'plan: encryption left to the provider is known only after apply; a volume from a snapshot created alongside',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_ebs_volume.unset', { availability_zone: 'eu-west-1a', final_snapshot: false, size: 100, tags: null }, { arn: true, encrypted: true, id: true, iops: true, kms_key_id: true, snapshot_id: true, throughput: true, type: true }),
        created('aws_ebs_snapshot.base', { volume_id: 'vol-0123456789abcdef0', tags: null }, { arn: true, id: true, encrypted: true, kms_key_id: true, volume_size: true }),
        created('aws_ebs_volume.restored', { availability_zone: 'eu-west-1a', encrypted: false, final_snapshot: false, tags: null }, { arn: true, id: true, iops: true, kms_key_id: true, size: true, snapshot_id: true, throughput: true, type: true }),
        created('module.web.aws_instance.this[0]', {
          ami: 'ami-0abcdef1234567890', instance_type: 't3.micro', tags: null,
          root_block_device: [{ delete_on_termination: true, tags: null, volume_size: 30 }],
        }, { arn: true, id: true, ebs_block_device: true, root_block_device: [{ device_name: true, encrypted: true, iops: true, kms_key_id: true, throughput: true, volume_id: true, volume_type: true }] }),
        created('aws_instance.from_ami', { ami: 'ami-0abcdef1234567890', instance_type: 't3.micro', tags: null }, { arn: true, id: true, ebs_block_device: true, root_block_device: true }),
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_ebs_volume.unset', mode: 'managed', type: 'aws_ebs_volume', name: 'unset', provider_config_key: 'aws', expressions: { availability_zone: { constant_value: 'eu-west-1a' }, size: { constant_value: 100 } } },
            { address: 'aws_ebs_snapshot.base', mode: 'managed', type: 'aws_ebs_snapshot', name: 'base', provider_config_key: 'aws', expressions: { volume_id: { constant_value: 'vol-0123456789abcdef0' } } },
            {
              address: 'aws_ebs_volume.restored', mode: 'managed', type: 'aws_ebs_volume', name: 'restored', provider_config_key: 'aws',
              expressions: { availability_zone: { constant_value: 'eu-west-1a' }, encrypted: { constant_value: false }, snapshot_id: { references: ['aws_ebs_snapshot.base.id', 'aws_ebs_snapshot.base'] } },
            },
          ],
        },
      },
    },
    expect: {
      'aws_ebs_volume.unset': { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncrypted', path: ['Encrypted'] },
      'aws_ebs_volume.restored': { status: 'INSUFFICIENT_DATA', messageId: 'fromSnapshot', path: ['SnapshotId'] },
      'module.web.aws_instance.this[0]': { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncrypted', path: ['BlockDeviceMappings', 0, 'Ebs', 'Encrypted'] },
      'aws_instance.from_ami': { status: 'INSUFFICIENT_DATA', messageId: 'amiDecides' },
    },
  },
  {
    name: 'a KmsKeyId that names no key is one EC2 refuses: not known, never compliant; an alias name is a key',
    template: `
Resources:
  Placeholder:${VOLUME}
      Encrypted: true
      KmsKeyId: your-kms-key
  ByAlias:${VOLUME}
      Encrypted: true
      KmsKeyId: alias/ebs
`,
    expect: {
      Placeholder: { status: 'INSUFFICIENT_DATA', messageId: 'unknownKey', messageIncludes: 'is not a KMS key id, key ARN, alias name or alias ARN', path: ['KmsKeyId'] },
      ByAlias: 'COMPLIANT',
    },
  },
  {
    name: 'hcl: an aws_ebs_volume kms_key_id that names no key',
    hcl: `
resource "aws_ebs_volume" "placeholder" {
  availability_zone = "eu-west-1a"
  size              = 100
  encrypted         = true
  kms_key_id        = "kms_id"
}
`,
    expect: { 'aws_ebs_volume.placeholder': { status: 'INSUFFICIENT_DATA', messageIncludes: 'is not a KMS key id, key ARN, alias name or alias ARN' } },
  },
] satisfies RuleCase[];
