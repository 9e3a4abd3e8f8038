import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';
import { SOURCELESS_INGRESS_TEMPLATE } from './sourceless-ingress.js';

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
  // Terraform (HCL): inline ingress blocks, and separate rules merged into their group.
  {
    name: 'hcl: HTTPS open inline, 8080 open through aws_security_group_rule, UDP through aws_vpc_security_group_ingress_rule',
    params: { authorizedTcpPorts: '80,443' },
    hcl: `
resource "aws_security_group" "web" {
  name        = "web"
  description = "public web"

  ingress {
    from_port        = 443
    to_port          = 443
    protocol         = "tcp"
    cidr_blocks      = ["0.0.0.0/0"]
    ipv6_cidr_blocks = ["::/0"]
  }

  ingress {
    from_port   = 80
    to_port     = 80
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group" "app" {
  name = "app"
}

resource "aws_security_group_rule" "app_8080" {
  type              = "ingress"
  from_port         = 8080
  to_port           = 8080
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
  security_group_id = aws_security_group.app.id
}

resource "aws_security_group" "vpn" {
  name = "vpn"
}

resource "aws_vpc_security_group_ingress_rule" "vpn_ike" {
  security_group_id = aws_security_group.vpn.id
  cidr_ipv6         = "::/0"
  ip_protocol       = "udp"
  from_port         = 500
  to_port           = 500
}

resource "aws_security_group" "private" {
  name = "private"

  ingress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["10.0.0.0/8"]
  }
}
`,
    expect: {
      'aws_security_group.web': { status: 'COMPLIANT', messageId: 'authorized' },
      'aws_security_group.app': { status: 'NON_COMPLIANT', messageId: 'unauthorizedPort', messageIncludes: 'TCP 8080' },
      'aws_security_group.vpn': { status: 'NON_COMPLIANT', messageId: 'unauthorizedPort', messageIncludes: 'UDP 500' },
      'aws_security_group.private': { status: 'COMPLIANT', messageId: 'notOpen' },
    },
  },
  {
    name: 'hcl: counted groups, for_each rules and a local module',
    params: { authorizedTcpPorts: '443' },
    hcl: {
      'main.tf': `
variable "ports" { default = [443, 8443] }

resource "aws_security_group" "lb" {
  count = length(var.ports)
  name  = "lb-\${count.index}"

  ingress {
    from_port   = var.ports[count.index]
    to_port     = var.ports[count.index]
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

module "bastion" {
  source = "./modules/bastion"
  open   = { all = "-1" }
}
`,
      'modules/bastion/main.tf': `
variable "open" { type = map(string) }

resource "aws_security_group" "this" {
  name = "bastion"
}

resource "aws_vpc_security_group_ingress_rule" "this" {
  for_each          = var.open
  security_group_id = aws_security_group.this.id
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = each.value
}
`,
    },
    expect: {
      'aws_security_group.lb[0]': 'COMPLIANT',
      'aws_security_group.lb[1]': { status: 'NON_COMPLIANT', messageId: 'unauthorizedPort', messageIncludes: 'TCP 8443' },
      'module.bastion.aws_security_group.this': { status: 'NON_COMPLIANT', messageId: 'unauthorizedPort', messageIncludes: 'all traffic' },
    },
  },
  {
    name: 'hcl: a protocol from a variable without default and a CIDR from a resource attribute are not known',
    params: { authorizedTcpPorts: '443' },
    hcl: `
variable "protocol" { type = string }

resource "aws_vpc" "peer" {
  cidr_block = "10.9.0.0/16"
}

resource "aws_security_group" "by_var" {
  name = "by-var"

  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = var.protocol
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group" "by_attr" {
  name = "by-attr"
}

resource "aws_security_group_rule" "by_attr" {
  type              = "ingress"
  from_port         = 3000
  to_port           = 3000
  protocol          = "tcp"
  ipv6_cidr_blocks  = [aws_vpc.peer.ipv6_cidr_block]
  security_group_id = aws_security_group.by_attr.id
}
`,
    expect: {
      'aws_security_group.by_var': { status: 'INSUFFICIENT_DATA', messageId: 'unknownIngress' },
      'aws_security_group.by_attr': { status: 'INSUFFICIENT_DATA', messageId: 'unknownIngress' },
    },
  },
  {
    name: 'hcl: awscc_ec2_security_group open on an unauthorized port and on an authorized one',
    params: { authorizedTcpPorts: '443' },
    hcl: `
resource "awscc_ec2_security_group" "admin" {
  group_description = "admin"
  security_group_ingress = [{
    ip_protocol = "tcp"
    from_port   = 8000
    to_port     = 8100
    cidr_ipv_6  = "::/0"
  }]
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
      'awscc_ec2_security_group.admin': { status: 'NON_COMPLIANT', messageId: 'unauthorizedPort', path: ['SecurityGroupIngress', 0], messageIncludes: 'TCP 8000-8100' },
      'awscc_ec2_security_group.web': 'COMPLIANT',
    },
  },
  // Terraform plan JSON.
  {
    name: 'plan: an authorized inline rule, and an unauthorized separate rule on a new group',
    params: { authorizedTcpPorts: '443' },
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        {
          address: 'aws_security_group.web', mode: 'managed', type: 'aws_security_group', name: 'web', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['create'], before: null,
            after: { description: 'Managed by Terraform', name: 'web', ingress: [{ cidr_blocks: ['0.0.0.0/0'], description: '', from_port: 443, ipv6_cidr_blocks: [], prefix_list_ids: [], protocol: 'tcp', security_groups: [], self: false, to_port: 443 }], revoke_rules_on_delete: false, tags: null, timeouts: null },
            after_unknown: { arn: true, egress: true, id: true, ingress: [{ cidr_blocks: [false], ipv6_cidr_blocks: [], prefix_list_ids: [], security_groups: [] }], name_prefix: true, owner_id: true, tags_all: true, vpc_id: true },
            before_sensitive: false, after_sensitive: { egress: [], ingress: [{ cidr_blocks: [false], ipv6_cidr_blocks: [], prefix_list_ids: [], security_groups: [] }], tags_all: {} },
          },
        },
        {
          address: 'aws_security_group.api', mode: 'managed', type: 'aws_security_group', name: 'api', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['create'], before: null,
            after: { description: 'Managed by Terraform', name: 'api', revoke_rules_on_delete: false, tags: null, timeouts: null },
            after_unknown: { arn: true, egress: true, id: true, ingress: true, name_prefix: true, owner_id: true, tags_all: true, vpc_id: true },
            before_sensitive: false, after_sensitive: { egress: [], ingress: [], tags_all: {} },
          },
        },
        {
          address: 'aws_security_group_rule.api_8080', mode: 'managed', type: 'aws_security_group_rule', name: 'api_8080', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['create'], before: null,
            after: { cidr_blocks: ['0.0.0.0/0'], description: null, from_port: 8080, ipv6_cidr_blocks: null, prefix_list_ids: null, protocol: 'tcp', self: false, timeouts: null, to_port: 8080, type: 'ingress' },
            after_unknown: { cidr_blocks: [false], id: true, security_group_id: true, security_group_rule_id: true, source_security_group_id: true },
            before_sensitive: false, after_sensitive: { cidr_blocks: [false] },
          },
        },
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_security_group.web', mode: 'managed', type: 'aws_security_group', name: 'web', expressions: { name: { constant_value: 'web' }, ingress: { constant_value: [{ cidr_blocks: ['0.0.0.0/0'], description: '', from_port: 443, ipv6_cidr_blocks: [], prefix_list_ids: [], protocol: 'tcp', security_groups: [], self: false, to_port: 443 }] } } },
            { address: 'aws_security_group.api', mode: 'managed', type: 'aws_security_group', name: 'api', expressions: { name: { constant_value: 'api' } } },
            {
              address: 'aws_security_group_rule.api_8080', mode: 'managed', type: 'aws_security_group_rule', name: 'api_8080',
              expressions: { type: { constant_value: 'ingress' }, from_port: { constant_value: 8080 }, to_port: { constant_value: 8080 }, protocol: { constant_value: 'tcp' }, cidr_blocks: { constant_value: ['0.0.0.0/0'] }, security_group_id: { references: ['aws_security_group.api.id', 'aws_security_group.api'] } },
            },
          ],
        },
      },
    },
    expect: {
      'aws_security_group.web': { status: 'COMPLIANT', messageId: 'authorized' },
      'aws_security_group.api': { status: 'NON_COMPLIANT', messageId: 'unauthorizedPort', messageIncludes: 'TCP 8080' },
    },
  },
  {
    name: 'plan: an ingress rule whose protocol is known only after apply',
    params: { authorizedTcpPorts: '443' },
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        {
          address: 'aws_security_group.edge', mode: 'managed', type: 'aws_security_group', name: 'edge', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['update'],
            before: { arn: 'arn:aws:ec2:us-east-1:123456789012:security-group/sg-0a1b2c3d4e5f67890', description: 'Managed by Terraform', egress: [], id: 'sg-0a1b2c3d4e5f67890', ingress: [], name: 'edge', owner_id: '123456789012', revoke_rules_on_delete: false, tags: {}, tags_all: {}, timeouts: null, vpc_id: 'vpc-0123456789abcdef0' },
            after: { arn: 'arn:aws:ec2:us-east-1:123456789012:security-group/sg-0a1b2c3d4e5f67890', description: 'Managed by Terraform', egress: [], id: 'sg-0a1b2c3d4e5f67890', ingress: [{ cidr_blocks: ['0.0.0.0/0'], description: '', from_port: 443, ipv6_cidr_blocks: [], prefix_list_ids: [], security_groups: [], self: false, to_port: 443 }], name: 'edge', owner_id: '123456789012', revoke_rules_on_delete: false, tags: { team: 'edge' }, tags_all: { team: 'edge' }, timeouts: null, vpc_id: 'vpc-0123456789abcdef0' },
            after_unknown: { egress: [], ingress: [{ cidr_blocks: [false], ipv6_cidr_blocks: [], prefix_list_ids: [], protocol: true, security_groups: [] }], tags: {}, tags_all: {} },
            before_sensitive: { egress: [], ingress: [], tags: {}, tags_all: {} }, after_sensitive: { egress: [], ingress: [{ cidr_blocks: [false], ipv6_cidr_blocks: [], prefix_list_ids: [], security_groups: [] }], tags: {}, tags_all: {} },
          },
        },
      ],
      configuration: {
        root_module: {
          resources: [
            {
              address: 'aws_security_group.edge', mode: 'managed', type: 'aws_security_group', name: 'edge',
              expressions: { name: { constant_value: 'edge' }, tags: { constant_value: { team: 'edge' } }, ingress: [{ from_port: { constant_value: 443 }, to_port: { constant_value: 443 }, cidr_blocks: { constant_value: ['0.0.0.0/0'] }, protocol: { references: ['aws_lb_listener.edge.protocol', 'aws_lb_listener.edge'] } }] },
            },
          ],
        },
      },
    },
    expect: { 'aws_security_group.edge': { status: 'INSUFFICIENT_DATA', messageId: 'unknownIngress', path: ['SecurityGroupIngress', 0] } },
  },
  // Attachments whose group the input does not declare are judged on a partial group: its other rules are unknown.
  {
    name: 'SecurityGroupIngress on groups the template does not declare: an unauthorized port, an authorized one, one not open to the world',
    params: { authorizedTcpPorts: '443' },
    template: `
Parameters:
  AppGroup: { Type: 'AWS::EC2::SecurityGroup::Id' }
Resources:
  LiteralAdmin:
    Type: AWS::EC2::SecurityGroupIngress
    Properties: { GroupId: sg-0123456789abcdef0, IpProtocol: tcp, FromPort: 8080, ToPort: 8080, CidrIp: 0.0.0.0/0 }
  ParameterHttps:
    Type: AWS::EC2::SecurityGroupIngress
    Properties: { GroupId: !Ref AppGroup, IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIpv6: ::/0 }
  ImportedInternal:
    Type: AWS::EC2::SecurityGroupIngress
    Properties: { GroupId: !ImportValue shared-internal-group, IpProtocol: udp, FromPort: 53, ToPort: 53, CidrIp: 10.0.0.0/8 }
`,
    expect: {
      'LiteralAdmin#GroupId': { status: 'NON_COMPLIANT', messageId: 'unauthorizedPort', path: [], messageIncludes: 'ingress resource LiteralAdmin admits TCP 8080' },
      'ParameterHttps#GroupId': { status: 'INSUFFICIENT_DATA', messageId: 'unknownIngress', messageIncludes: 'only what ParameterHttps sets is known' },
      'ImportedInternal#GroupId': { status: 'INSUFFICIENT_DATA', messageId: 'unknownIngress' },
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

resource "aws_vpc_security_group_ingress_rule" "all_on_shared" {
  security_group_id = data.aws_security_group.shared.id
  ip_protocol       = "-1"
  cidr_ipv6         = "::/0"
}

resource "aws_security_group_rule" "office_on_literal" {
  type              = "ingress"
  security_group_id = "sg-0123456789abcdef0"
  protocol          = "tcp"
  from_port         = 22
  to_port           = 22
  cidr_blocks       = ["203.0.113.0/24"]
}
`,
    expect: {
      'aws_security_group_rule.ssh_from_variable': { status: 'NON_COMPLIANT', messageId: 'unauthorizedPort', messageIncludes: 'TCP 22' },
      'aws_vpc_security_group_ingress_rule.all_on_shared': { status: 'NON_COMPLIANT', messageId: 'unauthorizedPort', messageIncludes: 'all traffic' },
      'aws_security_group_rule.office_on_literal': { status: 'INSUFFICIENT_DATA', messageId: 'unknownIngress' },
    },
  },
  {
    name: 'plan: rules on existing groups (ids known at plan time)',
    params: { authorizedTcpPorts: '80,443' },
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_security_group_rule.redis', { type: 'ingress', security_group_id: 'sg-0123456789abcdef0', protocol: 'tcp', from_port: 6379, to_port: 6379, cidr_blocks: ['0.0.0.0/0'], self: false }, { id: true, security_group_rule_id: true }),
        created('aws_vpc_security_group_ingress_rule.https', { security_group_id: 'sg-0fedcba9876543210', ip_protocol: 'tcp', from_port: 443, to_port: 443, cidr_ipv4: '0.0.0.0/0', cidr_ipv6: null }, { id: true, arn: true, security_group_rule_id: true }),
      ],
    },
    expect: {
      'aws_security_group_rule.redis': { status: 'NON_COMPLIANT', messageId: 'unauthorizedPort', messageIncludes: 'TCP 6379' },
      'aws_vpc_security_group_ingress_rule.https': { status: 'INSUFFICIENT_DATA', messageId: 'unknownIngress' },
    },
  },
  {
    name: 'rules that name no source (EC2 requires a CIDR, security group or prefix list) are malformed where their ports matter',
    template: SOURCELESS_INGRESS_TEMPLATE,
    expect: {
      Sourceless: { status: 'INSUFFICIENT_DATA', messageId: 'unknownIngress', messageIncludes: 'names no source' },
      SourcelessSeparate: { status: 'INSUFFICIENT_DATA', messageId: 'unknownIngress', messageIncludes: 'names no source' },
      SourcelessHttps: { status: 'INSUFFICIENT_DATA', messageId: 'unknownIngress', messageIncludes: 'names no source' },
    },
  },
] satisfies RuleCase[];
