import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const CLUSTER = `
    Type: AWS::EKS::Cluster
    Properties:
      RoleArn: arn:aws:iam::111122223333:role/eks-cluster
      ResourcesVpcConfig:
        SubnetIds: [subnet-0a1b2c3d, subnet-4e5f6a7b]`;
const KEY = 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';

export default [
  {
    name: 'secrets encrypted with a key, with a key from the template, no encryption config, an entry without secrets',
    template: `
Resources:
  Key:
    Type: AWS::KMS::Key
    Properties:
      KeyPolicy: { Version: '2012-10-17', Statement: [{ Effect: Allow, Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'kms:*', Resource: '*' }] }
  Encrypted:${CLUSTER}
      EncryptionConfig:
        - Resources: [secrets]
          Provider:
            KeyArn: ${KEY}
  TemplateKey:${CLUSTER}
      EncryptionConfig:
        - Resources: [secrets]
          Provider:
            KeyArn: !GetAtt Key.Arn
  Plain:${CLUSTER}
  NoSecrets:${CLUSTER}
      EncryptionConfig:
        - Resources: []
          Provider:
            KeyArn: ${KEY}
`,
    expect: {
      Encrypted: { status: 'COMPLIANT', path: ['EncryptionConfig', 0, 'Provider', 'KeyArn'] },
      TemplateKey: { status: 'COMPLIANT', messageId: 'encrypted', messageIncludes: 'with KMS key (' },
      Plain: { status: 'NON_COMPLIANT', messageId: 'notEncrypted', path: [] },
      NoSecrets: { status: 'NON_COMPLIANT', messageId: 'notEncrypted', path: ['EncryptionConfig'] },
    },
  },
  {
    name: 'an entry for secrets without a key (no Provider, a Provider without KeyArn) is incomplete, not unencrypted',
    template: `
Resources:
  NoProvider:${CLUSTER}
      EncryptionConfig:
        - Resources: [secrets]
  EmptyProvider:${CLUSTER}
      EncryptionConfig:
        - Resources: [secrets]
          Provider: {}
  KeyInSecondEntry:${CLUSTER}
      EncryptionConfig:
        - Resources: [secrets]
        - Resources: [secrets]
          Provider:
            KeyArn: ${KEY}
`,
    expect: {
      NoProvider: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'names no Provider KeyArn', path: ['EncryptionConfig', 0] },
      EmptyProvider: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'names no Provider KeyArn' },
      KeyInSecondEntry: 'COMPLIANT',
    },
  },
  {
    name: 'kmsKeyArns: the allowed key, another key, an alias that may point anywhere',
    params: { kmsKeyArns: KEY },
    template: `
Resources:
  Allowed:${CLUSTER}
      EncryptionConfig:
        - Resources: [secrets]
          Provider:
            KeyArn: ${KEY}
  Other:${CLUSTER}
      EncryptionConfig:
        - Resources: [secrets]
          Provider:
            KeyArn: arn:aws:kms:eu-west-1:111122223333:key/99999999-0000-0000-0000-000000000000
  Alias:${CLUSTER}
      EncryptionConfig:
        - Resources: [secrets]
          Provider:
            KeyArn: arn:aws:kms:eu-west-1:111122223333:alias/eks
`,
    expect: {
      Allowed: 'COMPLIANT',
      Other: { status: 'NON_COMPLIANT', messageId: 'otherKey', path: ['EncryptionConfig', 0, 'Provider', 'KeyArn'] },
      Alias: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'aliases' },
    },
  },
  {
    name: 'encryption config by condition, resources from a parameter, malformed key',
    template: `
Parameters:
  Stage: { Type: String }
  Encrypt: { Type: String }
Conditions:
  IsProd: !Equals [!Ref Stage, prod]
Resources:
  ByCondition:${CLUSTER}
      EncryptionConfig: !If [IsProd, [{ Resources: [secrets], Provider: { KeyArn: ${KEY} } }], !Ref AWS::NoValue]
  FromParameter:${CLUSTER}
      EncryptionConfig:
        - Resources: [!Ref Encrypt]
          Provider:
            KeyArn: ${KEY}
  MalformedKey:${CLUSTER}
      EncryptionConfig:
        - Resources: [secrets]
          Provider:
            KeyArn: [${KEY}]
`,
    expect: {
      ByCondition: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', path: ['EncryptionConfig'] },
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', path: ['EncryptionConfig', 0, 'Resources'] },
      MalformedKey: { status: 'INSUFFICIENT_DATA', messageIncludes: 'malformed' },
    },
  },
  {
    name: 'hcl: encryption_config with a key resource, none, and a key from a variable',
    hcl: `
variable "key_arn" {
  type = string
}

resource "aws_kms_key" "eks" {
  description = "eks secrets"
}

resource "aws_eks_cluster" "encrypted" {
  name     = "encrypted"
  role_arn = "arn:aws:iam::111122223333:role/eks-cluster"
  vpc_config {
    subnet_ids = ["subnet-0a1b2c3d"]
  }
  encryption_config {
    resources = ["secrets"]
    provider {
      key_arn = aws_kms_key.eks.arn
    }
  }
}

resource "aws_eks_cluster" "plain" {
  name     = "plain"
  role_arn = "arn:aws:iam::111122223333:role/eks-cluster"
  vpc_config {
    subnet_ids = ["subnet-0a1b2c3d"]
  }
}

resource "aws_eks_cluster" "variable" {
  name     = "variable"
  role_arn = "arn:aws:iam::111122223333:role/eks-cluster"
  vpc_config {
    subnet_ids = ["subnet-0a1b2c3d"]
  }
  encryption_config {
    resources = ["secrets"]
    provider {
      key_arn = var.key_arn
    }
  }
}
`,
    expect: {
      'aws_eks_cluster.encrypted': 'COMPLIANT',
      'aws_eks_cluster.plain': { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
      'aws_eks_cluster.variable': 'COMPLIANT',
    },
  },
  {
    name: 'plan: encrypted, not encrypted, and with an allowed-key list a key known after apply',
    params: { kmsKeyArns: [KEY] },
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_eks_cluster.encrypted', { name: 'encrypted', encryption_config: [{ provider: [{ key_arn: KEY }], resources: ['secrets'] }], vpc_config: [{ endpoint_public_access: false, subnet_ids: ['subnet-0a1b2c3d'] }] }, { arn: true, id: true }),
        created('aws_eks_cluster.plain', { name: 'plain', encryption_config: [], vpc_config: [{ endpoint_public_access: false, subnet_ids: ['subnet-0a1b2c3d'] }] }, { arn: true, id: true }),
        created('aws_eks_cluster.later', { name: 'later', encryption_config: [{ provider: [{}], resources: ['secrets'] }], vpc_config: [{ endpoint_public_access: false, subnet_ids: ['subnet-0a1b2c3d'] }] }, { arn: true, id: true, encryption_config: [{ provider: [{ key_arn: true }] }] }),
      ],
    },
    expect: {
      'aws_eks_cluster.encrypted': 'COMPLIANT',
      'aws_eks_cluster.plain': { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
      'aws_eks_cluster.later': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
] satisfies RuleCase[];
