import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'one VPC with a flow log (Ref), one without',
    template: `
Resources:
  Logged:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.0.0.0/16
  Unlogged:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.1.0.0/16
  FlowLogs:
    Type: AWS::Logs::LogGroup
    Properties:
      RetentionInDays: 90
  FlowLogRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal: { Service: vpc-flow-logs.amazonaws.com }
            Action: sts:AssumeRole
  LoggedFlowLog:
    Type: AWS::EC2::FlowLog
    Properties:
      ResourceId: !Ref Logged
      ResourceType: VPC
      TrafficType: ALL
      LogGroupName: !Ref FlowLogs
      DeliverLogsPermissionArn: !GetAtt FlowLogRole.Arn
`,
    expect: {
      Logged: { status: 'COMPLIANT', messageIncludes: 'LoggedFlowLog' },
      Unlogged: { status: 'NON_COMPLIANT', messageId: 'noFlowLog', path: [] },
    },
  },
  {
    name: 'flow log by GetAtt VpcId; a subnet flow log does not cover its VPC',
    template: `
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.0.0.0/16 }
  Other:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.9.0.0/16 }
  Subnet:
    Type: AWS::EC2::Subnet
    Properties:
      VpcId: !Ref Other
      CidrBlock: 10.9.1.0/24
  VpcFlowLog:
    Type: AWS::EC2::FlowLog
    Properties:
      ResourceId: !GetAtt Vpc.VpcId
      ResourceType: VPC
      TrafficType: REJECT
      LogDestinationType: s3
      LogDestination: arn:aws:s3:::central-flow-logs
  SubnetFlowLog:
    Type: AWS::EC2::FlowLog
    Properties:
      ResourceId: !Ref Subnet
      ResourceType: Subnet
      TrafficType: ALL
      LogDestinationType: s3
      LogDestination: arn:aws:s3:::central-flow-logs
`,
    expect: {
      Vpc: 'COMPLIANT',
      Other: { status: 'NON_COMPLIANT', messageId: 'noFlowLog' },
    },
  },
  {
    name: 'trafficType REJECT (as Security Hub): REJECT and ALL satisfy it, ACCEPT does not',
    params: { trafficType: 'REJECT' },
    template: `
Resources:
  RejectVpc:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.0.0.0/16 }
  AllVpc:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.1.0.0/16 }
  AcceptVpc:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.2.0.0/16 }
  RejectLog:
    Type: AWS::EC2::FlowLog
    Properties: { ResourceId: !Ref RejectVpc, ResourceType: VPC, TrafficType: REJECT, LogDestinationType: s3, LogDestination: arn:aws:s3:::logs }
  AllLog:
    Type: AWS::EC2::FlowLog
    Properties: { ResourceId: !Ref AllVpc, ResourceType: VPC, TrafficType: ALL, LogDestinationType: s3, LogDestination: arn:aws:s3:::logs }
  AcceptLog:
    Type: AWS::EC2::FlowLog
    Properties: { ResourceId: !Ref AcceptVpc, ResourceType: VPC, TrafficType: ACCEPT, LogDestinationType: s3, LogDestination: arn:aws:s3:::logs }
`,
    expect: {
      RejectVpc: 'COMPLIANT',
      AllVpc: 'COMPLIANT',
      AcceptVpc: { status: 'NON_COMPLIANT', messageId: 'wrongTrafficType', messageIncludes: 'AcceptLog: ACCEPT' },
    },
  },
  {
    name: 'trafficType ALL needs an ALL flow log; trafficType ACCEPT is met by ACCEPT',
    params: { trafficType: 'ALL' },
    template: `
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.0.0.0/16 }
  Full:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.1.0.0/16 }
  RejectOnly:
    Type: AWS::EC2::FlowLog
    Properties: { ResourceId: !Ref Vpc, ResourceType: VPC, TrafficType: REJECT, LogDestinationType: s3, LogDestination: arn:aws:s3:::logs }
  AcceptOnly:
    Type: AWS::EC2::FlowLog
    Properties: { ResourceId: !Ref Vpc, ResourceType: VPC, TrafficType: ACCEPT, LogDestinationType: s3, LogDestination: arn:aws:s3:::logs }
  FullLog:
    Type: AWS::EC2::FlowLog
    Properties: { ResourceId: !Ref Full, ResourceType: VPC, TrafficType: ALL, LogDestinationType: s3, LogDestination: arn:aws:s3:::logs }
`,
    expect: {
      Vpc: { status: 'NON_COMPLIANT', messageId: 'wrongTrafficType', messageIncludes: 'none capturing ALL' },
      Full: 'COMPLIANT',
    },
  },
  {
    name: 'trafficType ACCEPT',
    params: { trafficType: 'ACCEPT' },
    template: `
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.0.0.0/16 }
  Log:
    Type: AWS::EC2::FlowLog
    Properties: { ResourceId: !Ref Vpc, ResourceType: VPC, TrafficType: ACCEPT, LogDestinationType: s3, LogDestination: arn:aws:s3:::logs }
`,
    expect: { Vpc: 'COMPLIANT' },
  },
  {
    name: 'a flow log on an imported resource id leaves VPCs without their own flow log undecided',
    template: `
Resources:
  Own:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.0.0.0/16 }
  Bare:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.1.0.0/16 }
  OwnLog:
    Type: AWS::EC2::FlowLog
    Properties: { ResourceId: !Ref Own, ResourceType: VPC, TrafficType: ALL, LogDestinationType: s3, LogDestination: arn:aws:s3:::logs }
  SharedLog:
    Type: AWS::EC2::FlowLog
    Properties:
      ResourceId: !ImportValue network-vpc-id
      ResourceType: VPC
      TrafficType: ALL
      LogDestinationType: s3
      LogDestination: arn:aws:s3:::logs
  LiteralLog:
    Type: AWS::EC2::FlowLog
    Properties: { ResourceId: vpc-0123456789abcdef0, ResourceType: VPC, TrafficType: ALL, LogDestinationType: s3, LogDestination: arn:aws:s3:::logs }
`,
    expect: {
      Own: 'COMPLIANT',
      Bare: { status: 'INSUFFICIENT_DATA', messageId: 'unknownFlowLog', messageIncludes: 'SharedLog' },
    },
  },
  {
    name: 'traffic type through a parameter default, FindInMap and a decidable If; destination by Sub',
    params: { trafficType: 'REJECT' },
    inputs: { parameters: { Env: 'prod' } },
    template: `
Parameters:
  Env: { Type: String, Default: dev }
  Traffic: { Type: String, Default: REJECT }
Mappings:
  FlowTraffic:
    prod: { Type: ALL }
    dev: { Type: ACCEPT }
Conditions:
  IsProd: !Equals [!Ref Env, prod]
Resources:
  Main:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.0.0.0/16 }
  Mapped:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.1.0.0/16 }
  Conditional:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.2.0.0/16 }
  MainLog:
    Type: AWS::EC2::FlowLog
    Properties:
      ResourceId: !Ref Main
      ResourceType: VPC
      TrafficType: !Ref Traffic
      LogDestinationType: s3
      LogDestination: !Sub 'arn:\${AWS::Partition}:s3:::flow-logs-\${Env}'
  MappedLog:
    Type: AWS::EC2::FlowLog
    Properties:
      ResourceId: !Ref Mapped
      ResourceType: VPC
      TrafficType: !FindInMap [FlowTraffic, !Ref Env, Type]
      LogDestinationType: s3
      LogDestination: arn:aws:s3:::logs
  ConditionalLog:
    Type: AWS::EC2::FlowLog
    Properties:
      ResourceId: !Ref Conditional
      ResourceType: VPC
      TrafficType: !If [IsProd, ACCEPT, REJECT]
      LogDestinationType: s3
      LogDestination: arn:aws:s3:::logs
`,
    expect: {
      Main: 'COMPLIANT',
      Mapped: 'COMPLIANT',
      Conditional: { status: 'NON_COMPLIANT', messageId: 'wrongTrafficType' },
    },
  },
  {
    name: 'flow log resource dropped by a false Condition, and one whose traffic type is not known',
    params: { trafficType: 'REJECT' },
    template: `
Parameters:
  EnableLogs: { Type: String, Default: "false" }
  Traffic: { Type: String }
Conditions:
  LogsOn: !Equals [!Ref EnableLogs, "true"]
Resources:
  Dropped:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.0.0.0/16 }
  Undecided:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.1.0.0/16 }
  DroppedLog:
    Type: AWS::EC2::FlowLog
    Condition: LogsOn
    Properties: { ResourceId: !Ref Dropped, ResourceType: VPC, TrafficType: REJECT, LogDestinationType: s3, LogDestination: arn:aws:s3:::logs }
  UndecidedLog:
    Type: AWS::EC2::FlowLog
    Properties: { ResourceId: !Ref Undecided, ResourceType: VPC, TrafficType: !Ref Traffic, LogDestinationType: s3, LogDestination: arn:aws:s3:::logs }
`,
    expect: {
      Dropped: { status: 'NON_COMPLIANT', messageId: 'noFlowLog' },
      Undecided: { status: 'INSUFFICIENT_DATA', messageId: 'unknownFlowLog', messageIncludes: 'with REJECT traffic' },
    },
  },
  {
    name: 'a flow log created only under an undecidable condition is not certain, unless an unconditional one matches',
    template: `
Conditions:
  InUsEast1: !Equals [!Ref AWS::Region, us-east-1]
Resources:
  Regional:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.0.0.0/16 }
  RegionalLog:
    Type: AWS::EC2::FlowLog
    Condition: InUsEast1
    Properties: { ResourceId: !Ref Regional, ResourceType: VPC, TrafficType: ALL, LogDestinationType: s3, LogDestination: arn:aws:s3:::central-flow-logs }
  Covered:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.1.0.0/16 }
  CoveredRegionalLog:
    Type: AWS::EC2::FlowLog
    Condition: InUsEast1
    Properties: { ResourceId: !Ref Covered, ResourceType: VPC, TrafficType: ALL, LogDestinationType: s3, LogDestination: arn:aws:s3:::central-flow-logs }
  CoveredLog:
    Type: AWS::EC2::FlowLog
    Properties: { ResourceId: !Ref Covered, ResourceType: VPC, TrafficType: REJECT, LogDestinationType: s3, LogDestination: arn:aws:s3:::central-flow-logs }
`,
    expect: {
      Regional: { status: 'INSUFFICIENT_DATA', messageId: 'unknownFlowLog', messageIncludes: 'RegionalLog is created only when condition InUsEast1 holds' },
      Covered: { status: 'COMPLIANT', messageId: 'enabled', messageIncludes: 'CoveredLog' },
    },
  },
  {
    name: 'trafficType REJECT: a conditional ALL flow log is not certain; an unconditional ACCEPT one does not match',
    params: { trafficType: 'REJECT' },
    template: `
Conditions:
  InUsEast1: !Equals [!Ref AWS::Region, us-east-1]
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.0.0.0/16 }
  AcceptLog:
    Type: AWS::EC2::FlowLog
    Properties: { ResourceId: !Ref Vpc, ResourceType: VPC, TrafficType: ACCEPT, LogDestinationType: s3, LogDestination: arn:aws:s3:::central-flow-logs }
  RegionalAllLog:
    Type: AWS::EC2::FlowLog
    Condition: InUsEast1
    Properties: { ResourceId: !Ref Vpc, ResourceType: VPC, TrafficType: ALL, LogDestinationType: s3, LogDestination: arn:aws:s3:::central-flow-logs }
  Other:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.1.0.0/16 }
  OtherRegionalAcceptLog:
    Type: AWS::EC2::FlowLog
    Condition: InUsEast1
    Properties: { ResourceId: !Ref Other, ResourceType: VPC, TrafficType: ACCEPT, LogDestinationType: s3, LogDestination: arn:aws:s3:::central-flow-logs }
`,
    expect: {
      Vpc: { status: 'INSUFFICIENT_DATA', messageId: 'unknownFlowLog', messageIncludes: 'RegionalAllLog' },
      Other: { status: 'NON_COMPLIANT', messageId: 'wrongTrafficType', messageIncludes: 'OtherRegionalAcceptLog: ACCEPT' },
    },
  },
] satisfies RuleCase[];
