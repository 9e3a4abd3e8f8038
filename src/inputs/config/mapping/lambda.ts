import { compact } from '../../terraform/mapping/context.js';
import { isUnknown, unknown } from '../../../model/unknown.js';
import { isObject, type Value, type ValueObject } from '../../../model/value.js';
import { policyDocument } from '../item.js';
import type { CompanionResource, ItemContext, ItemMapping } from './shared.js';

/** Condition keys a function policy statement carries as `AWS::Lambda::Permission` properties (lower case). */
const PERMISSION_CONDITIONS: Record<string, string> = {
  'aws:sourcearn': 'SourceArn',
  'aws:sourceaccount': 'SourceAccount',
  'aws:principalorgid': 'PrincipalOrgID',
  'lambda:functionurlauthtype': 'FunctionUrlAuthType',
};

/** Lambda: Config resource types and their CloudFormation shape. */
export const itemMappings: Readonly<Record<string, ItemMapping>> = {
  'AWS::Lambda::Function': {
    cloudFormationType: 'AWS::Lambda::Function',
    properties: (context) => {
      const vpc = context.optional('vpcConfig');
      return compact({
        FunctionName: context.optional('functionName') ?? context.name,
        Runtime: context.optional('runtime'),
        Role: context.optional('role'),
        Timeout: context.optional('timeout'),
        MemorySize: context.optional('memorySize'),
        PackageType: context.optional('packageType'),
        // Config records an empty vpcConfig for a function outside a VPC.
        VpcConfig: isObject(vpc) ? compact({ SubnetIds: vpc.subnetIds ?? undefined, SecurityGroupIds: vpc.securityGroupIds ?? undefined }) : undefined,
        DeadLetterConfig: context.optional('deadLetterConfig.targetArn') === undefined ? undefined : { TargetArn: context.recorded('deadLetterConfig.targetArn') },
        TracingConfig: context.optional('tracingConfig.mode') === undefined ? undefined : { Mode: context.recorded('tracingConfig.mode') },
      });
    },
    companions: functionPolicyPermissions,
  },
};

/**
 * The function policy (`supplementaryConfiguration.Policy`) as the permissions CloudFormation
 * would declare: one per allowed principal, with the conditions a permission can carry. A
 * statement with any other condition is one this model can not express: its principal is unknown.
 */
function functionPolicyPermissions(context: ItemContext): CompanionResource[] {
  const arn = context.item.ARN ?? context.optional('functionArn') ?? context.name;
  const raw = context.supplementary('Policy');
  if (raw === undefined) return [];
  const permission = (suffix: string, properties: ValueObject): CompanionResource => ({ suffix, type: 'AWS::Lambda::Permission', properties: { FunctionName: arn, ...properties } });
  if (isUnknown(raw)) return [permission('policy', { Principal: raw })];
  const document = policyDocument(raw);
  const statements = isObject(document) ? document.Statement : undefined;
  const list = Array.isArray(statements) ? statements : statements === undefined ? [] : [statements];
  const permissions: CompanionResource[] = [];
  list.forEach((statement, index) => {
    if (!isObject(statement) || statement.Effect !== 'Allow') return;
    const conditions: ValueObject = {};
    let unmodelled: string | undefined;
    for (const operands of Object.values(isObject(statement.Condition) ? statement.Condition : {})) {
      for (const [key, value] of Object.entries(isObject(operands) ? operands : {})) {
        const property = PERMISSION_CONDITIONS[key.toLowerCase()];
        if (property === undefined) unmodelled = key;
        else conditions[property] = Array.isArray(value) && value.length === 1 ? (value[0] as Value) : value;
      }
    }
    for (const [n, principal] of principals(statement.Principal).entries()) {
      const shown = unmodelled === undefined ? principal : unknown(`the function policy statement limits access by condition ${unmodelled}`);
      permissions.push(permission(`policy${index}-${n}`, { Action: statement.Action ?? null, Principal: shown, ...conditions }));
    }
  });
  return permissions;
}

/** A policy principal as `AWS::Lambda::Permission` writes it: `*`, a service, an account or an ARN. */
function principals(principal: Value | undefined): Value[] {
  if (principal === '*') return ['*'];
  if (!isObject(principal)) return [unknown('the function policy statement has no readable Principal')];
  return Object.values(principal).flatMap((value) => (Array.isArray(value) ? value : [value]));
}
