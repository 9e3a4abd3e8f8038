import type { RuleCase } from '../../tester.js';

/** What a new aws_vpc's plan knows only after apply (AWS provider v5). */
const VPC_AFTER_UNKNOWN = { arn: true, default_network_acl_id: true, default_route_table_id: true, default_security_group_id: true, dhcp_options_id: true, enable_dns_hostnames: true, enable_network_address_usage_metrics: true, id: true, ipv6_association_id: true, ipv6_cidr_block: true, ipv6_cidr_block_network_border_group: true, main_route_table_id: true, owner_id: true, tags_all: true };

export default [
  {
    name: 'Amazon-provided IPv6 block on one VPC, a secondary IPv4 block on another',
    template: `
Resources:
  DualStack:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.0.0.0/16
      EnableDnsSupport: true
  Ipv6Block:
    Type: AWS::EC2::VPCCidrBlock
    Properties:
      VpcId: !Ref DualStack
      AmazonProvidedIpv6CidrBlock: true
  Ipv4Only:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.1.0.0/16
  Secondary:
    Type: AWS::EC2::VPCCidrBlock
    Properties:
      VpcId: !Ref Ipv4Only
      CidrBlock: 100.64.0.0/16
  Plain:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.2.0.0/16
`,
    expect: {
      DualStack: { status: 'NON_COMPLIANT', messageId: 'ipv6Block', path: [], messageIncludes: 'Ipv6Block (AmazonProvidedIpv6CidrBlock: true)' },
      Ipv4Only: 'COMPLIANT',
      Plain: 'COMPLIANT',
    },
  },
  {
    name: 'IPv6 from a BYOIP pool, a given CIDR and an IPAM pool; "false" as a string',
    template: `
Resources:
  Byoip:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.0.0.0/16 }
  ByoipBlock:
    Type: AWS::EC2::VPCCidrBlock
    Properties:
      VpcId: !GetAtt Byoip.VpcId
      Ipv6Pool: ipv6pool-ec2-0123456789abcdef0
      Ipv6CidrBlock: 2001:db8:1234:1a00::/56
  Ipam:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.1.0.0/16 }
  IpamPool:
    Type: AWS::EC2::IPAMPool
    Properties:
      AddressFamily: ipv6
      IpamScopeId: ipam-scope-0123456789abcdef0
  IpamBlock:
    Type: AWS::EC2::VPCCidrBlock
    Properties:
      VpcId: !Ref Ipam
      Ipv6IpamPoolId: !Ref IpamPool
      Ipv6NetmaskLength: 56
  Explicit:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.2.0.0/16 }
  ExplicitNo:
    Type: AWS::EC2::VPCCidrBlock
    Properties:
      VpcId: !Ref Explicit
      AmazonProvidedIpv6CidrBlock: "false"
      CidrBlock: 10.3.0.0/16
`,
    expect: {
      Byoip: { status: 'NON_COMPLIANT', messageId: 'ipv6Block', messageIncludes: 'Ipv6CidrBlock: 2001:db8:1234:1a00::/56' },
      Ipam: { status: 'NON_COMPLIANT', messageId: 'ipv6Block', messageIncludes: 'Ipv6IpamPoolId from Ref IpamPool' },
      Explicit: 'COMPLIANT',
    },
  },
  {
    name: 'IPv6 switched by parameters, FindInMap, Sub and a decidable If',
    inputs: { parameters: { Env: 'prod' } },
    template: `
Parameters:
  Env: { Type: String, Default: dev }
  WantIpv6: { Type: String, Default: "true", AllowedValues: ["true", "false"] }
  PoolSuffix: { Type: String, Default: 0123456789abcdef0 }
Mappings:
  Ipv6ByEnv:
    prod: { Enabled: "false" }
    dev: { Enabled: "true" }
Conditions:
  IsProd: !Equals [!Ref Env, prod]
Resources:
  FromParameter:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.0.0.0/16 }
  FromParameterBlock:
    Type: AWS::EC2::VPCCidrBlock
    Properties:
      VpcId: !Ref FromParameter
      AmazonProvidedIpv6CidrBlock: !Ref WantIpv6
  FromMapping:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.1.0.0/16 }
  FromMappingBlock:
    Type: AWS::EC2::VPCCidrBlock
    Properties:
      VpcId: !Ref FromMapping
      AmazonProvidedIpv6CidrBlock: !FindInMap [Ipv6ByEnv, !Ref Env, Enabled]
  Conditional:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.2.0.0/16 }
  ConditionalBlock:
    Type: AWS::EC2::VPCCidrBlock
    Properties:
      VpcId: !Ref Conditional
      Ipv6Pool: !If [IsProd, !Sub 'ipv6pool-ec2-\${PoolSuffix}', !Ref AWS::NoValue]
      Ipv6CidrBlock: !If [IsProd, 2001:db8::/56, !Ref AWS::NoValue]
`,
    expect: {
      FromParameter: { status: 'NON_COMPLIANT', messageId: 'ipv6Block' },
      FromMapping: 'COMPLIANT',
      Conditional: { status: 'NON_COMPLIANT', messageId: 'ipv6Block', messageIncludes: 'Ipv6CidrBlock: 2001:db8::/56' },
    },
  },
  {
    name: 'IPv6 request not known before deployment; an imported pool still means IPv6',
    template: `
Parameters:
  Ipv6: { Type: String }
Conditions:
  InUsEast1: !Equals [!Ref AWS::Region, us-east-1]
Resources:
  FromUnsetParameter:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.0.0.0/16 }
  UnsetBlock:
    Type: AWS::EC2::VPCCidrBlock
    Properties:
      VpcId: !Ref FromUnsetParameter
      AmazonProvidedIpv6CidrBlock: !Ref Ipv6
  Regional:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.1.0.0/16 }
  RegionalBlock:
    Type: AWS::EC2::VPCCidrBlock
    Properties:
      VpcId: !Ref Regional
      Ipv6IpamPoolId: !If [InUsEast1, ipam-pool-0123456789abcdef0, !Ref AWS::NoValue]
      Ipv6NetmaskLength: 56
  Imported:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.2.0.0/16 }
  ImportedBlock:
    Type: AWS::EC2::VPCCidrBlock
    Properties:
      VpcId: !Ref Imported
      Ipv6IpamPoolId: !ImportValue shared-ipv6-pool
      Ipv6NetmaskLength: 56
`,
    expect: {
      FromUnsetParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknownBlock', messageIncludes: 'parameter Ipv6 has no value' },
      Regional: { status: 'INSUFFICIENT_DATA', messageId: 'unknownBlock', messageIncludes: 'InUsEast1' },
      Imported: { status: 'NON_COMPLIANT', messageId: 'ipv6Block', messageIncludes: 'ImportValue' },
    },
  },
  {
    name: 'IPv6 block attached to one of two VPCs by an undecidable condition',
    template: `
Conditions:
  InUsEast1: !Equals [!Ref AWS::Region, us-east-1]
Resources:
  East:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.0.0.0/16 }
  West:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.1.0.0/16 }
  Block:
    Type: AWS::EC2::VPCCidrBlock
    Properties:
      VpcId: !If [InUsEast1, !Ref East, !Ref West]
      AmazonProvidedIpv6CidrBlock: true
`,
    expect: {
      East: { status: 'INSUFFICIENT_DATA', messageId: 'unknownBlock', messageIncludes: 'VpcId is Fn::If' },
      West: { status: 'INSUFFICIENT_DATA', messageId: 'unknownBlock' },
    },
  },
  {
    name: 'IPv4 and IPv6 blocks on the same VPC; a block for an imported VPC concerns no VPC here',
    template: `
Resources:
  Shared:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.0.0.0/16 }
  SharedIpv4:
    Type: AWS::EC2::VPCCidrBlock
    Properties: { VpcId: !Ref Shared, CidrBlock: 10.50.0.0/16 }
  SharedIpv6:
    Type: AWS::EC2::VPCCidrBlock
    Properties: { VpcId: !GetAtt Shared.VpcId, AmazonProvidedIpv6CidrBlock: "True" }
  Isolated:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.1.0.0/16 }
  ForeignIpv6:
    Type: AWS::EC2::VPCCidrBlock
    Properties: { VpcId: !ImportValue legacy-vpc-id, AmazonProvidedIpv6CidrBlock: true }
`,
    expect: {
      Shared: { status: 'NON_COMPLIANT', messageId: 'ipv6Block', messageIncludes: 'SharedIpv6' },
      Isolated: 'COMPLIANT',
    },
  },
  {
    name: 'present but unknown IPv6 settings (a choice between two pools, a GetAtt) are set; one that may be AWS::NoValue is not known',
    template: `
Conditions:
  InUsEast1: !Equals [!Ref AWS::Region, us-east-1]
Resources:
  Chosen:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.0.0.0/16 }
  ChosenBlock:
    Type: AWS::EC2::VPCCidrBlock
    Properties:
      VpcId: !Ref Chosen
      Ipv6Pool: !If [InUsEast1, ipv6pool-ec2-0123456789abcdef0, ipv6pool-ec2-0fedcba9876543210]
      Ipv6CidrBlock: !If [InUsEast1, 2001:db8::/56, 2001:db8:100::/56]
  Pooled:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.1.0.0/16 }
  Pool:
    Type: AWS::EC2::IPAMPool
    Properties:
      AddressFamily: ipv6
      IpamScopeId: ipam-scope-0123456789abcdef0
  PooledBlock:
    Type: AWS::EC2::VPCCidrBlock
    Properties:
      VpcId: !Ref Pooled
      Ipv6IpamPoolId: !GetAtt Pool.IpamPoolId
      Ipv6NetmaskLength: 56
  Maybe:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.2.0.0/16 }
  MaybeBlock:
    Type: AWS::EC2::VPCCidrBlock
    Properties:
      VpcId: !Ref Maybe
      Ipv6IpamPoolId: !If [InUsEast1, !GetAtt Pool.IpamPoolId, !Ref AWS::NoValue]
      Ipv6NetmaskLength: 56
`,
    expect: {
      Chosen: { status: 'NON_COMPLIANT', messageId: 'ipv6Block', messageIncludes: 'Ipv6CidrBlock from Fn::If' },
      Pooled: { status: 'NON_COMPLIANT', messageId: 'ipv6Block', messageIncludes: 'Ipv6IpamPoolId from' },
      Maybe: { status: 'INSUFFICIENT_DATA', messageId: 'unknownBlock', messageIncludes: 'Ipv6IpamPoolId is Fn::If' },
    },
  },
  {
    name: 'an IPv6 block created only under an undecidable condition is not certain; an unconditional one still fails',
    template: `
Conditions:
  InUsEast1: !Equals [!Ref AWS::Region, us-east-1]
Resources:
  Regional:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.0.0.0/16 }
  RegionalIpv6:
    Type: AWS::EC2::VPCCidrBlock
    Condition: InUsEast1
    Properties:
      VpcId: !Ref Regional
      AmazonProvidedIpv6CidrBlock: true
  RegionalIpv4:
    Type: AWS::EC2::VPCCidrBlock
    Condition: InUsEast1
    Properties:
      VpcId: !Ref Regional
      CidrBlock: 10.10.0.0/16
  Both:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.1.0.0/16 }
  BothConditional:
    Type: AWS::EC2::VPCCidrBlock
    Condition: InUsEast1
    Properties:
      VpcId: !Ref Both
      AmazonProvidedIpv6CidrBlock: true
  BothAlways:
    Type: AWS::EC2::VPCCidrBlock
    Properties:
      VpcId: !Ref Both
      Ipv6CidrBlock: 2001:db8:1::/56
`,
    expect: {
      Regional: { status: 'INSUFFICIENT_DATA', messageId: 'unknownBlock', messageIncludes: 'RegionalIpv6 is created only when condition InUsEast1 holds' },
      Both: { status: 'NON_COMPLIANT', messageId: 'ipv6Block', messageIncludes: 'BothAlways' },
    },
  },
  // Terraform (HCL): aws_vpc assign_generated_ipv6_cidr_block is a VPCCidrBlock of its own; associations are separate.
  {
    name: 'hcl: an IPv4-only VPC, one with an Amazon-provided IPv6 block, one with an IPAM association',
    hcl: `
resource "aws_vpc" "ipv4" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_vpc" "dual" {
  cidr_block                       = "10.1.0.0/16"
  assign_generated_ipv6_cidr_block = true
}

resource "aws_vpc" "ipam" {
  cidr_block = "10.2.0.0/16"
}

resource "aws_vpc_ipv6_cidr_block_association" "ipam" {
  vpc_id              = aws_vpc.ipam.id
  ipv6_ipam_pool_id   = aws_vpc_ipam_pool.ipv6.id
  ipv6_netmask_length = 56
}

resource "aws_vpc_ipam_pool" "ipv6" {
  address_family = "ipv6"
  ipam_scope_id  = "ipam-scope-0123456789abcdef0"
}
`,
    expect: {
      'aws_vpc.ipv4': { status: 'COMPLIANT', messageId: 'ipv4Only' },
      'aws_vpc.dual': { status: 'NON_COMPLIANT', messageId: 'ipv6Block', messageIncludes: 'AmazonProvidedIpv6CidrBlock' },
      'aws_vpc.ipam': { status: 'NON_COMPLIANT', messageId: 'ipv6Block', messageIncludes: 'aws_vpc_ipv6_cidr_block_association.ipam' },
    },
  },
  {
    name: 'hcl: counted VPCs with a conditional IPv6 block, and a module VPC with an association',
    hcl: {
      'main.tf': `
variable "dual_stack" { default = [false, true] }

resource "aws_vpc" "env" {
  count                            = length(var.dual_stack)
  cidr_block                       = "10.\${count.index}.0.0/16"
  assign_generated_ipv6_cidr_block = var.dual_stack[count.index]
}

module "edge" {
  source = "./modules/vpc"
  ipv6   = true
}
`,
      'modules/vpc/main.tf': `
variable "ipv6" { type = bool }

resource "aws_vpc" "this" {
  cidr_block = "10.50.0.0/16"
}

resource "aws_vpc_ipv6_cidr_block_association" "this" {
  for_each                         = var.ipv6 ? toset(["primary"]) : toset([])
  vpc_id                           = aws_vpc.this.id
  assign_generated_ipv6_cidr_block = true
}
`,
    },
    expect: {
      'aws_vpc.env[0]': 'COMPLIANT',
      'aws_vpc.env[1]': { status: 'NON_COMPLIANT', messageId: 'ipv6Block' },
      'module.edge.aws_vpc.this': { status: 'NON_COMPLIANT', messageId: 'ipv6Block' },
    },
  },
  {
    name: 'hcl: assign_generated_ipv6_cidr_block from a variable without default is not known',
    hcl: `
variable "enable_ipv6" { type = bool }

resource "aws_vpc" "main" {
  cidr_block                       = "10.0.0.0/16"
  assign_generated_ipv6_cidr_block = var.enable_ipv6
}
`,
    expect: { 'aws_vpc.main': { status: 'INSUFFICIENT_DATA', messageId: 'unknownBlock' } },
  },
  {
    name: 'hcl: awscc_ec2_vpc_cidr_block with an Amazon-provided IPv6 block, and one with an IPv4 block',
    hcl: `
resource "awscc_ec2_vpc" "dual" {
  cidr_block = "10.0.0.0/16"
}

resource "awscc_ec2_vpc_cidr_block" "ipv6" {
  vpc_id                           = awscc_ec2_vpc.dual.id
  amazon_provided_ipv_6_cidr_block = true
}

resource "awscc_ec2_vpc" "ipv4" {
  cidr_block = "10.1.0.0/16"
}

resource "awscc_ec2_vpc_cidr_block" "secondary" {
  vpc_id     = awscc_ec2_vpc.ipv4.id
  cidr_block = "100.64.0.0/16"
}
`,
    expect: {
      'awscc_ec2_vpc.dual': { status: 'NON_COMPLIANT', messageId: 'ipv6Block', messageIncludes: 'awscc_ec2_vpc_cidr_block.ipv6' },
      'awscc_ec2_vpc.ipv4': 'COMPLIANT',
    },
  },
  // Terraform plan JSON.
  {
    name: 'plan: an Amazon-provided IPv6 block, an association linked by reference, and an IPv4-only VPC',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        {
          address: 'aws_vpc.ipv4', mode: 'managed', type: 'aws_vpc', name: 'ipv4', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['create'], before: null,
            after: { assign_generated_ipv6_cidr_block: null, cidr_block: '10.0.0.0/16', enable_dns_support: true, instance_tenancy: 'default', ipv4_ipam_pool_id: null, ipv4_netmask_length: null, ipv6_ipam_pool_id: null, ipv6_netmask_length: null, tags: null },
            after_unknown: VPC_AFTER_UNKNOWN,
            before_sensitive: false, after_sensitive: { tags_all: {} },
          },
        },
        {
          address: 'aws_vpc.dual', mode: 'managed', type: 'aws_vpc', name: 'dual', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['create'], before: null,
            after: { assign_generated_ipv6_cidr_block: true, cidr_block: '10.1.0.0/16', enable_dns_support: true, instance_tenancy: 'default', ipv4_ipam_pool_id: null, ipv4_netmask_length: null, ipv6_ipam_pool_id: null, ipv6_netmask_length: null, tags: null },
            after_unknown: VPC_AFTER_UNKNOWN,
            before_sensitive: false, after_sensitive: { tags_all: {} },
          },
        },
        {
          address: 'aws_vpc.assoc', mode: 'managed', type: 'aws_vpc', name: 'assoc', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['create'], before: null,
            after: { assign_generated_ipv6_cidr_block: null, cidr_block: '10.2.0.0/16', enable_dns_support: true, instance_tenancy: 'default', ipv4_ipam_pool_id: null, ipv4_netmask_length: null, ipv6_ipam_pool_id: null, ipv6_netmask_length: null, tags: null },
            after_unknown: VPC_AFTER_UNKNOWN,
            before_sensitive: false, after_sensitive: { tags_all: {} },
          },
        },
        {
          address: 'aws_vpc_ipv6_cidr_block_association.assoc', mode: 'managed', type: 'aws_vpc_ipv6_cidr_block_association', name: 'assoc', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['create'], before: null,
            after: { ipv6_ipam_pool_id: 'ipam-pool-0611d1d6bbc05ce60', ipv6_netmask_length: 56, timeouts: null },
            after_unknown: { assign_generated_ipv6_cidr_block: true, id: true, ip_source: true, ipv6_address_attribute: true, ipv6_cidr_block: true, ipv6_pool: true, vpc_id: true },
            before_sensitive: false, after_sensitive: {},
          },
        },
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_vpc.ipv4', mode: 'managed', type: 'aws_vpc', name: 'ipv4', expressions: { cidr_block: { constant_value: '10.0.0.0/16' } } },
            { address: 'aws_vpc.dual', mode: 'managed', type: 'aws_vpc', name: 'dual', expressions: { cidr_block: { constant_value: '10.1.0.0/16' }, assign_generated_ipv6_cidr_block: { constant_value: true } } },
            { address: 'aws_vpc.assoc', mode: 'managed', type: 'aws_vpc', name: 'assoc', expressions: { cidr_block: { constant_value: '10.2.0.0/16' } } },
            {
              address: 'aws_vpc_ipv6_cidr_block_association.assoc', mode: 'managed', type: 'aws_vpc_ipv6_cidr_block_association', name: 'assoc',
              expressions: { vpc_id: { references: ['aws_vpc.assoc.id', 'aws_vpc.assoc'] }, ipv6_ipam_pool_id: { constant_value: 'ipam-pool-0611d1d6bbc05ce60' }, ipv6_netmask_length: { constant_value: 56 } },
            },
          ],
        },
      },
    },
    expect: {
      'aws_vpc.ipv4': { status: 'COMPLIANT', messageId: 'ipv4Only' },
      'aws_vpc.dual': { status: 'NON_COMPLIANT', messageId: 'ipv6Block', messageIncludes: 'AmazonProvidedIpv6CidrBlock' },
      'aws_vpc.assoc': { status: 'NON_COMPLIANT', messageId: 'ipv6Block', messageIncludes: 'Ipv6IpamPoolId' },
    },
  },
  {
    name: 'plan: assign_generated_ipv6_cidr_block known only after apply',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        {
          address: 'aws_vpc.main', mode: 'managed', type: 'aws_vpc', name: 'main', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['create'], before: null,
            after: { cidr_block: '10.0.0.0/16', enable_dns_support: true, instance_tenancy: 'default', ipv4_ipam_pool_id: null, ipv4_netmask_length: null, ipv6_ipam_pool_id: null, ipv6_netmask_length: null, tags: null },
            after_unknown: { ...VPC_AFTER_UNKNOWN, assign_generated_ipv6_cidr_block: true },
            before_sensitive: false, after_sensitive: { tags_all: {} },
          },
        },
      ],
      configuration: {
        root_module: {
          resources: [
            {
              address: 'aws_vpc.main', mode: 'managed', type: 'aws_vpc', name: 'main',
              expressions: { cidr_block: { constant_value: '10.0.0.0/16' }, assign_generated_ipv6_cidr_block: { references: ['aws_ssm_parameter.dual_stack.value', 'aws_ssm_parameter.dual_stack'] } },
            },
          ],
        },
      },
    },
    expect: { 'aws_vpc.main': { status: 'INSUFFICIENT_DATA', messageId: 'unknownBlock' } },
  },
] satisfies RuleCase[];
