import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { evaluateDocument } from '../src/engine/run.js';
import { initHclParser } from '../src/inputs/terraform/hcl/parser.js';
import type { ScanProblem, Status } from '../src/model/evaluation.js';
import { builtinRules } from '../src/rules/index.js';
import { loadTerraformInput, selectRules } from '../src/scan/index.js';
import { peerRule } from '../src/suppressions/peer-rules.js';
import { CORPORA } from './support/corpora.js';
import { comparePeer, expectationsOf, type PeerDifference, type ToseiOutcome } from './support/peer-comparison.js';

/**
 * Where a checkov Terraform check and a Tosei rule decide the same control, Tosei agrees with
 * checkov's expectations on checkov's own example directories, resource by resource, or the
 * difference is listed below with its reason. Only ids and outcomes are kept here.
 *
 * `passed` / `failed` are checkov's expected resources: from its test file
 * (tests/terraform/checks/resource/aws/test_<check>.py), or, marked `from: 'names'`, from the
 * example's own pass/fail resource names where the test file read was an older one that judged
 * inline configurations instead of the example directory. Resources checkov leaves unknown are
 * not compared. Addresses are checkov's (`aws_instance.x[key]`), Tosei's `["key"]` read alike.
 */
const EXAMPLES = join(CORPORA, 'checkov-tests', 'tests', 'terraform', 'checks', 'resource', 'aws');

interface Pair {
  /** checkov's check class (and test and example directory) name. */
  check: string;
  /** checkov's id, when the mapping (src/suppressions/peer-rules.ts) carries this check. */
  id?: string;
  tosei: readonly string[];
  from?: 'names';
  passed: readonly string[];
  failed: readonly string[];
}

const PAIRS: readonly Pair[] = [
  { check: 'ALBDesyncMode', id: 'CKV_AWS_328', tosei: ['ALB_DESYNC_MODE_CHECK'],
    passed: ['aws_lb.pass', 'aws_alb.pass'],
    failed: ['aws_lb.fail', 'aws_alb.fail'] },
  { check: 'ALBDropHttpHeaders', id: 'CKV_AWS_131', tosei: ['ALB_HTTP_DROP_INVALID_HEADER_ENABLED'],
    passed: ['aws_lb.enabled', 'aws_alb.enabled'],
    failed: ['aws_lb.default', 'aws_alb.default', 'aws_lb.disabled', 'aws_alb.disabled'] },
  { check: 'APIGatewayV2RouteDefinesAuthorizationType', id: 'CKV_AWS_308', tosei: ['API_GWV2_AUTHORIZATION_TYPE_CONFIGURED'],
    passed: ['aws_apigatewayv2_route.pass', 'aws_apigatewayv2_route.pass2'],
    failed: ['aws_apigatewayv2_route.fail', 'aws_apigatewayv2_route.fail2'] },
  { check: 'AutoScalingLaunchTemplate', id: 'CKV_AWS_315', tosei: ['AUTOSCALING_LAUNCH_TEMPLATE'],
    passed: ['aws_autoscaling_group.pass'],
    failed: ['aws_autoscaling_group.fail'] },
  { check: 'CloudWatchLogGroupKMSKey', id: 'CKV_AWS_158', tosei: ['CLOUDWATCH_LOG_GROUP_ENCRYPTED'],
    passed: ['aws_cloudwatch_log_group.pass'],
    failed: ['aws_cloudwatch_log_group.fail'] },
  { check: 'CloudWatchLogGroupRetentionYear', id: 'CKV_AWS_338', tosei: ['CW_LOGGROUP_RETENTION_PERIOD_CHECK'],
    passed: ['aws_cloudwatch_log_group.pass_365', 'aws_cloudwatch_log_group.pass_0'],
    failed: ['aws_cloudwatch_log_group.fail'] },
  { check: 'CloudfrontDistributionDefaultRoot', id: 'CKV_AWS_305', tosei: ['CLOUDFRONT_DEFAULT_ROOT_OBJECT_CONFIGURED'],
    passed: ['aws_cloudfront_distribution.pass'],
    failed: ['aws_cloudfront_distribution.fail'] },
  { check: 'CloudfrontDistributionOriginFailover', id: 'CKV_AWS_310', tosei: ['CLOUDFRONT_ORIGIN_FAILOVER_ENABLED'],
    passed: ['aws_cloudfront_distribution.pass'],
    failed: ['aws_cloudfront_distribution.fail', 'aws_cloudfront_distribution.fail2', 'aws_cloudfront_distribution.fail3'] },
  { check: 'CloudtrailEncryptedWithCMK', tosei: ['CLOUD_TRAIL_ENCRYPTION_ENABLED'],
    passed: ['aws_cloudtrail.pass'],
    failed: ['aws_cloudtrail.fail'] },
  { check: 'DAXEndpointTLS', id: 'CKV_AWS_239', tosei: ['DAX_TLS_ENDPOINT_ENCRYPTION'],
    passed: ['aws_dax_cluster.pass'],
    failed: ['aws_dax_cluster.fail', 'aws_dax_cluster.fail2'] },
  { check: 'DBInstanceBackupRetentionPeriod', id: 'CKV_AWS_133', tosei: ['DB_INSTANCE_BACKUP_ENABLED'],
    passed: ['aws_rds_cluster.pass', 'aws_db_instance.pass', 'aws_rds_cluster.pass2', 'aws_db_instance.pass2'],
    failed: ['aws_rds_cluster.fail', 'aws_rds_cluster.fail2', 'aws_db_instance.fail', 'aws_db_instance.fail2'] },
  { check: 'DBInstanceLogging', id: 'CKV_AWS_129', tosei: ['RDS_LOGGING_ENABLED'],
    passed: ['aws_db_instance.mysql', 'aws_db_instance.postgres'],
    failed: ['aws_db_instance.default', 'aws_db_instance.empty'] },
  { check: 'DBInstanceMinorUpgrade', id: 'CKV_AWS_226', tosei: ['RDS_AUTOMATIC_MINOR_VERSION_UPGRADE_ENABLED'],
    passed: ['aws_db_instance.pass', 'aws_rds_cluster_instance.pass'],
    failed: ['aws_db_instance.fail', 'aws_db_instance.fail2', 'aws_rds_cluster_instance.fail', 'aws_rds_cluster_instance.fail2'] },
  { check: 'DBSnapshotsArePrivate', id: 'CKV_AWS_302', tosei: ['RDS_SNAPSHOTS_PUBLIC_PROHIBITED'],
    passed: ['aws_db_snapshot.pass', 'aws_db_snapshot.pass2'],
    failed: ['aws_db_snapshot.fail'] },
  { check: 'EBSDefaultEncryption', id: 'CKV_AWS_106', tosei: ['EC2_EBS_ENCRYPTION_BY_DEFAULT'],
    passed: ['aws_ebs_encryption_by_default.enabled', 'aws_ebs_encryption_by_default.default'],
    failed: ['aws_ebs_encryption_by_default.disabled'] },
  { check: 'EC2PublicIP', id: 'CKV_AWS_88', tosei: ['EC2_INSTANCE_NO_PUBLIC_IP', 'EC2_LAUNCH_TEMPLATE_PUBLIC_IP_DISABLED'],
    passed: ['aws_instance.default', 'aws_instance.private', 'aws_launch_template.default', 'aws_launch_template.private', 'aws_instance.public_foreach[key2]', 'aws_instance.public_foreach_loop_list[k]', 'aws_instance.public_foreach_loop_list[v]'],
    failed: ['aws_instance.public', 'aws_launch_template.public', 'aws_instance.public_foreach[key1]', 'aws_instance.public_foreach_loop[key3]', 'aws_instance.public_foreach_loop[key4]'] },
  { check: 'ECSContainerPrivilege', id: 'CKV_AWS_334', tosei: ['ECS_CONTAINERS_NONPRIVILEGED'],
    passed: ['aws_ecs_task_definition.pass'],
    failed: ['aws_ecs_task_definition.fail'] },
  { check: 'ECSContainerReadOnlyRoot', id: 'CKV_AWS_336', tosei: ['ECS_CONTAINERS_READONLY_ACCESS'],
    passed: ['aws_ecs_task_definition.pass'],
    failed: ['aws_ecs_task_definition.fail', 'aws_ecs_task_definition.fail2'] },
  { check: 'ECSServicePublicIP', id: 'CKV_AWS_333', tosei: ['ECS_SERVICE_ASSIGN_PUBLIC_IP_DISABLED'],
    passed: ['aws_ecs_service.pass', 'aws_ecs_service.pass2'],
    failed: ['aws_ecs_service.fail'] },
  { check: 'ECSContainerHostProcess', id: 'CKV_AWS_335', tosei: ['ECS_TASK_DEFINITION_PID_MODE_CHECK'],
    passed: ['aws_ecs_task_definition.pass', 'aws_ecs_task_definition.pass2'],
    failed: ['aws_ecs_task_definition.fail'] },
  { check: 'EFSAccessPointRoot', id: 'CKV_AWS_329', tosei: ['EFS_ACCESS_POINT_ENFORCE_ROOT_DIRECTORY'],
    passed: ['aws_efs_access_point.pass'],
    failed: ['aws_efs_access_point.fail', 'aws_efs_access_point.fail2'] },
  { check: 'EFSAccessUserIdentity', id: 'CKV_AWS_330', tosei: ['EFS_ACCESS_POINT_ENFORCE_USER_IDENTITY'],
    passed: ['aws_efs_access_point.pass'],
    failed: ['aws_efs_access_point.fail'] },
  { check: 'LBDeletionProtection', id: 'CKV_AWS_150', tosei: ['ELB_DELETION_PROTECTION_ENABLED'],
    passed: ['aws_lb.enabled', 'aws_alb.enabled'],
    failed: ['aws_lb.default', 'aws_alb.default', 'aws_lb.disabled', 'aws_alb.disabled'] },
  { check: 'ElasticCacheAutomaticBackup', id: 'CKV_AWS_134', tosei: ['ELASTICACHE_REDIS_CLUSTER_AUTOMATIC_BACKUP_CHECK'],
    passed: ['aws_elasticache_cluster.enabled'],
    failed: ['aws_elasticache_cluster.default', 'aws_elasticache_cluster.disabled'] },
  { check: 'ElasticCacheAutomaticMinorUpgrades', id: 'CKV_AWS_322', tosei: ['ELASTICACHE_AUTO_MINOR_VERSION_UPGRADE_CHECK'],
    passed: ['aws_elasticache_cluster.pass', 'aws_elasticache_cluster.pass2'],
    failed: ['aws_elasticache_cluster.fail'] },
  { check: 'ElasticsearchDomainAuditLogging', id: 'CKV_AWS_317', tosei: ['OPENSEARCH_AUDIT_LOGGING_ENABLED'],
    passed: ['aws_elasticsearch_domain.pass', 'aws_opensearch_domain.pass'],
    failed: ['aws_elasticsearch_domain.fail', 'aws_opensearch_domain.fail'] },
  { check: 'RDSClusterIAMAuthentication', id: 'CKV_AWS_162', tosei: ['RDS_CLUSTER_IAM_AUTHENTICATION_ENABLED'],
    passed: ['aws_rds_cluster.enabled'],
    failed: ['aws_rds_cluster.default', 'aws_rds_cluster.disabled'] },
  { check: 'RDSIAMAuthentication', id: 'CKV_AWS_161', tosei: ['RDS_INSTANCE_IAM_AUTHENTICATION_ENABLED'],
    passed: ['aws_db_instance.enabled_mysql', 'aws_db_instance.enabled_postgres'],
    failed: ['aws_db_instance.default_mysql', 'aws_db_instance.default_postgres', 'aws_db_instance.disabled_mysql', 'aws_db_instance.disabled_postgres'] },
  { check: 'RDSInstanceDeletionProtection', id: 'CKV_AWS_293', tosei: ['RDS_INSTANCE_DELETION_PROTECTION_ENABLED'],
    passed: ['aws_db_instance.pass'],
    failed: ['aws_db_instance.fail', 'aws_db_instance.fail2'] },
  { check: 'RDSMultiAZEnabled', id: 'CKV_AWS_157', tosei: ['RDS_MULTI_AZ_SUPPORT'],
    passed: ['aws_db_instance.enabled'],
    failed: ['aws_db_instance.disabled', 'aws_db_instance.default'] },
  { check: 'RDSClusterAuroraBacktrack', id: 'CKV_AWS_326', tosei: ['AURORA_MYSQL_BACKTRACKING_ENABLED'],
    passed: ['aws_rds_cluster.pass', 'aws_rds_cluster.pass2'],
    failed: ['aws_rds_cluster.fail', 'aws_rds_cluster.fail2'] },
  { check: 'RedshiftClusterUseEnhancedVPCRouting', id: 'CKV_AWS_321', tosei: ['REDSHIFT_ENHANCED_VPC_ROUTING_ENABLED'],
    passed: ['aws_redshift_cluster.pass'],
    failed: ['aws_redshift_cluster.fail', 'aws_redshift_cluster.fail2'] },
  { check: 'RedshiftClusterAutoSnap', id: 'CKV_AWS_343', tosei: ['REDSHIFT_BACKUP_ENABLED'],
    passed: ['aws_redshift_cluster.pass', 'aws_redshift_cluster.pass2'],
    failed: ['aws_redshift_cluster.fail'] },
  { check: 'SQSQueueEncryption', id: 'CKV_AWS_27', tosei: ['SQS_QUEUE_ENCRYPTED_KMS'],
    passed: ['aws_sqs_queue.pass', 'aws_sqs_queue.pass2'],
    failed: ['aws_sqs_queue.fail', 'aws_sqs_queue.fail2', 'aws_sqs_queue.fail3'] },
  { check: 'StateMachineLoggingExecutionHistory', id: 'CKV_AWS_285', tosei: ['STEP_FUNCTIONS_STATE_MACHINE_LOGGING_ENABLED'],
    passed: ['aws_sfn_state_machine.StateMachineLoggingExecutionHistoryEnabled'],
    failed: ['aws_sfn_state_machine.StateMachineLoggingExecutionHistoryDisabled', 'aws_sfn_state_machine.StateMachineLoggingExecutionHistoryDefault'] },
  { check: 'SagemakerNotebookRoot', id: 'CKV_AWS_307', tosei: ['SAGEMAKER_NOTEBOOK_INSTANCE_ROOT_ACCESS_CHECK'],
    passed: ['aws_sagemaker_notebook_instance.pass'],
    failed: ['aws_sagemaker_notebook_instance.fail', 'aws_sagemaker_notebook_instance.fail2'] },
  { check: 'SSMDocumentsArePrivate', id: 'CKV_AWS_303', tosei: ['SSM_DOCUMENT_NOT_PUBLIC'],
    passed: ['aws_ssm_document.pass', 'aws_ssm_document.pass2'],
    failed: ['aws_ssm_document.fail'] },
  { check: 'KinesisStreamEncryptionType', id: 'CKV_AWS_43', tosei: ['KINESIS_STREAM_ENCRYPTED'],
    passed: ['aws_kinesis_stream.enabled'],
    failed: ['aws_kinesis_stream.default', 'aws_kinesis_stream.disabled'] },
  { check: 'CodebuildHasLogs', id: 'CKV_AWS_314', tosei: ['CODEBUILD_PROJECT_LOGGING_ENABLED'],
    passed: ['aws_codebuild_project.pass'],
    failed: ['aws_codebuild_project.fail'] },
  { check: 'EBSEncryption', id: 'CKV_AWS_3', tosei: ['ENCRYPTED_VOLUMES'], from: 'names',
    passed: ['aws_ebs_volume.enabled'],
    failed: ['aws_ebs_volume.default', 'aws_ebs_volume.disabled'] },
  { check: 'EFSEncryptionEnabled', id: 'CKV_AWS_42', tosei: ['EFS_ENCRYPTED_CHECK'], from: 'names',
    passed: ['aws_efs_file_system.enabled'],
    failed: ['aws_efs_file_system.default', 'aws_efs_file_system.disabled'] },
  { check: 'ECRImmutableTags', id: 'CKV_AWS_51', tosei: ['ECR_PRIVATE_TAG_IMMUTABILITY_ENABLED'], from: 'names',
    passed: ['aws_ecr_repository.enabled'],
    failed: ['aws_ecr_repository.default', 'aws_ecr_repository.disabled'] },
  { check: 'DAXEncryption', id: 'CKV_AWS_47', tosei: ['DAX_ENCRYPTION_ENABLED'], from: 'names',
    passed: ['aws_dax_cluster.enabled'],
    failed: ['aws_dax_cluster.default', 'aws_dax_cluster.disabled'] },
  { check: 'DynamoDBTablesEncrypted', id: 'CKV_AWS_119', tosei: ['DYNAMODB_TABLE_ENCRYPTED_KMS'], from: 'names',
    passed: ['aws_dynamodb_table.cmk', 'aws_dynamodb_table.encrypted_no_cmk'],
    failed: ['aws_dynamodb_table.default', 'aws_dynamodb_table.encrypted_false'] },
  { check: 'EKSControlPlaneLogging', id: 'CKV_AWS_37', tosei: ['EKS_CLUSTER_LOGGING_ENABLED'], from: 'names',
    passed: ['aws_eks_cluster.fully_enabled', 'aws_eks_cluster.fully_enabled_with_dynamic_block'],
    failed: ['aws_eks_cluster.partially_enabled', 'aws_eks_cluster.not_configured'] },
  { check: 'EKSPublicAccess', id: 'CKV_AWS_39', tosei: ['EKS_ENDPOINT_NO_PUBLIC_ACCESS'], from: 'names',
    passed: ['aws_eks_cluster.disabled'],
    failed: ['aws_eks_cluster.default', 'aws_eks_cluster.enabled'] },
  { check: 'ELBv2AccessLogs', id: 'CKV_AWS_91', tosei: ['ELB_LOGGING_ENABLED'], from: 'names',
    passed: ['aws_lb.enabled', 'aws_alb.enabled'],
    failed: ['aws_lb.default', 'aws_alb.default', 'aws_lb.only_bucket', 'aws_alb.only_bucket', 'aws_lb.disabled', 'aws_alb.disabled'] },
  { check: 'ElasticsearchDomainEnforceHTTPS', id: 'CKV_AWS_83', tosei: ['OPENSEARCH_HTTPS_REQUIRED'], from: 'names',
    passed: ['aws_elasticsearch_domain.pass', 'aws_elasticsearch_domain.pass2', 'aws_opensearch_domain.pass2', 'aws_opensearch_domain.pass'],
    failed: ['aws_elasticsearch_domain.fail', 'aws_opensearch_domain.fail'] },
  { check: 'ElasticsearchDomainLogging', id: 'CKV_AWS_84', tosei: ['ELASTICSEARCH_LOGS_TO_CLOUDWATCH', 'OPENSEARCH_LOGS_TO_CLOUDWATCH'], from: 'names',
    passed: ['aws_elasticsearch_domain.pass', 'aws_elasticsearch_domain.pass2', 'aws_opensearch_domain.pass', 'aws_opensearch_domain.pass2'],
    failed: ['aws_elasticsearch_domain.fail', 'aws_elasticsearch_domain.fail2', 'aws_opensearch_domain.fail2', 'aws_opensearch_domain.fail'] },
  { check: 'ElasticsearchEncryption', id: 'CKV_AWS_5', tosei: ['ELASTICSEARCH_ENCRYPTED_AT_REST', 'OPENSEARCH_ENCRYPTED_AT_REST'], from: 'names',
    passed: ['aws_elasticsearch_domain.enabled', 'aws_opensearch_domain.pass'],
    failed: ['aws_elasticsearch_domain.default', 'aws_elasticsearch_domain.disabled', 'aws_opensearch_domain.fail', 'aws_opensearch_domain.fail2'] },
  { check: 'ElasticsearchInVPC', id: 'CKV_AWS_137', tosei: ['ELASTICSEARCH_IN_VPC_ONLY', 'OPENSEARCH_IN_VPC_ONLY'], from: 'names',
    passed: ['aws_elasticsearch_domain.pass', 'aws_opensearch_domain.pass'],
    failed: ['aws_elasticsearch_domain.fail', 'aws_opensearch_domain.fail'] },
  { check: 'ElasticsearchNodeToNodeEncryption', id: 'CKV_AWS_6', tosei: ['ELASTICSEARCH_NODE_TO_NODE_ENCRYPTION_CHECK', 'OPENSEARCH_NODE_TO_NODE_ENCRYPTION_CHECK'], from: 'names',
    passed: ['aws_elasticsearch_domain.without_cluster_config', 'aws_elasticsearch_domain.without_instance_count', 'aws_elasticsearch_domain.instance_count_not_bigger_than_1', 'aws_elasticsearch_domain.node_to_node_encryption_enabled', 'aws_elasticsearch_domain.old_hcl', 'aws_opensearch_domain.without_cluster_config', 'aws_opensearch_domain.without_instance_count', 'aws_opensearch_domain.instance_count_not_bigger_than_1', 'aws_opensearch_domain.node_to_node_encryption_enabled', 'aws_opensearch_domain.old_hcl'],
    failed: ['aws_elasticsearch_domain.node_to_node_encryption_disabled', 'aws_elasticsearch_domain.node_to_node_encryption_doesnt_exist', 'aws_opensearch_domain.node_to_node_encryption_disabled', 'aws_opensearch_domain.node_to_node_encryption_doesnt_exist'] },
  { check: 'SNSTopicEncryption', id: 'CKV_AWS_26', tosei: ['SNS_ENCRYPTED_KMS'], from: 'names',
    passed: ['aws_sns_topic.enabled'],
    failed: ['aws_sns_topic.default'] },
  { check: 'KMSRotation', id: 'CKV_AWS_7', tosei: ['CMK_BACKING_KEY_ROTATION_ENABLED'], from: 'names',
    passed: ['aws_kms_key.pass1', 'aws_kms_key.pass2'],
    failed: ['aws_kms_key.fail1', 'aws_kms_key.fail2', 'aws_kms_key.fail3', 'aws_kms_key.fail4'] },
  { check: 'SecretManagerSecretEncrypted', id: 'CKV_AWS_149', tosei: ['SECRETSMANAGER_USING_CMK'], from: 'names',
    passed: ['aws_secretsmanager_secret.enabled1', 'aws_secretsmanager_secret.enabled2'],
    failed: ['aws_secretsmanager_secret.default', 'aws_secretsmanager_secret.default_explicit'] },
  { check: 'IMDSv1Disabled', id: 'CKV_AWS_79', tosei: ['EC2_IMDSV2_CHECK', 'AUTOSCALING_LAUNCHCONFIG_REQUIRES_IMDSV2', 'EC2_LAUNCH_TEMPLATE_IMDSV2_CHECK'], from: 'names',
    passed: ['aws_instance.disabled', 'aws_instance.required', 'aws_launch_configuration.required_lc'],
    failed: ['aws_instance.defaults', 'aws_instance.optional_token', 'aws_launch_configuration.optional_lc', 'aws_launch_template.optional_lt', 'aws_launch_template.default_lt'] },
  { check: 'S3BucketObjectLock', id: 'CKV_AWS_143', tosei: ['S3_BUCKET_DEFAULT_LOCK_ENABLED'], from: 'names',
    passed: ['aws_s3_bucket.enabled_via_object', 'aws_s3_bucket.enabled_via_block'],
    failed: ['aws_s3_bucket.disabled_via_object', 'aws_s3_bucket.disabled_via_block'] },
  { check: 'RDSEncryption', id: 'CKV_AWS_16', tosei: ['RDS_STORAGE_ENCRYPTED'], from: 'names',
    passed: ['aws_db_instance.enabled'],
    failed: ['aws_db_instance.default', 'aws_db_instance.disabled'] },
  { check: 'IAMAdminPolicyDocument', id: 'CKV_AWS_62', tosei: ['IAM_POLICY_NO_STATEMENTS_WITH_ADMIN_ACCESS'], from: 'names',
    passed: ['aws_iam_policy.pass1', 'aws_iam_policy.pass2', 'aws_ssoadmin_permission_set_inline_policy.pass1'],
    failed: ['aws_iam_policy.fail1', 'aws_iam_policy.fail2', 'aws_iam_policy.fail3', 'aws_iam_policy.fail4', 'aws_ssoadmin_permission_set_inline_policy.fail1'] },
  { check: 'SecurityGroupUnrestrictedIngress22', id: 'CKV_AWS_24', tosei: ['INCOMING_SSH_DISABLED'], from: 'names',
    passed: ['aws_security_group.pass', 'aws_security_group.pass2', 'aws_security_group.pass3', 'aws_security_group.pass4', 'aws_security_group.pass5', 'aws_security_group.pass6', 'aws_security_group.pass7', 'aws_security_group.pass-ipv6', 'aws_security_group.pass_self', 'aws_security_group.pass_self2', 'aws_security_group_rule.pass', 'aws_security_group_rule.pass2', 'aws_security_group_rule.pass3', 'aws_security_group_rule.pass4', 'aws_vpc_security_group_ingress_rule.pass'],
    failed: ['aws_security_group.fail', 'aws_security_group.fail2', 'aws_security_group.fail3', 'aws_security_group.fail4', 'aws_security_group.fail-ipv6', 'aws_security_group_rule.fail', 'aws_vpc_security_group_ingress_rule.fail', 'aws_vpc_security_group_ingress_rule.fail2'] },
  { check: 'CloudWatchAlarmsEnabled', id: 'CKV_AWS_319', tosei: ['CLOUDWATCH_ALARM_ACTION_ENABLED_CHECK'],
    passed: ['aws_cloudwatch_metric_alarm.pass', 'aws_cloudwatch_metric_alarm.pass2'],
    failed: ['aws_cloudwatch_metric_alarm.fail'] },
  { check: 'WafHasAnyRules', id: 'CKV_AWS_175', tosei: ['WAFV2_WEBACL_NOT_EMPTY'], from: 'names',
    passed: ['aws_wafv2_web_acl.pass', 'aws_waf_web_acl.pass', 'aws_wafregional_web_acl.pass'],
    failed: ['aws_wafv2_web_acl.fail', 'aws_wafv2_web_acl.fail2', 'aws_waf_web_acl.fail', 'aws_waf_web_acl.fail2', 'aws_wafregional_web_acl.fail', 'aws_wafregional_web_acl.fail2'] },  { check: 'NeptuneClusterStorageEncrypted', id: 'CKV_AWS_44', tosei: ['NEPTUNE_CLUSTER_ENCRYPTED'], from: 'names',
    passed: ['aws_neptune_cluster.enabled'],
    failed: ['aws_neptune_cluster.default', 'aws_neptune_cluster.disabled'] },
  { check: 'WAFEnabled', id: 'CKV_AWS_68', tosei: ['CLOUDFRONT_ASSOCIATED_WITH_WAF'], from: 'names',
    passed: ['aws_cloudfront_distribution.pass'],
    failed: ['aws_cloudfront_distribution.fail'] },
  { check: 'ElastiCacheHasCustomSubnet', id: 'CKV_AWS_323', tosei: ['ELASTICACHE_SUBNET_GROUP_CHECK'], from: 'names',
    passed: ['aws_elasticache_cluster.pass'],
    failed: ['aws_elasticache_cluster.fail'] },
  { check: 'AutoScalingGroupWithPublicAccess', id: 'CKV_AWS_389', tosei: ['AUTOSCALING_LAUNCH_CONFIG_PUBLIC_IP_DISABLED'],
    passed: ['aws_launch_configuration.pass'],
    failed: ['aws_launch_configuration.fail'] },
  { check: 'LaunchTemplateMetadataHop', id: 'CKV_AWS_341', tosei: ['AUTOSCALING_LAUNCH_CONFIG_HOP_LIMIT'],
    passed: ['aws_launch_configuration.pass', 'aws_launch_configuration.pass2', 'aws_launch_template.pass', 'aws_launch_template.pass2'],
    failed: ['aws_launch_configuration.fail', 'aws_launch_template.fail'] },
  { check: 'IAMManagedAdminPolicy', id: 'CKV_AWS_274', tosei: ['IAM_POLICY_BLACKLISTED_CHECK'],
    passed: ['aws_iam_role.pass1', 'aws_iam_policy_attachment.pass2', 'aws_iam_role_policy_attachment.pass3', 'aws_iam_user_policy_attachment.pass4', 'aws_iam_group_policy_attachment.pass5', 'aws_iam_role_policy_attachment.pass6', 'aws_ssoadmin_managed_policy_attachment.pass7'],
    failed: ['aws_iam_role.fail1', 'aws_iam_policy_attachment.fail2', 'aws_iam_role_policy_attachment.fail3', 'aws_iam_user_policy_attachment.fail4', 'aws_iam_group_policy_attachment.fail5', 'aws_ssoadmin_managed_policy_attachment.fail6'] },
  { check: 'LaunchConfigurationEBSEncryption', id: 'CKV_AWS_8', tosei: ['ENCRYPTED_VOLUMES'],
    passed: ['aws_instance.pass', 'aws_instance.pass2', 'aws_instance.pass3', 'aws_launch_configuration.pass', 'aws_launch_configuration.pass2'],
    failed: ['aws_instance.fail', 'aws_instance.fail2', 'aws_instance.fail3', 'aws_instance.fail4', 'aws_instance.fail5', 'aws_instance.fail_empty_root_list', 'aws_launch_configuration.fail'] },
  // Not in the peer mapping: nacl-no-unrestricted-ssh-rdp judges ports 22 and 3389 together, each of these checkov checks one of them.
  { check: 'NetworkACLUnrestrictedIngress22', tosei: ['NACL_NO_UNRESTRICTED_SSH_RDP'],
    passed: ['aws_network_acl.pass', 'aws_network_acl.pass2', 'aws_network_acl_rule.pass', 'aws_network_acl_rule.pass2'],
    failed: ['aws_network_acl.fail', 'aws_network_acl.fail2', 'aws_network_acl.fail3', 'aws_network_acl_rule.fail', 'aws_network_acl_rule.fail2'] },
  { check: 'NetworkACLUnrestrictedIngress3389', tosei: ['NACL_NO_UNRESTRICTED_SSH_RDP'],
    passed: ['aws_network_acl.pass', 'aws_network_acl.pass2', 'aws_network_acl_rule.pass', 'aws_network_acl_rule.pass2', 'aws_network_acl_rule.count_pass'],
    failed: ['aws_network_acl.fail', 'aws_network_acl.fail2', 'aws_network_acl.fail3', 'aws_network_acl_rule.fail', 'aws_network_acl_rule.fail2', 'aws_network_acl_rule.public_ingress'] },
];

/** What Tosei says where checkov expects otherwise: NONE when no mapped rule judges the resource. */
const CAPITALISED = 'HCL has no True/False: Terraform reads them as references it rejects, so the value is not known (checkov\'s Python parser reads booleans)';

/** incoming-ssh-disabled judges the security group, and these rules' group is not in the module. */
const INCOMPLETE_GROUP = 'incoming-ssh-disabled judges the whole security group, which is not declared here: its other rules are not known';

const DIFFERENCES: readonly PeerDifference[] = [
  { check: 'CloudfrontDistributionOriginFailover', resource: 'aws_cloudfront_distribution.fail2', tosei: 'COMPLIANT', why: 'an origin group of two origins is what AWS Config\'s cloudfront-origin-failover-enabled asks for; checkov also fails a group without failover_criteria, which the provider requires anyway' },
  { check: 'DBInstanceBackupRetentionPeriod', resource: 'aws_rds_cluster.pass', tosei: 'NONE', why: 'db-instance-backup-enabled judges DB instances; a cluster\'s retention is not this control' },
  { check: 'DBInstanceBackupRetentionPeriod', resource: 'aws_rds_cluster.pass2', tosei: 'NONE', why: 'db-instance-backup-enabled judges DB instances; a cluster\'s retention is not this control' },
  { check: 'DBInstanceBackupRetentionPeriod', resource: 'aws_rds_cluster.fail', tosei: 'NONE', why: 'db-instance-backup-enabled judges DB instances; a cluster\'s retention is not this control' },
  { check: 'DBInstanceBackupRetentionPeriod', resource: 'aws_rds_cluster.fail2', tosei: 'NONE', why: 'db-instance-backup-enabled judges DB instances; a cluster\'s retention is not this control' },
  { check: 'KinesisStreamEncryptionType', resource: 'aws_kinesis_stream.enabled', tosei: 'INSUFFICIENT_DATA', why: 'encryption_type KMS without kms_key_id: StartStreamEncryption requires a KeyId (Kinesis has no default key), so the stream is malformed, not known to be encrypted with alias/aws/kinesis' },
  { check: 'CloudWatchLogGroupKMSKey', resource: 'aws_cloudwatch_log_group.pass', tosei: 'INSUFFICIENT_DATA', why: '"someKey" is no KMS key id, key ARN, alias name or alias ARN: a malformed key, so the encryption it claims is not known' },
  { check: 'SNSTopicEncryption', resource: 'aws_sns_topic.enabled', tosei: 'INSUFFICIENT_DATA', why: '"aws_kms_key.arn" is text, not a reference: no KMS key id, key ARN, alias name or alias ARN, so the encryption it claims is not known' },
  { check: 'SecretManagerSecretEncrypted', resource: 'aws_secretsmanager_secret.enabled2', tosei: 'INSUFFICIENT_DATA', why: '"1234" is no KMS key id, key ARN, alias name or alias ARN: a malformed key, not a customer managed one' },
  { check: 'DBInstanceBackupRetentionPeriod', resource: 'aws_db_instance.fail', tosei: 'INSUFFICIENT_DATA', why: '36 days is beyond the 35 RDS accepts: a malformed value, not a verdict' },
  { check: 'DBInstanceLogging', resource: 'aws_db_instance.mysql', tosei: 'NON_COMPLIANT', why: 'rds-logging-enabled wants every MySQL log type, audit included; checkov accepts any one' },
  { check: 'DBInstanceMinorUpgrade', resource: 'aws_db_instance.fail2', tosei: 'COMPLIANT', why: 'auto_minor_version_upgrade defaults to true (provider and RDS); checkov fails it when not written' },
  { check: 'DBInstanceMinorUpgrade', resource: 'aws_rds_cluster_instance.fail2', tosei: 'COMPLIANT', why: 'auto_minor_version_upgrade defaults to true (provider and RDS); checkov fails it when not written' },
  { check: 'EBSDefaultEncryption', resource: 'aws_ebs_encryption_by_default.enabled', tosei: 'NONE', why: 'ec2-ebs-encryption-by-default judges the account; these four declarations disagree, so the account is INSUFFICIENT_DATA' },
  { check: 'EBSDefaultEncryption', resource: 'aws_ebs_encryption_by_default.default', tosei: 'NONE', why: 'ec2-ebs-encryption-by-default judges the account; these four declarations disagree, so the account is INSUFFICIENT_DATA' },
  { check: 'EBSDefaultEncryption', resource: 'aws_ebs_encryption_by_default.disabled', tosei: 'NONE', why: 'ec2-ebs-encryption-by-default judges the account; these four declarations disagree, so the account is INSUFFICIENT_DATA' },
  { check: 'EC2PublicIP', resource: 'aws_instance.default', tosei: 'INSUFFICIENT_DATA', why: 'without associate_public_ip_address the subnet decides, and no subnet is named; checkov passes it' },
  { check: 'EC2PublicIP', resource: 'aws_instance.public_foreach_loop_list[k]', tosei: 'INSUFFICIENT_DATA', why: 'for_each over a list is rejected by Terraform and each.value is not a boolean' },
  { check: 'EC2PublicIP', resource: 'aws_instance.public_foreach_loop_list[v]', tosei: 'INSUFFICIENT_DATA', why: 'for_each over a list is rejected by Terraform and each.value is not a boolean' },
  { check: 'ECSContainerPrivilege', resource: 'aws_ecs_task_definition.fail', tosei: 'COMPLIANT', why: 'the example sets `privilege`, which is no ECS container property (`privileged` is); checkov reads that key' },
  { check: 'ECSContainerHostProcess', resource: 'aws_ecs_task_definition.fail', tosei: 'COMPLIANT', why: 'pidMode is a task definition property (pid_mode), not a container one; the task does not set it' },
  { check: 'ElasticCacheAutomaticBackup', resource: 'aws_elasticache_cluster.enabled', tosei: 'NON_COMPLIANT', why: 'elasticache-redis-cluster-automatic-backup-check wants 15 days by default; the example keeps 5' },
  { check: 'ElasticsearchDomainAuditLogging', resource: 'aws_elasticsearch_domain.pass', tosei: 'NONE', why: 'opensearch-audit-logging-enabled judges OpenSearch domains only' },
  { check: 'ElasticsearchDomainAuditLogging', resource: 'aws_elasticsearch_domain.fail', tosei: 'NONE', why: 'opensearch-audit-logging-enabled judges OpenSearch domains only' },
  { check: 'RDSClusterAuroraBacktrack', resource: 'aws_rds_cluster.pass2', tosei: 'INSUFFICIENT_DATA', why: 'no engine is written (the provider requires one), so whether the cluster is Aurora MySQL is not known' },
  { check: 'RDSClusterAuroraBacktrack', resource: 'aws_rds_cluster.fail', tosei: 'INSUFFICIENT_DATA', why: 'no engine is written (the provider requires one), so whether the cluster is Aurora MySQL is not known' },
  { check: 'RDSClusterAuroraBacktrack', resource: 'aws_rds_cluster.fail2', tosei: 'INSUFFICIENT_DATA', why: 'no engine is written (the provider requires one), so whether the cluster is Aurora MySQL is not known' },
  { check: 'SQSQueueEncryption', resource: 'aws_sqs_queue.pass2', tosei: 'NON_COMPLIANT', why: 'SQS_QUEUE_ENCRYPTED_KMS asks for a KMS key by design; SQS-managed encryption (SSE-SQS) does not count' },
  { check: 'StateMachineLoggingExecutionHistory', resource: 'aws_sfn_state_machine.StateMachineLoggingExecutionHistoryDisabled', tosei: 'COMPLIANT', why: 'step-functions-state-machine-logging-enabled asks for a log level other than OFF (ERROR here); checkov asks for include_execution_data' },
  { check: 'CodebuildHasLogs', resource: 'aws_codebuild_project.fail', tosei: 'COMPLIANT', why: 'CodeBuild sends build logs to CloudWatch Logs unless logs_config turns them off; checkov wants logs_config written' },
  { check: 'EBSEncryption', resource: 'aws_ebs_volume.enabled', tosei: 'INSUFFICIENT_DATA', why: CAPITALISED },
  { check: 'EBSEncryption', resource: 'aws_ebs_volume.disabled', tosei: 'INSUFFICIENT_DATA', why: CAPITALISED },
  { check: 'DAXEncryption', resource: 'aws_dax_cluster.enabled', tosei: 'INSUFFICIENT_DATA', why: CAPITALISED },
  { check: 'DAXEncryption', resource: 'aws_dax_cluster.disabled', tosei: 'INSUFFICIENT_DATA', why: CAPITALISED },
  { check: 'EKSPublicAccess', resource: 'aws_eks_cluster.disabled', tosei: 'INSUFFICIENT_DATA', why: CAPITALISED },
  { check: 'EKSPublicAccess', resource: 'aws_eks_cluster.enabled', tosei: 'INSUFFICIENT_DATA', why: CAPITALISED },
  { check: 'RDSEncryption', resource: 'aws_db_instance.disabled', tosei: 'INSUFFICIENT_DATA', why: CAPITALISED },
  { check: 'ELBv2AccessLogs', resource: 'aws_lb.enabled', tosei: 'NOT_APPLICABLE', why: 'a network load balancer: elb-logging-enabled judges Application and Classic load balancers' },
  { check: 'ELBv2AccessLogs', resource: 'aws_lb.default', tosei: 'NOT_APPLICABLE', why: 'a network load balancer: elb-logging-enabled judges Application and Classic load balancers' },
  { check: 'ELBv2AccessLogs', resource: 'aws_lb.only_bucket', tosei: 'NOT_APPLICABLE', why: 'a network load balancer: elb-logging-enabled judges Application and Classic load balancers' },
  { check: 'ELBv2AccessLogs', resource: 'aws_lb.disabled', tosei: 'NOT_APPLICABLE', why: 'a network load balancer: elb-logging-enabled judges Application and Classic load balancers' },
  { check: 'ElasticsearchDomainEnforceHTTPS', resource: 'aws_elasticsearch_domain.pass', tosei: 'NONE', why: 'opensearch-https-required judges OpenSearch domains only' },
  { check: 'ElasticsearchDomainEnforceHTTPS', resource: 'aws_elasticsearch_domain.pass2', tosei: 'NONE', why: 'opensearch-https-required judges OpenSearch domains only' },
  { check: 'ElasticsearchDomainEnforceHTTPS', resource: 'aws_elasticsearch_domain.fail', tosei: 'NONE', why: 'opensearch-https-required judges OpenSearch domains only' },
  { check: 'ElasticsearchDomainEnforceHTTPS', resource: 'aws_opensearch_domain.pass2', tosei: 'NON_COMPLIANT', why: 'no domain_endpoint_options: the domain does not enforce HTTPS unless asked to' },
  { check: 'ElasticsearchNodeToNodeEncryption', resource: 'aws_elasticsearch_domain.without_cluster_config', tosei: 'NON_COMPLIANT', why: 'the AWS Config rule spares no single-node domain; checkov passes domains of one node' },
  { check: 'ElasticsearchNodeToNodeEncryption', resource: 'aws_elasticsearch_domain.without_instance_count', tosei: 'NON_COMPLIANT', why: 'the AWS Config rule spares no single-node domain; checkov passes domains of one node' },
  { check: 'ElasticsearchNodeToNodeEncryption', resource: 'aws_elasticsearch_domain.instance_count_not_bigger_than_1', tosei: 'NON_COMPLIANT', why: 'the AWS Config rule spares no single-node domain; checkov passes domains of one node' },
  { check: 'ElasticsearchNodeToNodeEncryption', resource: 'aws_opensearch_domain.without_cluster_config', tosei: 'NON_COMPLIANT', why: 'the AWS Config rule spares no single-node domain; checkov passes domains of one node' },
  { check: 'ElasticsearchNodeToNodeEncryption', resource: 'aws_opensearch_domain.without_instance_count', tosei: 'NON_COMPLIANT', why: 'the AWS Config rule spares no single-node domain; checkov passes domains of one node' },
  { check: 'ElasticsearchNodeToNodeEncryption', resource: 'aws_opensearch_domain.instance_count_not_bigger_than_1', tosei: 'NON_COMPLIANT', why: 'the AWS Config rule spares no single-node domain; checkov passes domains of one node' },
  { check: 'SecretManagerSecretEncrypted', resource: 'aws_secretsmanager_secret.enabled1', tosei: 'INSUFFICIENT_DATA', why: 'the key comes from a variable without a value' },
  { check: 'IMDSv1Disabled', resource: 'aws_instance.disabled', tosei: 'NON_COMPLIANT', why: 'ec2-imdsv2-check judges HttpTokens only; with the endpoint off they stay optional' },
  { check: 'WafHasAnyRules', resource: 'aws_wafv2_web_acl.fail2', tosei: 'INSUFFICIENT_DATA', why: 'an empty rule block is malformed (WAF requires a rule\'s name, priority and statement), not a verdict' },
  ...['aws_waf_web_acl.pass', 'aws_waf_web_acl.fail', 'aws_waf_web_acl.fail2', 'aws_wafregional_web_acl.pass', 'aws_wafregional_web_acl.fail', 'aws_wafregional_web_acl.fail2'].map(
    (resource): PeerDifference => ({ check: 'WafHasAnyRules', resource, tosei: 'NONE', why: 'wafv2-webacl-not-empty judges WAFv2 web ACLs; WAF Classic ones are not judged' }),
  ),
  { check: 'IAMAdminPolicyDocument', resource: 'aws_ssoadmin_permission_set_inline_policy.pass1', tosei: 'NONE', why: 'iam-policy-no-statements-with-admin-access judges IAM policies; an IAM Identity Center permission set is not one' },
  { check: 'IAMAdminPolicyDocument', resource: 'aws_ssoadmin_permission_set_inline_policy.fail1', tosei: 'NONE', why: 'iam-policy-no-statements-with-admin-access judges IAM policies; an IAM Identity Center permission set is not one' },
  { check: 'IAMAdminPolicyDocument', resource: 'aws_iam_policy.fail4', tosei: 'INSUFFICIENT_DATA', why: 'a statement without Effect is malformed (IAM rejects it), not an implicit Allow' },
  { check: 'SecurityGroupUnrestrictedIngress22', resource: 'aws_security_group.fail2', tosei: 'COMPLIANT', why: 'TCP from port 0 to port 0 is port 0 only; all ports is protocol -1' },
  { check: 'SecurityGroupUnrestrictedIngress22', resource: 'aws_security_group.pass_self2', tosei: 'NON_COMPLIANT', why: 'all traffic from 0.0.0.0/0: self = true adds the group as a source, it does not narrow the CIDR' },
  { check: 'SecurityGroupUnrestrictedIngress22', resource: 'aws_security_group_rule.pass', tosei: 'INSUFFICIENT_DATA', why: INCOMPLETE_GROUP },
  { check: 'SecurityGroupUnrestrictedIngress22', resource: 'aws_security_group_rule.pass2', tosei: 'INSUFFICIENT_DATA', why: INCOMPLETE_GROUP },
  { check: 'SecurityGroupUnrestrictedIngress22', resource: 'aws_security_group_rule.pass3', tosei: 'INSUFFICIENT_DATA', why: INCOMPLETE_GROUP },
  { check: 'SecurityGroupUnrestrictedIngress22', resource: 'aws_security_group_rule.pass4', tosei: 'INSUFFICIENT_DATA', why: INCOMPLETE_GROUP },
  { check: 'SecurityGroupUnrestrictedIngress22', resource: 'aws_vpc_security_group_ingress_rule.pass', tosei: 'INSUFFICIENT_DATA', why: INCOMPLETE_GROUP },
  { check: 'SecurityGroupUnrestrictedIngress22', resource: 'aws_vpc_security_group_ingress_rule.fail2', tosei: 'INSUFFICIENT_DATA', why: `${INCOMPLETE_GROUP}; this rule names no source at all` },
  ...['aws_launch_template.pass', 'aws_launch_template.pass2', 'aws_launch_template.fail'].map(
    (resource): PeerDifference => ({ check: 'LaunchTemplateMetadataHop', resource, tosei: 'NONE', why: 'autoscaling-launch-config-hop-limit judges launch configurations; a launch template\'s hop limit is not this control' }),
  ),
  ...['aws_iam_policy_attachment.pass2', 'aws_iam_role_policy_attachment.pass3', 'aws_iam_user_policy_attachment.pass4', 'aws_iam_group_policy_attachment.pass5', 'aws_iam_role_policy_attachment.pass6', 'aws_iam_policy_attachment.fail2', 'aws_iam_role_policy_attachment.fail3'].map(
    (resource): PeerDifference => ({ check: 'IAMManagedAdminPolicy', resource, tosei: 'NONE', why: 'iam-policy-blacklisted-check judges the user, group or role a policy is attached to, not the attachment (its principal is judged under another address)' }),
  ),
  ...['aws_ssoadmin_managed_policy_attachment.pass7', 'aws_ssoadmin_managed_policy_attachment.fail6'].map(
    (resource): PeerDifference => ({ check: 'IAMManagedAdminPolicy', resource, tosei: 'NONE', why: 'iam-policy-blacklisted-check judges IAM users, groups and roles; an IAM Identity Center permission set is none of them' }),
  ),
  { check: 'LaunchConfigurationEBSEncryption', resource: 'aws_instance.fail', tosei: 'INSUFFICIENT_DATA', why: CAPITALISED },
  { check: 'LaunchConfigurationEBSEncryption', resource: 'aws_instance.pass', tosei: 'INSUFFICIENT_DATA', why: 'a volume created from a snapshot takes the snapshot\'s encryption, which the configuration does not show; checkov passes it' },
  { check: 'LaunchConfigurationEBSEncryption', resource: 'aws_instance.fail5', tosei: 'INSUFFICIENT_DATA', why: 'no block device is declared: the volumes come from the AMI, whose snapshots decide their encryption' },
  { check: 'LaunchConfigurationEBSEncryption', resource: 'aws_instance.fail_empty_root_list', tosei: 'INSUFFICIENT_DATA', why: 'no block device is declared: the volumes come from the AMI, whose snapshots decide their encryption' },
  ...['aws_launch_configuration.pass', 'aws_launch_configuration.pass2', 'aws_launch_configuration.fail'].map(
    (resource): PeerDifference => ({ check: 'LaunchConfigurationEBSEncryption', resource, tosei: 'NONE', why: 'encrypted-volumes judges volumes, instances and launch templates; a launch configuration is not judged' }),
  ),
  ...(['NetworkACLUnrestrictedIngress22', 'NetworkACLUnrestrictedIngress3389'] as const).flatMap((check): PeerDifference[] => [
    { check, resource: 'aws_network_acl.pass', tosei: 'NON_COMPLIANT', why: 'its standalone entries (aws_network_acl_rule.fail, public_ingress) admit the port from 0.0.0.0/0; checkov reads only the inline ingress blocks' },
    ...['aws_network_acl_rule.pass', 'aws_network_acl_rule.pass2', 'aws_network_acl_rule.fail', 'aws_network_acl_rule.fail2'].map(
      (resource): PeerDifference => ({ check, resource, tosei: 'NONE', why: 'nacl-no-unrestricted-ssh-rdp judges the network ACL with all its entries; this entry is judged within aws_network_acl.pass' }),
    ),
  ]),
  { check: 'NetworkACLUnrestrictedIngress3389', resource: 'aws_network_acl_rule.public_ingress', tosei: 'NONE', why: 'nacl-no-unrestricted-ssh-rdp judges the network ACL with all its entries; this entry is judged within aws_network_acl.pass' },
  { check: 'NetworkACLUnrestrictedIngress3389', resource: 'aws_network_acl_rule.count_pass', tosei: 'NONE', why: 'nacl-no-unrestricted-ssh-rdp judges the network ACL with all its entries; this entry\'s ACL (test_id) is not declared' },
];

/** `aws_instance.x["key"]` as checkov writes it: `aws_instance.x[key]`. */
function checkovAddress(address: string): string {
  return address.replace(/\["([^"]*)"\]/g, '[$1]');
}

/** Tosei's outcome per resource for the pair's rules, on its example directory. */
function toseiOutcomes(pair: Pair): Map<string, ToseiOutcome> {
  const problems: ScanProblem[] = [];
  const document = loadTerraformInput(join(EXAMPLES, `example_${pair.check}`), {}, problems);
  assert.ok(document, `${pair.check}: no document (${problems.map((problem) => problem.message).join('; ')})`);
  const result = evaluateDocument(document, selectRules(builtinRules, { ruleSet: 'all', only: [...pair.tosei] }));
  assert.deepEqual(result.problems.filter((problem) => problem.level === 'error'), [], `${pair.check}: rule errors`);
  const statuses = new Map<string, Set<Status>>();
  for (const evaluation of result.evaluations) {
    const address = checkovAddress(evaluation.resource.address ?? evaluation.resource.id);
    const seen = statuses.get(address) ?? new Set<Status>();
    seen.add(evaluation.status);
    statuses.set(address, seen);
  }
  const outcomes = new Map<string, ToseiOutcome>();
  for (const [address, seen] of statuses) {
    assert.equal(seen.size, 1, `${pair.check} ${address}: the mapped rules disagree (${[...seen].join(', ')})`);
    outcomes.set(address, [...seen][0] as Status);
  }
  return outcomes;
}

const corpusPresent = existsSync(EXAMPLES);

describe('checkov Terraform checks and the Tosei rules that decide the same control', { skip: !corpusPresent && `checkov's Terraform examples are not at ${EXAMPLES}` }, async () => {
  await initHclParser();

  it('maps each checked id to its Tosei rules, so #checkov:skip suppresses them', () => {
    for (const pair of PAIRS) {
      if (pair.id === undefined) continue;
      const mapped = peerRule('checkov', pair.id);
      assert.ok(mapped, `${pair.id} (${pair.check}) is not in the peer mapping`);
      for (const rule of pair.tosei) assert.ok(mapped.tosei.includes(rule), `${pair.id} does not map to ${rule}`);
    }
  });

  it('agrees with checkov on every expected resource, or the difference is listed with its reason', () => {
    const expectations = PAIRS.flatMap((entry) => {
      const outcomes = toseiOutcomes(entry);
      return expectationsOf(entry.check, entry, (resource) => outcomes.get(resource) ?? 'NONE');
    });
    const { unexplained, compared, agreed } = comparePeer('checkov', expectations, DIFFERENCES);
    assert.deepEqual(unexplained, []);
    assert.equal(compared, agreed + DIFFERENCES.length);
    assert.ok(PAIRS.length >= 69 && compared >= 320, `${PAIRS.length} pairs, ${compared} resources`);
  });

  it('leaves the account INSUFFICIENT_DATA where checkov\'s EBS default encryption examples disagree with each other', () => {
    const problems: ScanProblem[] = [];
    const document = loadTerraformInput(join(EXAMPLES, 'example_EBSDefaultEncryption'), {}, problems);
    assert.ok(document);
    const result = evaluateDocument(document, selectRules(builtinRules, { ruleSet: 'all', only: ['EC2_EBS_ENCRYPTION_BY_DEFAULT'] }));
    assert.deepEqual(result.evaluations.map((evaluation) => [evaluation.resource.id, evaluation.status]), [['(account)', 'INSUFFICIENT_DATA']]);
  });
});
