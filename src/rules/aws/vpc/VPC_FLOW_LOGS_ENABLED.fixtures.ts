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
  // Terraform (HCL): aws_flow_log names its VPC by vpc_id = aws_vpc.x.id.
  {
    name: 'hcl: a VPC with an aws_flow_log, one without, and one logged only on a subnet',
    hcl: `
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_cloudwatch_log_group" "flow" {
  name = "vpc-flow-logs"
}

resource "aws_flow_log" "main" {
  iam_role_arn    = aws_iam_role.flow.arn
  log_destination = aws_cloudwatch_log_group.flow.arn
  traffic_type    = "ALL"
  vpc_id          = aws_vpc.main.id
}

resource "aws_iam_role" "flow" {
  name               = "vpc-flow-logs"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "vpc-flow-logs.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

resource "aws_vpc" "unlogged" {
  cidr_block = "10.1.0.0/16"
}

resource "aws_vpc" "partial" {
  cidr_block = "10.2.0.0/16"
}

resource "aws_subnet" "partial" {
  vpc_id     = aws_vpc.partial.id
  cidr_block = "10.2.1.0/24"
}

resource "aws_flow_log" "subnet" {
  log_destination      = "arn:aws:s3:::example-flow-logs"
  log_destination_type = "s3"
  traffic_type         = "ALL"
  subnet_id            = aws_subnet.partial.id
}
`,
    expect: {
      'aws_vpc.main': { status: 'COMPLIANT', messageId: 'enabled', messageIncludes: 'aws_flow_log.main' },
      'aws_vpc.unlogged': { status: 'NON_COMPLIANT', messageId: 'noFlowLog' },
      'aws_vpc.partial': { status: 'NON_COMPLIANT', messageId: 'noFlowLog' },
    },
  },
  {
    name: 'hcl: counted VPCs with for_each flow logs and a module VPC, REJECT traffic required',
    params: { trafficType: 'REJECT' },
    hcl: {
      'main.tf': `
variable "traffic" { default = { a = "REJECT", b = "ACCEPT" } }

resource "aws_vpc" "env" {
  for_each   = var.traffic
  cidr_block = each.key == "a" ? "10.10.0.0/16" : "10.20.0.0/16"
}

resource "aws_flow_log" "env" {
  for_each             = var.traffic
  vpc_id               = aws_vpc.env[each.key].id
  traffic_type         = each.value
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::example-flow-logs"
}

module "network" {
  source = "./modules/network"
}
`,
      'modules/network/main.tf': `
resource "aws_vpc" "this" {
  count      = 1
  cidr_block = "10.30.0.0/16"
}

resource "aws_flow_log" "this" {
  count                = 1
  vpc_id               = aws_vpc.this[0].id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::example-flow-logs"
}
`,
    },
    expect: {
      'aws_vpc.env["a"]': 'COMPLIANT',
      'aws_vpc.env["b"]': { status: 'NON_COMPLIANT', messageId: 'wrongTrafficType', messageIncludes: 'ACCEPT' },
      'module.network.aws_vpc.this[0]': 'COMPLIANT',
    },
  },
  {
    name: 'hcl: a traffic type from a variable without default is not known',
    params: { trafficType: 'REJECT' },
    hcl: `
variable "traffic_type" { type = string }

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_flow_log" "main" {
  vpc_id               = aws_vpc.main.id
  traffic_type         = var.traffic_type
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::example-flow-logs"
}
`,
    expect: { 'aws_vpc.main': { status: 'INSUFFICIENT_DATA', messageId: 'unknownFlowLog' } },
  },
  {
    name: 'hcl: a flow log on a VPC id from a data source may log any VPC',
    hcl: `
data "aws_vpc" "selected" {
  tags = { Name = "shared" }
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_flow_log" "shared" {
  vpc_id               = data.aws_vpc.selected.id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::example-flow-logs"
}
`,
    expect: { 'aws_vpc.main': { status: 'INSUFFICIENT_DATA', messageId: 'unknownFlowLog' } },
  },
  {
    name: 'hcl: awscc_ec2_flow_log on an awscc_ec2_vpc',
    hcl: `
resource "awscc_ec2_vpc" "logged" {
  cidr_block = "10.0.0.0/16"
}

resource "awscc_ec2_vpc" "unlogged" {
  cidr_block = "10.1.0.0/16"
}

resource "awscc_ec2_flow_log" "logged" {
  resource_id          = awscc_ec2_vpc.logged.id
  resource_type        = "VPC"
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::example-flow-logs"
}
`,
    expect: {
      'awscc_ec2_vpc.logged': 'COMPLIANT',
      'awscc_ec2_vpc.unlogged': { status: 'NON_COMPLIANT', messageId: 'noFlowLog' },
    },
  },
  // Terraform plan JSON: a new VPC's id is unknown; the flow log finds it through the configuration's references.
  {
    name: 'plan: a flow log linked by reference, and a VPC without',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        {
          address: 'aws_vpc.main', mode: 'managed', type: 'aws_vpc', name: 'main', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['create'], before: null,
            after: { assign_generated_ipv6_cidr_block: null, cidr_block: '10.0.0.0/16', enable_dns_support: true, instance_tenancy: 'default', ipv4_ipam_pool_id: null, ipv4_netmask_length: null, ipv6_ipam_pool_id: null, ipv6_netmask_length: null, tags: null },
            after_unknown: { arn: true, default_network_acl_id: true, default_route_table_id: true, default_security_group_id: true, dhcp_options_id: true, enable_dns_hostnames: true, enable_network_address_usage_metrics: true, id: true, ipv6_association_id: true, ipv6_cidr_block: true, ipv6_cidr_block_network_border_group: true, main_route_table_id: true, owner_id: true, tags_all: true },
            before_sensitive: false, after_sensitive: { tags_all: {} },
          },
        },
        {
          address: 'aws_vpc.other', mode: 'managed', type: 'aws_vpc', name: 'other', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['create'], before: null,
            after: { assign_generated_ipv6_cidr_block: null, cidr_block: '10.1.0.0/16', enable_dns_support: true, instance_tenancy: 'default', ipv4_ipam_pool_id: null, ipv4_netmask_length: null, ipv6_ipam_pool_id: null, ipv6_netmask_length: null, tags: null },
            after_unknown: { arn: true, default_network_acl_id: true, default_route_table_id: true, default_security_group_id: true, dhcp_options_id: true, enable_dns_hostnames: true, enable_network_address_usage_metrics: true, id: true, ipv6_association_id: true, ipv6_cidr_block: true, ipv6_cidr_block_network_border_group: true, main_route_table_id: true, owner_id: true, tags_all: true },
            before_sensitive: false, after_sensitive: { tags_all: {} },
          },
        },
        {
          address: 'aws_flow_log.main', mode: 'managed', type: 'aws_flow_log', name: 'main', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['create'], before: null,
            after: { deliver_cross_account_role: null, destination_options: [], eni_id: null, iam_role_arn: null, log_destination: 'arn:aws:s3:::example-flow-logs', log_destination_type: 's3', max_aggregation_interval: 600, subnet_id: null, tags: null, traffic_type: 'ALL', transit_gateway_attachment_id: null, transit_gateway_id: null },
            after_unknown: { arn: true, destination_options: [], id: true, log_format: true, log_group_name: true, tags_all: true, vpc_id: true },
            before_sensitive: false, after_sensitive: { destination_options: [], tags_all: {} },
          },
        },
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_vpc.main', mode: 'managed', type: 'aws_vpc', name: 'main', provider_config_key: 'aws', expressions: { cidr_block: { constant_value: '10.0.0.0/16' } }, schema_version: 1 },
            { address: 'aws_vpc.other', mode: 'managed', type: 'aws_vpc', name: 'other', provider_config_key: 'aws', expressions: { cidr_block: { constant_value: '10.1.0.0/16' } }, schema_version: 1 },
            {
              address: 'aws_flow_log.main', mode: 'managed', type: 'aws_flow_log', name: 'main', provider_config_key: 'aws',
              expressions: { log_destination: { constant_value: 'arn:aws:s3:::example-flow-logs' }, log_destination_type: { constant_value: 's3' }, traffic_type: { constant_value: 'ALL' }, vpc_id: { references: ['aws_vpc.main.id', 'aws_vpc.main'] } },
              schema_version: 0,
            },
          ],
        },
      },
    },
    expect: {
      'aws_vpc.main': { status: 'COMPLIANT', messageId: 'enabled' },
      'aws_vpc.other': { status: 'NON_COMPLIANT', messageId: 'noFlowLog' },
    },
  },
  {
    name: 'plan: a flow log on a VPC id from a data source read at apply, and an existing VPC logged by id',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        {
          address: 'aws_vpc.main', mode: 'managed', type: 'aws_vpc', name: 'main', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['create'], before: null,
            after: { assign_generated_ipv6_cidr_block: null, cidr_block: '10.0.0.0/16', enable_dns_support: true, instance_tenancy: 'default', tags: null },
            after_unknown: { arn: true, default_security_group_id: true, enable_dns_hostnames: true, id: true, ipv6_association_id: true, ipv6_cidr_block: true, owner_id: true, tags_all: true },
            before_sensitive: false, after_sensitive: { tags_all: {} },
          },
        },
        {
          address: 'aws_flow_log.shared', mode: 'managed', type: 'aws_flow_log', name: 'shared', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['create'], before: null,
            after: { eni_id: null, log_destination: 'arn:aws:s3:::example-flow-logs', log_destination_type: 's3', max_aggregation_interval: 600, subnet_id: null, tags: null, traffic_type: 'REJECT', transit_gateway_attachment_id: null, transit_gateway_id: null },
            after_unknown: { arn: true, id: true, log_format: true, log_group_name: true, tags_all: true, vpc_id: true },
            before_sensitive: false, after_sensitive: { tags_all: {} },
          },
        },
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_vpc.main', mode: 'managed', type: 'aws_vpc', name: 'main', expressions: { cidr_block: { constant_value: '10.0.0.0/16' } } },
            {
              address: 'aws_flow_log.shared', mode: 'managed', type: 'aws_flow_log', name: 'shared',
              expressions: { log_destination: { constant_value: 'arn:aws:s3:::example-flow-logs' }, log_destination_type: { constant_value: 's3' }, traffic_type: { constant_value: 'REJECT' }, vpc_id: { references: ['data.aws_vpc.shared.id', 'data.aws_vpc.shared'] } },
            },
          ],
        },
      },
    },
    expect: { 'aws_vpc.main': { status: 'INSUFFICIENT_DATA', messageId: 'unknownFlowLog' } },
  },
] satisfies RuleCase[];
