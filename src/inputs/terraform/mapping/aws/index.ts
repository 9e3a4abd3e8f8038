import type { MergeMapping, MultiOwnerMapping, ResourceMapping, ServiceMappings } from './shared.js';
import { mappings as account } from './account.js';
import { mappings as autoscaling } from './autoscaling.js';
import { mappings as apigateway } from './apigateway.js';
import { mappings as backup } from './backup.js';
import { mappings as cloudtrail } from './cloudtrail.js';
import { mappings as codebuild } from './codebuild.js';
import { mappings as cloudfront } from './cloudfront.js';
import { mappings as databases } from './databases.js';
import { autoScalingMappings, mappings as dynamodb } from './dynamodb.js';
import { mappings as ec2 } from './ec2.js';
import { mappings as ecs } from './ecs.js';
import { mappings as efs } from './efs.js';
import { mappings as eks } from './eks.js';
import { mappings as elasticache } from './elasticache.js';
import { mappings as elasticloadbalancing } from './elasticloadbalancing.js';
import { mappings as fsx } from './fsx.js';
import { mappings as iam } from './iam.js';
import { mappings as kinesis } from './kinesis.js';
import { mappings as kms } from './kms.js';
import { mappings as lambda } from './lambda.js';
import { mappings as networkfirewall } from './networkfirewall.js';
import { mappings as opensearch } from './opensearch.js';
import { mappings as rds } from './rds.js';
import { mappings as redshift } from './redshift.js';
import { mappings as s3 } from './s3.js';
import { mappings as sagemaker } from './sagemaker.js';
import { mappings as secretsmanager } from './secretsmanager.js';
import { mappings as sns } from './sns.js';
import { mappings as sqs } from './sqs.js';
import { mappings as ssm } from './ssm.js';
import { mappings as wafv2 } from './wafv2.js';
import { mappings as stepfunctions } from './stepfunctions.js';
import { mappings as cloudwatch } from './cloudwatch.js';
import { mappings as acm } from './acm.js';

export type { MergeMapping, MultiOwnerMapping, ResourceMapping, ServiceMappings } from './shared.js';

/** One file per service; a Terraform type is mapped by exactly one of them. */
const SERVICES: readonly ServiceMappings[] = [autoScalingMappings, account, acm, apigateway, autoscaling, backup, cloudfront, cloudtrail, cloudwatch, codebuild, databases, dynamodb, ec2, ecs, efs, eks, elasticache, elasticloadbalancing, fsx, iam, kinesis, kms, lambda, networkfirewall, opensearch, rds, redshift, s3, sagemaker, secretsmanager, sns, sqs, ssm, stepfunctions, wafv2];

function combine<T>(pick: (service: ServiceMappings) => Readonly<Record<string, T>> | undefined): Readonly<Record<string, T>> {
  const combined: Record<string, T> = {};
  for (const service of SERVICES) {
    for (const [type, mapping] of Object.entries(pick(service) ?? {})) {
      if (Object.hasOwn(combined, type)) throw new Error(`Terraform type ${type} is mapped twice`);
      combined[type] = mapping;
    }
  }
  return combined;
}

/** The `aws` provider types read as CloudFormation resources. */
export const RESOURCE_MAPPINGS: Readonly<Record<string, ResourceMapping>> = combine((service) => service.resources);
/** Split resources merged into their owner, as CloudFormation models them. */
export const MERGE_MAPPINGS: Readonly<Record<string, MergeMapping>> = combine((service) => service.merges);
/** Split resources that name several owners at once. */
export const MULTI_OWNER_MAPPINGS: Readonly<Record<string, MultiOwnerMapping>> = combine((service) => service.multiOwner);
