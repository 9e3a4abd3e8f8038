import type { RuleCase } from '../../tester.js';

const ami = 'ami-0abcdef1234567890';

export default [
  {
    name: 'instance behind a group with SSH open to the world, and one behind an HTTPS-only group',
    template: `
Resources:
  SshOpen:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: ssh from anywhere
      SecurityGroupIngress:
        - { IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0 }
  Https:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: https from anywhere
      SecurityGroupIngress:
        - { IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0 }
        - { IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 10.0.0.0/8 }
  Bastion:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ${ami}
      InstanceType: t3.micro
      SecurityGroupIds:
        - !GetAtt Https.GroupId
        - !Ref SshOpen
  WebServer:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ${ami}
      InstanceType: t3.small
      SecurityGroupIds: [!GetAtt Https.GroupId]
`,
    expect: {
      Bastion: { status: 'NON_COMPLIANT', messageId: 'exposed', path: ['SecurityGroupIds', 1], messageIncludes: 'security group SshOpen' },
      WebServer: { status: 'COMPLIANT', messageIncludes: '1 security group(s)' },
    },
  },
  {
    name: 'groups by name (SecurityGroups), on network interfaces, and on an attached AWS::EC2::NetworkInterface',
    template: `
Resources:
  Rdp:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupName: rdp-public
      GroupDescription: rdp over ipv6
      SecurityGroupIngress:
        - { IpProtocol: "6", FromPort: 3389, ToPort: 3389, CidrIpv6: "::/0" }
  Internal:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: internal
      SecurityGroupIngress:
        - { IpProtocol: "-1", CidrIp: 10.0.0.0/8 }
  Classic:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ${ami}
      SecurityGroups: [rdp-public]
  Windows:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ${ami}
      NetworkInterfaces:
        - DeviceIndex: "0"
          SubnetId: subnet-0abc
          GroupSet: [!Ref Internal, !GetAtt Rdp.GroupId]
  Eni:
    Type: AWS::EC2::NetworkInterface
    Properties:
      SubnetId: subnet-0abc
      GroupSet: [!Ref Rdp]
  Attached:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ${ami}
      NetworkInterfaces:
        - DeviceIndex: "0"
          NetworkInterfaceId: !Ref Eni
  InternalOnly:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ${ami}
      NetworkInterfaces:
        - DeviceIndex: "0"
          SubnetId: subnet-0abc
          GroupSet: [!Ref Internal]
`,
    expect: {
      Classic: { status: 'NON_COMPLIANT', messageId: 'exposed', path: ['SecurityGroups', 0], messageIncludes: 'TCP 3389 to ::/0' },
      Windows: { status: 'NON_COMPLIANT', messageId: 'exposed', path: ['NetworkInterfaces', 0, 'GroupSet', 1] },
      Attached: { status: 'NON_COMPLIANT', messageId: 'exposed', path: ['NetworkInterfaces', 0, 'NetworkInterfaceId', 0] },
      InternalOnly: 'COMPLIANT',
    },
  },
  {
    name: 'port opened by a separate SecurityGroupIngress resource',
    template: `
Resources:
  App:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: app
  AppSsh:
    Type: AWS::EC2::SecurityGroupIngress
    Properties:
      GroupId: !GetAtt App.GroupId
      IpProtocol: tcp
      FromPort: 20
      ToPort: 25
      CidrIp: 0.0.0.0/0
  Server:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ${ami}
      SecurityGroupIds: [!Ref App]
`,
    expect: { Server: { status: 'NON_COMPLIANT', messageId: 'exposed', path: ['SecurityGroupIds', 0], messageIncludes: 'ingress resource AppSsh' } },
  },
  {
    name: 'no security group: the VPC default group applies',
    template: `
Resources:
  Lonely:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ${ami}
      SubnetId: subnet-0abc
`,
    expect: { Lonely: { status: 'INSUFFICIENT_DATA', messageId: 'defaultGroup', messageIncludes: 'default security group' } },
  },
  {
    name: 'groups not in the template: ImportValue, literal id, a parameter default; a known exposure still fails',
    template: `
Parameters:
  SharedGroup: { Type: String, Default: sg-0fedcba9876543210 }
Resources:
  Rdp:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: rdp
      SecurityGroupIngress:
        - { IpProtocol: tcp, FromPort: 3389, ToPort: 3389, CidrIp: 0.0.0.0/0 }
  Imported:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ${ami}
      SecurityGroupIds: [!ImportValue network-stack-app-sg]
  Literal:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ${ami}
      SecurityGroupIds: [sg-0123456789abcdef0]
  FromParameter:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ${ami}
      SecurityGroupIds: [!Ref SharedGroup]
  MixedButExposed:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ${ami}
      SecurityGroupIds: [!ImportValue network-stack-app-sg, !Ref Rdp]
`,
    expect: {
      Imported: { status: 'INSUFFICIENT_DATA', messageId: 'unknownGroup', path: ['SecurityGroupIds', 0], messageIncludes: 'ImportValue' },
      Literal: { status: 'INSUFFICIENT_DATA', messageId: 'externalGroup', messageIncludes: 'sg-0123456789abcdef0' },
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'externalGroup', messageIncludes: 'sg-0fedcba9876543210' },
      MixedButExposed: { status: 'NON_COMPLIANT', messageId: 'exposed', path: ['SecurityGroupIds', 1] },
    },
  },
  {
    name: 'forbiddenPorts with a single port and a range',
    params: { forbiddenPorts: '8080,1-1024' },
    template: `
Resources:
  Https:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: https
      SecurityGroupIngress:
        - { IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0 }
  AltHttps:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: 8443 only
      SecurityGroupIngress:
        - { IpProtocol: tcp, FromPort: 8443, ToPort: 8443, CidrIp: 0.0.0.0/0 }
        - { IpProtocol: icmp, FromPort: -1, ToPort: -1, CidrIp: 0.0.0.0/0 }
  Dns:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: dns over udp
      SecurityGroupIngress:
        - { IpProtocol: "17", FromPort: 53, ToPort: 53, CidrIpv6: "::/0" }
  Proxy:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: wide range reaching 8080
      SecurityGroupIngress:
        - { IpProtocol: tcp, FromPort: 8000, ToPort: 8999, CidrIp: 0.0.0.0/0 }
  HttpsServer:
    Type: AWS::EC2::Instance
    Properties: { ImageId: ${ami}, SecurityGroupIds: [!Ref Https] }
  AltServer:
    Type: AWS::EC2::Instance
    Properties: { ImageId: ${ami}, SecurityGroupIds: [!Ref AltHttps] }
  DnsServer:
    Type: AWS::EC2::Instance
    Properties: { ImageId: ${ami}, SecurityGroupIds: [!Ref Dns] }
  ProxyServer:
    Type: AWS::EC2::Instance
    Properties: { ImageId: ${ami}, SecurityGroupIds: [!Ref Proxy] }
`,
    expect: {
      HttpsServer: { status: 'NON_COMPLIANT', messageId: 'exposed', messageIncludes: 'forbidden port (8080, 1-1024)' },
      AltServer: 'COMPLIANT',
      DnsServer: { status: 'NON_COMPLIANT', messageId: 'exposed', messageIncludes: 'UDP 53' },
      ProxyServer: { status: 'NON_COMPLIANT', messageId: 'exposed', messageIncludes: 'TCP 8000-8999' },
    },
  },
  {
    name: 'all protocols and -1 ports count under the default (22, 3389)',
    template: `
Resources:
  Open:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: everything
      SecurityGroupIngress:
        - { IpProtocol: "-1", CidrIpv6: "::/0" }
  AllTcp:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: all tcp ports
      SecurityGroupIngress:
        - { IpProtocol: tcp, FromPort: -1, ToPort: -1, CidrIp: 0.0.0.0/0 }
  Everything:
    Type: AWS::EC2::Instance
    Properties: { ImageId: ${ami}, SecurityGroupIds: [!Ref Open] }
  TcpEverything:
    Type: AWS::EC2::Instance
    Properties: { ImageId: ${ami}, SecurityGroupIds: [!Ref AllTcp] }
`,
    expect: {
      Everything: { status: 'NON_COMPLIANT', messageId: 'exposed', messageIncludes: 'all traffic' },
      TcpEverything: { status: 'NON_COMPLIANT', messageId: 'exposed', messageIncludes: 'TCP all ports' },
    },
  },
  {
    name: 'groups and sources through a decidable If, FindInMap and Sub',
    inputs: { parameters: { Env: 'prod' } },
    template: `
Parameters:
  Env: { Type: String, Default: dev }
  Octet: { Type: String, Default: "10" }
Mappings:
  AdminSource:
    prod: { Cidr: 192.168.0.0/16 }
    dev: { Cidr: 0.0.0.0/0 }
Conditions:
  IsProd: !Equals [!Ref Env, prod]
Resources:
  DebugOpen:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: debug access from anywhere
      SecurityGroupIngress:
        - { IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0 }
  Admin:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: !Sub 'admin \${Env}'
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 22
          ToPort: 22
          CidrIp: !FindInMap [AdminSource, !Ref Env, Cidr]
        - IpProtocol: tcp
          FromPort: 3389
          ToPort: 3389
          CidrIp: !Sub '\${Octet}.0.0.0/8'
  Server:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ${ami}
      SecurityGroupIds:
        - !If [IsProd, !GetAtt Admin.GroupId, !GetAtt DebugOpen.GroupId]
`,
    expect: { Server: 'COMPLIANT' },
  },
  {
    name: 'ingress of a used group not known before deployment (undecidable If, parameter without value)',
    template: `
Parameters:
  AdminCidr: { Type: String }
Conditions:
  InUsEast1: !Equals [!Ref AWS::Region, us-east-1]
Resources:
  Regional:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: source depends on region
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 22
          ToPort: 22
          CidrIp: !If [InUsEast1, 0.0.0.0/0, 10.0.0.0/8]
  Admin:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: source from a parameter
      SecurityGroupIngress:
        - { IpProtocol: tcp, FromPort: 3389, ToPort: 3389, CidrIp: !Ref AdminCidr }
  RegionalServer:
    Type: AWS::EC2::Instance
    Properties: { ImageId: ${ami}, SecurityGroupIds: [!Ref Regional] }
  AdminServer:
    Type: AWS::EC2::Instance
    Properties: { ImageId: ${ami}, SecurityGroupIds: [!Ref Admin] }
`,
    expect: {
      RegionalServer: { status: 'INSUFFICIENT_DATA', messageId: 'unknownIngress', path: ['SecurityGroupIds', 0], messageIncludes: 'InUsEast1' },
      AdminServer: { status: 'INSUFFICIENT_DATA', messageId: 'unknownIngress', messageIncludes: 'AdminCidr' },
    },
  },
  {
    name: 'groups from a launch template in the template, or from one elsewhere',
    template: `
Resources:
  Ssh:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: ssh
      SecurityGroupIngress:
        - { IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0 }
  Template:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateData:
        ImageId: ${ami}
        SecurityGroupIds: [!GetAtt Ssh.GroupId]
  FromTemplate:
    Type: AWS::EC2::Instance
    Properties:
      LaunchTemplate:
        LaunchTemplateId: !Ref Template
        Version: !GetAtt Template.LatestVersionNumber
  FromShared:
    Type: AWS::EC2::Instance
    Properties:
      LaunchTemplate:
        LaunchTemplateId: !ImportValue shared-launch-template
        Version: "1"
`,
    expect: {
      FromTemplate: { status: 'NON_COMPLIANT', messageId: 'exposed', path: ['LaunchTemplate'] },
      FromShared: { status: 'INSUFFICIENT_DATA', messageId: 'launchTemplate', path: ['LaunchTemplate'] },
    },
  },
  {
    name: 'a world-open SSH ingress created only under an undecidable condition is not certain for the instances using the group',
    template: `
Conditions:
  InUsEast1: !Equals [!Ref AWS::Region, us-east-1]
Resources:
  Admin:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: admin
      SecurityGroupIngress:
        - { IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0 }
  AdminSsh:
    Type: AWS::EC2::SecurityGroupIngress
    Condition: InUsEast1
    Properties:
      GroupId: !GetAtt Admin.GroupId
      IpProtocol: tcp
      FromPort: 22
      ToPort: 22
      CidrIp: 0.0.0.0/0
  Server:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0abcdef1234567890
      SecurityGroupIds: [!GetAtt Admin.GroupId]
`,
    expect: {
      Server: { status: 'INSUFFICIENT_DATA', messageId: 'unknownIngress', path: ['SecurityGroupIds', 0], messageIncludes: 'AdminSsh is created only when condition InUsEast1 holds' },
    },
  },
  {
    name: 'groups of a launch template named literally in the same template',
    template: `
Resources:
  Ssh:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: ssh
      SecurityGroupIngress:
        - { IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0 }
  WebTemplate:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateName: web
      LaunchTemplateData:
        ImageId: ami-0abcdef1234567890
        SecurityGroupIds: [!GetAtt Ssh.GroupId]
  Server:
    Type: AWS::EC2::Instance
    Properties:
      LaunchTemplate:
        LaunchTemplateName: web
        Version: '1'
`,
    expect: { Server: { status: 'NON_COMPLIANT', messageId: 'exposed', path: ['LaunchTemplate'], messageIncludes: 'TCP 22' } },
  },
] satisfies RuleCase[];
