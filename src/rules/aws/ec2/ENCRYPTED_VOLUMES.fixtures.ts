import type { RuleCase } from '../../tester.js';

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
] satisfies RuleCase[];
