import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { peerRule } from '../src/suppressions/peer-rules.js';
import { CORPORA } from './support/corpora.js';
import { comparePeer, expectationsOf, templateOutcomes, type PeerDifference } from './support/peer-comparison.js';

/**
 * Tosei against checkov's own expectations for its CloudFormation checks: for every checkov check
 * that decides the same control as Tosei rules (src/suppressions/peer-rules.ts), the resources
 * checkov's tests expect to pass or fail, on checkov's test templates (the checkov-tests corpus).
 * PASSED must be COMPLIANT and FAILED NON_COMPLIANT, unless the pair is listed in DIFFERENCES with
 * the status Tosei gives and why. Only ids and outcomes are recorded here; the expectations come
 * from checkov's tests/cloudformation/checks/resource/aws/test_*.py (their resource lists, or
 * their pass/fail counts with the templates' PASSED/FAILED file names) and, for checkov's graph
 * checks (CKV2_…), from the expected.yaml beside each template.yaml of
 * tests/cloudformation/graph/checks/resources; resources in checkov's UNKNOWN templates, which
 * checkov does not decide, are left out.
 */

const CHECKS = join(CORPORA, 'checkov-tests', 'tests', 'cloudformation', 'checks', 'resource', 'aws');
const GRAPH_CHECKS = join(CORPORA, 'checkov-tests', 'tests', 'cloudformation', 'graph', 'checks', 'resources');

interface CheckovCase {
  /** checkov's check id. */
  check: string;
  /** The folder of checkov's test templates for the check. */
  dir: string;
  /** `dir` is below checkov's graph check tests (template.yaml beside expected.yaml), not its resource check tests. */
  graph?: true;
  /** The Tosei rules that decide the same control. */
  rules: readonly string[];
  /** The check asks for all of the rules' controls at once, on the same resource: the worst status stands. */
  conjoined?: true;
  /** `file:LogicalId` of each resource checkov's test expects to pass, and to fail. */
  passed: readonly string[];
  failed: readonly string[];
}

// CKV_AWS_40 judges the AWS::IAM::Policy; Tosei judges each user it attaches to, named `<policy>#Users[i]`.
// CKV_AWS_117's sam.yaml: checkov judges the AWS::Serverless::Function, Tosei the AWS::Lambda::Function it expands to (same logical id).
// CKV_AWS_73's and CKV_AWS_120's sam.yaml: checkov judges the AWS::Serverless::Api, Tosei the stage it expands to, `<api><StageName>Stage`.
const CASES: readonly CheckovCase[] = [
  { check: 'CKV_AWS_3', dir: 'example_EBSEncryption', rules: ['ENCRYPTED_VOLUMES'],
    passed: ['EBSEncryption-PASSED.yaml:NewVolume'],
    failed: ['EBSEncryption-FAILED-2.yaml:NewVolume', 'EBSEncryption-FAILED.yaml:NewVolume'] },
  { check: 'CKV_AWS_5', dir: 'example_ElasticsearchEncryption', rules: ['ELASTICSEARCH_ENCRYPTED_AT_REST', 'OPENSEARCH_ENCRYPTED_AT_REST'],
    passed: ['ElasticsearchEncryption-PASSED.yaml:ElasticsearchDomain'],
    failed: ['ElasticsearchEncryption-FAILED-2.yaml:ElasticsearchDomain', 'ElasticsearchEncryption-FAILED.yaml:ElasticsearchDomain'] },
  { check: 'CKV_AWS_6', dir: 'example_ElasticsearchNodeToNodeEncryption', rules: ['ELASTICSEARCH_NODE_TO_NODE_ENCRYPTION_CHECK', 'OPENSEARCH_NODE_TO_NODE_ENCRYPTION_CHECK'],
    passed: ['ElasticsearchNodeToNodeEncryption-PASSED.yaml:ElasticsearchDomain'],
    failed: ['ElasticsearchNodeToNodeEncryption-FAILED-2.yaml:ElasticsearchDomain', 'ElasticsearchNodeToNodeEncryption-FAILED.yaml:ElasticsearchDomain'] },
  { check: 'CKV_AWS_7', dir: 'example_KMSRotation', rules: ['CMK_BACKING_KEY_ROTATION_ENABLED'],
    passed: ['KMSRotation-PASSED-Asymmetric.yml:AsymmetricKey', 'KMSRotation-PASSED-Symmetric.yml:SymmetricKey'],
    failed: ['KMSRotation-FAILED.yml:SymmetricKey'] },
  { check: 'CKV_AWS_16', dir: 'example_RDSEncryption', rules: ['RDS_STORAGE_ENCRYPTED'],
    passed: ['RDSEncryption-PASSED.yaml:MyDB0'],
    failed: ['RDSEncryption-FAIL.yaml:MyDB0', 'RDSEncryption-FAIL.yaml:MyDB1'] },
  { check: 'CKV_AWS_17', dir: 'example_RDSPubliclyAccessible', rules: ['RDS_INSTANCE_PUBLIC_ACCESS_CHECK'],
    passed: ['RDSPubliclyAccessible-PASSED-2.yaml:MyDB', 'RDSPubliclyAccessible-PASSED.yaml:MyDB'],
    failed: ['RDSPubliclyAccessible-FAIL.yaml:MyDB'] },
  { check: 'CKV_AWS_18', dir: 'S3Templates', rules: ['S3_BUCKET_LOGGING_ENABLED'],
    passed: ['ExampleS3.yaml:S3Bucket2', 'ExampleS3.yaml:S3Bucket3'],
    failed: ['ExampleS3.yaml:S3BucketNoProps', 'ExampleS3.yaml:S3BucketPublicRead', 'ExampleS3.yaml:S3Bucket', 'ExampleS3.yaml:S3Bucket4'] },
  { check: 'CKV_AWS_19', dir: 'S3Templates', rules: ['S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED'],
    passed: ['ExampleS3.yaml:S3BucketNoProps', 'ExampleS3.yaml:S3BucketPublicRead', 'ExampleS3.yaml:S3Bucket', 'ExampleS3.yaml:S3Bucket2', 'ExampleS3.yaml:S3Bucket3', 'ExampleS3.yaml:S3Bucket4'],
    failed: [] },
  { check: 'CKV_AWS_20', dir: 'S3Templates', rules: ['S3_BUCKET_PUBLIC_READ_PROHIBITED'],
    passed: ['ExampleS3.yaml:S3BucketNoProps', 'ExampleS3.yaml:S3Bucket3', 'ExampleS3.yaml:S3Bucket4'],
    failed: ['ExampleS3.yaml:S3BucketPublicRead', 'ExampleS3.yaml:S3Bucket', 'ExampleS3.yaml:S3Bucket2'] },
  { check: 'CKV_AWS_21', dir: 'S3Templates', rules: ['S3_BUCKET_VERSIONING_ENABLED'],
    passed: ['ExampleS3.yaml:S3Bucket2'],
    failed: ['ExampleS3.yaml:S3BucketNoProps', 'ExampleS3.yaml:S3BucketPublicRead', 'ExampleS3.yaml:S3Bucket', 'ExampleS3.yaml:S3Bucket3', 'ExampleS3.yaml:S3Bucket4'] },
  { check: 'CKV_AWS_24', dir: 'example_SecurityGroupUnrestrictedIngress22', rules: ['INCOMING_SSH_DISABLED'],
    passed: ['SecurityGroupRangeInvalid-PASSED.yaml:DemoSecurityGroup', 'SecurityGroupUnrestrictedIngress22-PASSED.yaml:InstanceSecurityGroup'],
    failed: ['SecurityGroupQuotes-FAILED.yaml:DemoSecurityGroup', 'SecurityGroupRange-FAILED.yaml:DemoSecurityGroup', 'SecurityGroupUnrestrictedIngress22-FAILED-2.yaml:InstanceSecurityGroup', 'SecurityGroupUnrestrictedIngress22-FAILED-3.yaml:InstanceSecurityGroup', 'SecurityGroupUnrestrictedIngress22-FAILED.yaml:InstanceSecurityGroup'] },
  { check: 'CKV_AWS_25', dir: 'example_SecurityGroupUnrestrictedIngress3389', rules: ['VPC_SG_PORT_RESTRICTION_CHECK'],
    passed: ['SecurityGroupUnrestrictedIngress3389-PASSED.yaml:InstanceSecurityGroup'],
    failed: ['SecurityGroupUnrestrictedIngress3389-FAILED-2.yaml:InstanceSecurityGroup', 'SecurityGroupUnrestrictedIngress3389-FAILED.yaml:InstanceSecurityGroup'] },
  { check: 'CKV_AWS_26', dir: 'example_SNSTopicEncryption', rules: ['SNS_ENCRYPTED_KMS'],
    passed: ['test_SNSTopicEncryption-PASSED.yml:MySNSTopic'],
    failed: ['test_SNSTopicEncryption-FAILED.yml:MySNSTopic'] },
  { check: 'CKV_AWS_27', dir: 'example_SQSQueueEncryption', rules: ['SQS_QUEUE_ENCRYPTED_KMS'],
    passed: ['test_SQSQueueEncryption-PASSED.yml:MySourceQueue'],
    failed: ['test_SQSQueueEncryption-FAILED.yml:MySourceQueue', 'test_SQSQueueEncryption-FAILED2.yml:MySourceQueue'] },
  { check: 'CKV_AWS_28', dir: 'example_DynamodbRecovery', rules: ['DYNAMODB_PITR_ENABLED'],
    passed: ['DynamodbRecovery-PASSED.yaml:myDynamoDBTable'],
    failed: ['DynamodbRecovery-FAILED-2.yaml:myDynamoDBTable', 'DynamodbRecovery-FAILED.yaml:myDynamoDBTable'] },
  { check: 'CKV_AWS_29', dir: 'example_ElasticacheReplicationGroupEncryptionAtRest', rules: ['ELASTICACHE_REPL_GRP_ENCRYPTED_AT_REST'],
    passed: ['ElasticacheReplicationGroupEncryptionAtRest-PASSED.yaml:ReplicationGroup'],
    failed: ['ElasticacheReplicationGroupEncryptionAtRest-FAILED-2.yaml:ReplicationGroup', 'ElasticacheReplicationGroupEncryptionAtRest-FAILED.yaml:ReplicationGroup'] },
  { check: 'CKV_AWS_30', dir: 'example_ElasticacheReplicationGroupEncryptionAtTransit', rules: ['ELASTICACHE_REPL_GRP_ENCRYPTED_IN_TRANSIT'],
    passed: ['ElasticacheReplicationGroupEncryptionAtTransit-PASSED.yaml:ReplicationGroup'],
    failed: ['ElasticacheReplicationGroupEncryptionAtTransit-FAILED-2.yaml:ReplicationGroup', 'ElasticacheReplicationGroupEncryptionAtTransit-FAILED.yaml:ReplicationGroup'] },
  { check: 'CKV_AWS_31', dir: 'example_ElasticacheReplicationGroupEncryptionAtTransitAuthToken', rules: ['ELASTICACHE_REPL_GRP_ENCRYPTED_IN_TRANSIT', 'ELASTICACHE_REPL_GRP_REDIS_AUTH_ENABLED'], conjoined: true,
    passed: ['ElasticacheReplicationGroupEncryptionAtTransitAuthToken-PASSED.yaml:ReplicationGroupPass', 'ElasticacheReplicationGroupEncryptionAtTransitAuthToken-PASSED2.yaml:ReplicationGroupPass2'],
    failed: ['ElasticacheReplicationGroupEncryptionAtTransitAuthToken-FAILED.yaml:ReplicationGroupFail', 'ElasticacheReplicationGroupEncryptionAtTransitAuthToken-FAILED2.yaml:ReplicationGroupFail2'] },
  { check: 'CKV_AWS_34', dir: 'example_cloudfrontDistribution', rules: ['CLOUDFRONT_VIEWER_POLICY_HTTPS'],
    passed: ['CloudfrontDistributionEncryption-PASSED.yaml:CloudFrontDistribution'],
    failed: ['CloudfrontDistributionEncryption-FAILED-2.yaml:CloudFrontDistribution', 'CloudfrontDistributionEncryption-FAILED.yaml:CloudFrontDistribution'] },
  { check: 'CKV_AWS_35', dir: 'example_CloudtrailEncryption', rules: ['CLOUD_TRAIL_ENCRYPTION_ENABLED'],
    passed: ['CloudTrailEncryption-PASSED.json:acmeCWSTrail', 'CloudTrailEncryption-PASSED.yaml:myTrail'],
    failed: ['CloudTrailEncryption-FAILED.yaml:myTrail'] },
  { check: 'CKV_AWS_36', dir: 'example_CloudtrailLogValidation', rules: ['CLOUD_TRAIL_LOG_FILE_VALIDATION_ENABLED'],
    passed: ['CloudTrailLogValidation-PASSED.yaml:myTrail'],
    failed: ['CloudTrailLogValidation-FAILED.yaml:myTrail'] },
  { check: 'CKV_AWS_40', dir: 'example_IAMPolicyAttachedToGroupOrRoles', rules: ['IAM_USER_NO_POLICIES_CHECK'],
    passed: ['IAMPolicyAttachedToGroupOrRoles-PASSED.yml:ExamplePolicy'],
    failed: ['IAMPolicyAttachedToGroupOrRoles-FAILED.yml:ExamplePolicy#Users[0]'] },
  { check: 'CKV_AWS_42', dir: 'example_EFSEncryption', rules: ['EFS_ENCRYPTED_CHECK'],
    passed: ['EFSEncrpytion-PASSED.yml:FileSystemResource'],
    failed: ['EFSEncrpytion-FAILED.yml:FileSystemResource'] },
  { check: 'CKV_AWS_43', dir: 'example_KinesisStreamEncryptionType', rules: ['KINESIS_STREAM_ENCRYPTED'],
    passed: ['PASSED.yml:KMSEncryption'],
    failed: ['FAILED.yml:NoEncryption'] },
  { check: 'CKV_AWS_44', dir: 'example_NeptuneClusterStorageEncrypted', rules: ['NEPTUNE_CLUSTER_ENCRYPTED'],
    passed: ['NeptuneClusterStorageEncrypted-PASSED.yml:NeptuneDBCluster'],
    failed: ['NeptuneClusterStorageEncrypted-FAILED.yml:NeptuneDBCluster'] },
  { check: 'CKV_AWS_47', dir: 'example_DAXEncryption', rules: ['DAX_ENCRYPTION_ENABLED'],
    passed: ['DAXEncryption-PASSED.yml:daxCluster'],
    failed: ['DAXEncryption-FAILED.yml:daxCluster'] },
  { check: 'CKV_AWS_51', dir: 'example_ECRImmutableTags', rules: ['ECR_PRIVATE_TAG_IMMUTABILITY_ENABLED'],
    passed: ['ECRImmutableTags-PASSED.yaml:MyRepository'],
    failed: ['ECRImmutableTags-FAILED.yaml:MyRepository0', 'ECRImmutableTags-FAILED.yaml:MyRepository1'] },
  { check: 'CKV_AWS_53', dir: 'S3Templates', rules: ['S3_BUCKET_LEVEL_PUBLIC_ACCESS_PROHIBITED'],
    passed: ['ExampleS3.yaml:S3Bucket4'],
    failed: ['ExampleS3.yaml:S3BucketNoProps', 'ExampleS3.yaml:S3BucketPublicRead', 'ExampleS3.yaml:S3Bucket', 'ExampleS3.yaml:S3Bucket2', 'ExampleS3.yaml:S3Bucket3'] },
  { check: 'CKV_AWS_57', dir: 'S3Templates', rules: ['S3_BUCKET_PUBLIC_WRITE_PROHIBITED'],
    passed: ['ExampleS3.yaml:S3BucketNoProps', 'ExampleS3.yaml:S3BucketPublicRead', 'ExampleS3.yaml:S3Bucket', 'ExampleS3.yaml:S3Bucket3', 'ExampleS3.yaml:S3Bucket4'],
    failed: ['ExampleS3.yaml:S3Bucket2'] },
  { check: 'CKV_AWS_58', dir: 'example_EKSSecretEncryption', rules: ['EKS_SECRETS_ENCRYPTED'],
    passed: ['EKSSecretEncryption-PASSED.yml:myCluster'],
    failed: ['EKSSecretEncryption-FAILED.yml:Resource0', 'EKSSecretEncryption-FAILED.yml:Resource1'] },
  { check: 'CKV_AWS_62', dir: 'example_IAMAdminPolicyDocument', rules: ['IAM_POLICY_NO_STATEMENTS_WITH_ADMIN_ACCESS'],
    passed: ['iam_group.pass.json:mygroup', 'iam_policy.pass.json:NEWPolicy', 'iam_role.pass.json:RootRole', 'iam_user.pass.json:CFNUser'],
    failed: ['iam_group.fail.json:mygroup', 'iam_policy.fail.json:NEWPolicy', 'iam_role.fail.json:RootRole', 'iam_user.fail.json:CFNUser'] },
  { check: 'CKV_AWS_64', dir: 'example_RedshiftClusterEncryption', rules: ['REDSHIFT_CLUSTER_KMS_ENABLED'],
    passed: ['RedshiftClusterEncryption-PASSED.yaml:RedshiftClusterEnabled'],
    failed: ['RedshiftClusterEncryption-FAILED.yaml:RedshiftClusterDisabled', 'RedshiftClusterEncryption-FAILED.yaml:RedshiftClusterDefault'] },
  { check: 'CKV_AWS_65', dir: 'example_ECSClusterContainerInsights', rules: ['ECS_CONTAINER_INSIGHTS_ENABLED'],
    passed: ['ECSClusterContainerInsights-PASSED.yaml:ECSCluster', 'ECSClusterContainerInsights-PASSED2.yaml:ECSCluster'],
    failed: ['ECSClusterContainerInsights-FAILED-2.yaml:ECSCluster', 'ECSClusterContainerInsights-FAILED.yaml:ECSCluster'] },
  { check: 'CKV_AWS_68', dir: 'example_WAFEnabled', rules: ['CLOUDFRONT_ASSOCIATED_WITH_WAF'],
    passed: ['WAFEnabled-PASSED.yaml:MyCloudFrontDistribution'],
    failed: ['WAFEnabled-FAILED.yaml:MyCloudFrontDistribution'] },
  { check: 'CKV_AWS_73', dir: 'example_APIGatewayXray', rules: ['API_GW_XRAY_ENABLED'],
    passed: ['APIGatewayXray-PASSED.yaml:Enabled', 'sam.yaml:EnabledprodStage'],
    failed: ['APIGatewayXray-FAILED.yaml:Disabled', 'APIGatewayXray-FAILED.yaml:Default', 'sam.yaml:DefaultprodStage', 'sam.yaml:DisabledprodStage'] },
  { check: 'CKV_AWS_74', dir: 'example_DocDBEncryption', rules: ['DOCDB_CLUSTER_ENCRYPTED'],
    passed: ['DocDBEncryption-PASSED.yaml:DocDBEnabled'],
    failed: ['DocDBEncryption-FAILED.yaml:DocDBDefault', 'DocDBEncryption-FAILED.yaml:DocDBDisabled'] },
  { check: 'CKV_AWS_76', dir: 'example_APIGatewayV2AccessLogging', rules: ['API_GWV2_ACCESS_LOGS_ENABLED'],
    passed: ['APIGatewayV2AccessLogging-PASSED.yaml:Enabled'],
    failed: ['APIGatewayV2AccessLogging-FAILED.yaml:Default'] },
  { check: 'CKV_AWS_76', dir: 'example_APIGatewayAccessLogging', rules: ['API_GWV2_ACCESS_LOGS_ENABLED'],
    passed: ['APIGatewayAccessLogging-PASSED.yaml:Enabled'],
    failed: ['APIGatewayAccessLogging-FAILED.yaml:Default'] },
  { check: 'CKV_AWS_79', dir: 'example_IMDSv1Disabled', rules: ['EC2_LAUNCH_TEMPLATE_IMDSV2_CHECK'],
    passed: ['PASSED.yml:IMDSv1Disabled', 'PASSED.yml:IMDSv2Enabled'],
    failed: ['FAILED.yml:MetadataOptionsNone', 'FAILED.yml:IMDSv1Enabled', 'FAILED.yml:IMDSv2Optional'] },
  { check: 'CKV_AWS_84', dir: 'example_ElasticsearchDomainLogging', rules: ['ELASTICSEARCH_LOGS_TO_CLOUDWATCH', 'OPENSEARCH_LOGS_TO_CLOUDWATCH'],
    passed: ['ElasticsearchDomainLogging-PASSED.yaml:Resource0', 'OpensearchDomainLogging-PASSED.yaml:Resource0'],
    failed: ['ElasticsearchDomainLogging-FAILED.yaml:Resource0', 'OpensearchDomainLogging-FAILED.yaml:Resource0'] },
  { check: 'CKV_AWS_86', dir: 'example_CloudfrontDistributionLogging', rules: ['CLOUDFRONT_ACCESSLOGS_ENABLED'],
    passed: ['CloudfrontDistributionLogging-PASSED.yaml:MyCloudFrontDistribution'],
    failed: ['CloudfrontDistributionLogging-FAILED.yaml:MyCloudFrontDistribution'] },
  { check: 'CKV_AWS_87', dir: 'example_RedshiftClusterPubliclyAccessible', rules: ['REDSHIFT_CLUSTER_PUBLIC_ACCESS_CHECK'],
    passed: ['RedshiftClusterPubliclyAccessible-PASSED.yaml:RedshiftClusterDefault', 'RedshiftClusterPubliclyAccessible-PASSED.yaml:RedshiftClusterEnabled'],
    failed: ['RedshiftClusterPubliclyAccessible-FAILED.yaml:RedshiftClusterDisabled'] },
  { check: 'CKV_AWS_88', dir: 'example_EC2PublicIP', rules: ['EC2_INSTANCE_NO_PUBLIC_IP', 'EC2_LAUNCH_TEMPLATE_PUBLIC_IP_DISABLED'],
    passed: ['EC2PublicIP-PASSED.yaml:EC2InstanceResource0', 'EC2PublicIP-PASSED.yaml:EC2InstanceResource1', 'EC2PublicIP-PASSED.yaml:EC2InstanceResource2', 'EC2PublicIP-PASSED.yaml:EC2LaunchTemplateResource0', 'EC2PublicIP-PASSED.yaml:EC2LaunchTemplateResource1'],
    failed: ['EC2PublicIP-FAILED.yaml:EC2InstanceResource0', 'EC2PublicIP-FAILED.yaml:EC2LaunchTemplateResource0'] },
  { check: 'CKV_AWS_89', dir: 'example_DMSReplicationInstancePubliclyAccessible', rules: ['DMS_REPLICATION_NOT_PUBLIC'],
    passed: ['DMSReplicationInstancePubliclyAccessible-PASSED.yml:Resource0'],
    failed: ['DMSReplicationInstancePubliclyAccessible-FAILED.yml:Resource0', 'DMSReplicationInstancePubliclyAccessible-FAILED.yml:Resource1'] },
  { check: 'CKV_AWS_91', dir: 'example_ELBv2AccessLogs', rules: ['ELB_LOGGING_ENABLED'],
    passed: ['ELBv2AccessLogs-PASSED.yml:Resource0', 'ELBv2AccessLogs-PASSED.yml:Resource1'],
    failed: ['ELBv2AccessLogs-FAILED.yml:Resource0', 'ELBv2AccessLogs-FAILED.yml:Resource1', 'ELBv2AccessLogs-FAILED.yml:Resource2', 'ELBv2AccessLogs-FAILED.yml:Resource3'] },
  { check: 'CKV_AWS_92', dir: 'example_ELBAccessLogs', rules: ['ELB_LOGGING_ENABLED'],
    passed: ['ELBAccessLogs-PASSED.yml:Resource0'],
    failed: ['ELBAccessLogs-FAILED.yml:Resource0', 'ELBAccessLogs-FAILED.yml:Resource1'] },
  { check: 'CKV_AWS_96', dir: 'example_AuroraEncryption', rules: ['RDS_CLUSTER_ENCRYPTED_AT_REST'],
    passed: ['AuroraEncryption-PASSED.yaml:Aurora0'],
    failed: ['AuroraEncryption-FAIL.yaml:Aurora0', 'AuroraEncryption-FAIL.yaml:Aurora1'] },
  { check: 'CKV_AWS_116', dir: 'example_LambdaDLQConfigured', rules: ['LAMBDA_DLQ_CHECK'],
    passed: ['PASS.yaml:Enabled'],
    failed: ['FAIL.yaml:Default'] },
  { check: 'CKV_AWS_117', dir: 'example_LambdaInVPC', rules: ['LAMBDA_INSIDE_VPC'],
    passed: ['PASS.yaml:Enabled', 'sam.yaml:Enabled'],
    failed: ['FAIL.yaml:Default', 'sam.yaml:Default'] },
  { check: 'CKV_AWS_118', dir: 'example_RDSEnhancedMonitorEnabled', rules: ['RDS_ENHANCED_MONITORING_ENABLED'],
    passed: ['PASS.yaml:Enabled', 'PASS.yaml:EnabledNumber'],
    failed: ['FAIL.yaml:Default'] },
  { check: 'CKV_AWS_119', dir: 'example_DynamoDBTablesEncrypted', rules: ['DYNAMODB_TABLE_ENCRYPTED_KMS'],
    passed: ['PASSED.yaml:KMSEncryption'],
    failed: ['FAILED.yaml:DefaultEncryption', 'FAILED.yaml:EncryptionFalse', 'FAILED.yaml:NoEncryptionConfig'] },
  { check: 'CKV_AWS_120', dir: 'example_APIGatewayCacheEnable', rules: ['API_GW_CACHE_ENABLED_AND_ENCRYPTED'],
    passed: ['PASS.yaml:CacheTrue', 'sam.yaml:EnabledprodStage'],
    failed: ['FAIL.yaml:CacheDefault', 'FAIL.yaml:CacheFalse', 'sam.yaml:DefaultprodStage', 'sam.yaml:DisabledprodStage'] },
  { check: 'CKV_AWS_131', dir: 'example_ALBDropHttpHeaders', rules: ['ALB_HTTP_DROP_INVALID_HEADER_ENABLED'],
    passed: ['PASS.yaml:PassDefaultType', 'PASS.yaml:PassDefaultTypeBool', 'PASS.yaml:PassExplicitALB', 'PASS.yaml:PassMultipleAttributes'],
    failed: ['FAIL.yaml:FailDefaultType', 'FAIL.yaml:FailExplicitALB', 'FAIL.yaml:FailExplicitFalse', 'FAIL.yaml:FailExplicitFalse2', 'FAIL.yaml:FailKeyNotExist', 'FAIL.yaml:FailKeyNotExist2'] },
  { check: 'CKV_AWS_149', dir: 'example_SecretManagerSecretEncrypted', rules: ['SECRETSMANAGER_USING_CMK'],
    passed: ['PASS.yaml:MyCMK'],
    failed: ['FAIL.yaml:NoKMS', 'FAIL.yaml:AWSKMS0', 'FAIL.yaml:AWSKMS1'] },
  { check: 'CKV_AWS_157', dir: 'example_RDSMultiAZEnabled', rules: ['RDS_MULTI_AZ_SUPPORT'],
    passed: ['RDSMultiAZEnabled-PASSED.yaml:MyDBEnabled'],
    failed: ['RDSMultiAZEnabled-FAILED-2.yaml:MyDBDefault', 'RDSMultiAZEnabled-FAILED.yaml:MyDBDisabled'] },
  { check: 'CKV_AWS_158', dir: 'example_CloudWatchLogGroupKMSKey', rules: ['CLOUDWATCH_LOG_GROUP_ENCRYPTED'],
    passed: ['PASS.yaml:Pass'],
    failed: ['FAIL.yaml:Fail'] },
  { check: 'CKV_AWS_161', dir: 'example_RDSIAMAuthentication', rules: ['RDS_INSTANCE_IAM_AUTHENTICATION_ENABLED'],
    passed: ['RDSIAMAuthentication-PASSED.yaml:EnabledMysql', 'RDSIAMAuthentication-PASSED.yaml:EnabledPostgres'],
    failed: ['RDSIAMAuthentication-FAIL.yaml:DefaultMysql', 'RDSIAMAuthentication-FAIL.yaml:DefaultPostgres', 'RDSIAMAuthentication-FAIL.yaml:DisabledMysql', 'RDSIAMAuthentication-FAIL.yaml:DisabledPostgres'] },
  { check: 'CKV_AWS_162', dir: 'example_RDSClusterIAMAuthentication', rules: ['RDS_CLUSTER_IAM_AUTHENTICATION_ENABLED'],
    passed: ['RDSClusterIAMAuthentication-PASSED.yaml:Enabled'],
    failed: ['RDSClusterIAMAuthentication-FAIL.yaml:Default', 'RDSClusterIAMAuthentication-FAIL.yaml:Disabled'] },
  { check: 'CKV_AWS_163', dir: 'example_ECRImageScanning', rules: ['ECR_PRIVATE_IMAGE_SCANNING_ENABLED'],
    passed: ['PASSED.yml:ImageScanTrue', 'PASSED.yml:ImageScanTrueString'],
    failed: ['FAILED.yml:ImageScanFalse', 'FAILED.yml:ImageScanFalseString', 'FAILED.yml:ImageScanNotSet'] },
  { check: 'CKV2_AWS_20', dir: 'ALBRedirectHTTPtoHTTPS', graph: true, rules: ['ALB_HTTP_TO_HTTPS_REDIRECTION_CHECK'],
    passed: ['template.yaml:LoadBalancerPASSED1', 'template.yaml:LoadBalancerPASSED2', 'template.yaml:LoadBalancerPASSED3', 'template.yaml:LoadBalancerPASSED4'],
    failed: ['template.yaml:LoadBalancerFAILED1', 'template.yaml:LoadBalancerFAILED2'] },
  { check: 'CKV_AWS_317', dir: 'example_ElasticsearchDomainAuditLogging', rules: ['OPENSEARCH_AUDIT_LOGGING_ENABLED'],
    passed: ['OpensearchDomainLogging-PASSED.yaml:Resource0', 'ElasticsearchDomainLogging-PASSED.yaml:Resource0'],
    failed: ['OpensearchDomainLogging-FAILED.yaml:Resource0', 'OpensearchDomainLogging-FAILED.yaml:Resource1', 'ElasticsearchDomainLogging-FAILED.yaml:Resource0', 'ElasticsearchDomainLogging-FAILED.yaml:Resource1'] },

];

/** Where Tosei deliberately disagrees with checkov's expectation: AWS Config's definition of the control, or what a template can not tell. */
const DIFFERENCES: readonly PeerDifference[] = [
  { check: 'CKV_AWS_7', resource: 'KMSRotation-PASSED-Asymmetric.yml:AsymmetricKey', tosei: 'NOT_APPLICABLE', why: 'an asymmetric key can not rotate automatically; cmk-backing-key-rotation-enabled evaluates symmetric keys only' },
  { check: 'CKV_AWS_17', resource: 'RDSPubliclyAccessible-PASSED.yaml:MyDB', tosei: 'NON_COMPLIANT', why: 'without PubliclyAccessible and a DB subnet group RDS places the instance in the default VPC, where it defaults to publicly accessible' },
  { check: 'CKV_AWS_19', resource: 'ExampleS3.yaml:S3BucketNoProps', tosei: 'NON_COMPLIANT', why: 'checkov counts the SSE-S3 default S3 applies since 2023; the rule, like s3-bucket-server-side-encryption-enabled, asks for the explicit BucketEncryption (see its description)' },
  { check: 'CKV_AWS_19', resource: 'ExampleS3.yaml:S3Bucket3', tosei: 'NON_COMPLIANT', why: 'no BucketEncryption: as for S3BucketNoProps' },
  { check: 'CKV_AWS_19', resource: 'ExampleS3.yaml:S3Bucket4', tosei: 'NON_COMPLIANT', why: 'no BucketEncryption: as for S3BucketNoProps' },
  { check: 'CKV_AWS_19', resource: 'ExampleS3.yaml:S3Bucket', tosei: 'INSUFFICIENT_DATA', why: 'KMSMasterKeyID String is no KMS key id, ARN or alias name (malformed), so the SSE-KMS encryption it claims is not known' },
  { check: 'CKV_AWS_26', resource: 'test_SNSTopicEncryption-PASSED.yml:MySNSTopic', tosei: 'INSUFFICIENT_DATA', why: 'KmsMasterKeyId kms_id is no KMS key id, ARN or alias name (malformed), so the key the topic is encrypted with is not known' },
  { check: 'CKV_AWS_40', resource: 'IAMPolicyAttachedToGroupOrRoles-PASSED.yml:ExamplePolicy', tosei: 'NONE', why: 'iam-user-no-policies-check judges IAM users; this policy attaches to a role only, so there is no user to judge' },
  { check: 'CKV_AWS_43', resource: 'PASSED.yml:KMSEncryption', tosei: 'INSUFFICIENT_DATA', why: 'KeyId myKey is no KMS key id, ARN or alias name (malformed), so the key the stream is encrypted with is not known' },
  { check: 'CKV_AWS_53', resource: 'ExampleS3.yaml:S3Bucket4', tosei: 'NON_COMPLIANT', why: 'checkov checks BlockPublicAcls alone; s3-bucket-level-public-access-prohibited requires all four block settings, and RestrictPublicBuckets is false' },
  { check: 'CKV_AWS_58', resource: 'EKSSecretEncryption-PASSED.yml:myCluster', tosei: 'INSUFFICIENT_DATA', why: 'the EncryptionConfig entry for secrets names no Provider KeyArn, the KMS key EKS needs: an incomplete template, not a known verdict' },
  { check: 'CKV_AWS_64', resource: 'RedshiftClusterEncryption-FAILED.yaml:RedshiftClusterDefault', tosei: 'COMPLIANT', why: 'Encrypted unset: Redshift encrypts new clusters by default, so the rule (see its description) takes it as encrypted; checkov asks for Encrypted: true to be written' },
  { check: 'CKV_AWS_65', resource: 'ECSClusterContainerInsights-FAILED.yaml:ECSCluster', tosei: 'INSUFFICIENT_DATA', why: 'a cluster that does not set containerInsights takes the account default (containerInsights account setting), which a template does not show' },
  { check: 'CKV_AWS_76', resource: 'APIGatewayAccessLogging-PASSED.yaml:Enabled', tosei: 'NONE', why: 'a REST API (v1) stage: no Tosei rule decides its access logs (api-gw-execution-logging-enabled is execution logging); CKV_AWS_76 maps to the HTTP/WebSocket API rule only' },
  { check: 'CKV_AWS_76', resource: 'APIGatewayAccessLogging-FAILED.yaml:Default', tosei: 'NONE', why: 'a REST API (v1) stage: as for Enabled' },
  { check: 'CKV_AWS_79', resource: 'PASSED.yml:IMDSv1Disabled', tosei: 'NON_COMPLIANT', why: 'ec2-launch-template-imdsv2-check is NON_COMPLIANT unless the metadata version is V2 (HttpTokens required); checkov also passes a disabled metadata endpoint' },
  { check: 'CKV_AWS_84', resource: 'ElasticsearchDomainLogging-PASSED.yaml:Resource0', tosei: 'NON_COMPLIANT', why: 'it publishes audit logs only: elasticsearch-logs-to-cloudwatch judges the search slow, index slow and error logs (its logTypes search, index, error); audit logs are opensearch-audit-logging-enabled\'s control' },
  { check: 'CKV_AWS_84', resource: 'OpensearchDomainLogging-PASSED.yaml:Resource0', tosei: 'NON_COMPLIANT', why: 'audit logs only: as for the Elasticsearch domain (opensearch-logs-to-cloudwatch has the same log types)' },
  { check: 'CKV_AWS_88', resource: 'EC2PublicIP-PASSED.yaml:EC2InstanceResource0', tosei: 'INSUFFICIENT_DATA', why: 'the instance names no subnet: in a default subnet it gets a public IP address, which a template does not show' },
  { check: 'CKV_AWS_88', resource: 'EC2PublicIP-PASSED.yaml:EC2InstanceResource2', tosei: 'INSUFFICIENT_DATA', why: 'the instance names no subnet: as for EC2InstanceResource0' },
  { check: 'CKV_AWS_119', resource: 'FAILED.yaml:DefaultEncryption', tosei: 'COMPLIANT', why: 'SSEEnabled without a key is KMS encryption with the AWS managed key, which dynamodb-table-encrypted-kms accepts unless kmsKeyArns is given; checkov asks for a customer managed key' },
  { check: 'CKV_AWS_27', resource: 'test_SQSQueueEncryption-PASSED.yml:MySourceQueue', tosei: 'INSUFFICIENT_DATA', why: 'KmsMasterKeyId kms_id is no KMS key id, ARN or alias name (malformed), so the encryption it claims is not known' },
  { check: 'CKV_AWS_149', resource: 'FAIL.yaml:AWSKMS0', tosei: 'INSUFFICIENT_DATA', why: 'KmsKeyId aws/secretsmanager is no KMS key id, ARN or alias name (malformed), so which key encrypts the secret is not known' },
  { check: 'CKV_AWS_149', resource: 'PASS.yaml:MyCMK', tosei: 'INSUFFICIENT_DATA', why: 'KmsKeyId test-key is no KMS key id, ARN or alias name (malformed), so it is not known to be a customer managed key' },
  { check: 'CKV_AWS_163', resource: 'FAILED.yml:ImageScanFalse', tosei: 'INSUFFICIENT_DATA', why: 'a repository that does not scan on push may still be scanned by the registry scanning configuration, which a template does not show' },
  { check: 'CKV_AWS_163', resource: 'FAILED.yml:ImageScanFalseString', tosei: 'INSUFFICIENT_DATA', why: 'registry scanning: as for ImageScanFalse' },
  { check: 'CKV_AWS_163', resource: 'FAILED.yml:ImageScanNotSet', tosei: 'INSUFFICIENT_DATA', why: 'registry scanning: as for ImageScanFalse' },
  { check: 'CKV_AWS_31', resource: 'ElasticacheReplicationGroupEncryptionAtTransitAuthToken-FAILED.yaml:ReplicationGroupFail', tosei: 'COMPLIANT', why: 'encrypted in transit, and with EngineVersion unset the group runs the newest Redis OSS, which uses access control lists: elasticache-repl-grp-redis-auth-enabled asks for an AuthToken below version 6 only' },
  { check: 'CKV_AWS_120', resource: 'PASS.yaml:CacheTrue', tosei: 'NON_COMPLIANT', why: 'api-gw-cache-enabled-and-encrypted asks every method of the stage to be cached, encrypted (MethodSettings); checkov asks for CacheClusterEnabled alone' },
  { check: 'CKV_AWS_120', resource: 'sam.yaml:EnabledprodStage', tosei: 'NON_COMPLIANT', why: 'no MethodSettings caching every method, encrypted: as for CacheTrue' },
  { check: 'CKV_AWS_317', resource: 'ElasticsearchDomainLogging-FAILED.yaml:Resource0', tosei: 'NONE', why: 'opensearch-audit-logging-enabled covers AWS::OpenSearchService::Domain only; no Tosei rule judges audit logs of an AWS::Elasticsearch::Domain' },
  { check: 'CKV_AWS_317', resource: 'ElasticsearchDomainLogging-FAILED.yaml:Resource1', tosei: 'NONE', why: 'Elasticsearch domain: as for Resource0' },
  { check: 'CKV_AWS_317', resource: 'ElasticsearchDomainLogging-PASSED.yaml:Resource0', tosei: 'NONE', why: 'Elasticsearch domain: as for the failed Resource0' },
];

describe('checkov CloudFormation checks: Tosei agrees with checkov\'s test expectations, or the difference is listed', { skip: !existsSync(CHECKS) && `the checkov-tests corpus is absent (${CHECKS})` }, () => {
  it('maps each compared check to its rules in the suppression map', () => {
    assert.ok(CASES.length >= 40, `only ${CASES.length} pairs`);
    for (const entry of CASES) {
      const mapped = peerRule('checkov', entry.check);
      assert.ok(mapped, `${entry.check} is not in the suppression map`);
      for (const rule of entry.rules) assert.ok(mapped.tosei.includes(rule), `${entry.check} does not map to ${rule}`);
    }
  });

  it('gives checkov\'s outcome on every resource checkov decides, except the listed differences', (t) => {
    const expectations = CASES.flatMap((entry) => {
      const outcomes = templateOutcomes(join(entry.graph ? GRAPH_CHECKS : CHECKS, entry.dir), entry.check, entry.rules, [...entry.passed, ...entry.failed], entry.conjoined);
      return expectationsOf(entry.check, entry, (resource) => outcomes.get(resource) ?? 'NONE');
    });
    const { unexplained, compared, agreed } = comparePeer('checkov', expectations, DIFFERENCES);
    assert.deepEqual(unexplained, []);
    assert.equal(agreed + DIFFERENCES.length, compared);
    assert.ok(compared >= 150, `only ${compared} resources compared`);
    t.diagnostic(`${CASES.length} checks, ${compared} resources compared: ${agreed} agree, ${DIFFERENCES.length} listed differences`);
  });
});
