import type { RuleCase } from '../../tester.js';

const CLUSTER = `
    Type: AWS::EKS::Cluster
    Properties:
      RoleArn: arn:aws:iam::111122223333:role/eks-cluster
      ResourcesVpcConfig:
        SubnetIds: [subnet-0a1b2c3d, subnet-4e5f6a7b]`;

export default [
  {
    name: 'default log types: all present, one missing, none configured',
    template: `
Resources:
  AllRequired:${CLUSTER}
      Logging:
        ClusterLogging:
          EnabledTypes:
            - Type: api
            - Type: audit
            - Type: authenticator
            - Type: scheduler
  NoAudit:${CLUSTER}
      Logging:
        ClusterLogging:
          EnabledTypes:
            - Type: api
            - Type: authenticator
  NoLogging:${CLUSTER}
  EmptyList:${CLUSTER}
      Logging:
        ClusterLogging:
          EnabledTypes: []
`,
    expect: {
      AllRequired: 'COMPLIANT',
      NoAudit: { status: 'NON_COMPLIANT', messageId: 'missing', messageIncludes: 'audit', path: ['Logging', 'ClusterLogging', 'EnabledTypes'] },
      NoLogging: { status: 'NON_COMPLIANT', messageId: 'disabled', path: [] },
      EmptyList: { status: 'NON_COMPLIANT', messageId: 'disabled', path: ['Logging', 'ClusterLogging', 'EnabledTypes'] },
    },
  },
  {
    name: 'every log type required, as the AWS Config rule does',
    params: { logTypes: 'api,audit,authenticator,controllerManager,scheduler' },
    template: `
Resources:
  Everything:${CLUSTER}
      Logging:
        ClusterLogging:
          EnabledTypes:
            - Type: api
            - Type: audit
            - Type: authenticator
            - Type: controllerManager
            - Type: scheduler
  ThreeOfFive:${CLUSTER}
      Logging:
        ClusterLogging:
          EnabledTypes:
            - Type: api
            - Type: audit
            - Type: authenticator
`,
    expect: {
      Everything: 'COMPLIANT',
      ThreeOfFive: { status: 'NON_COMPLIANT', messageId: 'missing', messageIncludes: 'controllerManager, scheduler' },
    },
  },
  {
    name: 'only audit logs required',
    params: { logTypes: ['audit'] },
    template: `
Resources:
  AuditOnly:${CLUSTER}
      Logging:
        ClusterLogging:
          EnabledTypes:
            - Type: audit
`,
    expect: { AuditOnly: 'COMPLIANT' },
  },
  {
    name: 'log types from a mapping, a parameter default and a decidable condition',
    inputs: { parameters: { Stage: 'prod' } },
    template: `
Parameters:
  Stage: { Type: String, Default: dev }
  AuthLogType: { Type: String, Default: authenticator }
Mappings:
  LogTypes:
    Names: { Api: api, Audit: audit }
Conditions:
  IsProd: !Equals [!Ref Stage, prod]
Resources:
  Cluster:${CLUSTER}
      Logging:
        ClusterLogging:
          EnabledTypes:
            - Type: !FindInMap [LogTypes, Names, Api]
            - Type: !Ref AuthLogType
            - !If [IsProd, { Type: !FindInMap [LogTypes, Names, Audit] }, !Ref AWS::NoValue]
`,
    expect: { Cluster: 'COMPLIANT' },
  },
  {
    name: 'a log type removed by a condition that does not hold',
    template: `
Parameters:
  Stage: { Type: String, Default: dev }
Conditions:
  IsProd: !Equals [!Ref Stage, prod]
Resources:
  Cluster:${CLUSTER}
      Logging:
        ClusterLogging:
          EnabledTypes:
            - Type: api
            - Type: authenticator
            - !If [IsProd, { Type: audit }, !Ref AWS::NoValue]
`,
    expect: { Cluster: { status: 'NON_COMPLIANT', messageId: 'missing', messageIncludes: 'audit' } },
  },
  {
    name: 'log types that can not be known before deployment',
    template: `
Conditions:
  InIreland: !Equals [!Ref AWS::Region, eu-west-1]
Resources:
  OneImportedType:${CLUSTER}
      Logging:
        ClusterLogging:
          EnabledTypes:
            - Type: api
            - Type: authenticator
            - Type: !ImportValue platform-eks-extra-log-type
  TwoMissingOneUnknown:${CLUSTER}
      Logging:
        ClusterLogging:
          EnabledTypes:
            - Type: api
            - Type: !ImportValue platform-eks-extra-log-type
  LoggingByRegion:${CLUSTER}
      Logging: !If
        - InIreland
        - ClusterLogging: { EnabledTypes: [{ Type: api }, { Type: audit }, { Type: authenticator }] }
        - !Ref AWS::NoValue
`,
    expect: {
      OneImportedType: { status: 'INSUFFICIENT_DATA', messageId: 'unknownTypes', messageIncludes: 'audit' },
      TwoMissingOneUnknown: { status: 'NON_COMPLIANT', messageId: 'missing', messageIncludes: 'audit, authenticator' },
      LoggingByRegion: { status: 'INSUFFICIENT_DATA', messageId: 'unknownTypes', path: ['Logging'] },
    },
  },
] satisfies RuleCase[];
