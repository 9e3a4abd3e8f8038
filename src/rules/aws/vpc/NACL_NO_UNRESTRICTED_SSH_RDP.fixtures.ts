import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const entry = (acl: string, fields: string): string => `
    Type: AWS::EC2::NetworkAclEntry
    Properties: { NetworkAclId: !Ref ${acl}, RuleNumber: 100, RuleAction: allow, ${fields} }`;

export default [
  {
    name: 'network ACLs with SSH, RDP, all traffic, narrow sources, denies, egress, unknown entries and entries without a source',
    template: `
Parameters:
  Source: { Type: String }
Conditions:
  InIreland: !Equals [!Ref AWS::Region, eu-west-1]
Resources:
  SshAcl: { Type: AWS::EC2::NetworkAcl, Properties: { VpcId: vpc-0123456789abcdef0 } }
  Ssh:${entry('SshAcl', "Protocol: 6, CidrBlock: 0.0.0.0/0, PortRange: { From: 22, To: 22 }")}
  RdpAcl: { Type: AWS::EC2::NetworkAcl, Properties: { VpcId: vpc-0123456789abcdef0 } }
  Rdp:${entry('RdpAcl', "Protocol: '17', Ipv6CidrBlock: '::/0', PortRange: { From: 3000, To: 4000 }")}
  AllAcl: { Type: AWS::EC2::NetworkAcl, Properties: { VpcId: vpc-0123456789abcdef0 } }
  All:${entry('AllAcl', "Protocol: -1, CidrBlock: 0.0.0.0/0")}
  NarrowAcl: { Type: AWS::EC2::NetworkAcl, Properties: { VpcId: vpc-0123456789abcdef0 } }
  Narrow:${entry('NarrowAcl', "Protocol: 6, CidrBlock: 10.0.0.0/8, PortRange: { From: 22, To: 22 }")}
  Https:${entry('NarrowAcl', "Protocol: 6, CidrBlock: 0.0.0.0/0, PortRange: { From: 443, To: 443 }")}
  Icmp:${entry('NarrowAcl', "Protocol: 1, CidrBlock: 0.0.0.0/0, Icmp: { Code: -1, Type: -1 }")}
  DenyAcl: { Type: AWS::EC2::NetworkAcl, Properties: { VpcId: vpc-0123456789abcdef0 } }
  DenySsh:
    Type: AWS::EC2::NetworkAclEntry
    Properties: { NetworkAclId: !Ref DenyAcl, RuleNumber: 90, RuleAction: deny, Protocol: 6, CidrBlock: 0.0.0.0/0, PortRange: { From: 22, To: 22 } }
  OutboundSsh:
    Type: AWS::EC2::NetworkAclEntry
    Properties: { NetworkAclId: !Ref DenyAcl, RuleNumber: 100, RuleAction: allow, Egress: true, Protocol: 6, CidrBlock: 0.0.0.0/0, PortRange: { From: 22, To: 22 } }
  EmptyAcl: { Type: AWS::EC2::NetworkAcl, Properties: { VpcId: vpc-0123456789abcdef0 } }
  NoPortsAcl: { Type: AWS::EC2::NetworkAcl, Properties: { VpcId: vpc-0123456789abcdef0 } }
  TcpWithoutPorts:${entry('NoPortsAcl', "Protocol: 6, CidrBlock: 0.0.0.0/0")}
  UnknownAcl: { Type: AWS::EC2::NetworkAcl, Properties: { VpcId: vpc-0123456789abcdef0 } }
  FromParameter:${entry('UnknownAcl', "Protocol: 6, CidrBlock: !Ref Source, PortRange: { From: 22, To: 22 }")}
  WebFromParameterAcl: { Type: AWS::EC2::NetworkAcl, Properties: { VpcId: vpc-0123456789abcdef0 } }
  WebFromParameter:${entry('WebFromParameterAcl', "Protocol: 6, CidrBlock: !Ref Source, PortRange: { From: 443, To: 443 }")}
  NoSourceAcl: { Type: AWS::EC2::NetworkAcl, Properties: { VpcId: vpc-0123456789abcdef0 } }
  NoSource:${entry('NoSourceAcl', 'Protocol: -1')}
  WebNoSource:${entry('WebFromParameterAcl', 'Protocol: 6, PortRange: { From: 443, To: 443 }')}
  ConditionalAcl: { Type: AWS::EC2::NetworkAcl, Properties: { VpcId: vpc-0123456789abcdef0 } }
  Conditional:
    Type: AWS::EC2::NetworkAclEntry
    Condition: InIreland
    Properties: { NetworkAclId: !Ref ConditionalAcl, RuleNumber: 100, RuleAction: allow, Protocol: 6, CidrBlock: 0.0.0.0/0, PortRange: { From: 3389, To: 3389 } }
`,
    expect: {
      SshAcl: { status: 'NON_COMPLIANT', messageId: 'open', path: [], messageIncludes: 'entry Ssh allows port 22' },
      RdpAcl: { status: 'NON_COMPLIANT', messageId: 'open', messageIncludes: '::/0' },
      AllAcl: { status: 'NON_COMPLIANT', messageId: 'open', messageIncludes: 'all traffic' },
      NarrowAcl: { status: 'COMPLIANT', messageId: 'restricted' },
      DenyAcl: { status: 'COMPLIANT', messageId: 'restricted' },
      EmptyAcl: { status: 'COMPLIANT', messageId: 'restricted' },
      NoPortsAcl: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEntry', messageIncludes: 'needs a PortRange' },
      UnknownAcl: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEntry', messageIncludes: 'Source' },
      WebFromParameterAcl: { status: 'COMPLIANT', messageId: 'restricted' },
      NoSourceAcl: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEntry', messageIncludes: 'names no CidrBlock or Ipv6CidrBlock' },
      ConditionalAcl: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEntry', messageIncludes: 'InIreland' },
    },
  },
  {
    name: 'hcl: inline ingress blocks, separate rules (one without a source) and the default network ACL',
    hcl: `
resource "aws_network_acl" "open" {
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    protocol   = "tcp"
    rule_no    = 100
    action     = "allow"
    cidr_block = "0.0.0.0/0"
    from_port  = 22
    to_port    = 22
  }
}

resource "aws_network_acl" "web" {
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    protocol   = "tcp"
    rule_no    = 100
    action     = "allow"
    cidr_block = "0.0.0.0/0"
    from_port  = 443
    to_port    = 443
  }

  egress {
    protocol   = "-1"
    rule_no    = 100
    action     = "allow"
    cidr_block = "0.0.0.0/0"
    from_port  = 0
    to_port    = 0
  }
}

resource "aws_network_acl" "separate" {
  vpc_id = "vpc-0123456789abcdef0"
}

resource "aws_network_acl_rule" "rdp" {
  network_acl_id = aws_network_acl.separate.id
  rule_number    = 200
  egress         = false
  protocol       = "6"
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0"
  from_port      = 3389
  to_port        = 3389
}

resource "aws_network_acl" "sourceless" {
  vpc_id = "vpc-0123456789abcdef0"
}

resource "aws_network_acl_rule" "anything" {
  network_acl_id = aws_network_acl.sourceless.id
  rule_number    = 100
  egress         = false
  protocol       = "-1"
  rule_action    = "allow"
}

resource "aws_default_network_acl" "default" {
  default_network_acl_id = "acl-0123456789abcdef0"

  ingress {
    protocol   = -1
    rule_no    = 100
    action     = "allow"
    cidr_block = "0.0.0.0/0"
    from_port  = 0
    to_port    = 0
  }
}
`,
    expect: {
      'aws_network_acl.open': { status: 'NON_COMPLIANT', messageId: 'open', messageIncludes: 'port 22' },
      'aws_network_acl.web': { status: 'COMPLIANT', messageId: 'restricted' },
      'aws_network_acl.separate': { status: 'NON_COMPLIANT', messageId: 'open', messageIncludes: 'aws_network_acl_rule.rdp' },
      'aws_default_network_acl.default': { status: 'NON_COMPLIANT', messageId: 'open', messageIncludes: 'all traffic' },
      'aws_network_acl.sourceless': { status: 'INSUFFICIENT_DATA', messageId: 'unknownEntry', messageIncludes: 'names no CidrBlock or Ipv6CidrBlock' },
    },
  },
  {
    name: 'plan: inline rules (one without a source), a separate rule, and rules known after apply',
    plan: {
      format_version: '1.2',
      resource_changes: [
        created('aws_network_acl.open', { vpc_id: 'vpc-0123456789abcdef0', ingress: [{ protocol: 'tcp', rule_no: 100, action: 'allow', cidr_block: '0.0.0.0/0', ipv6_cidr_block: '', from_port: 22, to_port: 22, icmp_code: 0, icmp_type: 0 }], egress: [] }, { id: true, arn: true }),
        created('aws_network_acl.closed', { vpc_id: 'vpc-0123456789abcdef0', ingress: [{ protocol: 'tcp', rule_no: 100, action: 'allow', cidr_block: '10.0.0.0/8', ipv6_cidr_block: '', from_port: 22, to_port: 22, icmp_code: 0, icmp_type: 0 }], egress: [] }, { id: true, arn: true }),
        created('aws_network_acl.sourceless', { vpc_id: 'vpc-0123456789abcdef0', ingress: [{ protocol: '-1', rule_no: 100, action: 'allow', cidr_block: '', ipv6_cidr_block: '', from_port: 0, to_port: 0, icmp_code: 0, icmp_type: 0 }], egress: [] }, { id: true, arn: true }),
        created('aws_network_acl.separate', { vpc_id: 'vpc-0123456789abcdef0' }, { id: true, arn: true, ingress: true, egress: true }),
        created('aws_network_acl_rule.later', { egress: false, protocol: '6', rule_action: 'allow', rule_number: 100, from_port: 22, to_port: 22 }, { id: true, network_acl_id: true, cidr_block: true }),
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_network_acl.separate', mode: 'managed', type: 'aws_network_acl', name: 'separate', provider_config_key: 'aws', expressions: { vpc_id: { constant_value: 'vpc-0123456789abcdef0' } } },
            {
              address: 'aws_network_acl_rule.later',
              mode: 'managed',
              type: 'aws_network_acl_rule',
              name: 'later',
              provider_config_key: 'aws',
              expressions: { network_acl_id: { references: ['aws_network_acl.separate.id', 'aws_network_acl.separate'] }, cidr_block: { references: ['aws_vpc.main.cidr_block', 'aws_vpc.main'] } },
            },
          ],
        },
      },
    },
    expect: {
      'aws_network_acl.open': { status: 'NON_COMPLIANT', messageId: 'open' },
      'aws_network_acl.closed': { status: 'COMPLIANT', messageId: 'restricted' },
      'aws_network_acl.sourceless': { status: 'INSUFFICIENT_DATA', messageId: 'unknownEntry', messageIncludes: 'names no CidrBlock or Ipv6CidrBlock' },
      'aws_network_acl.separate': { status: 'INSUFFICIENT_DATA', messageId: 'unknownEntry' },
    },
  },
] satisfies RuleCase[];
