import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { evaluateDocument } from '../src/engine/run.js';
import { initHclParser } from '../src/inputs/terraform/hcl/parser.js';
import type { ScanProblem, Status } from '../src/model/evaluation.js';
import { builtinRules } from '../src/rules/index.js';
import { loadInput, loadTerraformInput, selectRules } from '../src/scan/index.js';
import { CORPORA } from './support/corpora.js';
import { comparePeer, expectationsOf, type PeerDifference, type ToseiOutcome } from './support/peer-comparison.js';

/**
 * Where a regula (Fugue) rule and a Tosei rule decide the same control, Tosei agrees with regula's
 * expectations on regula's own test inputs, resource by resource, or the difference is listed below
 * with its reason. Only ids and outcomes are kept here.
 *
 * `passed` / `failed` are read from regula's rule tests (rego/tests/rules/{cfn,tf}/**\/*_test.rego:
 * `allow`/`not allow`, `deny`/`not deny`, or `valid == true/false` per resource), as
 * `file:resource` under the test's inputs directory. Most Terraform tests judge the plan JSON
 * (`*_infra_json` inputs), so the plan is what Tosei reads too; a `.tf` file is read as a module
 * of its own, as regula's test reads it. Where regula's test judges a whole file (`r.valid` of a
 * report), the resources of a failing file are split by the rule's own condition (`from: 'rule'`).
 *
 * regula writes no suppression comments, so its ids are mapped here and not in
 * src/suppressions/peer-rules.ts: REGULA_RULES is the mapping, each id read from the rule's
 * metadata (rego/rules/{cfn,tf/aws}/**\/*.rego, `__rego__metadoc__.id`).
 */
const TESTS = join(CORPORA, 'regula-tests', 'rego', 'tests', 'rules');

/** The account and Region a deployment has, so that `${AWS::AccountId}` and `${AWS::Region}` in regula's templates resolve. */
const DEPLOYMENT = { accountId: '123456789012', region: 'us-east-1' } as const;

/** regula id -> the Tosei rules deciding the same control. */
const REGULA_RULES: Readonly<Record<string, readonly string[]>> = {
  FG_R00007: ['IAM_USER_NO_POLICIES_CHECK'],
  FG_R00011: ['CLOUDFRONT_VIEWER_POLICY_HTTPS'],
  FG_R00016: ['ENCRYPTED_VOLUMES'],
  FG_R00027: ['CLOUD_TRAIL_LOG_FILE_VALIDATION_ENABLED'],
  FG_R00029: ['CLOUD_TRAIL_CLOUD_WATCH_LOGS_ENABLED'],
  FG_R00035: ['CLOUD_TRAIL_ENCRYPTION_ENABLED'],
  FG_R00036: ['CMK_BACKING_KEY_ROTATION_ENABLED'],
  FG_R00054: ['VPC_FLOW_LOGS_ENABLED'],
  FG_R00085: ['INCOMING_SSH_DISABLED'],
  FG_R00087: ['RESTRICTED_INCOMING_TRAFFIC'],
  FG_R00089: ['VPC_DEFAULT_SECURITY_GROUP_CLOSED'],
  FG_R00092: ['IAM_POLICY_NO_STATEMENTS_WITH_ADMIN_ACCESS'],
  FG_R00099: ['S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED'],
  FG_R00100: ['S3_BUCKET_SSL_REQUESTS_ONLY'],
  FG_R00229: ['S3_BUCKET_LEVEL_PUBLIC_ACCESS_PROHIBITED'],
  FG_R00276: ['LAMBDA_FUNCTION_PUBLIC_ACCESS_PROHIBITED'],
  FG_R00357: ['NACL_NO_UNRESTRICTED_SSH_RDP'],
  FG_R00359: ['NACL_NO_UNRESTRICTED_SSH_RDP'],
  FG_R00377: ['VPC_SG_OPEN_ONLY_TO_AUTHORIZED_PORTS'],
};

/** Parameters that make the Tosei rule decide regula's control exactly. */
const PARAMETERS: Readonly<Record<string, Record<string, Record<string, unknown>>>> = {
  // restricted-common-ports with every blocked port 3389 decides RDP alone, as FG_R00087 does.
  FG_R00087: { RESTRICTED_INCOMING_TRAFFIC: { blockedPort1: 3389, blockedPort2: 3389, blockedPort3: 3389, blockedPort4: 3389, blockedPort5: 3389 } },
  // FG_R00377 spares ports 80 and 443, the ports Security Hub's EC2.18 authorizes.
  FG_R00377: { VPC_SG_OPEN_ONLY_TO_AUTHORIZED_PORTS: { authorizedTcpPorts: '80,443' } },
};

interface Case {
  id: string;
  /** regula's test, under TESTS: `cfn/s3/encryption`, `tf/aws/s3/bucket_sse`. */
  test: string;
  passed: readonly string[];
  failed: readonly string[];
  /**
   * Where regula judges a part (a security group rule, a policy attachment, a Terraform inline
   * policy, which Tosei merges into its role, user or group) and Tosei the resource it belongs to:
   * regula's resource -> the resource whose Tosei verdict is compared with it.
   */
  judged?: Readonly<Record<string, string>>;
  /** regula's test judges whole files: expectations per resource follow regula's rule within them. */
  from?: 'rule';
}

const TESTED: readonly Case[] = [
  { id: 'FG_R00099', test: 'cfn/s3/encryption',
    passed: ['valid_encryption_infra.yaml:Bucket', 'invalid_encryption_with_valid_infra.yaml:Bucket'],
    failed: ['invalid_encryption_missing_infra.yaml:Bucket', 'invalid_encryption_with_valid_infra.yaml:InvalidBucket'] },
  { id: 'FG_R00100', test: 'cfn/s3/https_access',
    passed: ['valid_https_access_bucket_policy_infra.yaml:Bucket1', 'valid_https_access_bucket_policy_infra.yaml:Bucket2'],
    failed: ['invalid_https_access_bucket_policy_infra.yaml:Bucket1', 'invalid_https_access_bucket_policy_infra.yaml:Bucket2', 'invalid_missing_infra.yaml:Bucket'] },
  { id: 'FG_R00229', test: 'cfn/s3/block_public_access',
    passed: ['valid_block_public_access_infra.yaml:Bucket'],
    failed: ['invalid_block_public_access_infra.yaml:Bucket1', 'invalid_block_public_access_infra.yaml:Bucket2'] },
  { id: 'FG_R00029', test: 'cfn/cloudtrail/cloudwatch',
    passed: ['valid_cloudwatch_infra.yaml:CloudTrailLogging', 'invalid_cloudwatch_with_valid_infra.yaml:ValidCloudTrailLogging'],
    failed: ['invalid_cloudwatch_infra.yaml:CloudTrailLogging', 'invalid_cloudwatch_with_valid_infra.yaml:InvalidCloudTrailLogging'] },
  { id: 'FG_R00035', test: 'cfn/cloudtrail/encryption',
    passed: ['valid_encryption_infra.yaml:CloudTrailLogging'],
    failed: ['invalid_encryption_infra.yaml:CloudTrailLogging'] },
  { id: 'FG_R00027', test: 'cfn/cloudtrail/log_validation',
    passed: ['valid_log_validation_infra.yaml:CloudTrailLogging', 'invalid_log_validation_with_valid_infra.yaml:ValidCloudTrailLogging'],
    failed: ['invalid_log_validation_infra.yaml:CloudTrailLogging', 'invalid_log_validation_with_valid_infra.yaml:InvalidCloudTrailLogging'] },
  { id: 'FG_R00016', test: 'cfn/ebs/volume_encryption',
    passed: ['volume_encryption_infra.yaml:ValidVolume01'],
    failed: ['volume_encryption_infra.yaml:InvalidVolume01', 'volume_encryption_infra.yaml:InvalidVolume02'] },
  { id: 'FG_R00092', test: 'cfn/iam/admin_policy',
    passed: ['ValidPolicy01', 'ValidPolicy02', 'ValidPolicy03', 'ValidRole01'].map((name) => `admin_policy_infra.yaml:${name}`),
    failed: ['InvalidGroup01', 'InvalidPolicy01', 'InvalidPolicy02', 'InvalidPolicy03', 'InvalidRole01', 'InvalidUser01'].map((name) => `admin_policy_infra.yaml:${name}`) },
  { id: 'FG_R00007', test: 'cfn/iam/policy',
    passed: ['policy_infra.yaml:User01', 'policy_infra.yaml:ValidPolicy01'],
    failed: ['policy_infra.yaml:InvalidPolicy01', 'policy_infra.yaml:InvalidUser01'] },
  { id: 'FG_R00036', test: 'cfn/kms/key_rotation',
    passed: ['key_rotation_infra.yaml:ValidKey01'],
    failed: ['key_rotation_infra.yaml:InvalidKey01', 'key_rotation_infra.yaml:InvalidKey02'] },
  { id: 'FG_R00276', test: 'cfn/lambda/function_not_public',
    passed: ['valid_function_not_public', 'valid_function_not_public_sam', 'valid_function_not_public_account_permission', 'valid_function_not_public_account_permission_sam', 'valid_function_not_public_service_permission', 'valid_function_not_public_service_permission_sam'].map((name) => `${name}_infra.yaml:Function`),
    failed: [
      ...['Function', 'Function2', 'Function3', 'Function4', 'Function5', 'Function6'].map((name) => `invalid_function_not_public_infra.yaml:${name}`),
      'invalid_function_not_public_sam_infra.yaml:Function',
      'invalid_function_not_public_with_valid_infra.yaml:Function',
    ] },
  { id: 'FG_R00089', test: 'cfn/vpc/default_security_group',
    passed: [],
    failed: ['default_security_group_infra.yaml:Vpc01InvalidIngress'],
    judged: { 'default_security_group_infra.yaml:Vpc01InvalidIngress': 'Vpc01' } },
  { id: 'FG_R00054', test: 'cfn/vpc/flow_logging_enabled',
    passed: ['flow_logging_enabled_infra.yaml:ValidVpc'],
    failed: ['flow_logging_enabled_infra.yaml:InvalidVpc'] },
  { id: 'FG_R00085', test: 'cfn/vpc/ingress_22',
    passed: ['ValidSecurityGroup02', 'ValidSecurityGroup03', 'ValidSecurityGroup04Ingress01'].map((name) => `ingress_22_infra.yaml:${name}`),
    failed: ['InvalidSecurityGroup01', 'InvalidSecurityGroup02', 'InvalidSecurityGroup03', 'InvalidSecurityGroup04Ingress01'].map((name) => `ingress_22_infra.yaml:${name}`),
    // Both ingress resources join ValidSecurityGroup04 (the "Invalid" one names it as its GroupId too).
    judged: { 'ingress_22_infra.yaml:ValidSecurityGroup04Ingress01': 'ValidSecurityGroup04', 'ingress_22_infra.yaml:InvalidSecurityGroup04Ingress01': 'ValidSecurityGroup04' } },
  { id: 'FG_R00087', test: 'cfn/vpc/ingress_3389',
    passed: ['ingress_3389_infra.yaml:ValidSecurityGroup02'],
    failed: ['ingress_3389_infra.yaml:InvalidSecurityGroup01'] },
  { id: 'FG_R00357', test: 'cfn/vpc/nacl_ingress_22',
    passed: ['ValidVpc01Nacl', 'ValidVpc02Nacl', 'ValidVpc03Nacl'].map((name) => `nacl_ingress_22_infra.yaml:${name}`),
    failed: ['InvalidVpc01Nacl', 'InvalidVpc02Nacl', 'InvalidVpc03Nacl'].map((name) => `nacl_ingress_22_infra.yaml:${name}`) },
  { id: 'FG_R00359', test: 'cfn/vpc/nacl_ingress_3389',
    passed: ['ValidVpc01Nacl', 'ValidVpc02Nacl', 'ValidVpc03Nacl'].map((name) => `nacl_ingress_3389_infra.yaml:${name}`),
    failed: ['InvalidVpc01Nacl', 'InvalidVpc02Nacl', 'InvalidVpc03Nacl'].map((name) => `nacl_ingress_3389_infra.yaml:${name}`) },
  { id: 'FG_R00099', test: 'tf/aws/s3/bucket_sse',
    passed: ['bucket_sse_infra.json:aws_s3_bucket.aes_encrypted', 'bucket_sse_infra.json:aws_s3_bucket.kms_encrypted'],
    failed: ['bucket_sse_infra.json:aws_s3_bucket.unencrypted'] },
  { id: 'FG_R00011', test: 'tf/aws/cloudfront/viewer_https',
    passed: ['distribution_https_infra.json:aws_cloudfront_distribution.redirect_to_https', 'distribution_https_infra.json:aws_cloudfront_distribution.https_only'],
    failed: ['distribution_https_infra.json:aws_cloudfront_distribution.allow_all'] },
  { id: 'FG_R00027', test: 'tf/aws/cloudtrail/log_file_validation',
    passed: ['log_file_validation_infra.json:aws_cloudtrail.valid_trail'],
    failed: ['log_file_validation_infra.json:aws_cloudtrail.invalid_trail'] },
  { id: 'FG_R00016', test: 'tf/aws/ebs/volume_encrypted',
    passed: ['volume_encrypted_infra.json:aws_ebs_volume.good'],
    failed: ['volume_encrypted_infra.json:aws_ebs_volume.missing', 'volume_encrypted_infra.json:aws_ebs_volume.bad'] },
  { id: 'FG_R00092', test: 'tf/aws/iam/admin_policy',
    passed: ['aws_iam_group_policy.valid_group_policy', 'aws_iam_policy.valid_deny_policy', 'aws_iam_role_policy.valid_role_policy', 'aws_iam_user_policy.valid_user_policy'].map((name) => `admin_policy_infra.json:${name}`),
    failed: ['aws_iam_group_policy.invalid_group_policy', 'aws_iam_policy.invalid_policy', 'aws_iam_role_policy.invalid_role_policy', 'aws_iam_user_policy.invalid_user_policy'].map((name) => `admin_policy_infra.json:${name}`),
    judged: {
      'admin_policy_infra.json:aws_iam_group_policy.invalid_group_policy': 'aws_iam_group.my_group',
      'admin_policy_infra.json:aws_iam_role_policy.invalid_role_policy': 'aws_iam_role.my_test_role',
      'admin_policy_infra.json:aws_iam_user_policy.invalid_user_policy': 'aws_iam_user.my_test_user',
    } },
  { id: 'FG_R00007', test: 'tf/aws/iam/user_attached_policy',
    passed: ['valid_group_policy_attachment_blank_users', 'valid_group_policy_attachment_missing_users', 'valid_group_policy_attachment_empty_list_users', 'valid_role_policy_attachment'].map((name) => `user_attached_policy_infra.json:aws_iam_policy_attachment.${name}`),
    failed: ['aws_iam_policy_attachment.invalid_normal_policy_attachment', 'aws_iam_user_policy.invalid_user_policy', 'aws_iam_user_policy_attachment.invalid_user_policy_attachment'].map((name) => `user_attached_policy_infra.json:${name}`),
    // Each attachment has a user of its own; a group's attachment answers for the group's member.
    judged: {
      'user_attached_policy_infra.json:aws_iam_policy_attachment.invalid_normal_policy_attachment': 'aws_iam_user.invalid_normal_policy_user',
      'user_attached_policy_infra.json:aws_iam_user_policy.invalid_user_policy': 'aws_iam_user.invalid_user_policy_user',
      'user_attached_policy_infra.json:aws_iam_user_policy_attachment.invalid_user_policy_attachment': 'aws_iam_user.invalid_user_policy_attachment_user',
      'user_attached_policy_infra.json:aws_iam_policy_attachment.valid_group_policy_attachment_blank_users': 'aws_iam_user.valid_group_blank_user',
      'user_attached_policy_infra.json:aws_iam_policy_attachment.valid_group_policy_attachment_missing_users': 'aws_iam_user.valid_group_missing_user',
      'user_attached_policy_infra.json:aws_iam_policy_attachment.valid_group_policy_attachment_empty_list_users': 'aws_iam_user.valid_group_empty_list_user',
    } },
  { id: 'FG_R00036', test: 'tf/aws/kms/key_rotation',
    passed: ['key_rotation_infra.json:aws_kms_key.valid'],
    failed: ['key_rotation_infra.json:aws_kms_key.invalid'] },
  { id: 'FG_R00085', test: 'tf/aws/security_group/ingress_anywhere_ssh',
    passed: ['ingress_anywhere_ssh_infra.json:aws_security_group.valid_sg_1', 'ingress_anywhere_ssh_infra.json:aws_security_group.valid_sg_2'],
    failed: ['ingress_anywhere_ssh_infra.json:aws_security_group.invalid_sg_1', 'ingress_anywhere_ssh_infra.json:aws_security_group.invalid_sg_2'] },
  { id: 'FG_R00087', test: 'tf/aws/security_group/ingress_anywhere_rdp',
    passed: ['ingress_anywhere_rdp_infra.json:aws_security_group.valid_sg_1', 'ingress_anywhere_rdp_infra.json:aws_security_group.valid_sg_2'],
    failed: ['ingress_anywhere_rdp_infra.json:aws_security_group.invalid_sg_1', 'ingress_anywhere_rdp_infra.json:aws_security_group.invalid_sg_2'] },
  { id: 'FG_R00377', test: 'tf/aws/security_group/ingress_anywhere',
    passed: ['valid_exact_443', 'valid_exact_80'].map((name) => `ingress_anywhere_infra.json:aws_security_group.${name}`),
    failed: ['invalid_allow_all', 'invalid_include_443', 'invalid_include_80'].map((name) => `ingress_anywhere_infra.json:aws_security_group.${name}`) },
  { id: 'FG_R00087', test: 'tf/aws/security_groups/ingress_3389', from: 'rule',
    passed: [
      'validSecurityGroupAllOpenSpecificIp.tf:aws_security_group.main',
      'validSecurityGroupAllOpenLowerPortSet.tf:aws_security_group.main',
      'validSecurityGroupAllOpenHigherPortSet.tf:aws_security_group.main',
      'valid_ingress_3389.tf:aws_security_group.allow_all1',
      'valid_ingress_3389.tf:aws_security_group.allow_all2',
      'invalidSecurityGroupAllOpenHigherAndLowerPortSet.tf:aws_security_group.b',
      'invalidTwoSecurityGroupsOpen.tf:aws_security_group.a',
      'invalid_ingress_3389.tf:aws_security_group.allow_all1',
    ],
    failed: [
      'invalidSecurityGroupAllOpen.tf:aws_security_group.allow_all',
      'invalidSecurityGroupAllOpenHigherAndLowerPortSet.tf:aws_security_group.a',
      'invalidTwoSecurityGroupsOpen.tf:aws_security_group.b',
      'invalid_ingress_3389.tf:aws_security_group.allow_all2',
    ] },
  { id: 'FG_R00054', test: 'tf/aws/vpc/flow_log',
    passed: ['flow_log_infra.json:aws_vpc.valid_vpc'],
    failed: ['flow_log_infra.json:aws_vpc.invalid_vpc'] },
];

/**
 * A Terraform test's `*_infra.json` plan was made from the `*_infra.tf` module beside it, so regula's
 * expectations hold for the same resources read from that source: Tosei reads both (plan and HCL
 * take different paths to the same canonical model).
 */
const PLANNED = '_infra.json:';
const MODULE = '_infra.tf:';

function moduleTwin(entry: Case): Case[] {
  const keys = [...entry.passed, ...entry.failed];
  if (!entry.test.startsWith('tf/') || keys.length === 0 || !keys.every((key) => key.includes(PLANNED))) return [];
  const fromSource = (key: string) => key.replace(PLANNED, MODULE);
  const { judged, ...rest } = entry;
  return [{
    ...rest,
    passed: entry.passed.map(fromSource),
    failed: entry.failed.map(fromSource),
    ...(judged ? { judged: Object.fromEntries(Object.entries(judged).map(([resource, owner]) => [fromSource(resource), owner])) } : {}),
  }];
}

const CASES: readonly Case[] = [...TESTED, ...TESTED.flatMap(moduleTwin)];

/** A difference that holds for a Terraform test's plan and for the module it was made from. */
function inPlanAndModule(difference: PeerDifference): PeerDifference[] {
  return [difference, { ...difference, resource: difference.resource.replace(PLANNED, MODULE) }];
}

const DIFFERENCES: readonly PeerDifference[] = [
  { check: 'cfn/iam/policy', resource: 'policy_infra.yaml:ValidPolicy01', tosei: 'NONE', why: 'iam-user-no-policies-check judges IAM users; a policy attached to a group only leaves no user to judge' },
  { check: 'cfn/iam/policy', resource: 'policy_infra.yaml:InvalidPolicy01', tosei: 'NONE', why: 'iam-user-no-policies-check judges the user the policy attaches to (InvalidUser01, NON_COMPLIANT and compared on its own), not the policy' },
  ...inPlanAndModule({ check: 'tf/aws/iam/user_attached_policy', resource: 'user_attached_policy_infra.json:aws_iam_policy_attachment.valid_role_policy_attachment', tosei: 'NONE', why: 'iam-user-no-policies-check judges IAM users; an attachment to a role only leaves no user to judge' }),
  ...['aws_iam_group_policy.valid_group_policy', 'aws_iam_role_policy.valid_role_policy', 'aws_iam_user_policy.valid_user_policy'].flatMap(
    (resource) => inPlanAndModule({ check: 'tf/aws/iam/admin_policy', resource: `admin_policy_infra.json:${resource}`, tosei: 'NONE', why: 'Terraform\'s inline policies are judged as part of their group, role or user, which also holds the example\'s "*:*" policy (compared as the invalid one)' }),
  ),
  { check: 'cfn/lambda/function_not_public', resource: 'invalid_function_not_public_infra.yaml:Function3', tosei: 'INSUFFICIENT_DATA', why: 'the permission names its function as "<account>:${Function3}", the generated function name behind an account id, which is not the Lambda partial ARN form (<account>:function:<name>): which function it opens is not known' },
  { check: 'cfn/vpc/ingress_22', resource: 'ingress_22_infra.yaml:ValidSecurityGroup02', tosei: 'NON_COMPLIANT', why: 'IpProtocol -1 is every protocol on every port, whatever FromPort/ToPort say (EC2 ignores them); regula reads the ports (80)' },
  { check: 'cfn/vpc/ingress_22', resource: 'ingress_22_infra.yaml:ValidSecurityGroup03', tosei: 'NON_COMPLIANT', why: 'IpProtocol -1 from ::/0 is every port, whatever FromPort/ToPort say; regula reads the ports (80)' },
  { check: 'cfn/vpc/ingress_22', resource: 'ingress_22_infra.yaml:ValidSecurityGroup04Ingress01', tosei: 'NON_COMPLIANT', why: 'incoming-ssh-disabled judges the security group: ValidSecurityGroup04 also gets InvalidSecurityGroup04Ingress01 (port 22 from 0.0.0.0/0)' },
  { check: 'cfn/vpc/ingress_3389', resource: 'ingress_3389_infra.yaml:ValidSecurityGroup02', tosei: 'NON_COMPLIANT', why: 'IpProtocol -1 is every protocol on every port, whatever FromPort/ToPort say (EC2 ignores them); regula reads the ports (80)' },
  { check: 'cfn/vpc/nacl_ingress_22', resource: 'nacl_ingress_22_infra.yaml:ValidVpc01Nacl', tosei: 'INSUFFICIENT_DATA', why: 'a TCP entry without a PortRange, which EC2 requires for TCP: malformed, not a verdict' },
  { check: 'cfn/vpc/nacl_ingress_22', resource: 'nacl_ingress_22_infra.yaml:ValidVpc02Nacl', tosei: 'NON_COMPLIANT', why: 'entry 20 allows ports 0-1000 from 0.0.0.0/0; nacl-no-unrestricted-ssh-rdp judges each inbound allow entry, and the lower-numbered deny of port 22 does not excuse it' },
  { check: 'cfn/vpc/nacl_ingress_22', resource: 'nacl_ingress_22_infra.yaml:InvalidVpc02Nacl', tosei: 'COMPLIANT', why: 'protocol 1 is ICMP, which has no ports: the entry admits nothing on port 22 (regula reads its PortRange)' },
  { check: 'cfn/vpc/nacl_ingress_3389', resource: 'nacl_ingress_3389_infra.yaml:ValidVpc01Nacl', tosei: 'INSUFFICIENT_DATA', why: 'a TCP entry without a PortRange, which EC2 requires for TCP: malformed, not a verdict' },
  { check: 'cfn/vpc/nacl_ingress_3389', resource: 'nacl_ingress_3389_infra.yaml:ValidVpc02Nacl', tosei: 'NON_COMPLIANT', why: 'entry 20 allows ports 0-10000 from 0.0.0.0/0, port 22 among them, which nacl-no-unrestricted-ssh-rdp judges with 3389 (and a lower-numbered deny does not excuse an allow entry)' },
  { check: 'cfn/vpc/nacl_ingress_3389', resource: 'nacl_ingress_3389_infra.yaml:InvalidVpc02Nacl', tosei: 'COMPLIANT', why: 'protocol 1 is ICMP, which has no ports: the entry admits nothing on port 3389 (regula reads its PortRange)' },
  { check: 'tf/aws/ebs/volume_encrypted', resource: 'volume_encrypted_infra.json:aws_ebs_volume.missing', tosei: 'INSUFFICIENT_DATA', why: 'encrypted is not set, so the plan knows it only after apply: the account\'s EBS encryption by default decides (the module leaves it unset, which Tosei reads as unencrypted, as regula does)' },
];

/** One `.tf` file of regula's inputs directory as a module of its own (the directory holds many unrelated ones). */
function loadModuleFile(path: string, problems: ScanProblem[]): ReturnType<typeof loadTerraformInput> {
  const module = mkdtempSync(join(tmpdir(), 'tosei-regula-'));
  try {
    copyFileSync(path, join(module, 'main.tf'));
    return loadTerraformInput(module, {}, problems);
  } finally {
    rmSync(module, { recursive: true, force: true });
  }
}

/** The outcome per `file:resource` of the case's Tosei rules on the files its expectations name. */
function toseiOutcomes(entry: Case): Map<string, ToseiOutcome> {
  const ruleIds = REGULA_RULES[entry.id];
  assert.ok(ruleIds, `${entry.id} is not mapped`);
  const parameters = PARAMETERS[entry.id];
  const rules = selectRules(builtinRules, { ruleSet: 'all', only: [...ruleIds], ...(parameters ? { parameters } : {}) });
  assert.equal(rules.length, ruleIds.length, `${entry.id}: a rule of ${ruleIds.join(', ')} is missing`);
  const inputs = join(TESTS, entry.test, '..', 'inputs');
  const statuses = new Map<string, Set<Status>>();
  const files = new Set([...entry.passed, ...entry.failed].map((key) => key.slice(0, key.indexOf(':'))));
  for (const file of files) {
    const problems: ScanProblem[] = [];
    const document = file.endsWith('.tf') ? loadModuleFile(join(inputs, file), problems) : loadInput(join(inputs, file), true, DEPLOYMENT, problems);
    assert.ok(document, `${entry.test} ${file} does not load: ${JSON.stringify(problems)}`);
    const result = evaluateDocument(document, rules);
    assert.deepEqual(result.problems.filter((problem) => problem.level === 'error'), [], `${entry.test} ${file}: rule errors`);
    for (const evaluation of result.evaluations) {
      const key = `${file}:${evaluation.resource.address ?? evaluation.resource.id}`;
      const seen = statuses.get(key) ?? new Set<Status>();
      seen.add(evaluation.status);
      statuses.set(key, seen);
    }
  }
  const outcomes = new Map<string, ToseiOutcome>();
  for (const [key, seen] of statuses) {
    assert.equal(seen.size, 1, `${entry.test} ${key}: the mapped rules disagree (${[...seen].join(', ')})`);
    outcomes.set(key, [...seen][0] as Status);
  }
  return outcomes;
}

describe('regula rules and the Tosei rules that decide the same control', { skip: !existsSync(TESTS) && `regula's rule tests are not at ${TESTS}` }, async () => {
  await initHclParser();

  it('maps each compared regula id to Tosei rules that exist', () => {
    const known = new Set(builtinRules.map((rule) => rule.meta.id));
    for (const [id, rules] of Object.entries(REGULA_RULES)) for (const rule of rules) assert.ok(known.has(rule), `${id}: no Tosei rule ${rule}`);
    for (const [id, byRule] of Object.entries(PARAMETERS)) for (const rule of Object.keys(byRule)) assert.ok(REGULA_RULES[id]?.includes(rule), `${id}: parameters for ${rule}, which it does not map to`);
    for (const entry of CASES) assert.ok(REGULA_RULES[entry.id], `${entry.test}: ${entry.id} is not mapped`);
    assert.deepEqual(Object.keys(REGULA_RULES).filter((id) => !CASES.some((entry) => entry.id === id)), [], 'mapped ids no test compares');
  });

  it('agrees with regula on every expected resource, or the difference is listed with its reason', (t) => {
    const expectations = CASES.flatMap((entry) => {
      const outcomes = toseiOutcomes(entry);
      return expectationsOf(entry.test, entry, (resource) => {
        // A rule or attachment regula judges may be judged by Tosei on its owner.
        const judged = entry.judged?.[resource];
        return outcomes.get(judged === undefined ? resource : `${resource.slice(0, resource.indexOf(':'))}:${judged}`) ?? 'NONE';
      });
    });
    const { unexplained, compared, agreed } = comparePeer('regula', expectations, DIFFERENCES);
    assert.deepEqual(unexplained, []);
    assert.equal(compared, agreed + DIFFERENCES.length);
    assert.ok(CASES.length >= 25 && compared >= 90, `${CASES.length} cases, ${compared} resources`);
    t.diagnostic(`${Object.keys(REGULA_RULES).length} regula ids, ${CASES.length} tests, ${compared} resources compared: ${agreed} agree, ${DIFFERENCES.length} listed differences`);
  });
});
