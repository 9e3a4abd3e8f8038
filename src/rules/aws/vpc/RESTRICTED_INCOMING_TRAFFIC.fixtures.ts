import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';
import { SOURCELESS_INGRESS_TEMPLATE } from './sourceless-ingress.js';

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
    name: 'port ranges, protocol numbers and -1 count, from 0.0.0.0/0 or ::/0; UDP does not, nor a narrower IPv6 range',
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
  Udp:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: udp rdp and rdp from one ipv6 network
      SecurityGroupIngress:
        - IpProtocol: udp
          FromPort: 3389
          ToPort: 3389
          CidrIp: 0.0.0.0/0
        - IpProtocol: tcp
          FromPort: 3389
          ToPort: 3389
          CidrIpv6: 2001:db8::/32
  Ipv6:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: rdp from every ipv6 address
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 3389
          ToPort: 3389
          CidrIpv6: ::/0
`,
    expect: {
      FtpRange: { status: 'NON_COMPLIANT', messageId: 'blockedPortOpen', messageIncludes: 'TCP 0-100 (blocked ports 20, 21)' },
      MysqlByNumber: { status: 'NON_COMPLIANT', messageId: 'blockedPortOpen', messageIncludes: '3306' },
      Everything: { status: 'NON_COMPLIANT', messageId: 'blockedPortOpen', messageIncludes: 'all traffic' },
      Udp: 'COMPLIANT',
      Ipv6: { status: 'NON_COMPLIANT', messageId: 'blockedPortOpen', messageIncludes: 'from ::/0' },
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
  // Terraform (HCL): inline ingress blocks, and separate rules merged into their group.
  {
    name: 'hcl: RDP open inline, all traffic through aws_vpc_security_group_ingress_rule, MySQL open to ::/0 (every IPv6 address)',
    hcl: `
resource "aws_security_group" "rdp" {
  name        = "rdp"
  description = "Windows hosts"

  ingress {
    from_port   = 3389
    to_port     = 3389
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group" "wide" {
  name = "wide"
}

resource "aws_vpc_security_group_ingress_rule" "wide_all" {
  security_group_id = aws_security_group.wide.id
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "-1"
}

resource "aws_security_group" "db" {
  name = "db"

  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group_rule" "db_mysql" {
  type              = "ingress"
  from_port         = 3306
  to_port           = 3306
  protocol          = "tcp"
  cidr_blocks       = ["10.0.0.0/16"]
  ipv6_cidr_blocks  = ["::/0"]
  security_group_id = aws_security_group.db.id
}
`,
    expect: {
      'aws_security_group.rdp': { status: 'NON_COMPLIANT', messageId: 'blockedPortOpen', path: ['SecurityGroupIngress', 0], messageIncludes: '3389' },
      'aws_security_group.wide': { status: 'NON_COMPLIANT', messageId: 'blockedPortOpen', messageIncludes: 'all traffic' },
      'aws_security_group.db': { status: 'NON_COMPLIANT', messageId: 'blockedPortOpen', messageIncludes: 'from ::/0' },
    },
  },
  {
    name: 'hcl: for_each groups, counted rules and a local module',
    hcl: {
      'main.tf': `
locals {
  services = { web = 443, ftp = 21 }
}

resource "aws_security_group" "svc" {
  for_each = local.services
  name     = each.key
}

resource "aws_security_group_rule" "svc" {
  for_each          = local.services
  type              = "ingress"
  from_port         = each.value
  to_port           = each.value
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
  security_group_id = aws_security_group.svc[each.key].id
}

module "db" {
  source  = "./modules/db"
  clients = ["10.1.0.0/16", "10.2.0.0/16"]
}
`,
      'modules/db/main.tf': `
variable "clients" { type = list(string) }

resource "aws_security_group" "this" {
  name = "db"
}

resource "aws_vpc_security_group_ingress_rule" "mysql" {
  count             = length(var.clients)
  security_group_id = aws_security_group.this.id
  cidr_ipv4         = var.clients[count.index]
  ip_protocol       = "tcp"
  from_port         = 3306
  to_port           = 3306
}
`,
    },
    expect: {
      'aws_security_group.svc["web"]': 'COMPLIANT',
      'aws_security_group.svc["ftp"]': { status: 'NON_COMPLIANT', messageId: 'blockedPortOpen', messageIncludes: 'blocked port 21' },
      'module.db.aws_security_group.this': 'COMPLIANT',
    },
  },
  {
    name: 'hcl: a port range from a variable without default is not known',
    hcl: `
variable "admin_port" { type = number }

resource "aws_security_group" "admin" {
  name = "admin"

  ingress {
    from_port   = var.admin_port
    to_port     = var.admin_port
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`,
    expect: { 'aws_security_group.admin': { status: 'INSUFFICIENT_DATA', messageId: 'unknownIngress' } },
  },
  {
    name: 'hcl: awscc_ec2_security_group_ingress attached to an awscc_ec2_security_group',
    hcl: `
resource "awscc_ec2_security_group" "db" {
  group_description = "database"
}

resource "awscc_ec2_security_group_ingress" "mysql" {
  group_id    = awscc_ec2_security_group.db.group_id
  ip_protocol = "tcp"
  from_port   = 3306
  to_port     = 3306
  cidr_ip     = "0.0.0.0/0"
}

resource "awscc_ec2_security_group" "web" {
  group_description = "web"
  security_group_ingress = [{
    ip_protocol = "tcp"
    from_port   = 443
    to_port     = 443
    cidr_ip     = "0.0.0.0/0"
  }]
}
`,
    expect: {
      'awscc_ec2_security_group.db': { status: 'NON_COMPLIANT', messageId: 'blockedPortOpen', messageIncludes: 'awscc_ec2_security_group_ingress.mysql' },
      'awscc_ec2_security_group.web': 'COMPLIANT',
    },
  },
  // Terraform plan JSON.
  {
    name: 'plan: MySQL open inline, and a group whose separate rule admits RDP only from a private range',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        {
          address: 'aws_security_group.db', mode: 'managed', type: 'aws_security_group', name: 'db', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['create'], before: null,
            after: { description: 'Managed by Terraform', name: 'db', ingress: [{ cidr_blocks: ['0.0.0.0/0'], description: '', from_port: 3306, ipv6_cidr_blocks: [], prefix_list_ids: [], protocol: 'tcp', security_groups: [], self: false, to_port: 3306 }], revoke_rules_on_delete: false, tags: null, timeouts: null },
            after_unknown: { arn: true, egress: true, id: true, ingress: [{ cidr_blocks: [false], ipv6_cidr_blocks: [], prefix_list_ids: [], security_groups: [] }], name_prefix: true, owner_id: true, tags_all: true, vpc_id: true },
            before_sensitive: false, after_sensitive: { egress: [], ingress: [{ cidr_blocks: [false], ipv6_cidr_blocks: [], prefix_list_ids: [], security_groups: [] }], tags_all: {} },
          },
        },
        {
          address: 'aws_security_group.windows', mode: 'managed', type: 'aws_security_group', name: 'windows', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['create'], before: null,
            after: { description: 'Managed by Terraform', name: 'windows', revoke_rules_on_delete: false, tags: null, timeouts: null },
            after_unknown: { arn: true, egress: true, id: true, ingress: true, name_prefix: true, owner_id: true, tags_all: true, vpc_id: true },
            before_sensitive: false, after_sensitive: { egress: [], ingress: [], tags_all: {} },
          },
        },
        {
          address: 'aws_vpc_security_group_ingress_rule.windows_rdp', mode: 'managed', type: 'aws_vpc_security_group_ingress_rule', name: 'windows_rdp', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['create'], before: null,
            after: { cidr_ipv4: '172.16.0.0/12', cidr_ipv6: null, description: null, from_port: 3389, ip_protocol: 'tcp', prefix_list_id: null, referenced_security_group_id: null, tags: null, to_port: 3389 },
            after_unknown: { arn: true, id: true, security_group_id: true, security_group_rule_id: true, tags_all: true },
            before_sensitive: false, after_sensitive: { tags_all: {} },
          },
        },
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_security_group.db', mode: 'managed', type: 'aws_security_group', name: 'db', provider_config_key: 'aws', expressions: { name: { constant_value: 'db' }, ingress: { constant_value: [{ cidr_blocks: ['0.0.0.0/0'], description: '', from_port: 3306, ipv6_cidr_blocks: [], prefix_list_ids: [], protocol: 'tcp', security_groups: [], self: false, to_port: 3306 }] } }, schema_version: 1 },
            { address: 'aws_security_group.windows', mode: 'managed', type: 'aws_security_group', name: 'windows', provider_config_key: 'aws', expressions: { name: { constant_value: 'windows' } }, schema_version: 1 },
            {
              address: 'aws_vpc_security_group_ingress_rule.windows_rdp', mode: 'managed', type: 'aws_vpc_security_group_ingress_rule', name: 'windows_rdp', provider_config_key: 'aws',
              expressions: { security_group_id: { references: ['aws_security_group.windows.id', 'aws_security_group.windows'] }, cidr_ipv4: { constant_value: '172.16.0.0/12' }, ip_protocol: { constant_value: 'tcp' }, from_port: { constant_value: 3389 }, to_port: { constant_value: 3389 } },
            },
          ],
        },
      },
    },
    expect: {
      'aws_security_group.db': { status: 'NON_COMPLIANT', messageId: 'blockedPortOpen', path: ['SecurityGroupIngress', 0], messageIncludes: '3306' },
      'aws_security_group.windows': 'COMPLIANT',
    },
  },
  {
    name: 'plan: a world-open rule whose ports are known only after apply',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        {
          address: 'aws_security_group.app', mode: 'managed', type: 'aws_security_group', name: 'app', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['create'], before: null,
            after: { description: 'Managed by Terraform', name: 'app', revoke_rules_on_delete: false, tags: null, timeouts: null },
            after_unknown: { arn: true, egress: true, id: true, ingress: true, name_prefix: true, owner_id: true, tags_all: true, vpc_id: true },
            before_sensitive: false, after_sensitive: { egress: [], ingress: [], tags_all: {} },
          },
        },
        {
          address: 'aws_security_group_rule.app_db', mode: 'managed', type: 'aws_security_group_rule', name: 'app_db', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['create'], before: null,
            after: { cidr_blocks: ['0.0.0.0/0'], description: null, ipv6_cidr_blocks: null, prefix_list_ids: null, protocol: 'tcp', self: false, timeouts: null, type: 'ingress' },
            after_unknown: { cidr_blocks: [false], from_port: true, id: true, security_group_id: true, security_group_rule_id: true, source_security_group_id: true, to_port: true },
            before_sensitive: false, after_sensitive: { cidr_blocks: [false] },
          },
        },
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_security_group.app', mode: 'managed', type: 'aws_security_group', name: 'app', expressions: { name: { constant_value: 'app' } } },
            {
              address: 'aws_security_group_rule.app_db', mode: 'managed', type: 'aws_security_group_rule', name: 'app_db',
              expressions: {
                type: { constant_value: 'ingress' }, protocol: { constant_value: 'tcp' }, cidr_blocks: { constant_value: ['0.0.0.0/0'] },
                from_port: { references: ['aws_db_instance.main.port', 'aws_db_instance.main'] }, to_port: { references: ['aws_db_instance.main.port', 'aws_db_instance.main'] },
                security_group_id: { references: ['aws_security_group.app.id', 'aws_security_group.app'] },
              },
            },
          ],
        },
      },
    },
    expect: { 'aws_security_group.app': { status: 'INSUFFICIENT_DATA', messageId: 'unknownIngress' } },
  },
  // Attachments whose group the input does not declare are judged on a partial group: its other rules are unknown.
  {
    name: 'SecurityGroupIngress on groups the template does not declare: RDP and MySQL open, SSH (not blocked) open',
    template: `
Parameters:
  DbGroup: { Type: 'AWS::EC2::SecurityGroup::Id' }
Resources:
  LiteralRdp:
    Type: AWS::EC2::SecurityGroupIngress
    Properties: { GroupId: sg-0123456789abcdef0, IpProtocol: tcp, FromPort: 3389, ToPort: 3389, CidrIp: 0.0.0.0/0 }
  ParameterMysql:
    Type: AWS::EC2::SecurityGroupIngress
    Properties: { GroupId: !Ref DbGroup, IpProtocol: tcp, FromPort: 3306, ToPort: 3306, CidrIp: 0.0.0.0/0 }
  ImportedSsh:
    Type: AWS::EC2::SecurityGroupIngress
    Properties: { GroupId: !ImportValue shared-admin-group, IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0 }
`,
    expect: {
      'LiteralRdp#GroupId': { status: 'NON_COMPLIANT', messageId: 'blockedPortOpen', path: [], messageIncludes: 'blocked port 3389' },
      'ParameterMysql#GroupId': { status: 'NON_COMPLIANT', messageId: 'blockedPortOpen', messageIncludes: 'blocked port 3306' },
      'ImportedSsh#GroupId': { status: 'INSUFFICIENT_DATA', messageId: 'unknownIngress', messageIncludes: 'only what ImportedSsh sets is known' },
    },
  },
  {
    name: 'hcl: rules on groups the configuration does not declare: a variable, a data source, a literal id',
    hcl: `
variable "db_group_id" { type = string }

data "aws_security_group" "shared" {
  name = "shared"
}

resource "aws_security_group_rule" "mysql_from_variable" {
  type              = "ingress"
  security_group_id = var.db_group_id
  protocol          = "tcp"
  from_port         = 3306
  to_port           = 3306
  cidr_blocks       = ["0.0.0.0/0"]
}

resource "aws_vpc_security_group_ingress_rule" "rdp_on_shared" {
  security_group_id = data.aws_security_group.shared.id
  ip_protocol       = "tcp"
  from_port         = 3389
  to_port           = 3389
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_security_group_rule" "ftp_from_office" {
  type              = "ingress"
  security_group_id = "sg-0123456789abcdef0"
  protocol          = "tcp"
  from_port         = 20
  to_port           = 21
  cidr_blocks       = ["203.0.113.0/24"]
}
`,
    expect: {
      'aws_security_group_rule.mysql_from_variable': { status: 'NON_COMPLIANT', messageId: 'blockedPortOpen', messageIncludes: 'blocked port 3306' },
      'aws_vpc_security_group_ingress_rule.rdp_on_shared': { status: 'NON_COMPLIANT', messageId: 'blockedPortOpen', messageIncludes: 'blocked port 3389' },
      'aws_security_group_rule.ftp_from_office': { status: 'INSUFFICIENT_DATA', messageId: 'unknownIngress' },
    },
  },
  {
    name: 'plan: rules on existing groups (ids known at plan time)',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_security_group_rule.rdp', { type: 'ingress', security_group_id: 'sg-0123456789abcdef0', protocol: '-1', from_port: 0, to_port: 0, cidr_blocks: ['0.0.0.0/0'], self: false }, { id: true, security_group_rule_id: true }),
        created('aws_vpc_security_group_ingress_rule.https', { security_group_id: 'sg-0fedcba9876543210', ip_protocol: 'tcp', from_port: 443, to_port: 443, cidr_ipv4: '0.0.0.0/0', cidr_ipv6: null }, { id: true, arn: true, security_group_rule_id: true }),
      ],
    },
    expect: {
      'aws_security_group_rule.rdp': { status: 'NON_COMPLIANT', messageId: 'blockedPortOpen', messageIncludes: 'all traffic' },
      'aws_vpc_security_group_ingress_rule.https': { status: 'INSUFFICIENT_DATA', messageId: 'unknownIngress' },
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
