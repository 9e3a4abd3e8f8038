import type { RuleCase } from '../../tester.js';

const KEY = 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';

const INSTANCE = `
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      DBInstanceClass: db.t4g.micro
      AllocatedStorage: "20"
      MasterUsername: app
      ManageMasterUserPassword: true`;

const AURORA_MEMBER = `
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: aurora-postgresql
      DBInstanceClass: db.r6g.large`;

export default [
  {
    name: 'stand-alone DB instances',
    template: `
Resources:
  Encrypted:${INSTANCE}
      StorageEncrypted: true
  EncryptedAsString:${INSTANCE}
      StorageEncrypted: "true"
  Defaulted:${INSTANCE}
  Disabled:${INSTANCE}
      StorageEncrypted: false
`,
    expect: {
      Encrypted: { status: 'COMPLIANT', path: ['StorageEncrypted'] },
      EncryptedAsString: 'COMPLIANT',
      Defaulted: { status: 'NON_COMPLIANT', messageId: 'notEncrypted', path: [] },
      Disabled: { status: 'NON_COMPLIANT', messageId: 'notEncrypted', path: ['StorageEncrypted'] },
    },
  },
  {
    name: 'Aurora instances follow their cluster (Ref)',
    template: `
Resources:
  EncryptedCluster:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-postgresql
      MasterUsername: app
      ManageMasterUserPassword: true
      StorageEncrypted: true
  EncryptedMember:${AURORA_MEMBER}
      DBClusterIdentifier: !Ref EncryptedCluster
  PlainCluster:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-postgresql
      MasterUsername: app
      ManageMasterUserPassword: true
  PlainMember:${AURORA_MEMBER}
      DBClusterIdentifier: !Ref PlainCluster
      StorageEncrypted: true
`,
    expect: {
      EncryptedCluster: 'COMPLIANT',
      EncryptedMember: { status: 'COMPLIANT', path: ['DBClusterIdentifier'] },
      PlainCluster: { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
      PlainMember: { status: 'NON_COMPLIANT', messageId: 'notEncrypted', path: ['DBClusterIdentifier'], messageIncludes: 'belongs to DB cluster PlainCluster' },
    },
  },
  {
    name: 'Aurora instances naming their cluster by identifier',
    template: `
Resources:
  Cluster:
    Type: AWS::RDS::DBCluster
    Properties:
      DBClusterIdentifier: orders-cluster
      Engine: aurora-mysql
      MasterUsername: app
      ManageMasterUserPassword: true
      StorageEncrypted: true
  Writer:
    Type: AWS::RDS::DBInstance
    DependsOn: Cluster
    Properties:
      Engine: aurora-mysql
      DBInstanceClass: db.r6g.large
      DBClusterIdentifier: Orders-Cluster
  ElsewhereMember:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: aurora-mysql
      DBInstanceClass: db.r6g.large
      DBClusterIdentifier: legacy-cluster
  ImportedMember:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: aurora-mysql
      DBInstanceClass: db.r6g.large
      DBClusterIdentifier: !ImportValue data-orders-cluster
`,
    expect: {
      Cluster: 'COMPLIANT',
      Writer: 'COMPLIANT',
      ElsewhereMember: { status: 'INSUFFICIENT_DATA', messageId: 'inherited', path: ['DBClusterIdentifier'], messageIncludes: 'legacy-cluster' },
      ImportedMember: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncrypted', path: ['DBClusterIdentifier'] },
    },
  },
  {
    name: 'Aurora Serverless v1 clusters are always encrypted; Multi-AZ DB clusters are not by default',
    template: `
Resources:
  Serverless:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-mysql
      EngineMode: serverless
      MasterUsername: app
      ManageMasterUserPassword: true
      ScalingConfiguration: { MinCapacity: 1, MaxCapacity: 4 }
  MultiAz:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: mysql
      DBClusterInstanceClass: db.m6gd.large
      StorageType: io1
      Iops: 1000
      AllocatedStorage: 100
      MasterUsername: app
      ManageMasterUserPassword: true
`,
    expect: {
      Serverless: { status: 'COMPLIANT', path: ['EngineMode'] },
      MultiAz: { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
    },
  },
  {
    name: 'replicas and restores inherit from their source',
    template: `
Resources:
  Primary:${INSTANCE}
      StorageEncrypted: true
  Replica:
    Type: AWS::RDS::DBInstance
    Properties:
      DBInstanceClass: db.t4g.micro
      SourceDBInstanceIdentifier: !Ref Primary
  PlainPrimary:${INSTANCE}
  PlainReplica:
    Type: AWS::RDS::DBInstance
    Properties:
      DBInstanceClass: db.t4g.micro
      SourceDBInstanceIdentifier: !Ref PlainPrimary
  CrossRegionReplica:
    Type: AWS::RDS::DBInstance
    Properties:
      DBInstanceClass: db.t4g.micro
      SourceDBInstanceIdentifier: arn:aws:rds:us-east-1:111122223333:db:orders
  Restored:
    Type: AWS::RDS::DBInstance
    Properties:
      DBInstanceClass: db.t4g.micro
      DBSnapshotIdentifier: orders-final-snapshot
`,
    expect: {
      Primary: 'COMPLIANT',
      Replica: { status: 'COMPLIANT', path: ['SourceDBInstanceIdentifier'] },
      PlainPrimary: { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
      PlainReplica: { status: 'NON_COMPLIANT', messageId: 'notEncrypted', messageIncludes: 'comes from DB instance PlainPrimary' },
      CrossRegionReplica: { status: 'INSUFFICIENT_DATA', messageId: 'inherited' },
      Restored: { status: 'INSUFFICIENT_DATA', messageId: 'inherited', path: ['DBSnapshotIdentifier'] },
    },
  },
  {
    name: 'encryption from a parameter default, a mapping and a decidable condition',
    inputs: { parameters: { Stage: 'prod' } },
    template: `
Parameters:
  Encrypt: { Type: String, AllowedValues: ['true', 'false'], Default: 'true' }
  Stage: { Type: String, Default: dev }
Mappings:
  Stages:
    dev: { Encrypt: false }
    prod: { Encrypt: true }
Conditions:
  IsProd: !Equals [!Ref Stage, prod]
Resources:
  FromParameter:${INSTANCE}
      StorageEncrypted: !Ref Encrypt
  FromMapping:${INSTANCE}
      StorageEncrypted: !FindInMap [Stages, !Ref Stage, Encrypt]
  FromCondition:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-postgresql
      MasterUsername: app
      ManageMasterUserPassword: true
      StorageEncrypted: !If [IsProd, true, false]
`,
    expect: { FromParameter: 'COMPLIANT', FromMapping: 'COMPLIANT', FromCondition: 'COMPLIANT' },
  },
  {
    name: 'encryption that can not be known before deployment',
    template: `
Conditions:
  InIreland: !Equals [!Ref AWS::Region, eu-west-1]
Resources:
  Imported:${INSTANCE}
      StorageEncrypted: !ImportValue data-encrypt-databases
  ByRegion:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-postgresql
      MasterUsername: app
      ManageMasterUserPassword: true
      StorageEncrypted: !If [InIreland, true, false]
  ByRegionMember:${AURORA_MEMBER}
      DBClusterIdentifier: !Ref ByRegion
`,
    expect: {
      Imported: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncrypted', path: ['StorageEncrypted'] },
      ByRegion: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncrypted' },
      ByRegionMember: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncrypted', path: ['DBClusterIdentifier'] },
    },
  },
  {
    name: 'required key on instances and clusters',
    params: { kmsKeyId: KEY },
    inputs: { region: 'eu-west-1', accountId: '111122223333' },
    template: `
Resources:
  DatabaseKey:
    Type: AWS::KMS::Key
    Properties:
      KeyPolicy: { Version: '2012-10-17', Statement: [] }
  RightKey:${INSTANCE}
      StorageEncrypted: true
      KmsKeyId: !Sub 'arn:\${AWS::Partition}:kms:\${AWS::Region}:\${AWS::AccountId}:key/1234abcd-12ab-34cd-56ef-1234567890ab'
  ManagedKey:${INSTANCE}
      StorageEncrypted: true
  OtherKey:${INSTANCE}
      StorageEncrypted: true
      KmsKeyId: arn:aws:kms:eu-west-1:111122223333:key/00000000-1111-2222-3333-444444444444
  TemplateKeyCluster:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-postgresql
      MasterUsername: app
      ManageMasterUserPassword: true
      StorageEncrypted: true
      KmsKeyId: !GetAtt DatabaseKey.Arn
  TemplateKeyMember:${AURORA_MEMBER}
      DBClusterIdentifier: !Ref TemplateKeyCluster
  ServerlessManagedKey:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-mysql
      EngineMode: serverless
      MasterUsername: app
      ManageMasterUserPassword: true
`,
    expect: {
      RightKey: 'COMPLIANT',
      ManagedKey: { status: 'NON_COMPLIANT', messageId: 'defaultKey', messageIncludes: 'aws/rds' },
      OtherKey: { status: 'NON_COMPLIANT', messageId: 'wrongKey', path: ['KmsKeyId'] },
      TemplateKeyCluster: { status: 'INSUFFICIENT_DATA', messageId: 'unknownKey', path: ['KmsKeyId'] },
      TemplateKeyMember: { status: 'INSUFFICIENT_DATA', messageId: 'unknownKey', path: ['DBClusterIdentifier'] },
      ServerlessManagedKey: { status: 'NON_COMPLIANT', messageId: 'defaultKey' },
    },
  },
] satisfies RuleCase[];
