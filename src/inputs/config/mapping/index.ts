import { pascalKeys, type ItemMapping } from './shared.js';
import { itemMappings as account } from './account.js';
import { itemMappings as autoscaling } from './autoscaling.js';
import { itemMappings as apigateway } from './apigateway.js';
import { itemMappings as backup } from './backup.js';
import { itemMappings as codebuild } from './codebuild.js';
import { itemMappings as cloudwatch } from './cloudwatch.js';
import { itemMappings as acm } from './acm.js';
import { itemMappings as cloudfront } from './cloudfront.js';
import { itemMappings as dynamodb } from './dynamodb.js';
import { itemMappings as ec2 } from './ec2.js';
import { itemMappings as ecs } from './ecs.js';
import { itemMappings as efs } from './efs.js';
import { itemMappings as eks } from './eks.js';
import { itemMappings as elasticache } from './elasticache.js';
import { itemMappings as elasticloadbalancing } from './elasticloadbalancing.js';
import { itemMappings as fsx } from './fsx.js';
import { itemMappings as iam } from './iam.js';
import { itemMappings as kms } from './kms.js';
import { itemMappings as lambda } from './lambda.js';
import { itemMappings as networkfirewall } from './networkfirewall.js';
import { itemMappings as opensearch } from './opensearch.js';
import { itemMappings as rds } from './rds.js';
import { itemMappings as redshift } from './redshift.js';
import { itemMappings as s3 } from './s3.js';
import { itemMappings as sagemaker } from './sagemaker.js';
import { itemMappings as secretsmanager } from './secretsmanager.js';
import { itemMappings as sqs } from './sqs.js';
import { itemMappings as ssm } from './ssm.js';
import { itemMappings as streams } from './streams.js';
import { itemMappings as wafv2 } from './wafv2.js';
import { itemMappings as cloudtrail } from './cloudtrail.js';
import type { Properties } from '../../../model/value.js';

export { ItemContext, pascalKeys, type CompanionResource, type ItemMapping } from './shared.js';

/** One file per service; a Config resource type is mapped by exactly one of them. */
const SERVICES: readonly Readonly<Record<string, ItemMapping>>[] = [account, acm, apigateway, autoscaling, backup, cloudfront, cloudtrail, cloudwatch, codebuild, dynamodb, ec2, ecs, efs, eks, elasticache, elasticloadbalancing, fsx, iam, kms, lambda, networkfirewall, opensearch, rds, redshift, s3, sagemaker, secretsmanager, sqs, ssm, streams, wafv2];

function combine(): Record<string, ItemMapping> {
  const combined: Record<string, ItemMapping> = {};
  for (const service of SERVICES) {
    for (const [type, mapping] of Object.entries(service)) {
      if (Object.hasOwn(combined, type)) throw new Error(`Config resource type ${type} is mapped twice`);
      combined[type] = mapping;
    }
  }
  return combined;
}

/** Per Config resource type: the CloudFormation type and how the item's shape becomes its properties. */
export const ITEM_MAPPINGS: Readonly<Record<string, ItemMapping>> = combine();

/** A type without a mapping keeps its Config type and its configuration with PascalCase keys. */
export function mappingForItem(type: string): ItemMapping {
  // Own keys only: a resourceType such as "toString" must not find Object.prototype's.
  const mapping = Object.hasOwn(ITEM_MAPPINGS, type) ? ITEM_MAPPINGS[type] : undefined;
  return mapping ?? { cloudFormationType: type, properties: (context) => pascalKeys(context.configuration) as Properties };
}
