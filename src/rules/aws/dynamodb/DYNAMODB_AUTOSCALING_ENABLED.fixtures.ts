import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const TABLE = `
      AttributeDefinitions: [{ AttributeName: id, AttributeType: S }]
      KeySchema: [{ AttributeName: id, KeyType: HASH }]
      ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 }`;

/** A scalable target and a target tracking policy for one capacity of `table` (a logical id). */
const scaling = (name: string, table: string, capacity: 'Read' | 'Write', target = 70, on = `table/\${${table}}`, dimension = `dynamodb:table:${capacity}CapacityUnits`) => `
  ${name}Target:
    Type: AWS::ApplicationAutoScaling::ScalableTarget
    Properties:
      ServiceNamespace: dynamodb
      ResourceId: !Sub ${on}
      ScalableDimension: ${dimension}
      MinCapacity: 5
      MaxCapacity: 100
  ${name}Policy:
    Type: AWS::ApplicationAutoScaling::ScalingPolicy
    Properties:
      PolicyName: ${name}
      PolicyType: TargetTrackingScaling
      ScalingTargetId: !Ref ${name}Target
      TargetTrackingScalingPolicyConfiguration:
        TargetValue: ${target}
        PredefinedMetricSpecification: { PredefinedMetricType: DynamoDB${capacity}CapacityUtilization }`;

export default [
  {
    name: 'on demand, provisioned with read and write scaling, provisioned without, one capacity only, and a target without a policy',
    template: `
Parameters:
  Mode: { Type: String }
Resources:
  OnDemand:
    Type: AWS::DynamoDB::Table
    Properties:
      BillingMode: PAY_PER_REQUEST
      AttributeDefinitions: [{ AttributeName: id, AttributeType: S }]
      KeySchema: [{ AttributeName: id, KeyType: HASH }]
  Scaled:
    Type: AWS::DynamoDB::Table
    Properties:${TABLE}
${scaling('ScaledRead', 'Scaled', 'Read')}
${scaling('ScaledWrite', 'Scaled', 'Write')}
  Fixed:
    Type: AWS::DynamoDB::Table
    Properties:${TABLE}
  ReadOnly:
    Type: AWS::DynamoDB::Table
    Properties:${TABLE}
${scaling('ReadOnlyRead', 'ReadOnly', 'Read')}
  NoPolicy:
    Type: AWS::DynamoDB::Table
    Properties:${TABLE}
      BillingMode: PROVISIONED
  NoPolicyReadTarget:
    Type: AWS::ApplicationAutoScaling::ScalableTarget
    Properties:
      ServiceNamespace: dynamodb
      ResourceId: !Sub table/\${NoPolicy}
      ScalableDimension: dynamodb:table:ReadCapacityUnits
      MinCapacity: 5
      MaxCapacity: 100
  NoPolicyWriteTarget:
    Type: AWS::ApplicationAutoScaling::ScalableTarget
    Properties:
      ServiceNamespace: dynamodb
      ResourceId: !Sub table/\${NoPolicy}
      ScalableDimension: dynamodb:table:WriteCapacityUnits
      MinCapacity: 5
      MaxCapacity: 100
  ModeFromParameter:
    Type: AWS::DynamoDB::Table
    Properties:${TABLE}
      BillingMode: !Ref Mode
`,
    expect: {
      OnDemand: { status: 'COMPLIANT', messageId: 'onDemand', path: ['BillingMode'] },
      Scaled: { status: 'COMPLIANT', messageId: 'scaling' },
      Fixed: { status: 'NON_COMPLIANT', messageId: 'notScaling', messageIncludes: 'read capacity' },
      ReadOnly: { status: 'NON_COMPLIANT', messageId: 'notScaling', messageIncludes: 'write capacity' },
      NoPolicy: { status: 'NON_COMPLIANT', messageId: 'wrongSettings', messageIncludes: 'no scaling policy' },
      ModeFromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknownScaling' },
    },
  },
  {
    name: 'global secondary indexes scale too: a scaled index by name, an unscaled one, and parameters for the table',
    params: { minProvisionedReadCapacity: 5, targetReadUtilization: 70, targetWriteUtilization: 50 },
    template: `
Resources:
  Indexed:
    Type: AWS::DynamoDB::Table
    Properties:
      TableName: indexed
      AttributeDefinitions: [{ AttributeName: id, AttributeType: S }]
      KeySchema: [{ AttributeName: id, KeyType: HASH }]
      ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 }
      GlobalSecondaryIndexes:
        - IndexName: byDate
          KeySchema: [{ AttributeName: id, KeyType: HASH }]
          Projection: { ProjectionType: ALL }
          ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 }
${scaling('IndexedRead', 'Indexed', 'Read')}
${scaling('IndexedWrite', 'Indexed', 'Write', 50)}
${scaling('IndexRead', 'Indexed', 'Read', 70, 'table/indexed/index/byDate', 'dynamodb:index:ReadCapacityUnits')}
  Tuned:
    Type: AWS::DynamoDB::Table
    Properties:${TABLE}
${scaling('TunedRead', 'Tuned', 'Read', 90)}
${scaling('TunedWrite', 'Tuned', 'Write', 50)}
`,
    expect: {
      Indexed: { status: 'NON_COMPLIANT', messageId: 'notScaling', messageIncludes: 'write capacity of index byDate' },
      Tuned: { status: 'NON_COMPLIANT', messageId: 'wrongSettings', messageIncludes: 'TargetValue 70' },
    },
  },
  {
    name: 'hcl: a provisioned table scaled through aws_appautoscaling_target/policy, one without, and an on-demand table',
    hcl: `
resource "aws_dynamodb_table" "scaled" {
  name           = "scaled"
  billing_mode   = "PROVISIONED"
  read_capacity  = 5
  write_capacity = 5
  hash_key       = "id"
  attribute {
    name = "id"
    type = "S"
  }
}

resource "aws_appautoscaling_target" "read" {
  for_each           = toset(["Read", "Write"])
  service_namespace  = "dynamodb"
  resource_id        = "table/\${aws_dynamodb_table.scaled.name}"
  scalable_dimension = "dynamodb:table:\${each.key}CapacityUnits"
  min_capacity       = 5
  max_capacity       = 100
}

resource "aws_appautoscaling_policy" "read" {
  for_each           = aws_appautoscaling_target.read
  name               = "scale-\${each.key}"
  policy_type        = "TargetTrackingScaling"
  service_namespace  = "dynamodb"
  resource_id        = each.value.resource_id
  scalable_dimension = each.value.scalable_dimension
  target_tracking_scaling_policy_configuration {
    target_value = 70
    predefined_metric_specification {
      predefined_metric_type = "DynamoDB\${each.key}CapacityUtilization"
    }
  }
}

resource "aws_dynamodb_table" "fixed" {
  name           = "fixed"
  read_capacity  = 5
  write_capacity = 5
  hash_key       = "id"
  attribute {
    name = "id"
    type = "S"
  }
}

resource "aws_dynamodb_table" "on_demand" {
  name         = "on-demand"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
}
`,
    expect: {
      'aws_dynamodb_table.scaled': 'COMPLIANT',
      'aws_dynamodb_table.fixed': { status: 'NON_COMPLIANT', messageId: 'notScaling' },
      'aws_dynamodb_table.on_demand': { status: 'COMPLIANT', messageId: 'onDemand' },
    },
  },
  {
    name: 'plan: scaling targets by literal ResourceId, a table without, and a target whose table is known only after apply',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_dynamodb_table.scaled', { name: 'scaled', billing_mode: 'PROVISIONED', read_capacity: 5, write_capacity: 5 }, { arn: true }),
        created('aws_appautoscaling_target.read', { service_namespace: 'dynamodb', resource_id: 'table/scaled', scalable_dimension: 'dynamodb:table:ReadCapacityUnits', min_capacity: 5, max_capacity: 100 }, { id: true }),
        created('aws_appautoscaling_target.write', { service_namespace: 'dynamodb', resource_id: 'table/scaled', scalable_dimension: 'dynamodb:table:WriteCapacityUnits', min_capacity: 5, max_capacity: 100 }, { id: true }),
        created('aws_appautoscaling_policy.read', { name: 'read', policy_type: 'TargetTrackingScaling', service_namespace: 'dynamodb', resource_id: 'table/scaled', scalable_dimension: 'dynamodb:table:ReadCapacityUnits', target_tracking_scaling_policy_configuration: [{ target_value: 70 }] }, { arn: true }),
        created('aws_appautoscaling_policy.write', { name: 'write', policy_type: 'TargetTrackingScaling', service_namespace: 'dynamodb', resource_id: 'table/scaled', scalable_dimension: 'dynamodb:table:WriteCapacityUnits', target_tracking_scaling_policy_configuration: [{ target_value: 70 }] }, { arn: true }),
        created('aws_dynamodb_table.fixed', { name: 'fixed', billing_mode: 'PROVISIONED', read_capacity: 5, write_capacity: 5 }, { arn: true }),
      ],
    },
    expect: {
      'aws_dynamodb_table.scaled': 'COMPLIANT',
      'aws_dynamodb_table.fixed': { status: 'NON_COMPLIANT', messageId: 'notScaling' },
    },
  },
  {
    name: 'plan: a scaling target whose table name is known only after apply may scale any provisioned table',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_dynamodb_table.fixed', { name: 'fixed', billing_mode: 'PROVISIONED', read_capacity: 5, write_capacity: 5 }, { arn: true }),
        created('aws_appautoscaling_target.somewhere', { service_namespace: 'dynamodb', scalable_dimension: 'dynamodb:table:ReadCapacityUnits', min_capacity: 5, max_capacity: 100 }, { id: true, resource_id: true }),
      ],
    },
    expect: { 'aws_dynamodb_table.fixed': { status: 'INSUFFICIENT_DATA', messageId: 'unknownScaling' } },
  },
] satisfies RuleCase[];
