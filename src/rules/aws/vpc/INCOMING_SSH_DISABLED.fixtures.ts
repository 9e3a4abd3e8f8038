import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'SSH open to 0.0.0.0/0 inline, next to a group restricted to the office',
    template: `
Resources:
  Bastion:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: bastion host
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 22
          ToPort: 22
          CidrIp: 0.0.0.0/0
  Office:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: office access
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 22
          ToPort: 22
          CidrIp: 203.0.113.0/24
        - IpProtocol: tcp
          FromPort: 443
          ToPort: 443
          CidrIp: 0.0.0.0/0
`,
    expect: {
      Bastion: { status: 'NON_COMPLIANT', messageId: 'sshOpen', path: ['SecurityGroupIngress', 0], messageIncludes: 'TCP 22' },
      Office: 'COMPLIANT',
    },
  },
  {
    name: 'IPv6 ::/0, port ranges and protocol numbers',
    template: `
Resources:
  Ipv6Ssh:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: ssh over ipv6
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 22
          ToPort: 22
          CidrIpv6: ::/0
  LowPorts:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: low ports by protocol number
      SecurityGroupIngress:
        - IpProtocol: "6"
          FromPort: 0
          ToPort: 1024
          CidrIp: 0.0.0.0/0
  UdpOnly:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: udp 22 is not ssh
      SecurityGroupIngress:
        - IpProtocol: "17"
          FromPort: 22
          ToPort: 22
          CidrIp: 0.0.0.0/0
        - IpProtocol: tcp
          FromPort: 23
          ToPort: 1024
          CidrIpv6: ::/0
`,
    expect: {
      Ipv6Ssh: { status: 'NON_COMPLIANT', messageId: 'sshOpen', messageIncludes: '::/0' },
      LowPorts: { status: 'NON_COMPLIANT', messageId: 'sshOpen', messageIncludes: 'TCP 0-1024' },
      UdpOnly: 'COMPLIANT',
    },
  },
  {
    name: 'all protocols (-1) and FromPort/ToPort -1',
    template: `
Resources:
  AllTraffic:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: everything
      SecurityGroupIngress:
        - IpProtocol: "-1"
          CidrIp: 0.0.0.0/0
  AllTcpPorts:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: every tcp port
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: -1
          ToPort: -1
          CidrIpv6: ::/0
  IcmpOnly:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: ping
      SecurityGroupIngress:
        - IpProtocol: icmp
          FromPort: -1
          ToPort: -1
          CidrIp: 0.0.0.0/0
`,
    expect: {
      AllTraffic: { status: 'NON_COMPLIANT', messageId: 'sshOpen', messageIncludes: 'all traffic' },
      AllTcpPorts: { status: 'NON_COMPLIANT', messageId: 'sshOpen', messageIncludes: 'TCP all ports' },
      IcmpOnly: 'COMPLIANT',
    },
  },
  {
    name: 'separate SecurityGroupIngress resources (Ref and GetAtt GroupId)',
    template: `
Parameters:
  VpcId: { Type: String, Default: vpc-0abc }
Resources:
  Web:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: web
      VpcId: !Ref VpcId
  Admin:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: admin
      VpcId: !Ref VpcId
  Internal:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: internal
      VpcId: !Ref VpcId
  WebSsh:
    Type: AWS::EC2::SecurityGroupIngress
    Properties:
      GroupId: !Ref Web
      IpProtocol: tcp
      FromPort: 22
      ToPort: 22
      CidrIp: 0.0.0.0/0
  AdminSsh:
    Type: AWS::EC2::SecurityGroupIngress
    Properties:
      GroupId: !GetAtt Admin.GroupId
      IpProtocol: tcp
      FromPort: 0
      ToPort: 65535
      CidrIpv6: ::/0
  InternalSsh:
    Type: AWS::EC2::SecurityGroupIngress
    Properties:
      GroupId: !GetAtt Internal.GroupId
      IpProtocol: tcp
      FromPort: 22
      ToPort: 22
      SourceSecurityGroupId: !GetAtt Admin.GroupId
`,
    expect: {
      Web: { status: 'NON_COMPLIANT', messageId: 'sshOpen', path: [], messageIncludes: 'ingress resource WebSsh' },
      Admin: { status: 'NON_COMPLIANT', messageId: 'sshOpen', path: [], messageIncludes: 'ingress resource AdminSsh' },
      Internal: 'COMPLIANT',
    },
  },
  {
    name: 'sources from Ref to a parameter default, FindInMap and Sub',
    template: `
Parameters:
  AdminCidr: { Type: String, Default: 0.0.0.0/0 }
  Env: { Type: String, Default: prod }
  Net: { Type: String, Default: 10.20.0.0 }
Mappings:
  SshSource:
    prod: { Cidr: 10.0.0.0/8 }
    dev: { Cidr: 0.0.0.0/0 }
Resources:
  FromParameter:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: admin cidr from parameter
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 22
          ToPort: 22
          CidrIp: !Ref AdminCidr
  FromMapping:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: admin cidr from mapping
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 22
          ToPort: 22
          CidrIp: !FindInMap [SshSource, !Ref Env, Cidr]
  FromSub:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: admin cidr from sub
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 22
          ToPort: 22
          CidrIp: !Sub '\${Net}/16'
`,
    expect: {
      FromParameter: { status: 'NON_COMPLIANT', messageId: 'sshOpen' },
      FromMapping: 'COMPLIANT',
      FromSub: 'COMPLIANT',
    },
  },
  {
    name: 'ingress chosen by a decidable condition (Fn::If)',
    inputs: { parameters: { Env: 'dev' } },
    template: `
Parameters:
  Env: { Type: String, Default: prod }
Conditions:
  IsDev: !Equals [!Ref Env, dev]
Resources:
  Debug:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: debug access in dev
      SecurityGroupIngress:
        - !If
          - IsDev
          - { IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0 }
          - !Ref AWS::NoValue
        - IpProtocol: tcp
          FromPort: 443
          ToPort: 443
          CidrIp: 0.0.0.0/0
`,
    expect: { Debug: { status: 'NON_COMPLIANT', messageId: 'sshOpen', path: ['SecurityGroupIngress', 0] } },
  },
  {
    name: 'sources not known before deployment (ImportValue, undecidable If)',
    template: `
Conditions:
  InUsEast1: !Equals [!Ref AWS::Region, us-east-1]
Resources:
  Imported:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: cidr from another stack
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 22
          ToPort: 22
          CidrIp: !ImportValue shared-admin-cidr
  Regional:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: rules depend on the region
      SecurityGroupIngress: !If
        - InUsEast1
        - [{ IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0 }]
        - !Ref AWS::NoValue
  ImportedButKnownBad:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: one unknown source, one known open rule
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 22
          ToPort: 22
          CidrIp: !ImportValue shared-admin-cidr
        - IpProtocol: "-1"
          CidrIpv6: ::/0
`,
    expect: {
      Imported: { status: 'INSUFFICIENT_DATA', messageId: 'unknownIngress', path: ['SecurityGroupIngress', 0], messageIncludes: 'ImportValue' },
      Regional: { status: 'INSUFFICIENT_DATA', messageId: 'unknownIngress', path: ['SecurityGroupIngress'] },
      ImportedButKnownBad: { status: 'NON_COMPLIANT', messageId: 'sshOpen', path: ['SecurityGroupIngress', 1] },
    },
  },
  {
    name: 'separate ingress attached to one of two groups by an undecidable condition',
    template: `
Conditions:
  InUsEast1: !Equals [!Ref AWS::Region, us-east-1]
Resources:
  Blue:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: blue
  Green:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: green
  Ssh:
    Type: AWS::EC2::SecurityGroupIngress
    Properties:
      GroupId: !If [InUsEast1, !GetAtt Blue.GroupId, !GetAtt Green.GroupId]
      IpProtocol: tcp
      FromPort: 22
      ToPort: 22
      CidrIp: 0.0.0.0/0
`,
    expect: {
      Blue: { status: 'INSUFFICIENT_DATA', messageId: 'unknownIngress', messageIncludes: 'Ssh.GroupId' },
      Green: { status: 'INSUFFICIENT_DATA', messageId: 'unknownIngress' },
    },
  },
  {
    name: 'a world-open SSH ingress created only under an undecidable condition is not certain; an unconditional one still fails',
    template: `
Conditions:
  InUsEast1: !Equals [!Ref AWS::Region, us-east-1]
Resources:
  Bastion:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: bastion
  BastionSsh:
    Type: AWS::EC2::SecurityGroupIngress
    Condition: InUsEast1
    Properties:
      GroupId: !GetAtt Bastion.GroupId
      IpProtocol: tcp
      FromPort: 22
      ToPort: 22
      CidrIp: 0.0.0.0/0
  Jump:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: jump
      SecurityGroupIngress:
        - { IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIpv6: ::/0 }
  JumpRegionalSsh:
    Type: AWS::EC2::SecurityGroupIngress
    Condition: InUsEast1
    Properties:
      GroupId: !Ref Jump
      IpProtocol: tcp
      FromPort: 22
      ToPort: 22
      CidrIp: 0.0.0.0/0
`,
    expect: {
      Bastion: { status: 'INSUFFICIENT_DATA', messageId: 'unknownIngress', path: [], messageIncludes: 'BastionSsh is created only when condition InUsEast1 holds' },
      Jump: { status: 'NON_COMPLIANT', messageId: 'sshOpen', path: ['SecurityGroupIngress', 0], messageIncludes: '::/0' },
    },
  },
] satisfies RuleCase[];
