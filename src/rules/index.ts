import { accountRules } from './aws/account/index.js';
import { acmRules } from './aws/acm/index.js';
import { apigatewayRules } from './aws/apigateway/index.js';
import { autoscalingRules } from './aws/autoscaling/index.js';
import { backupRules } from './aws/backup/index.js';
import { codebuildRules } from './aws/codebuild/index.js';
import { cloudtrailRules } from './aws/cloudtrail/index.js';
import { cloudwatchRules } from './aws/cloudwatch/index.js';
import { cloudfrontRules } from './aws/cloudfront/index.js';
import { daxRules } from './aws/dax/index.js';
import { dmsRules } from './aws/dms/index.js';
import { docdbRules } from './aws/docdb/index.js';
import { dynamodbRules } from './aws/dynamodb/index.js';
import { ec2Rules } from './aws/ec2/index.js';
import { ecrRules } from './aws/ecr/index.js';
import { ecsRules } from './aws/ecs/index.js';
import { efsRules } from './aws/efs/index.js';
import { eksRules } from './aws/eks/index.js';
import { elasticacheRules } from './aws/elasticache/index.js';
import { elbRules } from './aws/elb/index.js';
import { fsxRules } from './aws/fsx/index.js';
import { guarddutyRules } from './aws/guardduty/index.js';
import { iamRules } from './aws/iam/index.js';
import { kinesisRules } from './aws/kinesis/index.js';
import { kmsRules } from './aws/kms/index.js';
import { lambdaRules } from './aws/lambda/index.js';
import { logsRules } from './aws/logs/index.js';
import { neptuneRules } from './aws/neptune/index.js';
import { networkfirewallRules } from './aws/networkfirewall/index.js';
import { opensearchRules } from './aws/opensearch/index.js';
import { rdsRules } from './aws/rds/index.js';
import { redshiftRules } from './aws/redshift/index.js';
import { s3Rules } from './aws/s3/index.js';
import { sagemakerRules } from './aws/sagemaker/index.js';
import { secretsmanagerRules } from './aws/secretsmanager/index.js';
import { snsRules } from './aws/sns/index.js';
import { sqsRules } from './aws/sqs/index.js';
import { ssmRules } from './aws/ssm/index.js';
import { stepfunctionsRules } from './aws/stepfunctions/index.js';
import { vpcRules } from './aws/vpc/index.js';
import { wafv2Rules } from './aws/wafv2/index.js';
import type { AnyRule } from './types.js';

/**
 * Rule ids in the order `localeCompare` gives them (`_` before digits before letters), without
 * ICU's collator, which costs every start-up milliseconds to set up.
 */
export function compareRuleIds(a: string, b: string): number {
  const left = a.replaceAll('_', '\u0001');
  const right = b.replaceAll('_', '\u0001');
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Every built-in rule, in id order. */
export const builtinRules: readonly AnyRule[] = [
  ...accountRules,
  ...acmRules,
  ...apigatewayRules,
  ...autoscalingRules,
  ...backupRules,
  ...codebuildRules,
  ...cloudtrailRules,
  ...cloudwatchRules,
  ...cloudfrontRules,
  ...daxRules,
  ...dmsRules,
  ...docdbRules,
  ...dynamodbRules,
  ...ec2Rules,
  ...ecrRules,
  ...ecsRules,
  ...efsRules,
  ...eksRules,
  ...elasticacheRules,
  ...elbRules,
  ...fsxRules,
  ...guarddutyRules,
  ...iamRules,
  ...kinesisRules,
  ...kmsRules,
  ...lambdaRules,
  ...logsRules,
  ...neptuneRules,
  ...networkfirewallRules,
  ...opensearchRules,
  ...rdsRules,
  ...redshiftRules,
  ...s3Rules,
  ...sagemakerRules,
  ...secretsmanagerRules,
  ...snsRules,
  ...sqsRules,
  ...ssmRules,
  ...stepfunctionsRules,
  ...vpcRules,
  ...wafv2Rules,
].sort((a, b) => compareRuleIds(a.meta.id, b.meta.id));
