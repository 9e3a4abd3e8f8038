import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'RDP open to 0.0.0.0/0, RDP from a private range, HTTPS to the world',
    template: `
Resources:
  WindowsPublic:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: rdp from anywhere
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 3389
          ToPort: 3389
          CidrIp: 0.0.0.0/0
  WindowsPrivate:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: rdp from the corporate network
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 3389
          ToPort: 3389
          CidrIp: 10.0.0.0/8
  Web:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: https
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 443
          ToPort: 443
          CidrIp: 0.0.0.0/0
`,
    expect: {
      WindowsPublic: { status: 'NON_COMPLIANT', messageId: 'blockedPortOpen', path: ['SecurityGroupIngress', 0], messageIncludes: 'blocked port 3389' },
      WindowsPrivate: 'COMPLIANT',
      Web: 'COMPLIANT',
    },
  },
  {
    name: 'port ranges, protocol numbers and -1 count; UDP and ::/0 do not (IPv4 TCP only, as the managed rule)',
    template: `
Resources:
  FtpRange:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: low ports
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 0
          ToPort: 100
          CidrIp: 0.0.0.0/0
  MysqlByNumber:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: mysql by protocol number
      SecurityGroupIngress:
        - IpProtocol: "6"
          FromPort: 3306
          ToPort: 3306
          CidrIp: 0.0.0.0/0
  Everything:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: all traffic
      SecurityGroupIngress:
        - IpProtocol: "-1"
          FromPort: -1
          ToPort: -1
          CidrIp: 0.0.0.0/0
  UdpAndIpv6:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: udp rdp and ipv6 rdp
      SecurityGroupIngress:
        - IpProtocol: udp
          FromPort: 3389
          ToPort: 3389
          CidrIp: 0.0.0.0/0
        - IpProtocol: tcp
          FromPort: 3389
          ToPort: 3389
          CidrIpv6: ::/0
`,
    expect: {
      FtpRange: { status: 'NON_COMPLIANT', messageId: 'blockedPortOpen', messageIncludes: 'TCP 0-100 (blocked ports 20, 21)' },
      MysqlByNumber: { status: 'NON_COMPLIANT', messageId: 'blockedPortOpen', messageIncludes: '3306' },
      Everything: { status: 'NON_COMPLIANT', messageId: 'blockedPortOpen', messageIncludes: 'all traffic' },
      UdpAndIpv6: 'COMPLIANT',
    },
  },
  {
    name: 'separate SecurityGroupIngress resources',
    template: `
Resources:
  Legacy:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: legacy database
  Legacy4333:
    Type: AWS::EC2::SecurityGroupIngress
    Properties:
      GroupId: !GetAtt Legacy.GroupId
      IpProtocol: tcp
      FromPort: 4333
      ToPort: 4333
      CidrIp: 0.0.0.0/0
  Ftp:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: ftp
  FtpControl:
    Type: AWS::EC2::SecurityGroupIngress
    Properties:
      GroupId: !Ref Ftp
      IpProtocol: tcp
      FromPort: 21
      ToPort: 21
      CidrIp: 198.51.100.0/24
`,
    expect: {
      Legacy: { status: 'NON_COMPLIANT', messageId: 'blockedPortOpen', path: [], messageIncludes: 'ingress resource Legacy4333' },
      Ftp: 'COMPLIANT',
    },
  },
  {
    name: 'blockedPort1 replaced by 8080 (given as a string, as AWS Config does)',
    params: { blockedPort1: '8080' },
    template: `
Resources:
  Proxy:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: proxy
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 8080
          ToPort: 8080
          CidrIp: 0.0.0.0/0
  FtpData:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: ftp data only
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 20
          ToPort: 20
          CidrIp: 0.0.0.0/0
`,
    expect: {
      Proxy: { status: 'NON_COMPLIANT', messageId: 'blockedPortOpen', messageIncludes: 'blocked port 8080' },
      FtpData: 'COMPLIANT',
    },
  },
  {
    name: 'blockedPort2 to blockedPort5 replaced',
    params: { blockedPort2: 5432, blockedPort3: 6379, blockedPort4: 9200, blockedPort5: 27017 },
    template: `
Resources:
  Rdp:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: rdp is no longer blocked by these parameters
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 3389
          ToPort: 3389
          CidrIp: 0.0.0.0/0
  Postgres:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: postgres
      SecurityGroupIngress:
        - { IpProtocol: tcp, FromPort: 5432, ToPort: 5432, CidrIp: 0.0.0.0/0 }
  Redis:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: redis
      SecurityGroupIngress:
        - { IpProtocol: tcp, FromPort: 6379, ToPort: 6379, CidrIp: 0.0.0.0/0 }
  Search:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: elasticsearch
      SecurityGroupIngress:
        - { IpProtocol: tcp, FromPort: 9200, ToPort: 9300, CidrIp: 0.0.0.0/0 }
  Mongo:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: mongo
      SecurityGroupIngress:
        - { IpProtocol: tcp, FromPort: 27017, ToPort: 27017, CidrIp: 0.0.0.0/0 }
`,
    expect: {
      Rdp: 'COMPLIANT',
      Postgres: { status: 'NON_COMPLIANT', messageId: 'blockedPortOpen', messageIncludes: '5432' },
      Redis: { status: 'NON_COMPLIANT', messageId: 'blockedPortOpen', messageIncludes: '6379' },
      Search: { status: 'NON_COMPLIANT', messageId: 'blockedPortOpen', messageIncludes: 'TCP 9200-9300 (blocked port 9200)' },
      Mongo: { status: 'NON_COMPLIANT', messageId: 'blockedPortOpen', messageIncludes: '27017' },
    },
  },
  {
    name: 'ports and sources through parameters, FindInMap, Sub and a decidable If',
    inputs: { parameters: { Env: 'prod' } },
    template: `
Parameters:
  DbPort: { Type: Number, Default: 3306 }
  Env: { Type: String, Default: dev }
  Everyone: { Type: String, Default: 0.0.0.0 }
Mappings:
  Ports:
    prod: { Admin: 3389 }
    dev: { Admin: 8443 }
Conditions:
  IsProd: !Equals [!Ref Env, prod]
Resources:
  Database:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: database port from a parameter
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: !Ref DbPort
          ToPort: !Ref DbPort
          CidrIp: !Sub '\${Everyone}/0'
  Admin:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: admin port from a mapping
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: !FindInMap [Ports, !Ref Env, Admin]
          ToPort: !FindInMap [Ports, !Ref Env, Admin]
          CidrIp: !If [IsProd, 10.0.0.0/8, 0.0.0.0/0]
`,
    expect: {
      Database: { status: 'NON_COMPLIANT', messageId: 'blockedPortOpen', messageIncludes: 'TCP 3306' },
      Admin: 'COMPLIANT',
    },
  },
  {
    name: 'ports or sources not known before deployment',
    template: `
Parameters:
  AppPort: { Type: Number }
Resources:
  UnknownPort:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: port without a value
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: !Ref AppPort
          ToPort: !Ref AppPort
          CidrIp: 0.0.0.0/0
  UnknownSource:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: source from another stack
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 21
          ToPort: 21
          CidrIp: !ImportValue partner-cidr
  UnknownPortPrivateSource:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: unknown port, but private source
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: !Ref AppPort
          ToPort: !Ref AppPort
          CidrIp: 172.16.0.0/12
`,
    expect: {
      UnknownPort: { status: 'INSUFFICIENT_DATA', messageId: 'unknownIngress', messageIncludes: 'AppPort' },
      UnknownSource: { status: 'INSUFFICIENT_DATA', messageId: 'unknownIngress', path: ['SecurityGroupIngress', 0] },
      UnknownPortPrivateSource: 'COMPLIANT',
    },
  },
  {
    name: 'a world-open RDP ingress created only under an undecidable condition is not certain; an unconditional MySQL one still fails',
    template: `
Conditions:
  InUsEast1: !Equals [!Ref AWS::Region, us-east-1]
Resources:
  Desktops:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: desktops
  DesktopsRdp:
    Type: AWS::EC2::SecurityGroupIngress
    Condition: InUsEast1
    Properties:
      GroupId: !Ref Desktops
      IpProtocol: tcp
      FromPort: 3389
      ToPort: 3389
      CidrIp: 0.0.0.0/0
  Database:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: database
  DatabaseRdp:
    Type: AWS::EC2::SecurityGroupIngress
    Condition: InUsEast1
    Properties:
      GroupId: !Ref Database
      IpProtocol: tcp
      FromPort: 3389
      ToPort: 3389
      CidrIp: 0.0.0.0/0
  DatabaseMysql:
    Type: AWS::EC2::SecurityGroupIngress
    Properties:
      GroupId: !Ref Database
      IpProtocol: tcp
      FromPort: 3306
      ToPort: 3306
      CidrIp: 0.0.0.0/0
`,
    expect: {
      Desktops: { status: 'INSUFFICIENT_DATA', messageId: 'unknownIngress', messageIncludes: 'DesktopsRdp is created only when condition InUsEast1 holds' },
      Database: { status: 'NON_COMPLIANT', messageId: 'blockedPortOpen', messageIncludes: 'DatabaseMysql' },
    },
  },
] satisfies RuleCase[];
