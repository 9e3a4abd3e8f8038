import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { peerRule } from '../src/suppressions/peer-rules.js';
import { CORPORA } from './support/corpora.js';
import { comparePeer, expectationsOf, templateOutcomes, type PeerDifference } from './support/peer-comparison.js';

/**
 * Tosei against cfn_nag's own expectations: for every cfn_nag rule that decides the same control as
 * Tosei rules (src/suppressions/peer-rules.ts), the resources of cfn_nag's test templates (the
 * cfn-nag-spec corpus) that its spec/custom_rules/*_spec.rb expects to be flagged (FAILED) or not
 * (PASSED: every other resource of the type the rule inspects, as lib/cfn-nag/custom_rules/*.rb
 * selects it). PASSED must be COMPLIANT and FAILED NON_COMPLIANT, unless the pair is listed in
 * DIFFERENCES with the status Tosei gives and why. Only ids and outcomes are recorded here.
 * W2 (any ingress open to the world) is not compared: it maps to the port-specific Tosei rules for
 * suppressions, but judges every port, so its expectations are not those rules' control.
 */

const TEMPLATES = join(CORPORA, 'cfn-nag-spec', 'spec', 'test_templates');

interface CfnNagCase {
  /** cfn_nag's rule id. */
  check: string;
  /** The Tosei rules that decide the same control. */
  rules: readonly string[];
  /** `path:LogicalId` (path under spec/test_templates) of each resource cfn_nag's spec expects not to be flagged, and flagged. */
  passed: readonly string[];
  failed: readonly string[];
}

// F26 is one cfn_nag id for two rules (DB instances and DB clusters): one case each.
const CASES: readonly CfnNagCase[] = [
  { check: 'F1', rules: ['ENCRYPTED_VOLUMES'],
    passed: ['json/ec2_volume/ebs_volume_with_encryption.json:NewVolume'],
    failed: ['json/ec2_volume/two_ebs_volumes_with_no_encryption.json:NewVolume1', 'json/ec2_volume/two_ebs_volumes_with_no_encryption.json:NewVolume2'] },
  { check: 'F10', rules: ['IAM_NO_INLINE_POLICY_CHECK'],
    passed: [],
    failed: ['json/iam_user/iam_user_with_inline_policy.json:userWithInline'] },
  { check: 'F14', rules: ['S3_BUCKET_PUBLIC_WRITE_PROHIBITED'],
    passed: ['json/s3_bucket/buckets_with_insecure_acl.json:S3BucketRead'],
    failed: ['json/s3_bucket/buckets_with_insecure_acl.json:S3BucketReadWrite'] },
  { check: 'F19', rules: ['CMK_BACKING_KEY_ROTATION_ENABLED'],
    passed: ['json/kms/kms_key_with_enable_key_rotation_true.json:myKeyRotationExplicitlyTrue', 'json/kms/kms_key_with_enable_key_rotation_true_string.json:myKeyRotationExplicitlyTrueString'],
    failed: ['json/kms/kms_key_with_enable_key_rotation_false.json:myKeyRotationExplicitlyFalse', 'json/kms/kms_key_with_enable_key_rotation_false_string.json:myKeyRotationExplicitlyFalseString', 'json/kms/kms_key_with_enable_key_rotation_absent.json:myKeyRotationAbsent'] },
  { check: 'F22', rules: ['RDS_INSTANCE_PUBLIC_ACCESS_CHECK'],
    passed: [],
    failed: ['json/rds_instance/rds_instance_publicly_accessible.json:PublicDB'] },
  { check: 'F25', rules: ['ELASTICACHE_REPL_GRP_ENCRYPTED_AT_REST'],
    passed: ['json/elasticache/replication_group_with_encryption.json:BasicReplicationGroup'],
    failed: ['json/elasticache/replication_group_with_no_encryption.json:BasicReplicationGroup', 'json/elasticache/replication_group_with_encryption_false.json:BasicReplicationGroup', 'json/elasticache/replication_group_with_encryption_false_boolean.json:BasicReplicationGroup'] },
  { check: 'F26', rules: ['RDS_STORAGE_ENCRYPTED'],
    passed: ['json/rds_instance/db_instance_with_clusterid_and_encryption_false.json:MyDB', 'json/rds_instance/db_instance_with_encryption.json:MyDB'],
    failed: ['json/rds_instance/db_instance_with_no_encryption.json:MyDB', 'json/rds_instance/db_instance_with_encryption_false.json:MyDB', 'json/rds_instance/db_instance_with_encryption_false_boolean.json:MyDB'] },
  { check: 'F26', rules: ['RDS_CLUSTER_ENCRYPTED_AT_REST'],
    passed: ['json/rds_instance/db_cluster_with_encryption.json:RDSCluster'],
    failed: ['json/rds_instance/db_cluster_with_no_encryption.json:RDSCluster', 'json/rds_instance/db_cluster_with_encryption_false.json:RDSCluster', 'json/rds_instance/db_cluster_with_encryption_false_boolean.json:RDSCluster'] },
  { check: 'F27', rules: ['EFS_ENCRYPTED_CHECK'],
    passed: ['json/efs/filesystem_with_encryption.json:filesystem'],
    failed: ['json/efs/filesystem_with_no_encryption.json:filesystem', 'json/efs/filesystem_with_encryption_false.json:filesystem', 'json/efs/filesystem_with_encryption_false_boolean.json:filesystem'] },
  { check: 'F28', rules: ['REDSHIFT_CLUSTER_KMS_ENABLED'],
    passed: ['json/redshift/cluster_with_encryption.json:myCluster'],
    failed: ['json/redshift/cluster_with_no_encryption.json:myCluster', 'json/redshift/cluster_with_encryption_false.json:myCluster', 'json/redshift/cluster_with_encryption_false_boolean.json:myCluster'] },
  { check: 'F30', rules: ['NEPTUNE_CLUSTER_ENCRYPTED'],
    passed: ['json/neptune/with_encryption.json:NeptuneDBCluster'],
    failed: ['json/neptune/with_no_encryption.json:NeptuneDBCluster', 'json/neptune/with_encryption_false_string.json:NeptuneDBCluster', 'json/neptune/with_encryption_false_boolean.json:NeptuneDBCluster'] },
  { check: 'F33', rules: ['ELASTICACHE_REPL_GRP_ENCRYPTED_IN_TRANSIT'],
    passed: ['json/elasticache/replication_group_with_encryption.json:BasicReplicationGroup'],
    failed: ['json/elasticache/replication_group_with_no_encryption.json:BasicReplicationGroup', 'json/elasticache/replication_group_with_encryption_false.json:BasicReplicationGroup', 'json/elasticache/replication_group_with_encryption_false_boolean.json:BasicReplicationGroup'] },
  { check: 'F80', rules: ['RDS_INSTANCE_DELETION_PROTECTION_ENABLED'],
    passed: ['yaml/rds_dbinstance/rds_dbinstance_without_deletion_protection.yaml:Aurora', 'yaml/rds_dbinstance/rds_dbinstance_with_deletion_protection_enabled.yaml:RDSDBInstanceWithDeletionProtectionEnabled'],
    failed: ['yaml/rds_dbinstance/rds_dbinstance_without_deletion_protection.yaml:RDSDBInstanceWithNoDeletionProtection', 'yaml/rds_dbinstance/rds_dbinstance_without_deletion_protection.yaml:RDSDBInstanceWithDeletionProtectionDisabled'] },
  { check: 'W10', rules: ['CLOUDFRONT_ACCESSLOGS_ENABLED'],
    passed: ['json/cloudfront_distribution/cloudfront_distribution_without_logging.json:rDistribution1'],
    failed: ['json/cloudfront_distribution/cloudfront_distribution_without_logging.json:rDistribution2'] },
  { check: 'W26', rules: ['ELB_LOGGING_ENABLED'],
    passed: ['json/elasticloadbalancing_loadbalancer/two_load_balancers_with_no_logging.json:elb3'],
    failed: ['json/elasticloadbalancing_loadbalancer/two_load_balancers_with_no_logging.json:elb1', 'json/elasticloadbalancing_loadbalancer/two_load_balancers_with_no_logging.json:elb2'] },
  { check: 'W31', rules: ['S3_BUCKET_PUBLIC_READ_PROHIBITED'],
    passed: ['json/s3_bucket/buckets_with_insecure_acl.json:S3BucketReadWrite'],
    failed: ['json/s3_bucket/buckets_with_insecure_acl.json:S3BucketRead'] },
  { check: 'W33', rules: ['SUBNET_AUTO_ASSIGN_PUBLIC_IP_DISABLED'],
    passed: ['yaml/ec2_subnet/ec2_subnet_no_map_public_ip_on_launch_specified.yml:EC2Subnet', 'yaml/ec2_subnet/ec2_subnet_map_public_ip_on_launch_false_boolean.yml:EC2Subnet', 'yaml/ec2_subnet/ec2_subnet_map_public_ip_on_launch_false_boolean_case.yml:EC2Subnet', 'yaml/ec2_subnet/ec2_subnet_map_public_ip_on_launch_false_string.yml:EC2Subnet', 'yaml/ec2_subnet/ec2_subnet_map_public_ip_on_launch_false_string_case.yml:EC2Subnet'],
    failed: ['yaml/ec2_subnet/ec2_subnet_map_public_ip_on_launch_true_boolean.yml:EC2Subnet', 'yaml/ec2_subnet/ec2_subnet_map_public_ip_on_launch_true_boolean_case.yml:EC2Subnet', 'yaml/ec2_subnet/ec2_subnet_map_public_ip_on_launch_true_string.yml:EC2Subnet', 'yaml/ec2_subnet/ec2_subnet_map_public_ip_on_launch_true_string_case.yml:EC2Subnet'] },
  { check: 'W35', rules: ['S3_BUCKET_LOGGING_ENABLED'],
    passed: ['json/s3_bucket/buckets_with_access_logging.json:S3BucketNoAccessLogging'],
    failed: ['json/s3_bucket/buckets_with_no_access_logging.json:S3BucketNoAccessLogging'] },
  { check: 'W41', rules: ['S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED'],
    passed: ['json/s3_bucket/buckets_with_no_encryption.json:Green_S3BucketEncryptionSet'],
    failed: ['json/s3_bucket/buckets_with_no_encryption.json:S3BucketEncryptionNotSet'] },
  { check: 'W46', rules: ['API_GWV2_ACCESS_LOGS_ENABLED'],
    passed: ['json/apigateway_accesslogging_v2/apigateway_with_access_logging.json:ApiGatewayWithAccessLogging'],
    failed: ['json/apigateway_accesslogging_v2/apigateway_with_no_access_logging.json:ApiGatewayNoAccessLogging'] },
  { check: 'W47', rules: ['SNS_ENCRYPTED_KMS'],
    passed: ['yaml/sns/sns_topic_kms_master_key_id_not_defined.yaml:SnsTopic2', 'yaml/sns/sns_topic_kms_master_key_id_defined.yaml:SnsTopic1', 'yaml/sns/sns_topic_kms_master_key_id_defined.yaml:SnsTopic2', 'yaml/sns/sns_topic_kms_master_key_id_defined_with_parameter.yaml:SnsTopic1', 'yaml/sns/sns_topic_kms_master_key_id_defined_with_parameter.yaml:SnsTopic2'],
    failed: ['yaml/sns/sns_topic_kms_master_key_id_not_defined.yaml:SnsTopic1'] },
  { check: 'W48', rules: ['SQS_QUEUE_ENCRYPTED_KMS'],
    passed: ['yaml/sqs/sqs_queue_kms_master_key_id_not_defined.yaml:SqsQueue1', 'yaml/sqs/sqs_queue_kms_master_key_id_defined.yaml:SqsQueue1', 'yaml/sqs/sqs_queue_kms_master_key_id_defined.yaml:SqsQueue2', 'yaml/sqs/sqs_queue_kms_master_key_id_defined_with_parameter.yaml:SqsQueue1', 'yaml/sqs/sqs_queue_kms_master_key_id_defined_with_parameter.yaml:SqsQueue2'],
    failed: ['yaml/sqs/sqs_queue_kms_master_key_id_not_defined.yaml:SqsQueue2'] },
  { check: 'W49', rules: ['KINESIS_STREAM_ENCRYPTED'],
    passed: ['yaml/kinesis/kinesis_stream_stream_encryption_not_defined.yaml:KinesisStream2', 'yaml/kinesis/kinesis_stream_stream_encryption_defined.yaml:KinesisStream1', 'yaml/kinesis/kinesis_stream_stream_encryption_defined.yaml:KinesisStream2', 'yaml/kinesis/kinesis_stream_stream_encryption_defined_with_parameter.yaml:KinesisStream1', 'yaml/kinesis/kinesis_stream_stream_encryption_defined_with_parameter.yaml:KinesisStream2', 'yaml/kinesis/kinesis_stream_stream_encryption_defined_encryption_type_none.yaml:KinesisStream1', 'yaml/kinesis/kinesis_stream_stream_encryption_defined_encryption_type_none.yaml:KinesisStream2', 'yaml/kinesis/kinesis_stream_stream_encryption_defined_encryption_type_none.yaml:KinesisStream3'],
    failed: ['yaml/kinesis/kinesis_stream_stream_encryption_not_defined.yaml:KinesisStream1', 'yaml/kinesis/kinesis_stream_stream_encryption_not_defined.yaml:KinesisStream3'] },
  { check: 'W52', rules: ['ELB_LOGGING_ENABLED'],
    passed: ['json/elasticloadbalancing_loadbalancer_v2/two_load_balancers_with_no_logging.json:elb3', 'yaml/elasticloadbalacingv2_elasticloadbalancer/conditional_properties.yml:ApplicationLoadBalancer', 'yaml/elasticloadbalacingv2_elasticloadbalancer/conditional_property_values.yml:ApplicationLoadBalancer'],
    failed: ['json/elasticloadbalancing_loadbalancer_v2/two_load_balancers_with_no_logging.json:elb1', 'json/elasticloadbalancing_loadbalancer_v2/two_load_balancers_with_no_logging.json:elb2'] },
  { check: 'W54', rules: ['ELASTICSEARCH_ENCRYPTED_AT_REST'],
    passed: ['json/elasticsearch/elasticsearch_domain_with_encryption_at_rest.json:ElasticsearchDomainWithName'],
    failed: ['json/elasticsearch/elasticsearch_domain_no_encryption_at_rest.json:ElasticsearchDomainWithName', 'json/elasticsearch/elasticsearch_domain_no_encryption_at_rest.json:ElasticsearchDomainWithName2'] },
  { check: 'W74', rules: ['DYNAMODB_TABLE_ENCRYPTED_KMS'],
    passed: ['yaml/dynamodb/dynamodb_table_with_encryption_enabled.yaml:DynamodbEncryptionEnabled'],
    failed: ['yaml/dynamodb/dynamodb_table_with_no_encryption.yaml:DynamodbNoEncryption', 'yaml/dynamodb/dynamodb_table_with_no_encryption.yaml:DynamodbEncryptionDisabled'] },
  { check: 'W75', rules: ['DB_INSTANCE_BACKUP_ENABLED'],
    passed: ['yaml/rds_dbinstance/rds_dbinstance_with_backup_retention_period_set_to_zero.yaml:RDSDBInstanceWithoutBackupRetentionPeriod', 'yaml/rds_dbinstance/rds_dbinstance_without_backup_retention_period.yaml:RDSDBInstanceWithoutBackupRetentionPeriod', 'yaml/rds_dbinstance/rds_dbinstance_with_backup_retention_period.yaml:RDSDBInstanceWithNonZeroBackupRetentionPeriod', 'yaml/rds_dbinstance/rds_dbinstance_with_backup_retention_period.yaml:RDSDBInstanceWithStringNonZeroBackupRetentionPeriod'],
    failed: ['yaml/rds_dbinstance/rds_dbinstance_with_backup_retention_period_set_to_zero.yaml:RDSDBInstanceWithZeroBackupRetentionPeriod', 'yaml/rds_dbinstance/rds_dbinstance_with_backup_retention_period_set_to_zero.yaml:RDSDBInstanceWithStringZeroBackupRetentionPeriod'] },
  { check: 'W77', rules: ['SECRETSMANAGER_USING_CMK'],
    passed: ['yaml/secretsmanager/explicit_key.yml:AppDbSecret'],
    failed: ['yaml/secretsmanager/conditional_properties.yml:AppDbSecret'] },
  { check: 'W78', rules: ['DYNAMODB_PITR_ENABLED'],
    passed: ['yaml/dynamodb/dynamodb_table_with_backup_enabled.yaml:DynamodbBackupEnabled'],
    failed: ['yaml/dynamodb/dynamodb_table_with_no_backup_enabled.yaml:DynamodbNoBackupEnabled', 'yaml/dynamodb/dynamodb_table_with_no_backup_enabled.yaml:DynamodbNoBackupEnabled2'] },
  { check: 'W79', rules: ['ECR_PRIVATE_IMAGE_SCANNING_ENABLED'],
    passed: ['yaml/ecrregistry/registries_with_scanonpush_enabled.yaml:MyRepositoryWithScanEnabled'],
    failed: ['yaml/ecrregistry/registries_with_no_scanonpush_enabled.yaml:MyRepositoryWithScanDisabled', 'yaml/ecrregistry/registries_with_no_scanonpush_enabled.yaml:MyRepositoryWithNoConfigDefault'] },
  { check: 'W82', rules: ['EKS_SECRETS_ENCRYPTED'],
    passed: ['yaml/eks_cluster/eks_cluster_encryptionconfig_provider_keyarn_set.yaml:EKSCluster'],
    failed: ['yaml/eks_cluster/eks_cluster_encryptionconfig_not_set.yaml:EKSCluster', 'yaml/eks_cluster/eks_cluster_encryptionconfig_provider_not_set.yaml:EKSCluster'] },
  { check: 'W83', rules: ['DAX_ENCRYPTION_ENABLED'],
    passed: ['yaml/dax_cluster/dax_cluster_with_encryption_enabled.yaml:DAXCluster'],
    failed: ['yaml/dax_cluster/dax_cluster_with_encryption_not_set.yaml:DAXCluster', 'yaml/dax_cluster/dax_cluster_with_encryption_disabled.yaml:DAXCluster'] },
  { check: 'W84', rules: ['CLOUDWATCH_LOG_GROUP_ENCRYPTED'],
    passed: ['yaml/cloudwatchlogs_loggroup/cloudwatchlogs_loggroup_with_encryption.yaml:CWLogGroup'],
    failed: ['yaml/cloudwatchlogs_loggroup/cloudwatchlogs_loggroup_without_encryption.yaml:CWLogGroup'] },
  { check: 'W85', rules: ['ELASTICSEARCH_NODE_TO_NODE_ENCRYPTION_CHECK'],
    passed: ['json/elasticsearch/elasticsearch_domain_with_encryption_node_to_node.json:ElasticsearchDomainWithName'],
    failed: ['json/elasticsearch/elasticsearch_domain_no_encryption_node_to_node.json:ElasticsearchDomainWithName', 'json/elasticsearch/elasticsearch_domain_no_encryption_node_to_node.json:ElasticsearchDomainWithName2'] },
  { check: 'W89', rules: ['LAMBDA_INSIDE_VPC'],
    passed: ['json/lambda_function/lambda_inside_vpc.json:FunctionInsideVpc'],
    failed: ['json/lambda_function/lambda_not_inside_vpc.json:FunctionNotInsideVpc'] },
  { check: 'W90', rules: ['ELASTICSEARCH_IN_VPC_ONLY'],
    passed: ['json/elasticsearch/elasticsearch_inside_vpc.json:ElasticsearchDomainInVPC'],
    failed: ['json/elasticsearch/elasticsearch_not_inside_vpc.json:ElasticsearchDomainNotInVPC'] },
  { check: 'W91', rules: ['DMS_REPLICATION_NOT_PUBLIC'],
    passed: ['json/dms_replication_instance/dms-replication-instance-is-not-public.json:BasicReplicationInstance'],
    failed: ['json/dms_replication_instance/dms-replication-instance-public.json:BasicReplicationInstance'] },
];

/** Where Tosei deliberately disagrees with cfn_nag's expectation: AWS Config's definition of the control, or what a template can not tell. */
const DIFFERENCES: readonly PeerDifference[] = [
  { check: 'F26', resource: 'json/rds_instance/db_instance_with_clusterid_and_encryption_false.json:MyDB', tosei: 'INSUFFICIENT_DATA', why: 'the instance names DB cluster clusterId, whose storage encryption it takes (cfn_nag passes it for that reason); the cluster is not in the template, so its encryption is not known' },
  { check: 'F28', resource: 'json/redshift/cluster_with_no_encryption.json:myCluster', tosei: 'COMPLIANT', why: 'Encrypted unset: Redshift encrypts new clusters by default, so the rule (see its description) takes it as encrypted; cfn_nag asks for Encrypted: true to be written' },
  { check: 'F80', resource: 'yaml/rds_dbinstance/rds_dbinstance_without_deletion_protection.yaml:Aurora', tosei: 'NOT_APPLICABLE', why: 'deletion protection of an Aurora instance is set on its DB cluster (RDS_CLUSTER_DELETION_PROTECTION_ENABLED), so rds-instance-deletion-protection-enabled shows it as not applicable; cfn_nag skips Aurora too, which its spec counts as not flagged' },
  { check: 'W31', resource: 'json/s3_bucket/buckets_with_insecure_acl.json:S3BucketReadWrite', tosei: 'NON_COMPLIANT', why: 'the PublicReadWrite canned ACL grants everyone read too; cfn_nag looks for PublicRead only (and flags this bucket as F14), s3-bucket-public-read-prohibited for any public read' },
  { check: 'W49', resource: 'yaml/kinesis/kinesis_stream_stream_encryption_defined_encryption_type_none.yaml:KinesisStream2', tosei: 'NON_COMPLIANT', why: 'EncryptionType NONE leaves the stream unencrypted, which kinesis-stream-encrypted finds NON_COMPLIANT; cfn_nag only asks for StreamEncryption to be present' },
  { check: 'W49', resource: 'yaml/kinesis/kinesis_stream_stream_encryption_defined_encryption_type_none.yaml:KinesisStream3', tosei: 'NON_COMPLIANT', why: 'EncryptionType NONE: as for KinesisStream2' },
  { check: 'W52', resource: 'yaml/elasticloadbalacingv2_elasticloadbalancer/conditional_properties.yml:ApplicationLoadBalancer', tosei: 'INSUFFICIENT_DATA', why: 'whether access logs are on depends on a condition of parameter Enable, which has no default; cfn_nag takes conditions as true unless told otherwise' },
  { check: 'W52', resource: 'yaml/elasticloadbalacingv2_elasticloadbalancer/conditional_property_values.yml:ApplicationLoadBalancer', tosei: 'INSUFFICIENT_DATA', why: 'the access_logs.s3.enabled value depends on the same condition: as for conditional_properties.yml' },
  { check: 'W74', resource: 'yaml/dynamodb/dynamodb_table_with_encryption_enabled.yaml:DynamodbEncryptionEnabled', tosei: 'INSUFFICIENT_DATA', why: 'KMSMasterKeyId String is no KMS key id, ARN or alias name (malformed), so the key the table is encrypted with is not known' },
  { check: 'W79', resource: 'yaml/ecrregistry/registries_with_no_scanonpush_enabled.yaml:MyRepositoryWithScanDisabled', tosei: 'INSUFFICIENT_DATA', why: 'a repository that does not scan on push may still be scanned by the registry scanning configuration, which a template does not show' },
  { check: 'W79', resource: 'yaml/ecrregistry/registries_with_no_scanonpush_enabled.yaml:MyRepositoryWithNoConfigDefault', tosei: 'INSUFFICIENT_DATA', why: 'registry scanning: as for MyRepositoryWithScanDisabled' },
  { check: 'W82', resource: 'yaml/eks_cluster/eks_cluster_encryptionconfig_provider_keyarn_set.yaml:EKSCluster', tosei: 'INSUFFICIENT_DATA', why: 'the EncryptionConfig entry lists {Foo: bar} as a resource, not a resource name such as secrets (malformed), so whether it covers secrets is not known' },
  { check: 'W82', resource: 'yaml/eks_cluster/eks_cluster_encryptionconfig_provider_not_set.yaml:EKSCluster', tosei: 'INSUFFICIENT_DATA', why: 'the same malformed Resources entry: as for eks_cluster_encryptionconfig_provider_keyarn_set.yaml' },
];

describe('cfn_nag rules: Tosei agrees with cfn_nag\'s test expectations, or the difference is listed', { skip: !existsSync(TEMPLATES) && `the cfn-nag-spec corpus is absent (${TEMPLATES})` }, () => {
  it('maps each compared rule to its Tosei rules in the suppression map', () => {
    assert.ok(CASES.length >= 30, `only ${CASES.length} pairs`);
    for (const entry of CASES) {
      const mapped = peerRule('cfn_nag', entry.check);
      assert.ok(mapped, `${entry.check} is not in the suppression map`);
      for (const rule of entry.rules) assert.ok(mapped.tosei.includes(rule), `${entry.check} does not map to ${rule}`);
    }
  });

  it('gives cfn_nag\'s outcome on every resource its specs decide, except the listed differences', (t) => {
    const expectations = CASES.flatMap((entry) => {
      const outcomes = templateOutcomes(TEMPLATES, entry.check, entry.rules, [...entry.passed, ...entry.failed]);
      return expectationsOf(entry.check, entry, (resource) => outcomes.get(resource) ?? 'NONE');
    });
    const { unexplained, compared, agreed } = comparePeer('cfn_nag', expectations, DIFFERENCES);
    assert.deepEqual(unexplained, []);
    assert.equal(agreed + DIFFERENCES.length, compared);
    assert.ok(compared >= 100, `only ${compared} resources compared`);
    t.diagnostic(`${CASES.length} cases, ${compared} resources compared: ${agreed} agree, ${DIFFERENCES.length} listed differences`);
  });
});
