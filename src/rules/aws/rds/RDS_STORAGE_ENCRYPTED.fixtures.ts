import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

/** A `resource_changes` entry that creates `address` (`module.m.aws_type.name[0]`), as `terraform show -json` writes it. */

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
    name: 'Aurora, DocumentDB and Neptune instances that name no cluster: their storage is the cluster\'s, which is not known',
    template: `
Resources:
  AuroraMember:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: aurora-postgresql
      DBInstanceClass: db.r6g.large
  FlaggedAuroraMember:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: Aurora
      DBInstanceClass: db.r6g.large
      StorageEncrypted: false
  NeptuneMember:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: neptune
      DBInstanceClass: db.r6g.large
  MySql:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: mysql
      DBInstanceClass: db.t4g.micro
      AllocatedStorage: "20"
`,
    expect: {
      AuroraMember: { status: 'INSUFFICIENT_DATA', messageId: 'inherited', path: ['Engine'], messageIncludes: 'its DB cluster' },
      FlaggedAuroraMember: { status: 'INSUFFICIENT_DATA', messageId: 'inherited' },
      NeptuneMember: { status: 'INSUFFICIENT_DATA', messageId: 'inherited' },
      MySql: { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
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
  // Terraform (HCL): aws_db_instance, aws_rds_cluster, and aws_rds_cluster_instance judged by its cluster.
  {
    name: 'hcl: DB instances, a replica, Aurora clusters and their instances, with count and a module',
    hcl: {
      'main.tf': `
resource "aws_db_instance" "encrypted" {
  identifier                  = "orders"
  engine                      = "postgres"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  storage_encrypted           = true
}

resource "aws_db_instance" "replica" {
  identifier          = "orders-replica"
  instance_class      = "db.t4g.micro"
  replicate_source_db = aws_db_instance.encrypted.identifier
}

resource "aws_db_instance" "defaulted" {
  identifier                  = "reports"
  engine                      = "mysql"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
}

resource "aws_db_instance" "disabled" {
  engine                      = "mysql"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  storage_encrypted           = false
}

resource "aws_rds_cluster" "orders" {
  cluster_identifier          = "orders-cluster"
  engine                      = "aurora-postgresql"
  master_username             = "app"
  manage_master_user_password = true
  storage_encrypted           = true
}

resource "aws_rds_cluster_instance" "orders" {
  count              = 2
  identifier         = "orders-\${count.index}"
  cluster_identifier = aws_rds_cluster.orders.id
  engine             = aws_rds_cluster.orders.engine
  instance_class     = "db.r6g.large"
}

resource "aws_rds_cluster" "legacy" {
  cluster_identifier          = "legacy-cluster"
  engine                      = "aurora-mysql"
  master_username             = "app"
  manage_master_user_password = true
}

resource "aws_rds_cluster_instance" "legacy" {
  cluster_identifier = "legacy-cluster"
  engine             = "aurora-mysql"
  instance_class     = "db.r6g.large"
}

resource "aws_rds_cluster_instance" "elsewhere" {
  cluster_identifier = "shared-cluster"
  engine             = "aurora-mysql"
  instance_class     = "db.r6g.large"
}

module "analytics" {
  source = "./modules/aurora"
}
`,
      'modules/aurora/main.tf': `
resource "aws_rds_cluster" "this" {
  cluster_identifier          = "analytics"
  engine                      = "aurora-postgresql"
  master_username             = "app"
  manage_master_user_password = true
  storage_encrypted           = true
}

resource "aws_rds_cluster_instance" "writer" {
  cluster_identifier = aws_rds_cluster.this.id
  engine             = "aurora-postgresql"
  instance_class     = "db.r6g.large"
}
`,
    },
    expect: {
      'aws_db_instance.encrypted': { status: 'COMPLIANT', path: ['StorageEncrypted'] },
      'aws_db_instance.replica': { status: 'COMPLIANT', path: ['SourceDBInstanceIdentifier'] },
      'aws_db_instance.defaulted': { status: 'NON_COMPLIANT', messageId: 'notEncrypted', path: [] },
      'aws_db_instance.disabled': { status: 'NON_COMPLIANT', messageId: 'notEncrypted', path: ['StorageEncrypted'] },
      'aws_rds_cluster.orders': 'COMPLIANT',
      'aws_rds_cluster_instance.orders[0]': { status: 'COMPLIANT', path: ['DBClusterIdentifier'] },
      'aws_rds_cluster_instance.orders[1]': { status: 'COMPLIANT', path: ['DBClusterIdentifier'] },
      'aws_rds_cluster.legacy': { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
      'aws_rds_cluster_instance.legacy': { status: 'NON_COMPLIANT', messageId: 'notEncrypted', path: ['DBClusterIdentifier'], messageIncludes: 'aws_rds_cluster.legacy' },
      'aws_rds_cluster_instance.elsewhere': { status: 'INSUFFICIENT_DATA', messageId: 'inherited', messageIncludes: 'shared-cluster' },
      'module.analytics.aws_rds_cluster.this': 'COMPLIANT',
      'module.analytics.aws_rds_cluster_instance.writer': 'COMPLIANT',
    },
  },
  {
    name: 'hcl: encryption from a variable without a default, a data source, and the key of a cluster',
    params: { kmsKeyId: KEY },
    hcl: `
variable "encrypt" {
  type = bool
}

data "aws_ssm_parameter" "encrypt" {
  name = "/platform/rds/encrypt"
}

resource "aws_kms_key" "rds" {}

resource "aws_db_instance" "from_variable" {
  engine            = "postgres"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
  storage_encrypted = var.encrypt
}

resource "aws_rds_cluster" "from_data" {
  engine            = "aurora-postgresql"
  storage_encrypted = data.aws_ssm_parameter.encrypt.value
}

resource "aws_rds_cluster_instance" "from_data" {
  cluster_identifier = aws_rds_cluster.from_data.id
  engine             = "aurora-postgresql"
  instance_class     = "db.r6g.large"
}

resource "aws_rds_cluster" "new_key" {
  engine            = "aurora-postgresql"
  storage_encrypted = true
  kms_key_id        = aws_kms_key.rds.arn
}

resource "aws_db_instance" "right_key" {
  engine            = "postgres"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
  storage_encrypted = true
  kms_key_id        = "${KEY}"
}

resource "aws_db_instance" "managed_key" {
  engine            = "postgres"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
  storage_encrypted = true
}
`,
    expect: {
      'aws_db_instance.from_variable': { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncrypted', path: ['StorageEncrypted'] },
      'aws_rds_cluster.from_data': { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncrypted' },
      'aws_rds_cluster_instance.from_data': { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncrypted', path: ['DBClusterIdentifier'] },
      'aws_rds_cluster.new_key': { status: 'INSUFFICIENT_DATA', messageId: 'unknownKey', path: ['KmsKeyId'] },
      'aws_db_instance.right_key': 'COMPLIANT',
      'aws_db_instance.managed_key': { status: 'NON_COMPLIANT', messageId: 'defaultKey' },
    },
  },
  {
    name: 'hcl: awscc DB instances and clusters',
    hcl: `
resource "awscc_rds_db_cluster" "encrypted" {
  engine            = "aurora-postgresql"
  master_username   = "app"
  storage_encrypted = true
}

resource "awscc_rds_db_instance" "plain" {
  engine            = "postgres"
  db_instance_class = "db.t4g.micro"
  allocated_storage = "20"
  storage_encrypted = false
}

resource "awscc_rds_db_instance" "member" {
  engine                = "aurora-postgresql"
  db_instance_class     = "db.r6g.large"
  db_cluster_identifier = awscc_rds_db_cluster.encrypted.id
}
`,
    expect: {
      'awscc_rds_db_cluster.encrypted': 'COMPLIANT',
      'awscc_rds_db_instance.plain': { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
      'awscc_rds_db_instance.member': { status: 'COMPLIANT', path: ['DBClusterIdentifier'] },
    },
  },
  // Terraform plan JSON: `storage_encrypted` of aws_rds_cluster is optional and computed; unset, it is known only after apply.
  {
    name: 'plan: DB instances, and an Aurora cluster with an instance that refers to it',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_db_instance.encrypted', { allocated_storage: 20, engine: 'postgres', identifier: 'orders', instance_class: 'db.t4g.micro', publicly_accessible: false, replicate_source_db: null, snapshot_identifier: null, storage_encrypted: true, tags: null, username: 'app' }, { arn: true, endpoint: true, id: true, kms_key_id: true, resource_id: true, storage_type: true }),
        created('aws_db_instance.default', { allocated_storage: 20, engine: 'mysql', identifier: 'rds-acme-corp', instance_class: 'db.t3.micro', publicly_accessible: true, replicate_source_db: null, snapshot_identifier: null, storage_encrypted: false, tags: null, username: 'admin' }, { arn: true, endpoint: true, id: true, kms_key_id: true, resource_id: true, storage_type: true }),
        created('aws_rds_cluster.orders', { cluster_identifier: 'orders-cluster', engine: 'aurora-postgresql', engine_mode: 'provisioned', master_username: 'app', storage_encrypted: true, tags: null }, { arn: true, cluster_members: true, endpoint: true, id: true, kms_key_id: true }),
        created('aws_rds_cluster_instance.orders[0]', { engine: 'aurora-postgresql', instance_class: 'db.r6g.large', publicly_accessible: false, tags: null }, { arn: true, cluster_identifier: true, endpoint: true, id: true, identifier: true, kms_key_id: true, storage_encrypted: true }),
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_rds_cluster.orders', mode: 'managed', type: 'aws_rds_cluster', name: 'orders', provider_config_key: 'aws', expressions: { cluster_identifier: { constant_value: 'orders-cluster' }, engine: { constant_value: 'aurora-postgresql' }, storage_encrypted: { constant_value: true } } },
            {
              address: 'aws_rds_cluster_instance.orders', mode: 'managed', type: 'aws_rds_cluster_instance', name: 'orders', provider_config_key: 'aws', count_expression: { constant_value: 1 },
              expressions: { cluster_identifier: { references: ['aws_rds_cluster.orders.id', 'aws_rds_cluster.orders'] }, engine: { constant_value: 'aurora-postgresql' }, instance_class: { constant_value: 'db.r6g.large' } },
            },
          ],
        },
      },
    },
    expect: {
      'aws_db_instance.encrypted': 'COMPLIANT',
      'aws_db_instance.default': { status: 'NON_COMPLIANT', messageId: 'notEncrypted', path: ['StorageEncrypted'] },
      'aws_rds_cluster.orders': 'COMPLIANT',
      'aws_rds_cluster_instance.orders[0]': { status: 'COMPLIANT', path: ['DBClusterIdentifier'] },
    },
  },
  {
    name: 'plan: cluster encryption known only after apply, and a member named by a literal cluster identifier',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_rds_cluster.unset', { cluster_identifier: 'unset', engine: 'aurora-mysql', master_username: 'app', tags: null }, { arn: true, endpoint: true, engine_mode: true, id: true, kms_key_id: true, storage_encrypted: true }),
        created('aws_rds_cluster_instance.unset', { cluster_identifier: 'unset', engine: 'aurora-mysql', instance_class: 'db.r6g.large', tags: null }, { arn: true, endpoint: true, id: true, identifier: true, kms_key_id: true, storage_encrypted: true }),
        created('module.legacy.aws_rds_cluster.this', { cluster_identifier: 'legacy', engine: 'aurora-mysql', master_username: 'app', storage_encrypted: false, tags: null }, { arn: true, endpoint: true, engine_mode: true, id: true, kms_key_id: true }),
        created('module.legacy.aws_rds_cluster_instance.this', { cluster_identifier: 'legacy', engine: 'aurora-mysql', instance_class: 'db.r6g.large', tags: null }, { arn: true, endpoint: true, id: true, identifier: true, kms_key_id: true, storage_encrypted: true }),
      ],
    },
    expect: {
      'aws_rds_cluster.unset': { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncrypted', path: ['StorageEncrypted'] },
      'aws_rds_cluster_instance.unset': { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncrypted', path: ['DBClusterIdentifier'] },
      'module.legacy.aws_rds_cluster.this': { status: 'NON_COMPLIANT', messageId: 'notEncrypted', path: ['StorageEncrypted'] },
      'module.legacy.aws_rds_cluster_instance.this': { status: 'NON_COMPLIANT', messageId: 'notEncrypted', path: ['DBClusterIdentifier'] },
    },
  },
  {
    name: 'a KmsKeyId that names no key is one RDS refuses: not known, never compliant; an alias ARN is a key',
    template: `
Resources:
  Placeholder:${INSTANCE}
      StorageEncrypted: true
      KmsKeyId: your-kms-key
  ByAliasArn:${INSTANCE}
      StorageEncrypted: true
      KmsKeyId: arn:aws:kms:eu-west-1:111122223333:alias/rds
`,
    expect: {
      Placeholder: { status: 'INSUFFICIENT_DATA', messageId: 'unknownKey', messageIncludes: 'is not a KMS key id, key ARN, alias name or alias ARN', path: ['KmsKeyId'] },
      ByAliasArn: 'COMPLIANT',
    },
  },
  {
    name: 'hcl: a kms_key_id that names no key',
    hcl: `
resource "aws_db_instance" "placeholder" {
  identifier        = "placeholder"
  engine            = "postgres"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
  storage_encrypted = true
  kms_key_id        = "kms_id"
}
`,
    expect: { 'aws_db_instance.placeholder': { status: 'INSUFFICIENT_DATA', messageIncludes: 'is not a KMS key id, key ARN, alias name or alias ARN' } },
  },
] satisfies RuleCase[];
