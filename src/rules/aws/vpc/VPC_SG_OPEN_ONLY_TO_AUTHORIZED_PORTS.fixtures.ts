import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'without parameters, any port open to the world fails',
    template: `
Resources:
  PublicWeb:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: https from anywhere
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 443
          ToPort: 443
          CidrIp: 0.0.0.0/0
  PrivateApp:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: internal only
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 8080
          ToPort: 8080
          CidrIp: 10.0.0.0/16
        - IpProtocol: tcp
          FromPort: 8080
          ToPort: 8080
          CidrIpv6: 2001:db8::/32
  NoRules:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: nothing inbound
`,
    expect: {
      PublicWeb: { status: 'NON_COMPLIANT', messageId: 'unauthorizedPort', path: ['SecurityGroupIngress', 0], messageIncludes: 'TCP 443 from 0.0.0.0/0' },
      PrivateApp: { status: 'COMPLIANT', messageIncludes: 'no ingress rule open' },
      NoRules: 'COMPLIANT',
    },
  },
  {
    name: 'authorizedTcpPorts with a range: inside passes, beyond it, other protocols and ::/0 are judged too',
    params: { authorizedTcpPorts: '443,1020-1025' },
    template: `
Resources:
  Https:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: https and the authorized range
      SecurityGroupIngress:
        - { IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0 }
        - { IpProtocol: "6", FromPort: 1020, ToPort: 1025, CidrIpv6: "::/0" }
  TooWide:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: range reaches past 1025
      SecurityGroupIngress:
        - { IpProtocol: tcp, FromPort: 1020, ToPort: 1026, CidrIp: 0.0.0.0/0 }
  HttpV6:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: plain http over ipv6
      SecurityGroupIngress:
        - { IpProtocol: tcp, FromPort: 80, ToPort: 80, CidrIpv6: "::/0" }
  UdpHttps:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: udp 443 (quic) is not authorized for udp
      SecurityGroupIngress:
        - { IpProtocol: udp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0 }
  Ping:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: icmp carries no ports
      SecurityGroupIngress:
        - { IpProtocol: icmp, FromPort: 8, ToPort: -1, CidrIp: 0.0.0.0/0 }
`,
    expect: {
      Https: { status: 'COMPLIANT', messageIncludes: 'uses authorized ports' },
      TooWide: { status: 'NON_COMPLIANT', messageId: 'unauthorizedPort', messageIncludes: 'TCP 1020-1026' },
      HttpV6: { status: 'NON_COMPLIANT', messageId: 'unauthorizedPort', messageIncludes: 'from ::/0' },
      UdpHttps: { status: 'NON_COMPLIANT', messageId: 'unauthorizedPort', messageIncludes: 'UDP 443' },
      Ping: 'COMPLIANT',
    },
  },
  {
    name: 'authorizedUdpPorts; an all-protocol rule open to the world always fails',
    params: { authorizedUdpPorts: '500,4500', authorizedTcpPorts: '0-65535' },
    template: `
Resources:
  Vpn:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: ipsec
      SecurityGroupIngress:
        - { IpProtocol: udp, FromPort: 500, ToPort: 500, CidrIp: 0.0.0.0/0 }
        - { IpProtocol: "17", FromPort: 4500, ToPort: 4500, CidrIp: 0.0.0.0/0 }
  VpnTooWide:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: every port between the two
      SecurityGroupIngress:
        - { IpProtocol: udp, FromPort: 500, ToPort: 4500, CidrIp: 0.0.0.0/0 }
  AllProtocols:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: all traffic
      SecurityGroupIngress:
        - { IpProtocol: "-1", CidrIpv6: "::/0" }
  AllUdpPorts:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: udp with ports -1
      SecurityGroupIngress:
        - { IpProtocol: udp, FromPort: -1, ToPort: -1, CidrIp: 0.0.0.0/0 }
`,
    expect: {
      Vpn: 'COMPLIANT',
      VpnTooWide: { status: 'NON_COMPLIANT', messageId: 'unauthorizedPort', messageIncludes: 'UDP 500-4500' },
      AllProtocols: { status: 'NON_COMPLIANT', messageId: 'unauthorizedPort', messageIncludes: 'all traffic' },
      AllUdpPorts: { status: 'NON_COMPLIANT', messageId: 'unauthorizedPort', messageIncludes: 'UDP all ports' },
    },
  },
  {
    name: 'authorized ranges that touch cover a range spanning both',
    params: { authorizedTcpPorts: ['8000-8099', '8100-8199'] },
    template: `
Resources:
  Spanning:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: spans two authorized ranges
      SecurityGroupIngress:
        - { IpProtocol: tcp, FromPort: 8050, ToPort: 8150, CidrIp: 0.0.0.0/0 }
  Gap:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: reaches past the second range
      SecurityGroupIngress:
        - { IpProtocol: tcp, FromPort: 8150, ToPort: 8200, CidrIp: 0.0.0.0/0 }
`,
    expect: {
      Spanning: 'COMPLIANT',
      Gap: { status: 'NON_COMPLIANT', messageId: 'unauthorizedPort', messageIncludes: 'TCP 8150-8200' },
    },
  },
  {
    name: 'separate SecurityGroupIngress resources (Ref and GetAtt GroupId)',
    params: { authorizedTcpPorts: '443' },
    template: `
Resources:
  Alb:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: load balancer
  AlbHttps:
    Type: AWS::EC2::SecurityGroupIngress
    Properties:
      GroupId: !Ref Alb
      IpProtocol: tcp
      FromPort: 443
      ToPort: 443
      CidrIp: 0.0.0.0/0
  AlbHttp:
    Type: AWS::EC2::SecurityGroupIngress
    Properties:
      GroupId: !GetAtt Alb.GroupId
      IpProtocol: tcp
      FromPort: 80
      ToPort: 80
      CidrIpv6: ::/0
`,
    expect: { Alb: { status: 'NON_COMPLIANT', messageId: 'unauthorizedPort', path: [], messageIncludes: 'ingress resource AlbHttp admits TCP 80' } },
  },
  {
    name: 'ports and sources through parameters, FindInMap, Sub and a decidable If',
    params: { authorizedTcpPorts: '443' },
    inputs: { parameters: { Stage: 'prod' } },
    template: `
Parameters:
  Stage: { Type: String, Default: dev }
  PublicPort: { Type: Number, Default: 443 }
  AnyV4: { Type: String, Default: 0.0.0.0 }
Mappings:
  StagePorts:
    prod: { Debug: 9000 }
    dev: { Debug: 443 }
Conditions:
  IsProd: !Equals [!Ref Stage, prod]
Resources:
  Frontend:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: !Sub 'frontend \${Stage}'
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: !Ref PublicPort
          ToPort: !Ref PublicPort
          CidrIp: !Sub '\${AnyV4}/0'
  Debug:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: debug port per stage
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: !FindInMap [StagePorts, !Ref Stage, Debug]
          ToPort: !FindInMap [StagePorts, !Ref Stage, Debug]
          CidrIp: !If [IsProd, 0.0.0.0/0, 10.0.0.0/8]
`,
    expect: {
      Frontend: 'COMPLIANT',
      Debug: { status: 'NON_COMPLIANT', messageId: 'unauthorizedPort', messageIncludes: 'TCP 9000' },
    },
  },
  {
    name: 'protocol, ports or sources not known before deployment',
    params: { authorizedTcpPorts: '443' },
    template: `
Parameters:
  Protocol: { Type: String }
Resources:
  Listener:
    Type: AWS::CloudFormation::CustomResource
    Properties:
      ServiceToken: arn:aws:lambda:us-east-1:123456789012:function:port-allocator
  UnknownProtocol:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: protocol from a parameter without a value
      SecurityGroupIngress:
        - { IpProtocol: !Ref Protocol, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0 }
  AllocatedPort:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: port from a custom resource
      SecurityGroupIngress:
        - { IpProtocol: tcp, FromPort: !GetAtt Listener.Port, ToPort: !GetAtt Listener.Port, CidrIp: 0.0.0.0/0 }
  ImportedSourceKnownBad:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: one unknown source, one known violation
      SecurityGroupIngress:
        - { IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIpv6: !ImportValue admin-v6-range }
        - { IpProtocol: tcp, FromPort: 3389, ToPort: 3389, CidrIp: 0.0.0.0/0 }
`,
    expect: {
      UnknownProtocol: { status: 'INSUFFICIENT_DATA', messageId: 'unknownIngress', messageIncludes: 'Protocol' },
      AllocatedPort: { status: 'INSUFFICIENT_DATA', messageId: 'unknownIngress', path: ['SecurityGroupIngress', 0], messageIncludes: 'Listener.Port' },
      ImportedSourceKnownBad: { status: 'NON_COMPLIANT', messageId: 'unauthorizedPort', path: ['SecurityGroupIngress', 1] },
    },
  },
  {
    name: 'an unauthorized world-open ingress created only under an undecidable condition is not certain',
    params: { authorizedTcpPorts: '443' },
    template: `
Conditions:
  InUsEast1: !Equals [!Ref AWS::Region, us-east-1]
Resources:
  Web:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: web
      SecurityGroupIngress:
        - { IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0 }
  WebDebug:
    Type: AWS::EC2::SecurityGroupIngress
    Condition: InUsEast1
    Properties:
      GroupId: !GetAtt Web.GroupId
      IpProtocol: tcp
      FromPort: 8080
      ToPort: 8080
      CidrIp: 0.0.0.0/0
  Api:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: api
  ApiHttps:
    Type: AWS::EC2::SecurityGroupIngress
    Condition: InUsEast1
    Properties:
      GroupId: !GetAtt Api.GroupId
      IpProtocol: tcp
      FromPort: 443
      ToPort: 443
      CidrIp: 0.0.0.0/0
  ApiDebug:
    Type: AWS::EC2::SecurityGroupIngress
    Properties:
      GroupId: !GetAtt Api.GroupId
      IpProtocol: tcp
      FromPort: 8080
      ToPort: 8080
      CidrIpv6: ::/0
`,
    expect: {
      Web: { status: 'INSUFFICIENT_DATA', messageId: 'unknownIngress', messageIncludes: 'WebDebug is created only when condition InUsEast1 holds' },
      Api: { status: 'NON_COMPLIANT', messageId: 'unauthorizedPort', messageIncludes: 'ApiDebug' },
    },
  },
] satisfies RuleCase[];
