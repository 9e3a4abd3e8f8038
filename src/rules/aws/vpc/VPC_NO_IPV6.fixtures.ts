import type { RuleCase } from '../../tester.js';

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
] satisfies RuleCase[];
