import type { RuleCase } from '../../tester.js';

const KEY_ARN = 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';

export default [
  {
    name: 'encrypted and unencrypted file systems',
    template: `
Resources:
  Encrypted:
    Type: AWS::EFS::FileSystem
    Properties:
      Encrypted: true
      PerformanceMode: generalPurpose
  EncryptedAsString:
    Type: AWS::EFS::FileSystem
    Properties:
      Encrypted: "true"
  DefaultsToPlain:
    Type: AWS::EFS::FileSystem
    Properties:
      ThroughputMode: elastic
  ExplicitlyPlain:
    Type: AWS::EFS::FileSystem
    Properties:
      Encrypted: false
`,
    expect: {
      Encrypted: 'COMPLIANT',
      EncryptedAsString: 'COMPLIANT',
      DefaultsToPlain: { status: 'NON_COMPLIANT', messageId: 'notEncrypted', path: [] },
      ExplicitlyPlain: { status: 'NON_COMPLIANT', messageId: 'notEncrypted', path: ['Encrypted'] },
    },
  },
  {
    name: 'encryption taken from a parameter default and from a mapping',
    template: `
Parameters:
  EncryptStorage:
    Type: String
    AllowedValues: ['true', 'false']
    Default: 'true'
  Stage:
    Type: String
    Default: dev
Mappings:
  StageSettings:
    dev: { Encrypt: false }
    prod: { Encrypt: true }
Resources:
  FromParameter:
    Type: AWS::EFS::FileSystem
    Properties:
      Encrypted: !Ref EncryptStorage
  FromMapping:
    Type: AWS::EFS::FileSystem
    Properties:
      Encrypted: !FindInMap [StageSettings, !Ref Stage, Encrypt]
`,
    expect: {
      FromParameter: 'COMPLIANT',
      FromMapping: { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
    },
  },
  {
    name: 'encryption switched on by a condition that holds for prod',
    inputs: { parameters: { Stage: 'prod' } },
    template: `
Parameters:
  Stage: { Type: String, Default: dev }
Conditions:
  IsProd: !Equals [!Ref Stage, prod]
Resources:
  Shared:
    Type: AWS::EFS::FileSystem
    Properties:
      Encrypted: !If [IsProd, true, false]
`,
    expect: { Shared: 'COMPLIANT' },
  },
  {
    name: 'encryption that can not be known before deployment',
    template: `
Parameters:
  Encrypt:
    Type: String
Conditions:
  InFrankfurt: !Equals [!Ref AWS::Region, eu-central-1]
Resources:
  Imported:
    Type: AWS::EFS::FileSystem
    Properties:
      Encrypted: !ImportValue shared-efs-encryption
  NoParameterValue:
    Type: AWS::EFS::FileSystem
    Properties:
      Encrypted: !Ref Encrypt
  ByRegion:
    Type: AWS::EFS::FileSystem
    Properties:
      Encrypted: !If [InFrankfurt, true, false]
`,
    expect: {
      Imported: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncrypted', path: ['Encrypted'] },
      NoParameterValue: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncrypted' },
      ByRegion: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncrypted' },
    },
  },
  {
    name: 'required key given as an ARN, matched by ARN, by key id and through Fn::Sub',
    params: { KmsKeyId: KEY_ARN },
    inputs: { region: 'eu-west-1', accountId: '111122223333' },
    template: `
Resources:
  ByArn:
    Type: AWS::EFS::FileSystem
    Properties:
      Encrypted: true
      KmsKeyId: ${KEY_ARN}
  ByKeyId:
    Type: AWS::EFS::FileSystem
    Properties:
      Encrypted: true
      KmsKeyId: 1234abcd-12ab-34cd-56ef-1234567890ab
  BySub:
    Type: AWS::EFS::FileSystem
    Properties:
      Encrypted: true
      KmsKeyId: !Sub 'arn:\${AWS::Partition}:kms:\${AWS::Region}:\${AWS::AccountId}:key/1234abcd-12ab-34cd-56ef-1234567890ab'
`,
    expect: { ByArn: 'COMPLIANT', ByKeyId: 'COMPLIANT', BySub: 'COMPLIANT' },
  },
  {
    name: 'required key: another key, the AWS managed key, and no encryption at all',
    params: { KmsKeyId: KEY_ARN },
    template: `
Resources:
  OtherKey:
    Type: AWS::EFS::FileSystem
    Properties:
      Encrypted: true
      KmsKeyId: arn:aws:kms:eu-west-1:111122223333:key/99999999-aaaa-bbbb-cccc-000000000000
  ManagedKey:
    Type: AWS::EFS::FileSystem
    Properties:
      Encrypted: true
  Plain:
    Type: AWS::EFS::FileSystem
`,
    expect: {
      OtherKey: { status: 'NON_COMPLIANT', messageId: 'wrongKey', path: ['KmsKeyId'] },
      ManagedKey: { status: 'NON_COMPLIANT', messageId: 'defaultKey', messageIncludes: 'aws/elasticfilesystem' },
      Plain: { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
    },
  },
  {
    name: 'required key: a key created in the template (GetAtt) and an alias are undecidable',
    params: { KmsKeyId: KEY_ARN },
    template: `
Resources:
  FileSystemKey:
    Type: AWS::KMS::Key
    Properties:
      KeyPolicy: { Version: '2012-10-17', Statement: [] }
  WithTemplateKey:
    Type: AWS::EFS::FileSystem
    Properties:
      Encrypted: true
      KmsKeyId: !GetAtt FileSystemKey.Arn
  WithAlias:
    Type: AWS::EFS::FileSystem
    Properties:
      Encrypted: true
      KmsKeyId: alias/efs-data
`,
    expect: {
      WithTemplateKey: { status: 'INSUFFICIENT_DATA', messageId: 'unknownKey', path: ['KmsKeyId'] },
      WithAlias: { status: 'INSUFFICIENT_DATA', messageId: 'unknownKey' },
    },
  },
  {
    name: 'without the key parameter any KMS key will do',
    template: `
Resources:
  FileSystemKey:
    Type: AWS::KMS::Key
    Properties:
      KeyPolicy: { Version: '2012-10-17', Statement: [] }
  FileSystem:
    Type: AWS::EFS::FileSystem
    Properties:
      Encrypted: true
      KmsKeyId: !Ref FileSystemKey
`,
    expect: { FileSystem: 'COMPLIANT' },
  },
] satisfies RuleCase[];
