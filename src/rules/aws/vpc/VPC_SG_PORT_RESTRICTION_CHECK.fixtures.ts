import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';
import { SOURCELESS_INGRESS_TEMPLATE } from './sourceless-ingress.js';

const GROUPS = `
Parameters:
  Source: { Type: String }
Resources:
  Ssh:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: ssh
      SecurityGroupIngress: [{ IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0 }]
  RdpIpv6:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: rdp
      SecurityGroupIngress: [{ IpProtocol: '17', FromPort: 3000, ToPort: 3400, CidrIpv6: '::/0' }]
  AllTraffic:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: all
      SecurityGroupIngress: [{ IpProtocol: '-1', CidrIp: 0.0.0.0/0 }]
  Narrow:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: narrow
      SecurityGroupIngress:
        - { IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 10.0.0.0/8 }
        - { IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0 }
        - { IpProtocol: icmp, FromPort: -1, ToPort: -1, CidrIp: 0.0.0.0/0 }
  Separate:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: separate
  SeparateSsh:
    Type: AWS::EC2::SecurityGroupIngress
    Properties: { GroupId: !GetAtt Separate.GroupId, IpProtocol: tcp, FromPort: 0, ToPort: 1024, CidrIp: 0.0.0.0/0 }
  Unknown:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: unknown
      SecurityGroupIngress: [{ IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: !Ref Source }]
`;

export default [
  {
    name: 'restricted ports 22 and 3389 over TCP, UDP and all protocols, from IPv4 and IPv6',
    template: GROUPS,
    expect: {
      Ssh: { status: 'NON_COMPLIANT', messageId: 'openPort', path: ['SecurityGroupIngress', 0], messageIncludes: 'TCP 22' },
      RdpIpv6: { status: 'NON_COMPLIANT', messageId: 'openPort', messageIncludes: '::/0' },
      AllTraffic: { status: 'NON_COMPLIANT', messageId: 'openPort', messageIncludes: 'all traffic' },
      Narrow: { status: 'COMPLIANT', messageId: 'restricted', path: [] },
      Separate: { status: 'NON_COMPLIANT', messageId: 'openPort', path: [], messageIncludes: 'SeparateSsh' },
      Unknown: { status: 'INSUFFICIENT_DATA', messageId: 'unknownIngress', path: ['SecurityGroupIngress', 0] },
    },
  },
  {
    name: 'only TCP, only IPv4, and other restricted ports',
    params: { restrictPorts: '443,8080-8090', protocolType: 'TCP', ipType: 'IPv4' },
    template: GROUPS,
    expect: {
      Ssh: { status: 'COMPLIANT', messageId: 'restricted', messageIncludes: '443, 8080-8090' },
      RdpIpv6: 'COMPLIANT',
      AllTraffic: { status: 'NON_COMPLIANT', messageId: 'openPort' },
      Narrow: { status: 'NON_COMPLIANT', messageId: 'openPort', path: ['SecurityGroupIngress', 1], messageIncludes: 'TCP 443' },
      Separate: { status: 'NON_COMPLIANT', messageId: 'openPort', messageIncludes: 'TCP 0-1024' },
      Unknown: 'COMPLIANT',
    },
  },
  {
    name: 'only IPv6 world sources',
    params: { ipType: 'IPv6' },
    template: GROUPS,
    expect: {
      Ssh: 'COMPLIANT',
      RdpIpv6: { status: 'NON_COMPLIANT', messageId: 'openPort' },
      AllTraffic: 'COMPLIANT',
      Narrow: 'COMPLIANT',
      Separate: 'COMPLIANT',
      Unknown: { status: 'INSUFFICIENT_DATA', messageId: 'unknownIngress' },
    },
  },
  {
    name: 'hcl: inline ingress, a separate rule, and a default security group',
    hcl: `
resource "aws_security_group" "ssh" {
  name = "ssh"
  ingress {
    protocol         = "tcp"
    from_port        = 22
    to_port          = 22
    cidr_blocks      = ["0.0.0.0/0"]
    ipv6_cidr_blocks = []
  }
}

resource "aws_security_group" "web" {
  name = "web"
  ingress {
    protocol    = "tcp"
    from_port   = 443
    to_port     = 443
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_vpc_security_group_ingress_rule" "rdp" {
  security_group_id = aws_security_group.web.id
  ip_protocol       = "tcp"
  from_port         = 3389
  to_port           = 3389
  cidr_ipv6         = "::/0"
}

resource "aws_default_security_group" "default" {
  vpc_id = "vpc-0123456789abcdef0"
  ingress {
    protocol    = -1
    from_port   = 0
    to_port     = 0
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`,
    expect: {
      'aws_security_group.ssh': { status: 'NON_COMPLIANT', messageId: 'openPort' },
      'aws_security_group.web': { status: 'NON_COMPLIANT', messageId: 'openPort', messageIncludes: 'TCP 3389' },
      'aws_default_security_group.default': { status: 'NON_COMPLIANT', messageId: 'openPort', messageIncludes: 'all traffic' },
    },
  },
  {
    name: 'hcl: narrow sources pass',
    hcl: `
resource "aws_security_group" "admin" {
  name = "admin"
  ingress {
    protocol    = "tcp"
    from_port   = 22
    to_port     = 22
    cidr_blocks = ["192.0.2.0/24"]
  }
}
`,
    expect: { 'aws_security_group.admin': { status: 'COMPLIANT', messageId: 'restricted' } },
  },
  {
    name: 'plan: inline ingress open and narrow',
    plan: {
      format_version: '1.2',
      resource_changes: [
        created('aws_security_group.open', { name: 'open', ingress: [{ protocol: 'tcp', from_port: 22, to_port: 22, cidr_blocks: ['0.0.0.0/0'], ipv6_cidr_blocks: [], security_groups: [], self: false, prefix_list_ids: [], description: '' }] }, { id: true, arn: true }),
        created('aws_security_group.narrow', { name: 'narrow', ingress: [{ protocol: 'tcp', from_port: 22, to_port: 22, cidr_blocks: ['10.0.0.0/8'], ipv6_cidr_blocks: [], security_groups: [], self: false, prefix_list_ids: [], description: '' }] }, { id: true, arn: true }),
      ],
    },
    expect: {
      'aws_security_group.open': { status: 'NON_COMPLIANT', messageId: 'openPort' },
      'aws_security_group.narrow': { status: 'COMPLIANT', messageId: 'restricted' },
    },
  },
  {
    name: 'rules that name no source (EC2 requires a CIDR, security group or prefix list) are malformed where their ports matter',
    template: SOURCELESS_INGRESS_TEMPLATE,
    expect: {
      Sourceless: { status: 'INSUFFICIENT_DATA', messageId: 'unknownIngress', messageIncludes: 'names no source' },
      SourcelessSeparate: { status: 'INSUFFICIENT_DATA', messageId: 'unknownIngress', messageIncludes: 'names no source' },
      SourcelessHttps: { status: 'COMPLIANT', messageId: 'restricted' },
    },
  },
] satisfies RuleCase[];
