import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';
import { SOURCELESS_INGRESS_TEMPLATE } from './sourceless-ingress.js';

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
  // Terraform (HCL): inline ingress blocks, and separate rules merged into their group.
  {
    name: 'hcl: inline ingress, aws_security_group_rule and aws_vpc_security_group_ingress_rule',
    hcl: `
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_security_group" "bastion" {
  name        = "bastion"
  description = "bastion host"
  vpc_id      = aws_vpc.main.id

  ingress {
    description = "SSH from anywhere"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group" "office" {
  name   = "office"
  vpc_id = aws_vpc.main.id

  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8", "192.168.0.0/16"]
  }
}

resource "aws_security_group" "jump" {
  name   = "jump"
  vpc_id = aws_vpc.main.id
}

resource "aws_security_group_rule" "jump_ssh" {
  type              = "ingress"
  from_port         = 0
  to_port           = 65535
  protocol          = "tcp"
  ipv6_cidr_blocks  = ["::/0"]
  security_group_id = aws_security_group.jump.id
}

resource "aws_security_group" "web" {
  name   = "web"
  vpc_id = aws_vpc.main.id
}

resource "aws_vpc_security_group_ingress_rule" "web_https" {
  security_group_id = aws_security_group.web.id
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
}

resource "aws_vpc_security_group_egress_rule" "web_all" {
  security_group_id = aws_security_group.web.id
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "-1"
}
`,
    expect: {
      'aws_security_group.bastion': { status: 'NON_COMPLIANT', messageId: 'sshOpen', path: ['SecurityGroupIngress', 0], messageIncludes: '0.0.0.0/0' },
      'aws_security_group.office': 'COMPLIANT',
      'aws_security_group.jump': { status: 'NON_COMPLIANT', messageId: 'sshOpen', messageIncludes: '::/0' },
      'aws_security_group.web': 'COMPLIANT',
    },
  },
  {
    name: 'hcl: for_each rules, a counted group and a local module',
    hcl: {
      'main.tf': `
variable "public_ports" { default = { http = 80, ssh = 22 } }

resource "aws_security_group" "edge" {
  name = "edge"
}

resource "aws_vpc_security_group_ingress_rule" "edge" {
  for_each          = var.public_ports
  security_group_id = aws_security_group.edge.id
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "tcp"
  from_port         = each.value
  to_port           = each.value
}

resource "aws_security_group" "internal" {
  count = 2
  name  = "internal-\${count.index}"

  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["10.\${count.index}.0.0/16"]
  }
}

module "admin" {
  source       = "./modules/sg"
  admin_cidr   = "0.0.0.0/0"
}
`,
      'modules/sg/main.tf': `
variable "admin_cidr" { type = string }

resource "aws_security_group" "this" {
  name = "admin"
}

resource "aws_security_group_rule" "ssh" {
  type              = "ingress"
  from_port         = 22
  to_port           = 22
  protocol          = "6"
  cidr_blocks       = [var.admin_cidr]
  security_group_id = aws_security_group.this.id
}
`,
    },
    expect: {
      'aws_security_group.edge': { status: 'NON_COMPLIANT', messageId: 'sshOpen' },
      'aws_security_group.internal[0]': 'COMPLIANT',
      'aws_security_group.internal[1]': 'COMPLIANT',
      'module.admin.aws_security_group.this': { status: 'NON_COMPLIANT', messageId: 'sshOpen' },
    },
  },
  {
    name: 'hcl: a source CIDR from a variable without default or a data source is not known',
    hcl: `
variable "ssh_cidr" { type = string }

data "aws_vpc" "shared" {
  tags = { Name = "shared" }
}

resource "aws_security_group" "from_var" {
  name = "from-var"

  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = [var.ssh_cidr]
  }
}

resource "aws_security_group" "from_data" {
  name = "from-data"
}

resource "aws_security_group_rule" "from_data" {
  type              = "ingress"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = [data.aws_vpc.shared.cidr_block]
  security_group_id = aws_security_group.from_data.id
}
`,
    expect: {
      'aws_security_group.from_var': { status: 'INSUFFICIENT_DATA', messageId: 'unknownIngress' },
      'aws_security_group.from_data': { status: 'INSUFFICIENT_DATA', messageId: 'unknownIngress' },
    },
  },
  {
    name: 'hcl: an aws_security_group_rule of type egress opens no ingress; one whose type is not known may',
    hcl: `
variable "direction" { type = string }

resource "aws_security_group" "outbound" {
  name = "outbound"
}

resource "aws_security_group_rule" "outbound_ssh" {
  type              = "egress"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
  security_group_id = aws_security_group.outbound.id
}

resource "aws_security_group" "either" {
  name = "either"
}

resource "aws_security_group_rule" "either_ssh" {
  type              = var.direction
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
  security_group_id = aws_security_group.either.id
}
`,
    expect: {
      'aws_security_group.outbound': 'COMPLIANT',
      'aws_security_group.either': { status: 'INSUFFICIENT_DATA', messageId: 'unknownIngress', messageIncludes: 'ingress or an egress rule' },
    },
  },
  {
    name: 'hcl: awscc_ec2_security_group with SSH open and closed',
    hcl: `
resource "awscc_ec2_security_group" "open" {
  group_description = "open ssh"
  security_group_ingress = [{
    ip_protocol = "tcp"
    from_port   = 22
    to_port     = 22
    cidr_ip     = "0.0.0.0/0"
  }]
}

resource "awscc_ec2_security_group" "closed" {
  group_description = "office ssh"
  security_group_ingress = [{
    ip_protocol = "tcp"
    from_port   = 22
    to_port     = 22
    cidr_ip     = "10.0.0.0/8"
  }]
}
`,
    expect: {
      'awscc_ec2_security_group.open': { status: 'NON_COMPLIANT', messageId: 'sshOpen', path: ['SecurityGroupIngress', 0] },
      'awscc_ec2_security_group.closed': 'COMPLIANT',
    },
  },
  // Terraform plan JSON: the group id of a new group is unknown, so rules find it through configuration references.
  {
    name: 'plan: inline ingress open to the world, and a separate rule restricted to a CIDR',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        {
          address: 'aws_security_group.bastion', mode: 'managed', type: 'aws_security_group', name: 'bastion', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['create'], before: null,
            after: { description: 'Managed by Terraform', name: 'bastion', ingress: [{ cidr_blocks: ['0.0.0.0/0'], description: '', from_port: 22, ipv6_cidr_blocks: [], prefix_list_ids: [], protocol: 'tcp', security_groups: [], self: false, to_port: 22 }], revoke_rules_on_delete: false, tags: null, timeouts: null },
            after_unknown: { arn: true, egress: true, id: true, ingress: [{ cidr_blocks: [false], ipv6_cidr_blocks: [], prefix_list_ids: [], security_groups: [] }], name_prefix: true, owner_id: true, tags_all: true, vpc_id: true },
            before_sensitive: false, after_sensitive: { egress: [], ingress: [{ cidr_blocks: [false], ipv6_cidr_blocks: [], prefix_list_ids: [], security_groups: [] }], tags_all: {} },
          },
        },
        {
          address: 'aws_security_group.office', mode: 'managed', type: 'aws_security_group', name: 'office', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['create'], before: null,
            after: { description: 'Managed by Terraform', name: 'office', revoke_rules_on_delete: false, tags: null, timeouts: null },
            after_unknown: { arn: true, egress: true, id: true, ingress: true, name_prefix: true, owner_id: true, tags_all: true, vpc_id: true },
            before_sensitive: false, after_sensitive: { egress: [], ingress: [], tags_all: {} },
          },
        },
        {
          address: 'aws_security_group_rule.office_ssh', mode: 'managed', type: 'aws_security_group_rule', name: 'office_ssh', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['create'], before: null,
            after: { cidr_blocks: ['10.0.0.0/8'], description: null, from_port: 22, ipv6_cidr_blocks: null, prefix_list_ids: null, protocol: 'tcp', self: false, timeouts: null, to_port: 22, type: 'ingress' },
            after_unknown: { cidr_blocks: [false], id: true, security_group_id: true, security_group_rule_id: true, source_security_group_id: true },
            before_sensitive: false, after_sensitive: { cidr_blocks: [false] },
          },
        },
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_security_group.bastion', mode: 'managed', type: 'aws_security_group', name: 'bastion', provider_config_key: 'aws', expressions: { name: { constant_value: 'bastion' }, ingress: { constant_value: [{ cidr_blocks: ['0.0.0.0/0'], description: '', from_port: 22, ipv6_cidr_blocks: [], prefix_list_ids: [], protocol: 'tcp', security_groups: [], self: false, to_port: 22 }] } }, schema_version: 1 },
            { address: 'aws_security_group.office', mode: 'managed', type: 'aws_security_group', name: 'office', provider_config_key: 'aws', expressions: { name: { constant_value: 'office' } }, schema_version: 1 },
            {
              address: 'aws_security_group_rule.office_ssh', mode: 'managed', type: 'aws_security_group_rule', name: 'office_ssh', provider_config_key: 'aws',
              expressions: { type: { constant_value: 'ingress' }, from_port: { constant_value: 22 }, to_port: { constant_value: 22 }, protocol: { constant_value: 'tcp' }, cidr_blocks: { constant_value: ['10.0.0.0/8'] }, security_group_id: { references: ['aws_security_group.office.id', 'aws_security_group.office'] } },
              schema_version: 2,
            },
          ],
        },
      },
    },
    expect: {
      'aws_security_group.bastion': { status: 'NON_COMPLIANT', messageId: 'sshOpen', path: ['SecurityGroupIngress', 0] },
      'aws_security_group.office': 'COMPLIANT',
    },
  },
  {
    name: 'plan: an ingress rule whose source CIDR is known only after apply',
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
          address: 'aws_vpc_security_group_ingress_rule.app_ssh', mode: 'managed', type: 'aws_vpc_security_group_ingress_rule', name: 'app_ssh', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['create'], before: null,
            after: { cidr_ipv6: null, description: null, from_port: 22, ip_protocol: 'tcp', prefix_list_id: null, referenced_security_group_id: null, tags: null, to_port: 22 },
            after_unknown: { arn: true, cidr_ipv4: true, id: true, security_group_id: true, security_group_rule_id: true, tags_all: true },
            before_sensitive: false, after_sensitive: { tags_all: {} },
          },
        },
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_security_group.app', mode: 'managed', type: 'aws_security_group', name: 'app', expressions: { name: { constant_value: 'app' } } },
            {
              address: 'aws_vpc_security_group_ingress_rule.app_ssh', mode: 'managed', type: 'aws_vpc_security_group_ingress_rule', name: 'app_ssh',
              expressions: { security_group_id: { references: ['aws_security_group.app.id', 'aws_security_group.app'] }, cidr_ipv4: { references: ['aws_vpc.peer.cidr_block', 'aws_vpc.peer'] }, ip_protocol: { constant_value: 'tcp' }, from_port: { constant_value: 22 }, to_port: { constant_value: 22 } },
            },
          ],
        },
      },
    },
    expect: { 'aws_security_group.app': { status: 'INSUFFICIENT_DATA', messageId: 'unknownIngress' } },
  },
  // Attachments whose group the input does not declare are judged on a partial group: its other rules are unknown.
  {
    name: 'SecurityGroupIngress on groups the template does not declare: a literal id, a parameter, an import',
    template: `
Parameters:
  AppGroup: { Type: 'AWS::EC2::SecurityGroup::Id' }
Resources:
  LiteralSsh:
    Type: AWS::EC2::SecurityGroupIngress
    Properties: { GroupId: sg-0123456789abcdef0, IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0 }
  ParameterSsh:
    Type: AWS::EC2::SecurityGroupIngress
    Properties: { GroupId: !Ref AppGroup, IpProtocol: '-1', CidrIpv6: ::/0 }
  ImportedHttps:
    Type: AWS::EC2::SecurityGroupIngress
    Properties: { GroupId: !ImportValue shared-web-group, IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0 }
`,
    expect: {
      'LiteralSsh#GroupId': { status: 'NON_COMPLIANT', messageId: 'sshOpen', path: [], messageIncludes: 'ingress resource LiteralSsh allows TCP 22' },
      'ParameterSsh#GroupId': { status: 'NON_COMPLIANT', messageId: 'sshOpen', messageIncludes: 'all traffic' },
      'ImportedHttps#GroupId': { status: 'INSUFFICIENT_DATA', messageId: 'unknownIngress', messageIncludes: 'the security group ImportedHttps names is not known' },
    },
  },
  {
    name: 'hcl: rules on groups the configuration does not declare: a variable, a data source, a literal id',
    hcl: `
variable "app_group_id" { type = string }

data "aws_security_group" "shared" {
  name = "shared"
}

resource "aws_security_group_rule" "ssh_from_variable" {
  type              = "ingress"
  security_group_id = var.app_group_id
  protocol          = "tcp"
  from_port         = 22
  to_port           = 22
  cidr_blocks       = ["0.0.0.0/0"]
}

resource "aws_vpc_security_group_ingress_rule" "ssh_on_shared" {
  security_group_id = data.aws_security_group.shared.id
  ip_protocol       = "tcp"
  from_port         = 22
  to_port           = 22
  cidr_ipv6         = "::/0"
}

resource "aws_vpc_security_group_ingress_rule" "https_on_shared" {
  security_group_id = data.aws_security_group.shared.id
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_security_group_rule" "https_on_literal" {
  type              = "ingress"
  security_group_id = "sg-0123456789abcdef0"
  protocol          = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_blocks       = ["0.0.0.0/0"]
}
`,
    expect: {
      'aws_security_group_rule.ssh_from_variable': { status: 'NON_COMPLIANT', messageId: 'sshOpen', messageIncludes: 'TCP 22' },
      // Both rules on the data source's group judge one partial group, named after the first.
      'aws_vpc_security_group_ingress_rule.ssh_on_shared': { status: 'NON_COMPLIANT', messageId: 'sshOpen', messageIncludes: '::/0' },
      'aws_security_group_rule.https_on_literal': { status: 'INSUFFICIENT_DATA', messageId: 'unknownIngress' },
    },
  },
  {
    name: 'plan: rules on existing groups (ids known at plan time), one being deleted',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_security_group_rule.ssh', { type: 'ingress', security_group_id: 'sg-0123456789abcdef0', protocol: 'tcp', from_port: 0, to_port: 1024, cidr_blocks: ['0.0.0.0/0'], ipv6_cidr_blocks: null, self: false }, { id: true, security_group_rule_id: true, source_security_group_id: true }),
        created('aws_vpc_security_group_ingress_rule.https', { security_group_id: 'sg-0fedcba9876543210', ip_protocol: 'tcp', from_port: 443, to_port: 443, cidr_ipv4: '0.0.0.0/0', cidr_ipv6: null }, { id: true, arn: true, security_group_rule_id: true }),
        {
          address: 'aws_security_group_rule.old_ssh', mode: 'managed', type: 'aws_security_group_rule', name: 'old_ssh', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: { actions: ['delete'], before: { type: 'ingress', security_group_id: 'sg-0aaaaaaaaaaaaaaaa', protocol: 'tcp', from_port: 22, to_port: 22, cidr_blocks: ['0.0.0.0/0'] }, after: null, after_unknown: {} },
        },
      ],
    },
    expect: {
      'aws_security_group_rule.ssh': { status: 'NON_COMPLIANT', messageId: 'sshOpen', messageIncludes: 'TCP 0-1024' },
      'aws_vpc_security_group_ingress_rule.https': { status: 'INSUFFICIENT_DATA', messageId: 'unknownIngress', messageIncludes: 'security group sg-0fedcba9876543210 is not declared' },
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
