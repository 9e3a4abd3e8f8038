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
  // cfn_nag's rules; those with a Tosei rule are compared with Tosei on cfn_nag's own test templates (test/peer-cfn-nag.test.ts), except W2.
  { tool: 'cfn_nag', id: 'F1', title: 'EBS volume should have server-side encryption enabled', tosei: ['ENCRYPTED_VOLUMES'] },
  // F10 is the user's own inline Policies (F11 an AWS::IAM::Policy on users, F12 managed policies): the inline-policy control.
  { tool: 'cfn_nag', id: 'F10', title: 'IAM user should not have any inline policies', tosei: ['IAM_NO_INLINE_POLICY_CHECK'] },
  { tool: 'cfn_nag', id: 'F14', title: 'S3 Bucket should not have a public read-write acl', tosei: ['S3_BUCKET_PUBLIC_WRITE_PROHIBITED'] },
  { tool: 'cfn_nag', id: 'F19', title: 'EnableKeyRotation should not be false or absent on KMS::Key resource', tosei: ['CMK_BACKING_KEY_ROTATION_ENABLED'] },
  { tool: 'cfn_nag', id: 'F22', title: 'RDS instance should not be publicly accessible', tosei: ['RDS_INSTANCE_PUBLIC_ACCESS_CHECK'] },
  { tool: 'cfn_nag', id: 'F25', title: 'ElastiCache ReplicationGroup should have encryption enabled for at rest', tosei: ['ELASTICACHE_REPL_GRP_ENCRYPTED_AT_REST'] },
  { tool: 'cfn_nag', id: 'F26', title: 'RDS DBInstance / DBCluster should have StorageEncrypted enabled', tosei: ['RDS_STORAGE_ENCRYPTED', 'RDS_CLUSTER_ENCRYPTED_AT_REST'] },
  { tool: 'cfn_nag', id: 'F27', title: 'EFS FileSystem should have encryption enabled', tosei: ['EFS_ENCRYPTED_CHECK'] },
  { tool: 'cfn_nag', id: 'F28', title: 'Redshift Cluster should have encryption enabled', tosei: ['REDSHIFT_CLUSTER_KMS_ENABLED'] },
  { tool: 'cfn_nag', id: 'F30', title: 'Neptune database cluster storage should have encryption enabled', tosei: ['NEPTUNE_CLUSTER_ENCRYPTED'] },
  { tool: 'cfn_nag', id: 'F33', title: 'ElastiCache ReplicationGroup should have encryption enabled for in transit', tosei: ['ELASTICACHE_REPL_GRP_ENCRYPTED_IN_TRANSIT'] },
  { tool: 'cfn_nag', id: 'F80', title: 'RDS instance should have deletion protection enabled', tosei: ['RDS_INSTANCE_DELETION_PROTECTION_ENABLED'] },
  { tool: 'cfn_nag', id: 'W2', title: 'Security Groups found with cidr open to world on ingress', tosei: SECURITY_GROUP_OPEN },
  { tool: 'cfn_nag', id: 'W10', title: 'CloudFront Distribution should enable access logging', tosei: ['CLOUDFRONT_ACCESSLOGS_ENABLED'] },
  { tool: 'cfn_nag', id: 'W26', title: 'Elastic Load Balancer should have access logging enabled', tosei: ['ELB_LOGGING_ENABLED'] },
  { tool: 'cfn_nag', id: 'W31', title: 'S3 Bucket likely should not have a public read acl', tosei: ['S3_BUCKET_PUBLIC_READ_PROHIBITED'] },
  { tool: 'cfn_nag', id: 'W33', title: 'EC2 Subnet should not have MapPublicIpOnLaunch set to true', tosei: ['SUBNET_AUTO_ASSIGN_PUBLIC_IP_DISABLED'] },
  { tool: 'cfn_nag', id: 'W35', title: 'S3 Bucket should have access logging configured', tosei: ['S3_BUCKET_LOGGING_ENABLED'] },
  { tool: 'cfn_nag', id: 'W41', title: 'S3 Bucket should have encryption option set', tosei: ['S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED'] },
  { tool: 'cfn_nag', id: 'W46', title: 'ApiGateway V2 should have access logging configured', tosei: ['API_GWV2_ACCESS_LOGS_ENABLED'] },
  { tool: 'cfn_nag', id: 'W47', title: 'SNS Topic should specify KmsMasterKeyId property', tosei: ['SNS_ENCRYPTED_KMS'] },
  { tool: 'cfn_nag', id: 'W48', title: 'SQS Queue should specify KmsMasterKeyId property', tosei: ['SQS_QUEUE_ENCRYPTED_KMS'] },
  { tool: 'cfn_nag', id: 'W49', title: 'Kinesis Stream should specify StreamEncryption', tosei: ['KINESIS_STREAM_ENCRYPTED'] },
  { tool: 'cfn_nag', id: 'W52', title: 'Elastic Load Balancer V2 should have access logging enabled', tosei: ['ELB_LOGGING_ENABLED'] },
  { tool: 'cfn_nag', id: 'W54', title: 'Elasticsearch domain should specify EncryptionAtRestOptions', tosei: ['ELASTICSEARCH_ENCRYPTED_AT_REST'] },
  { tool: 'cfn_nag', id: 'W74', title: 'DynamoDB table should have encryption enabled using a CMK stored in KMS', tosei: ['DYNAMODB_TABLE_ENCRYPTED_KMS'] },
  { tool: 'cfn_nag', id: 'W75', title: 'RDS instance should have backup retention period greater than 0', tosei: ['DB_INSTANCE_BACKUP_ENABLED'] },
  { tool: 'cfn_nag', id: 'W77', title: 'Secrets Manager Secret should explicitly specify KmsKeyId', tosei: ['SECRETSMANAGER_USING_CMK'] },
  { tool: 'cfn_nag', id: 'W78', title: 'DynamoDB table should have backup enabled (PointInTimeRecoveryEnabled)', tosei: ['DYNAMODB_PITR_ENABLED'] },
  { tool: 'cfn_nag', id: 'W79', title: 'ECR Repository should have scanOnPush enabled', tosei: ['ECR_PRIVATE_IMAGE_SCANNING_ENABLED'] },
  { tool: 'cfn_nag', id: 'W82', title: 'EKS Cluster EncryptionConfig Provider should specify KeyArn to enable Encryption', tosei: ['EKS_SECRETS_ENCRYPTED'] },
  { tool: 'cfn_nag', id: 'W83', title: 'DynamoDB Accelerator (DAX) Cluster should have encryption enabled', tosei: ['DAX_ENCRYPTION_ENABLED'] },
  { tool: 'cfn_nag', id: 'W84', title: 'CloudWatchLogs LogGroup should specify a KMS Key Id to encrypt the log data', tosei: ['CLOUDWATCH_LOG_GROUP_ENCRYPTED'] },
  // cfn_nag's W85 reads AWS::Elasticsearch::Domain only.
  { tool: 'cfn_nag', id: 'W85', title: 'Elasticsearch domain should have NodeToNodeEncryptionOptions enabled', tosei: ['ELASTICSEARCH_NODE_TO_NODE_ENCRYPTION_CHECK'] },
  { tool: 'cfn_nag', id: 'W89', title: 'Lambda functions should be deployed inside a VPC', tosei: ['LAMBDA_INSIDE_VPC'] },
  { tool: 'cfn_nag', id: 'W90', title: 'Elasticsearch domain should be inside VPC (VPCOptions)', tosei: ['ELASTICSEARCH_IN_VPC_ONLY'] },
  { tool: 'cfn_nag', id: 'W91', title: 'DMS replication instances should not be public (PubliclyAccessible false)', tosei: ['DMS_REPLICATION_NOT_PUBLIC'] },

  // checkov's CloudFormation checks, each compared with Tosei on checkov's own test templates (test/peer-checkov-cloudformation.test.ts).
  { tool: 'checkov', id: 'CKV_AWS_20', title: 'Ensure the S3 bucket does not allow READ permissions to everyone', tosei: ['S3_BUCKET_PUBLIC_READ_PROHIBITED'] },
  { tool: 'checkov', id: 'CKV_AWS_21', title: 'Ensure the S3 bucket has versioning enabled', tosei: ['S3_BUCKET_VERSIONING_ENABLED'] },
  { tool: 'checkov', id: 'CKV_AWS_29', title: 'Ensure all data stored in the ElastiCache replication group is securely encrypted at rest', tosei: ['ELASTICACHE_REPL_GRP_ENCRYPTED_AT_REST'] },
  { tool: 'checkov', id: 'CKV_AWS_30', title: 'Ensure all data stored in the ElastiCache replication group is securely encrypted in transit', tosei: ['ELASTICACHE_REPL_GRP_ENCRYPTED_IN_TRANSIT'] },
  { tool: 'checkov', id: 'CKV_AWS_34', title: 'Ensure CloudFront distribution ViewerProtocolPolicy is set to HTTPS', tosei: ['CLOUDFRONT_VIEWER_POLICY_HTTPS'] },
  { tool: 'checkov', id: 'CKV_AWS_36', title: 'Ensure CloudTrail log file validation is enabled', tosei: ['CLOUD_TRAIL_LOG_FILE_VALIDATION_ENABLED'] },
  { tool: 'checkov', id: 'CKV_AWS_40', title: 'Ensure IAM policies are attached only to groups or roles', tosei: ['IAM_USER_NO_POLICIES_CHECK'] },
  { tool: 'checkov', id: 'CKV_AWS_44', title: 'Ensure Neptune storage is securely encrypted', tosei: ['NEPTUNE_CLUSTER_ENCRYPTED'] },
  { tool: 'checkov', id: 'CKV_AWS_57', title: 'Ensure the S3 bucket does not allow WRITE permissions to everyone', tosei: ['S3_BUCKET_PUBLIC_WRITE_PROHIBITED'] },
  { tool: 'checkov', id: 'CKV_AWS_58', title: 'Ensure EKS Cluster has Secrets Encryption Enabled', tosei: ['EKS_SECRETS_ENCRYPTED'] },
  { tool: 'checkov', id: 'CKV_AWS_64', title: 'Ensure all data stored in the Redshift cluster is securely encrypted at rest', tosei: ['REDSHIFT_CLUSTER_KMS_ENABLED'] },
  { tool: 'checkov', id: 'CKV_AWS_65', title: 'Ensure container insights are enabled on ECS cluster', tosei: ['ECS_CONTAINER_INSIGHTS_ENABLED'] },
  { tool: 'checkov', id: 'CKV_AWS_68', title: 'CloudFront Distribution should have WAF enabled', tosei: ['CLOUDFRONT_ASSOCIATED_WITH_WAF'] },
  { tool: 'checkov', id: 'CKV_AWS_73', title: 'Ensure API Gateway has X-Ray Tracing enabled', tosei: ['API_GW_XRAY_ENABLED'] },
  { tool: 'checkov', id: 'CKV_AWS_74', title: 'Ensure DocDB is encrypted at rest (default is unencrypted)', tosei: ['DOCDB_CLUSTER_ENCRYPTED'] },
  // CKV_AWS_76 also covers REST API stages' access logs, which no Tosei rule decides.
  { tool: 'checkov', id: 'CKV_AWS_76', title: 'Ensure API Gateway has Access Logging enabled', tosei: ['API_GWV2_ACCESS_LOGS_ENABLED'] },
  { tool: 'checkov', id: 'CKV_AWS_86', title: 'Ensure CloudFront distribution has Access Logging enabled', tosei: ['CLOUDFRONT_ACCESSLOGS_ENABLED'] },
  { tool: 'checkov', id: 'CKV_AWS_87', title: 'Redshift cluster should not be publicly accessible', tosei: ['REDSHIFT_CLUSTER_PUBLIC_ACCESS_CHECK'] },
  { tool: 'checkov', id: 'CKV_AWS_89', title: 'DMS replication instance should not be publicly accessible', tosei: ['DMS_REPLICATION_NOT_PUBLIC'] },
  { tool: 'checkov', id: 'CKV_AWS_92', title: 'Ensure the ELB has access logging enabled', tosei: ['ELB_LOGGING_ENABLED'] },
  { tool: 'checkov', id: 'CKV_AWS_96', title: 'Ensure all data stored in Aurora is securely encrypted at rest', tosei: ['RDS_CLUSTER_ENCRYPTED_AT_REST'] },
  { tool: 'checkov', id: 'CKV_AWS_116', title: 'Ensure that AWS Lambda function is configured for a Dead Letter Queue (DLQ)', tosei: ['LAMBDA_DLQ_CHECK'] },
  { tool: 'checkov', id: 'CKV_AWS_117', title: 'Ensure that AWS Lambda function is configured inside a VPC', tosei: ['LAMBDA_INSIDE_VPC'] },
  { tool: 'checkov', id: 'CKV_AWS_118', title: 'Ensure that enhanced monitoring is enabled for Amazon RDS instances', tosei: ['RDS_ENHANCED_MONITORING_ENABLED'] },
  { tool: 'checkov', id: 'CKV_AWS_163', title: 'Ensure ECR image scanning on push is enabled', tosei: ['ECR_PRIVATE_IMAGE_SCANNING_ENABLED'] },
  { tool: 'checkov', id: 'CKV_AWS_3', title: 'Ensure all data stored in the EBS is securely encrypted', tosei: ['ENCRYPTED_VOLUMES'] },
  { tool: 'checkov', id: 'CKV_AWS_7', title: 'Ensure rotation for customer created CMKs is enabled', tosei: ['CMK_BACKING_KEY_ROTATION_ENABLED'] },
  { tool: 'checkov', id: 'CKV_AWS_16', title: 'Ensure all data stored in the RDS is securely encrypted at rest', tosei: ['RDS_STORAGE_ENCRYPTED'] },
  { tool: 'checkov', id: 'CKV_AWS_17', title: 'Ensure all data stored in RDS is not publicly accessible', tosei: ['RDS_INSTANCE_PUBLIC_ACCESS_CHECK'] },
  { tool: 'checkov', id: 'CKV_AWS_18', title: 'Ensure the S3 bucket has access logging enabled', tosei: ['S3_BUCKET_LOGGING_ENABLED'] },
  { tool: 'checkov', id: 'CKV_AWS_19', title: 'Ensure the S3 bucket has server-side-encryption enabled', tosei: ['S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED'] },
  { tool: 'checkov', id: 'CKV_AWS_24', title: 'Ensure no security groups allow ingress from 0.0.0.0:0 to port 22', tosei: ['INCOMING_SSH_DISABLED'] },
  // RESTRICTED_INCOMING_TRAFFIC (restricted-common-ports, port 3389 among them) judges 0.0.0.0/0 only; vpc-sg-port-restriction-check also ::/0.
  { tool: 'checkov', id: 'CKV_AWS_25', title: 'Ensure no security groups allow ingress from 0.0.0.0:0 to port 3389', tosei: ['VPC_SG_PORT_RESTRICTION_CHECK', 'RESTRICTED_INCOMING_TRAFFIC'] },
  { tool: 'checkov', id: 'CKV_AWS_26', title: 'Ensure all data stored in the SNS topic is encrypted', tosei: ['SNS_ENCRYPTED_KMS'] },
  { tool: 'checkov', id: 'CKV_AWS_27', title: 'Ensure all data stored in the SQS queue is encrypted', tosei: ['SQS_QUEUE_ENCRYPTED_KMS'] },
  { tool: 'checkov', id: 'CKV_AWS_28', title: 'Ensure DynamoDB point in time recovery (backup) is enabled', tosei: ['DYNAMODB_PITR_ENABLED'] },
  { tool: 'checkov', id: 'CKV_AWS_31', title: 'Ensure all data stored in the Elasticache Replication Group is securely encrypted at transit and has auth token', tosei: ['ELASTICACHE_REPL_GRP_ENCRYPTED_IN_TRANSIT', 'ELASTICACHE_REPL_GRP_REDIS_AUTH_ENABLED'] },
  { tool: 'checkov', id: 'CKV_AWS_120', title: 'Ensure API Gateway caching is enabled', tosei: ['API_GW_CACHE_ENABLED_AND_ENCRYPTED'] },
  { tool: 'checkov', id: 'CKV2_AWS_20', title: 'Ensure that ALB redirects HTTP requests into HTTPS ones', tosei: ['ALB_HTTP_TO_HTTPS_REDIRECTION_CHECK'] },
  { tool: 'checkov', id: 'CKV_AWS_53', title: 'Ensure S3 bucket has block public ACLS enabled', tosei: ['S3_BUCKET_LEVEL_PUBLIC_ACCESS_PROHIBITED'] },
  // Terraform checks (checkov/terraform/checks/resource/aws), compared on checkov's own examples in test/peer-checkov-terraform.test.ts.
  { tool: 'checkov', id: 'CKV_AWS_5', title: 'Ensure all data stored in the Elasticsearch is securely encrypted at rest', tosei: ['ELASTICSEARCH_ENCRYPTED_AT_REST', 'OPENSEARCH_ENCRYPTED_AT_REST'] },
  { tool: 'checkov', id: 'CKV_AWS_6', title: 'Ensure all Elasticsearch has node-to-node encryption enabled', tosei: ['ELASTICSEARCH_NODE_TO_NODE_ENCRYPTION_CHECK', 'OPENSEARCH_NODE_TO_NODE_ENCRYPTION_CHECK'] },
  { tool: 'checkov', id: 'CKV_AWS_35', title: 'Ensure CloudTrail logs are encrypted at rest using KMS CMKs', tosei: ['CLOUD_TRAIL_ENCRYPTION_ENABLED'] },
  { tool: 'checkov', id: 'CKV_AWS_37', title: 'Ensure Amazon EKS control plane logging is enabled for all log types', tosei: ['EKS_CLUSTER_LOGGING_ENABLED'] },
  { tool: 'checkov', id: 'CKV_AWS_39', title: 'Ensure Amazon EKS public endpoint disabled', tosei: ['EKS_ENDPOINT_NO_PUBLIC_ACCESS'] },
  { tool: 'checkov', id: 'CKV_AWS_42', title: 'Ensure EFS is securely encrypted', tosei: ['EFS_ENCRYPTED_CHECK'] },
  { tool: 'checkov', id: 'CKV_AWS_43', title: 'Ensure Kinesis Stream is securely encrypted', tosei: ['KINESIS_STREAM_ENCRYPTED'] },
  { tool: 'checkov', id: 'CKV_AWS_47', title: 'Ensure DAX is encrypted at rest (default is unencrypted)', tosei: ['DAX_ENCRYPTION_ENABLED'] },
  { tool: 'checkov', id: 'CKV_AWS_51', title: 'Ensure ECR Image Tags are immutable', tosei: ['ECR_PRIVATE_TAG_IMMUTABILITY_ENABLED'] },
  { tool: 'checkov', id: 'CKV_AWS_62', title: 'Ensure IAM policies that allow full "*-*" administrative privileges are not created', tosei: ['IAM_POLICY_NO_STATEMENTS_WITH_ADMIN_ACCESS'] },
  { tool: 'checkov', id: 'CKV_AWS_79', title: 'Ensure Instance Metadata Service Version 1 is not enabled', tosei: ['EC2_IMDSV2_CHECK', 'EC2_LAUNCH_TEMPLATE_IMDSV2_CHECK', 'AUTOSCALING_LAUNCHCONFIG_REQUIRES_IMDSV2'] },
  { tool: 'checkov', id: 'CKV_AWS_83', title: 'Ensure Elasticsearch Domain enforces HTTPS', tosei: ['OPENSEARCH_HTTPS_REQUIRED'] },
  { tool: 'checkov', id: 'CKV_AWS_84', title: 'Ensure Elasticsearch Domain Logging is enabled', tosei: ['ELASTICSEARCH_LOGS_TO_CLOUDWATCH', 'OPENSEARCH_LOGS_TO_CLOUDWATCH'] },
  { tool: 'checkov', id: 'CKV_AWS_88', title: 'EC2 instance should not have public IP', tosei: ['EC2_INSTANCE_NO_PUBLIC_IP', 'EC2_LAUNCH_TEMPLATE_PUBLIC_IP_DISABLED'] },
  { tool: 'checkov', id: 'CKV_AWS_91', title: 'Ensure the ELBv2 (Application/Network) has access logging enabled', tosei: ['ELB_LOGGING_ENABLED'] },
  { tool: 'checkov', id: 'CKV_AWS_106', title: 'Ensure EBS default encryption is enabled', tosei: ['EC2_EBS_ENCRYPTION_BY_DEFAULT'] },
  { tool: 'checkov', id: 'CKV_AWS_119', title: 'Ensure DynamoDB Tables are encrypted using a KMS Customer Managed CMK', tosei: ['DYNAMODB_TABLE_ENCRYPTED_KMS'] },
  { tool: 'checkov', id: 'CKV_AWS_129', title: 'Ensure that respective logs of Amazon RDS are enabled', tosei: ['RDS_LOGGING_ENABLED'] },
  { tool: 'checkov', id: 'CKV_AWS_131', title: 'Ensure that ALB drops HTTP headers', tosei: ['ALB_HTTP_DROP_INVALID_HEADER_ENABLED'] },
  { tool: 'checkov', id: 'CKV_AWS_133', title: 'Ensure that RDS instances has backup policy', tosei: ['DB_INSTANCE_BACKUP_ENABLED'] },
  { tool: 'checkov', id: 'CKV_AWS_134', title: 'Ensure that Amazon ElastiCache Redis clusters have automatic backup turned on', tosei: ['ELASTICACHE_REDIS_CLUSTER_AUTOMATIC_BACKUP_CHECK'] },
  { tool: 'checkov', id: 'CKV_AWS_137', title: 'Ensure that Elasticsearch is configured inside a VPC', tosei: ['ELASTICSEARCH_IN_VPC_ONLY', 'OPENSEARCH_IN_VPC_ONLY'] },
  { tool: 'checkov', id: 'CKV_AWS_143', title: 'Ensure that S3 bucket has lock configuration enabled by default', tosei: ['S3_BUCKET_DEFAULT_LOCK_ENABLED'] },
  { tool: 'checkov', id: 'CKV_AWS_149', title: 'Ensure that Secrets Manager secret is encrypted using KMS CMK', tosei: ['SECRETSMANAGER_USING_CMK'] },
  { tool: 'checkov', id: 'CKV_AWS_150', title: 'Ensure that Load Balancer has deletion protection enabled', tosei: ['ELB_DELETION_PROTECTION_ENABLED'] },
  { tool: 'checkov', id: 'CKV_AWS_157', title: 'Ensure that RDS instances have Multi-AZ enabled', tosei: ['RDS_MULTI_AZ_SUPPORT'] },
  { tool: 'checkov', id: 'CKV_AWS_158', title: 'Ensure that CloudWatch Log Group is encrypted by KMS', tosei: ['CLOUDWATCH_LOG_GROUP_ENCRYPTED'] },
  { tool: 'checkov', id: 'CKV_AWS_161', title: 'Ensure RDS database has IAM authentication enabled', tosei: ['RDS_INSTANCE_IAM_AUTHENTICATION_ENABLED'] },
  { tool: 'checkov', id: 'CKV_AWS_162', title: 'Ensure RDS cluster has IAM authentication enabled', tosei: ['RDS_CLUSTER_IAM_AUTHENTICATION_ENABLED'] },
  { tool: 'checkov', id: 'CKV_AWS_226', title: 'Ensure DB instance gets all minor upgrades automatically', tosei: ['RDS_AUTOMATIC_MINOR_VERSION_UPGRADE_ENABLED'] },
  { tool: 'checkov', id: 'CKV_AWS_175', title: 'Ensure WAF has associated rules', tosei: ['WAFV2_WEBACL_NOT_EMPTY'] },
  { tool: 'checkov', id: 'CKV_AWS_239', title: 'Ensure DAX cluster endpoint is using TLS', tosei: ['DAX_TLS_ENDPOINT_ENCRYPTION'] },
  { tool: 'checkov', id: 'CKV_AWS_285', title: 'Ensure State Machine has execution history logging enabled', tosei: ['STEP_FUNCTIONS_STATE_MACHINE_LOGGING_ENABLED'] },
  { tool: 'checkov', id: 'CKV_AWS_293', title: 'Ensure that AWS database instances have deletion protection enabled', tosei: ['RDS_INSTANCE_DELETION_PROTECTION_ENABLED'] },
  { tool: 'checkov', id: 'CKV_AWS_302', title: 'Ensure DB Snapshots are not Public', tosei: ['RDS_SNAPSHOTS_PUBLIC_PROHIBITED'] },
  { tool: 'checkov', id: 'CKV_AWS_303', title: 'Ensure SSM documents are not Public', tosei: ['SSM_DOCUMENT_NOT_PUBLIC'] },
  { tool: 'checkov', id: 'CKV_AWS_305', title: 'Ensure CloudFront distribution has a default root object configured', tosei: ['CLOUDFRONT_DEFAULT_ROOT_OBJECT_CONFIGURED'] },
  { tool: 'checkov', id: 'CKV_AWS_307', title: 'Ensure SageMaker Users should not have root access to SageMaker notebook instances', tosei: ['SAGEMAKER_NOTEBOOK_INSTANCE_ROOT_ACCESS_CHECK'] },
  { tool: 'checkov', id: 'CKV_AWS_308', title: 'Ensure API GatewayV2 routes specify an authorization type', tosei: ['API_GWV2_AUTHORIZATION_TYPE_CONFIGURED'] },
  { tool: 'checkov', id: 'CKV_AWS_310', title: 'Ensure CloudFront distributions should have origin failover configured', tosei: ['CLOUDFRONT_ORIGIN_FAILOVER_ENABLED'] },
  { tool: 'checkov', id: 'CKV_AWS_314', title: 'Ensure CodeBuild project environments have a logging configuration', tosei: ['CODEBUILD_PROJECT_LOGGING_ENABLED'] },
  { tool: 'checkov', id: 'CKV_AWS_315', title: 'Ensure EC2 Auto Scaling groups use EC2 launch templates', tosei: ['AUTOSCALING_LAUNCH_TEMPLATE'] },
  { tool: 'checkov', id: 'CKV_AWS_317', title: 'Ensure Elasticsearch Domain Audit Logging is enabled', tosei: ['OPENSEARCH_AUDIT_LOGGING_ENABLED'] },
  { tool: 'checkov', id: 'CKV_AWS_319', title: 'Ensure that CloudWatch alarm actions are enabled', tosei: ['CLOUDWATCH_ALARM_ACTION_ENABLED_CHECK'] },
  { tool: 'checkov', id: 'CKV_AWS_321', title: 'Ensure Redshift clusters use enhanced VPC routing', tosei: ['REDSHIFT_ENHANCED_VPC_ROUTING_ENABLED'] },
  { tool: 'checkov', id: 'CKV_AWS_322', title: 'Ensure ElastiCache for Redis cache clusters have auto minor version upgrades enabled', tosei: ['ELASTICACHE_AUTO_MINOR_VERSION_UPGRADE_CHECK'] },
  { tool: 'checkov', id: 'CKV_AWS_326', title: 'Ensure that RDS Aurora Clusters have backtracking enabled', tosei: ['AURORA_MYSQL_BACKTRACKING_ENABLED'] },
  { tool: 'checkov', id: 'CKV_AWS_328', title: 'Ensure that ALB is configured with defensive or strictest desync mitigation mode', tosei: ['ALB_DESYNC_MODE_CHECK'] },
  { tool: 'checkov', id: 'CKV_AWS_329', title: 'EFS access points should enforce a root directory', tosei: ['EFS_ACCESS_POINT_ENFORCE_ROOT_DIRECTORY'] },
  { tool: 'checkov', id: 'CKV_AWS_330', title: 'EFS access points enforce a user identity', tosei: ['EFS_ACCESS_POINT_ENFORCE_USER_IDENTITY'] },
  { tool: 'checkov', id: 'CKV_AWS_333', title: 'Ensure ECS services do not have public IP addresses assigned to them automatically', tosei: ['ECS_SERVICE_ASSIGN_PUBLIC_IP_DISABLED'] },
  { tool: 'checkov', id: 'CKV_AWS_334', title: 'Ensure ECS containers should run as non-privileged', tosei: ['ECS_CONTAINERS_NONPRIVILEGED'] },
  { tool: 'checkov', id: 'CKV_AWS_335', title: "Ensure ECS task definitions should not share the host's process namespace", tosei: ['ECS_TASK_DEFINITION_PID_MODE_CHECK'] },
  { tool: 'checkov', id: 'CKV_AWS_336', title: 'Ensure ECS containers are limited to read-only access to root filesystems', tosei: ['ECS_CONTAINERS_READONLY_ACCESS'] },
  { tool: 'checkov', id: 'CKV_AWS_338', title: 'Ensure CloudWatch log groups retains logs for at least 1 year', tosei: ['CW_LOGGROUP_RETENTION_PERIOD_CHECK'] },
  { tool: 'checkov', id: 'CKV_AWS_343', title: 'Ensure Amazon Redshift clusters should have automatic snapshots enabled', tosei: ['REDSHIFT_BACKUP_ENABLED'] },
  // CKV_AWS_8 also judges launch configurations' EBS encryption, and CKV_AWS_341 launch templates' hop limit, which no Tosei rule decides.
  { tool: 'checkov', id: 'CKV_AWS_8', title: 'Ensure all data stored in the Launch configuration EBS is securely encrypted', tosei: ['ENCRYPTED_VOLUMES'] },
  { tool: 'checkov', id: 'CKV_AWS_274', title: 'Disallow IAM roles, users, and groups from using the AWS AdministratorAccess policy', tosei: ['IAM_POLICY_BLACKLISTED_CHECK'] },
  { tool: 'checkov', id: 'CKV_AWS_323', title: 'Ensure ElastiCache clusters do not use the default subnet group', tosei: ['ELASTICACHE_SUBNET_GROUP_CHECK'] },
  { tool: 'checkov', id: 'CKV_AWS_341', title: 'Ensure Launch template should not have a metadata response hop limit greater than 1', tosei: ['AUTOSCALING_LAUNCH_CONFIG_HOP_LIMIT'] },
  { tool: 'checkov', id: 'CKV_AWS_389', title: "Ensure AWS Auto Scaling group launch configuration doesn't have public IP address assignment enabled", tosei: ['AUTOSCALING_LAUNCH_CONFIG_PUBLIC_IP_DISABLED'] },

  // trivy's checks: id and title from each check's METADATA in trivy-checks, the alias its tfsec long id (aws-<service>-<short code>).
  { tool: 'trivy', id: 'AVD-AWS-0001', aliases: ['aws-apigateway-enable-access-logging'], title: 'API Gateway stages for V1 and V2 should have access logging enabled', tosei: ['API_GWV2_ACCESS_LOGS_ENABLED'] },
  { tool: 'trivy', id: 'AVD-AWS-0003', aliases: ['aws-apigateway-enable-tracing'], title: 'API Gateway must have X-Ray tracing enabled', tosei: ['API_GW_XRAY_ENABLED'] },
  { tool: 'trivy', id: 'AVD-AWS-0009', aliases: ['aws-ec2-no-public-ip'], title: 'Launch configuration should not have a public IP address.', tosei: ['AUTOSCALING_LAUNCH_CONFIG_PUBLIC_IP_DISABLED'] },
  { tool: 'trivy', id: 'AVD-AWS-0010', aliases: ['aws-cloudfront-enable-logging'], title: 'Cloudfront distribution should have Access Logging configured', tosei: ['CLOUDFRONT_ACCESSLOGS_ENABLED'] },
  { tool: 'trivy', id: 'AVD-AWS-0011', aliases: ['aws-cloudfront-enable-waf'], title: 'CloudFront distribution does not have a WAF in front.', tosei: ['CLOUDFRONT_ASSOCIATED_WITH_WAF'] },
  { tool: 'trivy', id: 'AVD-AWS-0012', aliases: ['aws-cloudfront-enforce-https'], title: 'CloudFront distribution allows unencrypted (HTTP) communications.', tosei: ['CLOUDFRONT_VIEWER_POLICY_HTTPS'] },
  { tool: 'trivy', id: 'AVD-AWS-0014', aliases: ['aws-cloudtrail-enable-all-regions'], title: 'Cloudtrail should be enabled in all regions regardless of where your AWS resources are generally homed', tosei: ['MULTI_REGION_CLOUD_TRAIL_ENABLED'] },
  { tool: 'trivy', id: 'AVD-AWS-0015', aliases: ['aws-cloudtrail-encryption-customer-managed-key'], title: 'CloudTrail should use Customer managed keys to encrypt the logs', tosei: ['CLOUD_TRAIL_ENCRYPTION_ENABLED'] },
  { tool: 'trivy', id: 'AVD-AWS-0016', aliases: ['aws-cloudtrail-enable-log-validation'], title: 'Cloudtrail log validation should be enabled to prevent tampering of log data', tosei: ['CLOUD_TRAIL_LOG_FILE_VALIDATION_ENABLED'] },
  { tool: 'trivy', id: 'AVD-AWS-0017', aliases: ['aws-cloudwatch-log-group-customer-key'], title: 'CloudWatch log groups should be encrypted using CMK', tosei: ['CLOUDWATCH_LOG_GROUP_ENCRYPTED'] },
  { tool: 'trivy', id: 'AVD-AWS-0021', aliases: ['aws-documentdb-enable-storage-encryption'], title: 'DocumentDB storage must be encrypted', tosei: ['DOCDB_CLUSTER_ENCRYPTED'] },
  { tool: 'trivy', id: 'AVD-AWS-0023', aliases: ['aws-dynamodb-enable-at-rest-encryption'], title: 'DAX Cluster should always encrypt data at rest', tosei: ['DAX_ENCRYPTION_ENABLED'] },
  { tool: 'trivy', id: 'AVD-AWS-0024', aliases: ['aws-dynamodb-enable-recovery'], title: 'Point in time recovery should be enabled to protect DynamoDB table', tosei: ['DYNAMODB_PITR_ENABLED'] },
  { tool: 'trivy', id: 'AVD-AWS-0025', aliases: ['aws-dynamodb-table-customer-key'], title: 'DynamoDB tables should use at rest encryption with a Customer Managed Key', tosei: ['DYNAMODB_TABLE_ENCRYPTED_KMS'] },
  { tool: 'trivy', id: 'AVD-AWS-0026', aliases: ['aws-ec2-enable-volume-encryption'], title: 'EBS volumes must be encrypted', tosei: ['ENCRYPTED_VOLUMES'] },
  { tool: 'trivy', id: 'AVD-AWS-0028', aliases: ['aws-ec2-enforce-http-token-imds'], title: 'aws_instance should activate session tokens for Instance Metadata Service.', tosei: ['EC2_IMDSV2_CHECK'] },
  { tool: 'trivy', id: 'AVD-AWS-0030', aliases: ['aws-ecr-enable-image-scans'], title: 'ECR repository has image scans disabled.', tosei: ['ECR_PRIVATE_IMAGE_SCANNING_ENABLED'] },
  { tool: 'trivy', id: 'AVD-AWS-0031', aliases: ['aws-ecr-enforce-immutable-repository'], title: 'ECR images tags shouldn\'t be mutable.', tosei: ['ECR_PRIVATE_TAG_IMMUTABILITY_ENABLED'] },
  { tool: 'trivy', id: 'AVD-AWS-0034', aliases: ['aws-ecs-enable-container-insight'], title: 'ECS clusters should have container insights enabled', tosei: ['ECS_CONTAINER_INSIGHTS_ENABLED'] },
  { tool: 'trivy', id: 'AVD-AWS-0037', aliases: ['aws-efs-enable-at-rest-encryption'], title: 'EFS Encryption has not been enabled', tosei: ['EFS_ENCRYPTED_CHECK'] },
  { tool: 'trivy', id: 'AVD-AWS-0038', aliases: ['aws-eks-enable-control-plane-logging'], title: 'EKS Clusters should have cluster control plane logging turned on', tosei: ['EKS_CLUSTER_LOGGING_ENABLED'] },
  { tool: 'trivy', id: 'AVD-AWS-0039', aliases: ['aws-eks-encrypt-secrets'], title: 'EKS should have the encryption of secrets enabled', tosei: ['EKS_SECRETS_ENCRYPTED'] },
  { tool: 'trivy', id: 'AVD-AWS-0040', aliases: ['aws-eks-no-public-cluster-access'], title: 'EKS Clusters should have the public access disabled', tosei: ['EKS_ENDPOINT_NO_PUBLIC_ACCESS'] },
  { tool: 'trivy', id: 'AVD-AWS-0043', aliases: ['aws-elasticsearch-enable-in-transit-encryption'], title: 'Elasticsearch domain uses plaintext traffic for node to node communication.', tosei: ['ELASTICSEARCH_NODE_TO_NODE_ENCRYPTION_CHECK', 'OPENSEARCH_NODE_TO_NODE_ENCRYPTION_CHECK'] },
  { tool: 'trivy', id: 'AVD-AWS-0045', aliases: ['aws-elasticache-enable-at-rest-encryption'], title: 'Elasticache Replication Group stores unencrypted data at-rest.', tosei: ['ELASTICACHE_REPL_GRP_ENCRYPTED_AT_REST'] },
  { tool: 'trivy', id: 'AVD-AWS-0046', aliases: ['aws-elasticsearch-enforce-https'], title: 'Elasticsearch doesn\'t enforce HTTPS traffic.', tosei: ['OPENSEARCH_HTTPS_REQUIRED'] },
  { tool: 'trivy', id: 'AVD-AWS-0048', aliases: ['aws-elasticsearch-enable-domain-encryption'], title: 'Elasticsearch domain isn\'t encrypted at rest.', tosei: ['ELASTICSEARCH_ENCRYPTED_AT_REST', 'OPENSEARCH_ENCRYPTED_AT_REST'] },
  { tool: 'trivy', id: 'AVD-AWS-0050', aliases: ['aws-elasticache-enable-backup-retention'], title: 'Redis cluster should have backup retention turned on', tosei: ['ELASTICACHE_REDIS_CLUSTER_AUTOMATIC_BACKUP_CHECK'] },
  { tool: 'trivy', id: 'AVD-AWS-0051', aliases: ['aws-elasticache-enable-in-transit-encryption'], title: 'Elasticache Replication Group uses unencrypted traffic.', tosei: ['ELASTICACHE_REPL_GRP_ENCRYPTED_IN_TRANSIT'] },
  { tool: 'trivy', id: 'AVD-AWS-0052', aliases: ['aws-elb-drop-invalid-headers'], title: 'Load balancers should drop invalid headers', tosei: ['ALB_HTTP_DROP_INVALID_HEADER_ENABLED'] },
  { tool: 'trivy', id: 'AVD-AWS-0054', aliases: ['aws-elb-http-not-used'], title: 'Use of plain HTTP.', tosei: ['ALB_HTTP_TO_HTTPS_REDIRECTION_CHECK'] },
  { tool: 'trivy', id: 'AVD-AWS-0064', aliases: ['aws-kinesis-enable-in-transit-encryption'], title: 'Kinesis stream is unencrypted.', tosei: ['KINESIS_STREAM_ENCRYPTED'] },
  { tool: 'trivy', id: 'AVD-AWS-0065', aliases: ['aws-kms-auto-rotate-keys'], title: 'A KMS key is not configured to auto-rotate', tosei: ['CMK_BACKING_KEY_ROTATION_ENABLED'] },
  { tool: 'trivy', id: 'AVD-AWS-0076', aliases: ['aws-neptune-enable-storage-encryption'], title: 'Neptune storage must be encrypted at rest', tosei: ['NEPTUNE_CLUSTER_ENCRYPTED'] },
  { tool: 'trivy', id: 'AVD-AWS-0079', aliases: ['aws-rds-encrypt-cluster-storage-data'], title: 'There is no encryption specified or encryption is disabled on the RDS Cluster.', tosei: ['RDS_CLUSTER_ENCRYPTED_AT_REST'] },
  { tool: 'trivy', id: 'AVD-AWS-0080', aliases: ['aws-rds-encrypt-instance-storage-data'], title: 'RDS encryption has not been enabled at a DB Instance level.', tosei: ['RDS_STORAGE_ENCRYPTED'] },
  { tool: 'trivy', id: 'AVD-AWS-0084', aliases: ['aws-redshift-encryption-customer-key'], title: 'Redshift clusters should use at rest encryption', tosei: ['REDSHIFT_CLUSTER_KMS_ENABLED'] },
  { tool: 'trivy', id: 'AVD-AWS-0086', aliases: ['aws-s3-block-public-acls'], title: 'S3 Access block should block public ACL', tosei: ['S3_BUCKET_LEVEL_PUBLIC_ACCESS_PROHIBITED'] },
  { tool: 'trivy', id: 'AVD-AWS-0087', aliases: ['aws-s3-block-public-policy'], title: 'S3 Access block should block public policy', tosei: ['S3_BUCKET_LEVEL_PUBLIC_ACCESS_PROHIBITED'] },
  { tool: 'trivy', id: 'AVD-AWS-0088', title: 'Unencrypted S3 bucket (no default server-side encryption)', tosei: ['S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED'] },
  { tool: 'trivy', id: 'AVD-AWS-0089', aliases: ['aws-s3-enable-bucket-logging'], title: 'S3 Bucket does not have logging enabled', tosei: ['S3_BUCKET_LOGGING_ENABLED'] },
  { tool: 'trivy', id: 'AVD-AWS-0090', aliases: ['aws-s3-enable-versioning'], title: 'S3 Data should be versioned', tosei: ['S3_BUCKET_VERSIONING_ENABLED'] },
  { tool: 'trivy', id: 'AVD-AWS-0091', aliases: ['aws-s3-ignore-public-acls'], title: 'S3 Access Block should Ignore Public ACL', tosei: ['S3_BUCKET_LEVEL_PUBLIC_ACCESS_PROHIBITED'] },
  { tool: 'trivy', id: 'AVD-AWS-0092', aliases: ['aws-s3-no-public-access-with-acl'], title: 'S3 Buckets not publicly accessible through ACL.', tosei: ['S3_BUCKET_PUBLIC_READ_PROHIBITED', 'S3_BUCKET_PUBLIC_WRITE_PROHIBITED'] },
  { tool: 'trivy', id: 'AVD-AWS-0093', aliases: ['aws-s3-no-public-buckets'], title: 'S3 Access block should restrict public bucket to limit access', tosei: ['S3_BUCKET_LEVEL_PUBLIC_ACCESS_PROHIBITED'] },
  { tool: 'trivy', id: 'AVD-AWS-0094', aliases: ['aws-s3-specify-public-access-block'], title: 'S3 buckets should each define an aws_s3_bucket_public_access_block', tosei: ['S3_BUCKET_LEVEL_PUBLIC_ACCESS_PROHIBITED'] },
  { tool: 'trivy', id: 'AVD-AWS-0095', aliases: ['aws-sns-enable-topic-encryption'], title: 'Unencrypted SNS topic', tosei: ['SNS_ENCRYPTED_KMS'] },
  { tool: 'trivy', id: 'AVD-AWS-0096', aliases: ['aws-sqs-enable-queue-encryption'], title: 'Unencrypted SQS queue', tosei: ['SQS_QUEUE_ENCRYPTED_KMS'] },
  { tool: 'trivy', id: 'AVD-AWS-0098', aliases: ['aws-ssm-secret-use-customer-key'], title: 'Secrets Manager should use customer managed keys', tosei: ['SECRETSMANAGER_USING_CMK'] },
  { tool: 'trivy', id: 'AVD-AWS-0107', aliases: ['aws-ec2-no-public-ingress-sgr'], title: 'Security groups should not allow unrestricted ingress to SSH or RDP from any IP address.', tosei: ['INCOMING_SSH_DISABLED', 'RESTRICTED_INCOMING_TRAFFIC', 'VPC_SG_PORT_RESTRICTION_CHECK'] },
  { tool: 'trivy', id: 'AVD-AWS-0111', aliases: ['aws-sam-enable-api-tracing'], title: 'SAM API must have X-Ray tracing enabled', tosei: ['API_GW_XRAY_ENABLED'] },
  { tool: 'trivy', id: 'AVD-AWS-0116', aliases: ['aws-sam-enable-http-api-access-logging'], title: 'SAM HTTP API stages for V1 and V2 should have access logging enabled', tosei: ['API_GWV2_ACCESS_LOGS_ENABLED'] },
  { tool: 'trivy', id: 'AVD-AWS-0119', aliases: ['aws-sam-enable-state-machine-logging'], title: 'SAM State machine must have logging enabled', tosei: ['STEP_FUNCTIONS_STATE_MACHINE_LOGGING_ENABLED'] },
  { tool: 'trivy', id: 'AVD-AWS-0121', aliases: ['aws-sam-enable-table-encryption'], title: 'SAM Simple table must have server side encryption enabled.', tosei: ['DYNAMODB_TABLE_ENCRYPTED_KMS'] },
  { tool: 'trivy', id: 'AVD-AWS-0130', aliases: ['aws-autoscaling-enforce-http-token-imds'], title: 'aws_instance should activate session tokens for Instance Metadata Service.', tosei: ['EC2_LAUNCH_TEMPLATE_IMDSV2_CHECK', 'AUTOSCALING_LAUNCHCONFIG_REQUIRES_IMDSV2'] },
  { tool: 'trivy', id: 'AVD-AWS-0131', aliases: ['aws-ec2-enable-at-rest-encryption'], title: 'Instance with unencrypted block device.', tosei: ['ENCRYPTED_VOLUMES'] },
  { tool: 'trivy', id: 'AVD-AWS-0132', aliases: ['aws-s3-encryption-customer-key'], title: 'S3 encryption should use Customer Managed Keys', tosei: ['S3_DEFAULT_ENCRYPTION_KMS'] },
  { tool: 'trivy', id: 'AVD-AWS-0143', aliases: ['aws-iam-no-user-attached-policies'], title: 'IAM policies should not be granted directly to users.', tosei: ['IAM_USER_NO_POLICIES_CHECK'] },
  { tool: 'trivy', id: 'AVD-AWS-0162', aliases: ['aws-cloudtrail-ensure-cloudwatch-integration'], title: 'CloudTrail logs should be stored in S3 and also sent to CloudWatch Logs', tosei: ['CLOUD_TRAIL_CLOUD_WATCH_LOGS_ENABLED'] },
  { tool: 'trivy', id: 'AVD-AWS-0164', aliases: ['aws-ec2-no-public-ip-subnet'], title: 'Instances in a subnet should not receive a public IP address by default.', tosei: ['SUBNET_AUTO_ASSIGN_PUBLIC_IP_DISABLED'] },
  { tool: 'trivy', id: 'AVD-AWS-0176', aliases: ['aws-rds-enable-iam-auth'], title: 'RDS IAM Database Authentication Disabled', tosei: ['RDS_INSTANCE_IAM_AUTHENTICATION_ENABLED'] },
  { tool: 'trivy', id: 'AVD-AWS-0177', aliases: ['aws-rds-enable-deletion-protection'], title: 'RDS Deletion Protection Disabled', tosei: ['RDS_INSTANCE_DELETION_PROTECTION_ENABLED'] },
  { tool: 'trivy', id: 'AVD-AWS-0178', aliases: ['aws-ec2-require-vpc-flow-logs-for-all-vpcs'], title: 'VPC Flow Logs is a feature that enables you to capture information about the IP traffic going to and from network interfaces in your VPC.', tosei: ['VPC_FLOW_LOGS_ENABLED'] },
  { tool: 'trivy', id: 'AVD-AWS-0180', aliases: ['aws-rds-enable-public-access'], title: 'RDS Publicly Accessible', tosei: ['RDS_INSTANCE_PUBLIC_ACCESS_CHECK'] },
  { tool: 'trivy', id: 'AVD-AWS-0343', aliases: ['aws-rds-enable-cluster-deletion-protection'], title: 'RDS Cluster Deletion Protection Disabled', tosei: ['RDS_CLUSTER_DELETION_PROTECTION_ENABLED'] },

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
