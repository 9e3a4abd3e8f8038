import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import { capacityCoverage, type CapacityNeed } from '../../lib/autoscaling.js';
import { listSetting, stringSetting } from '../../lib/settings.js';
import { isUnknown } from '../../../model/unknown.js';
import { isObject } from '../../../model/value.js';

interface Params {
  minProvisionedReadCapacity?: number;
  maxProvisionedReadCapacity?: number;
  targetReadUtilization?: number;
  minProvisionedWriteCapacity?: number;
  maxProvisionedWriteCapacity?: number;
  targetWriteUtilization?: number;
}

export default defineRule<Params>({
  meta: {
    id: 'DYNAMODB_AUTOSCALING_ENABLED',
    title: 'DynamoDB tables scale their capacity with demand',
    description:
      'Checks that an Amazon DynamoDB table uses on-demand capacity (BillingMode PAY_PER_REQUEST) or, in provisioned mode (the default), has Application Auto Scaling targets for the read and write capacity of the table and of each global secondary index. When the optional parameters are given, the scaling targets must have exactly that minimum and maximum capacity and their target tracking policies exactly that target utilization.',
    severity: 'medium',
    resourceTypes: ['AWS::DynamoDB::Table'],
    managedRule: 'dynamodb-autoscaling-enabled',
    frameworks: { FSBP: ['DynamoDB.1'], 'NIST-800-53-r5': ['CP-10', 'CP-2(2)', 'CP-6(2)', 'SC-36', 'SC-5(2)', 'SI-13(5)'] },
    related: [
      { type: 'AWS::ApplicationAutoScaling::ScalableTarget', relation: 'referencedBy', property: 'ResourceId' },
      { type: 'AWS::ApplicationAutoScaling::ScalingPolicy', relation: 'referencedBy', property: 'ScalingTargetId' },
    ],
    parameters: {
      minProvisionedReadCapacity: { type: 'integer', description: 'The minimum read capacity the scaling targets must have (any when absent).', minimum: 1 },
      maxProvisionedReadCapacity: { type: 'integer', description: 'The maximum read capacity the scaling targets must have (any when absent).', minimum: 1 },
      targetReadUtilization: { type: 'number', description: 'The target read utilization (percent) the target tracking policies must have (any when absent).' },
      minProvisionedWriteCapacity: { type: 'integer', description: 'The minimum write capacity the scaling targets must have (any when absent).', minimum: 1 },
      maxProvisionedWriteCapacity: { type: 'integer', description: 'The maximum write capacity the scaling targets must have (any when absent).', minimum: 1 },
      targetWriteUtilization: { type: 'number', description: 'The target write utilization (percent) the target tracking policies must have (any when absent).' },
    },
    messages: {
      onDemand: 'Table {{id}} uses on-demand capacity (PAY_PER_REQUEST).',
      scaling: 'Table {{id}} is provisioned and auto scales {{what}}.',
      notScaling: 'Table {{id}} is provisioned, but no Application Auto Scaling target scales {{what}}.',
      wrongSettings: 'Table {{id}} auto scales {{what}}, but {{problem}}.',
      unknownScaling: 'Whether table {{id}} auto scales {{what}} is not known before deployment ({{reason}}).',
    },
    remediation:
      'Set `BillingMode: PAY_PER_REQUEST`, or add an `AWS::ApplicationAutoScaling::ScalableTarget` (ServiceNamespace dynamodb, ResourceId table/<name>) with a target tracking `AWS::ApplicationAutoScaling::ScalingPolicy` for the read and for the write capacity of the table and of each global secondary index.',
    examples: {
      noncompliant: [{ cloudformation: 'Resources:\n  Orders:\n    Type: AWS::DynamoDB::Table\n    Properties:\n      AttributeDefinitions: [{ AttributeName: id, AttributeType: S }]\n      KeySchema: [{ AttributeName: id, KeyType: HASH }]\n      ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 }\n' }],
      compliant: [{ cloudformation: 'Resources:\n  Orders:\n    Type: AWS::DynamoDB::Table\n    Properties:\n      BillingMode: PAY_PER_REQUEST\n      AttributeDefinitions: [{ AttributeName: id, AttributeType: S }]\n      KeySchema: [{ AttributeName: id, KeyType: HASH }]\n' }],
    },
  },
  check(table, { params, graph }) {
    const mode = stringSetting(table, ['BillingMode'], 'PROVISIONED') ?? 'PROVISIONED';
    const modePath = table.properties.BillingMode === undefined ? [] : ['BillingMode'];
    if (mode === 'PAY_PER_REQUEST') return compliant('onDemand', {}, modePath);
    const indexes = listSetting(table, ['GlobalSecondaryIndexes']);
    const needs: CapacityNeed[] = [];
    const limits = {
      read: { min: params.minProvisionedReadCapacity, max: params.maxProvisionedReadCapacity, utilization: params.targetReadUtilization },
      write: { min: params.minProvisionedWriteCapacity, max: params.maxProvisionedWriteCapacity, utilization: params.targetWriteUtilization },
    };
    for (const capacity of ['read', 'write'] as const) {
      needs.push({ capacity, index: undefined, ...limits[capacity] });
      if (Array.isArray(indexes)) {
        for (const index of indexes) {
          const name = isObject(index) ? index.IndexName : undefined;
          needs.push({ capacity, index: typeof name === 'string' ? name : isUnknown(name) ? name : undefined, ...limits[capacity] });
        }
      }
    }
    const coverage = capacityCoverage(table, needs, graph);
    if (coverage.kind === 'ok' && !isUnknown(indexes)) return compliant('scaling', { what: coverage.what }, modePath);
    // Provisioned unless the mode is unknown (it may be on demand) or malformed.
    if (isUnknown(mode)) return insufficientData('unknownScaling', { what: 'its capacity', reason: `BillingMode is ${mode.reason}` }, modePath);
    if (mode !== 'PROVISIONED') return insufficientData('unknownScaling', { what: 'its capacity', reason: `malformed: BillingMode is ${mode}` }, modePath);
    if (coverage.kind === 'missing') return nonCompliant('notScaling', { what: coverage.what }, modePath);
    if (coverage.kind === 'wrong') return nonCompliant('wrongSettings', { what: coverage.what, problem: coverage.problem }, modePath);
    if (isUnknown(indexes)) return insufficientData('unknownScaling', { what: 'its global secondary indexes', reason: indexes.reason }, ['GlobalSecondaryIndexes']);
    if (coverage.kind === 'unknown') return insufficientData('unknownScaling', { what: coverage.what, reason: coverage.reason }, modePath);
    return compliant('scaling', { what: coverage.what }, modePath);
  },
});
