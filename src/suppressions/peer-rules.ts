/**
 * The checks of other scanners that decide the same control as a Tosei rule, so that a suppression
 * a team already wrote for them (`Metadata.cfn_nag.rules_to_suppress`, `#checkov:skip=…`, …)
 * suppresses the Tosei finding too. Each id was checked against the peer's own rule source or
 * documentation: cfn_nag's `lib/cfn-nag/custom_rules/*.rb` (rule_id, rule_text), checkov's check
 * classes (id, name), trivy's / tfsec's check registry (AVDID with its tfsec long id), and
 * cdk-nag's RULES.md (AwsSolutions pack: rule id and cause).
 * An id that is not here suppresses nothing in Tosei.
 */

export const PEER_TOOLS = ['cfn_nag', 'checkov', 'cfn-lint', 'trivy', 'cdk-nag'] as const;
export type PeerTool = (typeof PEER_TOOLS)[number];

export interface PeerRule {
  tool: PeerTool;
  /** The peer's id: `W35`, `CKV_AWS_18`, `AVD-AWS-0089`. */
  id: string;
  /** Other ids of the same check: tfsec's long id (`aws-s3-enable-bucket-logging`) for a trivy AVD id. */
  aliases?: readonly string[];
  title: string;
  /** The Tosei rules that decide the same control; empty when none does. */
  tosei: readonly string[];
}

const SECURITY_GROUP_OPEN = ['INCOMING_SSH_DISABLED', 'RESTRICTED_INCOMING_TRAFFIC', 'VPC_SG_OPEN_ONLY_TO_AUTHORIZED_PORTS'];

export const PEER_RULES: readonly PeerRule[] = [
  { tool: 'cfn_nag', id: 'F1', title: 'EBS volume should have server-side encryption enabled', tosei: ['ENCRYPTED_VOLUMES'] },
  { tool: 'cfn_nag', id: 'F19', title: 'EnableKeyRotation should not be false or absent on KMS::Key resource', tosei: ['CMK_BACKING_KEY_ROTATION_ENABLED'] },
  { tool: 'cfn_nag', id: 'F22', title: 'RDS instance should not be publicly accessible', tosei: ['RDS_INSTANCE_PUBLIC_ACCESS_CHECK'] },
  { tool: 'cfn_nag', id: 'F25', title: 'ElastiCache ReplicationGroup should have encryption enabled for at rest', tosei: ['ELASTICACHE_REPL_GRP_ENCRYPTED_AT_REST'] },
  { tool: 'cfn_nag', id: 'F26', title: 'RDS DBInstance / DBCluster should have StorageEncrypted enabled', tosei: ['RDS_STORAGE_ENCRYPTED', 'RDS_CLUSTER_ENCRYPTED_AT_REST'] },
  { tool: 'cfn_nag', id: 'F27', title: 'EFS FileSystem should have encryption enabled', tosei: ['EFS_ENCRYPTED_CHECK'] },
  { tool: 'cfn_nag', id: 'F28', title: 'Redshift Cluster should have encryption enabled', tosei: ['REDSHIFT_CLUSTER_KMS_ENABLED'] },
  { tool: 'cfn_nag', id: 'F30', title: 'Neptune database cluster storage should have encryption enabled', tosei: ['NEPTUNE_CLUSTER_ENCRYPTED'] },
  { tool: 'cfn_nag', id: 'F33', title: 'ElastiCache ReplicationGroup should have encryption enabled for in transit', tosei: ['ELASTICACHE_REPL_GRP_ENCRYPTED_IN_TRANSIT'] },
  { tool: 'cfn_nag', id: 'W2', title: 'Security Groups found with cidr open to world on ingress', tosei: SECURITY_GROUP_OPEN },
  { tool: 'cfn_nag', id: 'W10', title: 'CloudFront Distribution should enable access logging', tosei: [] },
  { tool: 'cfn_nag', id: 'W35', title: 'S3 Bucket should have access logging configured', tosei: ['S3_BUCKET_LOGGING_ENABLED'] },
  { tool: 'cfn_nag', id: 'W47', title: 'SNS Topic should specify KmsMasterKeyId property', tosei: ['SNS_ENCRYPTED_KMS'] },
  { tool: 'cfn_nag', id: 'W48', title: 'SQS Queue should specify KmsMasterKeyId property', tosei: ['SQS_QUEUE_ENCRYPTED_KMS'] },
  { tool: 'cfn_nag', id: 'W49', title: 'Kinesis Stream should specify StreamEncryption', tosei: ['KINESIS_STREAM_ENCRYPTED'] },
  { tool: 'cfn_nag', id: 'W52', title: 'Elastic Load Balancer V2 should have access logging enabled', tosei: [] },
  { tool: 'cfn_nag', id: 'W54', title: 'Elasticsearch domain should specify EncryptionAtRestOptions', tosei: ['ELASTICSEARCH_ENCRYPTED_AT_REST'] },
  { tool: 'cfn_nag', id: 'W74', title: 'DynamoDB table should have encryption enabled using a CMK stored in KMS', tosei: ['DYNAMODB_TABLE_ENCRYPTED_KMS'] },
  { tool: 'cfn_nag', id: 'W77', title: 'Secrets Manager Secret should explicitly specify KmsKeyId', tosei: ['SECRETSMANAGER_USING_CMK'] },
  { tool: 'cfn_nag', id: 'W78', title: 'DynamoDB table should have backup enabled (PointInTimeRecoveryEnabled)', tosei: ['DYNAMODB_PITR_ENABLED'] },
  { tool: 'cfn_nag', id: 'W79', title: 'ECR Repository should have scanOnPush enabled', tosei: [] },
  { tool: 'cfn_nag', id: 'W83', title: 'DynamoDB Accelerator (DAX) Cluster should have encryption enabled', tosei: ['DAX_ENCRYPTION_ENABLED'] },
  { tool: 'cfn_nag', id: 'W85', title: 'Elasticsearch domain should have NodeToNodeEncryptionOptions enabled', tosei: ['ELASTICSEARCH_NODE_TO_NODE_ENCRYPTION_CHECK'] },
  { tool: 'cfn_nag', id: 'W90', title: 'Elasticsearch domain should be inside VPC (VPCOptions)', tosei: ['ELASTICSEARCH_IN_VPC_ONLY'] },
  { tool: 'cfn_nag', id: 'W91', title: 'DMS replication instances should not be public (PubliclyAccessible false)', tosei: ['DMS_REPLICATION_NOT_PUBLIC'] },

  { tool: 'checkov', id: 'CKV_AWS_3', title: 'Ensure all data stored in the EBS is securely encrypted', tosei: ['ENCRYPTED_VOLUMES'] },
  { tool: 'checkov', id: 'CKV_AWS_7', title: 'Ensure rotation for customer created CMKs is enabled', tosei: ['CMK_BACKING_KEY_ROTATION_ENABLED'] },
  { tool: 'checkov', id: 'CKV_AWS_16', title: 'Ensure all data stored in the RDS is securely encrypted at rest', tosei: ['RDS_STORAGE_ENCRYPTED'] },
  { tool: 'checkov', id: 'CKV_AWS_17', title: 'Ensure all data stored in RDS is not publicly accessible', tosei: ['RDS_INSTANCE_PUBLIC_ACCESS_CHECK'] },
  { tool: 'checkov', id: 'CKV_AWS_18', title: 'Ensure the S3 bucket has access logging enabled', tosei: ['S3_BUCKET_LOGGING_ENABLED'] },
  { tool: 'checkov', id: 'CKV_AWS_19', title: 'Ensure the S3 bucket has server-side-encryption enabled', tosei: ['S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED'] },
  { tool: 'checkov', id: 'CKV_AWS_24', title: 'Ensure no security groups allow ingress from 0.0.0.0:0 to port 22', tosei: ['INCOMING_SSH_DISABLED'] },
  { tool: 'checkov', id: 'CKV_AWS_26', title: 'Ensure all data stored in the SNS topic is encrypted', tosei: ['SNS_ENCRYPTED_KMS'] },
  { tool: 'checkov', id: 'CKV_AWS_27', title: 'Ensure all data stored in the SQS queue is encrypted', tosei: ['SQS_QUEUE_ENCRYPTED_KMS'] },
  { tool: 'checkov', id: 'CKV_AWS_28', title: 'Ensure DynamoDB point in time recovery (backup) is enabled', tosei: ['DYNAMODB_PITR_ENABLED'] },
  { tool: 'checkov', id: 'CKV_AWS_53', title: 'Ensure S3 bucket has block public ACLS enabled', tosei: ['S3_BUCKET_LEVEL_PUBLIC_ACCESS_PROHIBITED'] },

  { tool: 'trivy', id: 'AVD-AWS-0065', aliases: ['aws-kms-auto-rotate-keys'], title: 'A KMS key is not configured to auto-rotate', tosei: ['CMK_BACKING_KEY_ROTATION_ENABLED'] },
  { tool: 'trivy', id: 'AVD-AWS-0088', title: 'Unencrypted S3 bucket (no default server-side encryption)', tosei: ['S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED'] },
  { tool: 'trivy', id: 'AVD-AWS-0089', aliases: ['aws-s3-enable-bucket-logging'], title: 'S3 Bucket does not have logging enabled', tosei: ['S3_BUCKET_LOGGING_ENABLED'] },
  { tool: 'trivy', id: 'AVD-AWS-0095', aliases: ['aws-sns-enable-topic-encryption'], title: 'Unencrypted SNS topic', tosei: ['SNS_ENCRYPTED_KMS'] },
  { tool: 'trivy', id: 'AVD-AWS-0096', aliases: ['aws-sqs-enable-queue-encryption'], title: 'Unencrypted SQS queue', tosei: ['SQS_QUEUE_ENCRYPTED_KMS'] },

  { tool: 'cdk-nag', id: 'AwsSolutions-AEC3', title: 'The ElastiCache Redis cluster does not have both encryption in transit and at rest enabled', tosei: ['ELASTICACHE_REPL_GRP_ENCRYPTED_AT_REST', 'ELASTICACHE_REPL_GRP_ENCRYPTED_IN_TRANSIT'] },
  { tool: 'cdk-nag', id: 'AwsSolutions-DDB3', title: 'The DynamoDB table does not have Point-in-time Recovery enabled', tosei: ['DYNAMODB_PITR_ENABLED'] },
  { tool: 'cdk-nag', id: 'AwsSolutions-OS8', title: 'The OpenSearch Service domain does not have encryption at rest enabled', tosei: ['OPENSEARCH_ENCRYPTED_AT_REST'] },
  { tool: 'cdk-nag', id: 'AwsSolutions-RDS2', title: 'The RDS instance or Aurora DB cluster does not have storage encryption enabled', tosei: ['RDS_STORAGE_ENCRYPTED', 'RDS_CLUSTER_ENCRYPTED_AT_REST'] },
  { tool: 'cdk-nag', id: 'AwsSolutions-RDS6', title: 'The RDS Aurora MySQL/PostgresSQL cluster does not have IAM Database Authentication enabled', tosei: ['RDS_CLUSTER_IAM_AUTHENTICATION_ENABLED'] },
  { tool: 'cdk-nag', id: 'AwsSolutions-RDS10', title: 'The RDS instance or Aurora DB cluster does not have deletion protection enabled', tosei: ['RDS_INSTANCE_DELETION_PROTECTION_ENABLED', 'RDS_CLUSTER_DELETION_PROTECTION_ENABLED'] },
  { tool: 'cdk-nag', id: 'AwsSolutions-RDS13', title: 'The RDS instance is not configured for automated backups', tosei: ['DB_INSTANCE_BACKUP_ENABLED'] },
  { tool: 'cdk-nag', id: 'AwsSolutions-RDS14', title: 'The RDS Aurora MySQL cluster does not have Backtrack enabled', tosei: ['AURORA_MYSQL_BACKTRACKING_ENABLED'] },
  { tool: 'cdk-nag', id: 'AwsSolutions-RS1', title: 'The Redshift cluster does not require TLS/SSL encryption', tosei: ['REDSHIFT_REQUIRE_TLS_SSL'] },
  { tool: 'cdk-nag', id: 'AwsSolutions-RS3', title: 'The Redshift cluster uses the default "awsuser" username', tosei: ['REDSHIFT_DEFAULT_ADMIN_CHECK'] },
  { tool: 'cdk-nag', id: 'AwsSolutions-RS6', title: 'The Redshift cluster does not have encryption at rest enabled', tosei: ['REDSHIFT_CLUSTER_KMS_ENABLED'] },
  { tool: 'cdk-nag', id: 'AwsSolutions-RS8', title: 'The Redshift cluster is publicly accessible', tosei: ['REDSHIFT_CLUSTER_PUBLIC_ACCESS_CHECK'] },
  { tool: 'cdk-nag', id: 'AwsSolutions-S1', title: 'The S3 Bucket has server access logs disabled', tosei: ['S3_BUCKET_LOGGING_ENABLED'] },
  { tool: 'cdk-nag', id: 'AwsSolutions-S2', title: 'The S3 Bucket does not have public access restricted and blocked', tosei: ['S3_BUCKET_LEVEL_PUBLIC_ACCESS_PROHIBITED'] },
  { tool: 'cdk-nag', id: 'AwsSolutions-S3', title: 'The S3 Bucket does not have default encryption enabled', tosei: ['S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED'] },
  { tool: 'cdk-nag', id: 'AwsSolutions-S10', title: 'The S3 Bucket does not require requests to use SSL', tosei: [] },
  { tool: 'cdk-nag', id: 'AwsSolutions-SMG4', title: 'The secret does not have automatic rotation scheduled', tosei: ['SECRETSMANAGER_ROTATION_ENABLED_CHECK'] },
  { tool: 'cdk-nag', id: 'AwsSolutions-SNS2', title: 'The SNS Topic does not have server-side encryption enabled', tosei: ['SNS_ENCRYPTED_KMS'] },
  { tool: 'cdk-nag', id: 'AwsSolutions-SQS2', title: 'The SQS Queue does not have server-side encryption enabled', tosei: ['SQS_QUEUE_ENCRYPTED_KMS'] },
  { tool: 'cdk-nag', id: 'AwsSolutions-SQS3', title: 'The SQS queue does not have a dead-letter queue (DLQ) enabled', tosei: [] },
  { tool: 'cdk-nag', id: 'AwsSolutions-VPC7', title: 'The VPC does not have an associated Flow Log', tosei: ['VPC_FLOW_LOGS_ENABLED'] },
];

/** Peers whose ids never name a Tosei control: cfn-lint checks that a template is valid, not what it allows. */
export const UNMAPPED_TOOLS: Readonly<Partial<Record<PeerTool, string>>> = {
  'cfn-lint': 'every id (E…, W…, I…): cfn-lint validates templates against the CloudFormation schema; Tosei has no rule for that',
};

/** Where a suppression comes from: a peer, as its users write it (`tfsec` ids are trivy's). */
export type ForeignSource = PeerTool | 'tfsec';

const BY_ID = new Map<string, PeerRule>();
for (const rule of PEER_RULES) {
  for (const id of [rule.id, ...(rule.aliases ?? [])]) BY_ID.set(`${rule.tool}:${id.toLowerCase()}`, rule);
}

/** The peer rule a suppression names; tfsec and trivy share ids (AVD ids and tfsec's long ids). */
export function peerRule(source: ForeignSource, id: string): PeerRule | undefined {
  const tool: PeerTool = source === 'tfsec' ? 'trivy' : source;
  return BY_ID.get(`${tool}:${id.trim().toLowerCase()}`);
}

/** The peer ids in the table that no Tosei rule corresponds to. */
export function unmappedPeerRules(): PeerRule[] {
  return PEER_RULES.filter((rule) => rule.tosei.length === 0);
}
