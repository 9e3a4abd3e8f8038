import type { RuleCase } from '../../tester.js';

const GROUP = `
    Type: AWS::ElastiCache::ReplicationGroup
    Properties:
      ReplicationGroupDescription: sessions
      Engine: redis
      CacheNodeType: cache.t4g.small
      NumCacheClusters: 2`;

const APPROVED = 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';

export default [
  {
    name: 'encrypted and unencrypted replication groups',
    template: `
Resources:
  Encrypted:${GROUP}
      AtRestEncryptionEnabled: true
      TransitEncryptionEnabled: true
  EncryptedAsString:${GROUP}
      AtRestEncryptionEnabled: "True"
  Defaulted:${GROUP}
  Disabled:${GROUP}
      AtRestEncryptionEnabled: false
`,
    expect: {
      Encrypted: { status: 'COMPLIANT', path: ['AtRestEncryptionEnabled'] },
      EncryptedAsString: 'COMPLIANT',
      Defaulted: { status: 'NON_COMPLIANT', messageId: 'notEncrypted', path: [] },
      Disabled: { status: 'NON_COMPLIANT', messageId: 'notEncrypted', path: ['AtRestEncryptionEnabled'] },
    },
  },
  {
    name: 'encryption from a parameter default and a mapping',
    template: `
Parameters:
  Encrypt: { Type: String, AllowedValues: ['true', 'false'], Default: 'true' }
  Stage: { Type: String, Default: test }
Mappings:
  Stages:
    test: { Encrypt: false }
    prod: { Encrypt: true }
Resources:
  FromParameter:${GROUP}
      AtRestEncryptionEnabled: !Ref Encrypt
  FromMapping:${GROUP}
      AtRestEncryptionEnabled: !FindInMap [Stages, !Ref Stage, Encrypt]
`,
    expect: {
      FromParameter: 'COMPLIANT',
      FromMapping: { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
    },
  },
  {
    name: 'encryption decided by a condition on a given parameter',
    inputs: { parameters: { Stage: 'prod' } },
    template: `
Parameters:
  Stage: { Type: String, Default: test }
Conditions:
  IsProd: !Equals [!Ref Stage, prod]
Resources:
  Cache:${GROUP}
      AtRestEncryptionEnabled: !If [IsProd, true, false]
`,
    expect: { Cache: 'COMPLIANT' },
  },
  {
    name: 'encryption that can not be known before deployment',
    template: `
Conditions:
  InIreland: !Equals [!Ref AWS::Region, eu-west-1]
Resources:
  Imported:${GROUP}
      AtRestEncryptionEnabled: !ImportValue cache-encryption
  ByRegion:${GROUP}
      AtRestEncryptionEnabled: !If [InIreland, true, false]
`,
    expect: {
      Imported: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption', path: ['AtRestEncryptionEnabled'] },
      ByRegion: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption' },
    },
  },
  {
    name: 'approved keys: an approved ARN, its key id, another key and the default key',
    params: { approvedKMSKeyIds: `${APPROVED},arn:aws:kms:eu-west-1:111122223333:key/5678efgh-56ef-78ab-90cd-0987654321ba` },
    template: `
Parameters:
  CacheKeyId: { Type: String, Default: 5678efgh-56ef-78ab-90cd-0987654321ba }
Resources:
  ApprovedArn:${GROUP}
      AtRestEncryptionEnabled: true
      KmsKeyId: ${APPROVED}
  ApprovedKeyIdFromParameter:${GROUP}
      AtRestEncryptionEnabled: true
      KmsKeyId: !Ref CacheKeyId
  OtherKey:${GROUP}
      AtRestEncryptionEnabled: true
      KmsKeyId: arn:aws:kms:eu-west-1:111122223333:key/00000000-0000-0000-0000-000000000000
  DefaultKey:${GROUP}
      AtRestEncryptionEnabled: true
  NotEncrypted:${GROUP}
`,
    expect: {
      ApprovedArn: 'COMPLIANT',
      ApprovedKeyIdFromParameter: 'COMPLIANT',
      OtherKey: { status: 'NON_COMPLIANT', messageId: 'unapprovedKey', path: ['KmsKeyId'] },
      DefaultKey: { status: 'NON_COMPLIANT', messageId: 'defaultKey' },
      NotEncrypted: { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
    },
  },
  {
    name: 'approved keys: a key from the template (GetAtt) and a key given by Fn::Sub',
    params: { approvedKMSKeyIds: [APPROVED] },
    inputs: { region: 'eu-west-1', accountId: '111122223333' },
    template: `
Resources:
  CacheKey:
    Type: AWS::KMS::Key
    Properties:
      KeyPolicy: { Version: '2012-10-17', Statement: [] }
  TemplateKey:${GROUP}
      AtRestEncryptionEnabled: true
      KmsKeyId: !GetAtt CacheKey.Arn
  SubKey:${GROUP}
      AtRestEncryptionEnabled: true
      KmsKeyId: !Sub 'arn:\${AWS::Partition}:kms:\${AWS::Region}:\${AWS::AccountId}:key/1234abcd-12ab-34cd-56ef-1234567890ab'
`,
    expect: {
      TemplateKey: { status: 'INSUFFICIENT_DATA', messageId: 'unknownKey', path: ['KmsKeyId'] },
      SubKey: 'COMPLIANT',
    },
  },
] satisfies RuleCase[];
