import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const KEY_ARN = 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';

/** A `resource_changes` entry that creates `address` (`module.m.aws_type.name[0]`), as `terraform show -json` writes it. */

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
  // Terraform (HCL)
  {
    name: 'hcl: encrypted, unencrypted and defaulted file systems, with count and a module',
    hcl: {
      'main.tf': `
resource "aws_kms_key" "efs" {
  description = "EFS key"
}

resource "aws_efs_file_system" "encrypted" {
  creation_token   = "encrypted"
  encrypted        = true
  kms_key_id       = aws_kms_key.efs.arn
  performance_mode = "generalPurpose"
}

resource "aws_efs_file_system" "plain" {
  creation_token = "plain"
  encrypted      = false
}

resource "aws_efs_file_system" "defaulted" {
  creation_token  = "defaulted"
  throughput_mode = "elastic"
}

variable "shares" {
  default = ["home", "scratch"]
}

resource "aws_efs_file_system" "shares" {
  count          = length(var.shares)
  creation_token = var.shares[count.index]
  encrypted      = var.shares[count.index] == "home"
}

module "data" {
  source  = "./modules/efs"
  encrypt = true
}
`,
      'modules/efs/main.tf': `
variable "encrypt" {
  type = bool
}

resource "aws_efs_file_system" "this" {
  creation_token = "module-data"
  encrypted      = var.encrypt
}
`,
    },
    expect: {
      'aws_efs_file_system.encrypted': { status: 'COMPLIANT', path: ['Encrypted'] },
      'aws_efs_file_system.plain': { status: 'NON_COMPLIANT', messageId: 'notEncrypted', path: ['Encrypted'] },
      'aws_efs_file_system.defaulted': { status: 'NON_COMPLIANT', messageId: 'notEncrypted', path: [] },
      'aws_efs_file_system.shares[0]': 'COMPLIANT',
      'aws_efs_file_system.shares[1]': { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
      'module.data.aws_efs_file_system.this': 'COMPLIANT',
    },
  },
  {
    name: 'hcl: encryption from a variable without a default and from a data source is unknown',
    hcl: `
variable "encrypt_efs" {
  type = bool
}

data "aws_ssm_parameter" "encrypt" {
  name = "/platform/efs/encrypt"
}

resource "aws_efs_file_system" "from_variable" {
  encrypted = var.encrypt_efs
}

resource "aws_efs_file_system" "from_data" {
  encrypted = data.aws_ssm_parameter.encrypt.value
}
`,
    expect: {
      'aws_efs_file_system.from_variable': { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncrypted', path: ['Encrypted'] },
      'aws_efs_file_system.from_data': { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncrypted' },
    },
  },
  {
    name: 'hcl: required key: a literal ARN, another key, the managed key, and a key created alongside',
    params: { KmsKeyId: KEY_ARN },
    hcl: `
resource "aws_kms_key" "efs" {}

resource "aws_efs_file_system" "right" {
  encrypted  = true
  kms_key_id = "${KEY_ARN}"
}

resource "aws_efs_file_system" "other" {
  encrypted  = true
  kms_key_id = "arn:aws:kms:eu-west-1:111122223333:key/99999999-aaaa-bbbb-cccc-000000000000"
}

resource "aws_efs_file_system" "managed" {
  encrypted = true
}

resource "aws_efs_file_system" "new_key" {
  encrypted  = true
  kms_key_id = aws_kms_key.efs.arn
}
`,
    expect: {
      'aws_efs_file_system.right': 'COMPLIANT',
      'aws_efs_file_system.other': { status: 'NON_COMPLIANT', messageId: 'wrongKey', path: ['KmsKeyId'] },
      'aws_efs_file_system.managed': { status: 'NON_COMPLIANT', messageId: 'defaultKey' },
      'aws_efs_file_system.new_key': { status: 'INSUFFICIENT_DATA', messageId: 'unknownKey', path: ['KmsKeyId'] },
    },
  },
  {
    name: 'hcl: awscc_efs_file_system',
    hcl: `
resource "awscc_efs_file_system" "encrypted" {
  encrypted        = true
  performance_mode = "generalPurpose"
}

resource "awscc_efs_file_system" "plain" {
  encrypted = false
}
`,
    expect: {
      'awscc_efs_file_system.encrypted': 'COMPLIANT',
      'awscc_efs_file_system.plain': { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
    },
  },
  // Terraform plan JSON: `encrypted` is optional and computed, so a file system that does not set it is known only after apply.
  {
    name: 'plan: encrypted, unencrypted, and a module file system with a referenced key',
    params: { KmsKeyId: KEY_ARN },
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_efs_file_system.right', { creation_token: 'right', encrypted: true, kms_key_id: KEY_ARN, performance_mode: 'generalPurpose', tags: null }, { arn: true, id: true, dns_name: true, throughput_mode: true }),
        created('aws_efs_file_system.plain', { creation_token: 'plain', encrypted: false, performance_mode: 'generalPurpose', tags: null }, { arn: true, id: true, dns_name: true, kms_key_id: true, throughput_mode: true }),
        created('module.data.aws_kms_key.efs', { description: 'EFS key', is_enabled: true }, { arn: true, id: true, key_id: true, policy: true }),
        created('module.data.aws_efs_file_system.this', { creation_token: 'data', encrypted: true, performance_mode: 'generalPurpose', tags: null }, { arn: true, id: true, dns_name: true, kms_key_id: true, throughput_mode: true }),
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_efs_file_system.right', mode: 'managed', type: 'aws_efs_file_system', name: 'right', provider_config_key: 'aws', expressions: { creation_token: { constant_value: 'right' }, encrypted: { constant_value: true }, kms_key_id: { constant_value: KEY_ARN } } },
            { address: 'aws_efs_file_system.plain', mode: 'managed', type: 'aws_efs_file_system', name: 'plain', provider_config_key: 'aws', expressions: { creation_token: { constant_value: 'plain' }, encrypted: { constant_value: false } } },
          ],
          module_calls: {
            data: {
              source: './modules/efs',
              module: {
                resources: [
                  { address: 'aws_kms_key.efs', mode: 'managed', type: 'aws_kms_key', name: 'efs', provider_config_key: 'aws', expressions: { description: { constant_value: 'EFS key' } } },
                  {
                    address: 'aws_efs_file_system.this', mode: 'managed', type: 'aws_efs_file_system', name: 'this', provider_config_key: 'aws',
                    expressions: { creation_token: { constant_value: 'data' }, encrypted: { constant_value: true }, kms_key_id: { references: ['aws_kms_key.efs.arn', 'aws_kms_key.efs'] } },
                  },
                ],
              },
            },
          },
        },
      },
    },
    expect: {
      'aws_efs_file_system.right': 'COMPLIANT',
      'aws_efs_file_system.plain': { status: 'NON_COMPLIANT', messageId: 'notEncrypted', path: ['Encrypted'] },
      'module.data.aws_efs_file_system.this': { status: 'INSUFFICIENT_DATA', messageId: 'unknownKey', path: ['KmsKeyId'] },
    },
  },
  {
    name: 'plan: encryption known only after apply, and count instances',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_efs_file_system.unset', { creation_token: 'unset', performance_mode: 'generalPurpose', tags: null }, { arn: true, id: true, dns_name: true, encrypted: true, kms_key_id: true, throughput_mode: true }),
        created('aws_efs_file_system.shares[0]', { creation_token: 'home', encrypted: true, tags: null }, { arn: true, id: true, kms_key_id: true }),
        created('aws_efs_file_system.shares[1]', { creation_token: 'scratch', encrypted: false, tags: null }, { arn: true, id: true, kms_key_id: true }),
      ],
    },
    expect: {
      'aws_efs_file_system.unset': { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncrypted', path: ['Encrypted'] },
      'aws_efs_file_system.shares[0]': 'COMPLIANT',
      'aws_efs_file_system.shares[1]': { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
    },
  },
  {
    name: 'a KmsKeyId that names no key is one EFS refuses: not known, never compliant, with or without the key parameter',
    template: `
Resources:
  Placeholder:
    Type: AWS::EFS::FileSystem
    Properties:
      Encrypted: true
      KmsKeyId: your-kms-key
  ByAlias:
    Type: AWS::EFS::FileSystem
    Properties:
      Encrypted: true
      KmsKeyId: alias/efs
`,
    expect: {
      Placeholder: { status: 'INSUFFICIENT_DATA', messageId: 'unknownKey', messageIncludes: 'is not a KMS key id, key ARN, alias name or alias ARN', path: ['KmsKeyId'] },
      ByAlias: 'COMPLIANT',
    },
  },
  {
    name: 'hcl: a kms_key_id that names no key',
    hcl: `
resource "aws_efs_file_system" "placeholder" {
  encrypted  = true
  kms_key_id = "kms_id"
}
`,
    params: { KmsKeyId: KEY_ARN },
    expect: { 'aws_efs_file_system.placeholder': { status: 'INSUFFICIENT_DATA', messageIncludes: 'is not a KMS key id, key ARN, alias name or alias ARN' } },
  },
  {
    name: 'plan: a kms_key_id that names no key',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [created('aws_efs_file_system.placeholder', { creation_token: 'placeholder', encrypted: true, kms_key_id: 'kms_id', performance_mode: 'generalPurpose', tags: null }, { arn: true, id: true })],
    },
    expect: { 'aws_efs_file_system.placeholder': { status: 'INSUFFICIENT_DATA', messageIncludes: 'is not a KMS key id, key ARN, alias name or alias ARN' } },
  },
] satisfies RuleCase[];
