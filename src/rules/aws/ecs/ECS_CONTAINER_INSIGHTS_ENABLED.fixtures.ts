import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'container insights enabled, enhanced, disabled, and left to the account default',
    template: `
Resources:
  Enabled:
    Type: AWS::ECS::Cluster
    Properties:
      ClusterSettings:
        - Name: containerInsights
          Value: enabled
  Enhanced:
    Type: AWS::ECS::Cluster
    Properties:
      ClusterSettings:
        - Name: containerInsights
          Value: enhanced
  Disabled:
    Type: AWS::ECS::Cluster
    Properties:
      ClusterSettings:
        - Name: containerInsights
          Value: disabled
  AccountDefault:
    Type: AWS::ECS::Cluster
    Properties:
      ClusterName: apps
  EmptySettings:
    Type: AWS::ECS::Cluster
    Properties:
      ClusterSettings: []
`,
    expect: {
      Enabled: { status: 'COMPLIANT', path: ['ClusterSettings', 0, 'Value'] },
      Enhanced: 'COMPLIANT',
      Disabled: { status: 'NON_COMPLIANT', messageId: 'disabled', path: ['ClusterSettings', 0, 'Value'] },
      AccountDefault: { status: 'INSUFFICIENT_DATA', messageId: 'accountDefault', path: [] },
      EmptySettings: { status: 'INSUFFICIENT_DATA', messageId: 'accountDefault', path: ['ClusterSettings'] },
    },
  },
  {
    name: 'setting values from parameters and conditions, and malformed settings',
    template: `
Parameters:
  Insights: { Type: String, AllowedValues: [enabled, disabled] }
  DefaultInsights: { Type: String, Default: disabled }
  Stage: { Type: String }
Conditions:
  IsProd: !Equals [!Ref Stage, prod]
Resources:
  FromParameter:
    Type: AWS::ECS::Cluster
    Properties:
      ClusterSettings:
        - Name: containerInsights
          Value: !Ref Insights
  FromDefault:
    Type: AWS::ECS::Cluster
    Properties:
      ClusterSettings:
        - Name: containerInsights
          Value: !Ref DefaultInsights
  ConditionalSetting:
    Type: AWS::ECS::Cluster
    Properties:
      ClusterSettings:
        - !If [IsProd, { Name: containerInsights, Value: enabled }, !Ref AWS::NoValue]
  Malformed:
    Type: AWS::ECS::Cluster
    Properties:
      ClusterSettings:
        - Name: containerInsights
          Value: [enabled]
`,
    expect: {
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', path: ['ClusterSettings', 0, 'Value'] },
      FromDefault: { status: 'NON_COMPLIANT', messageId: 'disabled' },
      ConditionalSetting: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
      Malformed: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'malformed' },
    },
  },
  {
    name: 'hcl: setting blocks enabled, disabled, absent, and from a variable',
    hcl: `
variable "insights" {
  type = string
}

resource "aws_ecs_cluster" "enabled" {
  name = "enabled"
  setting {
    name  = "containerInsights"
    value = "enabled"
  }
}

resource "aws_ecs_cluster" "disabled" {
  name = "disabled"
  setting {
    name  = "containerInsights"
    value = "disabled"
  }
}

resource "aws_ecs_cluster" "default" {
  name = "default"
}

resource "aws_ecs_cluster" "variable" {
  name = "variable"
  setting {
    name  = "containerInsights"
    value = var.insights
  }
}
`,
    expect: {
      'aws_ecs_cluster.enabled': 'COMPLIANT',
      'aws_ecs_cluster.disabled': { status: 'NON_COMPLIANT', messageId: 'disabled' },
      'aws_ecs_cluster.default': { status: 'INSUFFICIENT_DATA', messageId: 'accountDefault' },
      'aws_ecs_cluster.variable': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
  {
    name: 'plan: enabled, disabled, and a setting the provider computes',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_ecs_cluster.enabled', { name: 'enabled', setting: [{ name: 'containerInsights', value: 'enabled' }], tags: null }, { arn: true, id: true }),
        created('aws_ecs_cluster.disabled', { name: 'disabled', setting: [{ name: 'containerInsights', value: 'disabled' }], tags: null }, { arn: true, id: true }),
        created('aws_ecs_cluster.computed', { name: 'computed', tags: null }, { arn: true, id: true, setting: true }),
      ],
    },
    expect: {
      'aws_ecs_cluster.enabled': 'COMPLIANT',
      'aws_ecs_cluster.disabled': { status: 'NON_COMPLIANT', messageId: 'disabled', path: ['ClusterSettings', 0, 'Value'] },
      'aws_ecs_cluster.computed': 'INSUFFICIENT_DATA',
    },
  },
] satisfies RuleCase[];
