import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';
import { SOURCELESS_INGRESS_TEMPLATE } from './sourceless-ingress.js';

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
  // Terraform (HCL): instances reach their groups through vpc_security_group_ids; rules are separate resources.
  {
    name: 'hcl: instances behind groups with separate SSH and HTTPS rules',
    hcl: `
resource "aws_security_group" "bastion" {
  name        = "bastion"
  description = "bastion"
}

resource "aws_security_group_rule" "bastion_ssh" {
  type              = "ingress"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
  security_group_id = aws_security_group.bastion.id
}

resource "aws_security_group" "web" {
  name = "web"

  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8"]
  }
}

resource "aws_vpc_security_group_ingress_rule" "web_https" {
  security_group_id = aws_security_group.web.id
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
}

resource "aws_instance" "bastion" {
  ami                    = "ami-0abcdef1234567890"
  instance_type          = "t3.micro"
  vpc_security_group_ids = [aws_security_group.web.id, aws_security_group.bastion.id]
}

resource "aws_instance" "web" {
  ami                    = "ami-0abcdef1234567890"
  instance_type          = "t3.small"
  vpc_security_group_ids = [aws_security_group.web.id]
}
`,
    expect: {
      'aws_instance.bastion': { status: 'NON_COMPLIANT', messageId: 'exposed', path: ['SecurityGroupIds', 1], messageIncludes: 'aws_security_group.bastion' },
      'aws_instance.web': { status: 'COMPLIANT', messageIncludes: '1 security group(s)' },
    },
  },
  {
    name: 'hcl: counted instances, a for_each rule and a group from a local module',
    hcl: {
      'main.tf': `
variable "rdp_sources" { default = { office = "203.0.113.0/24", anywhere = "::/0" } }

module "sg" {
  source = "./modules/sg"
}

resource "aws_security_group" "windows" {
  name = "windows"
}

resource "aws_vpc_security_group_ingress_rule" "rdp" {
  for_each          = var.rdp_sources
  security_group_id = aws_security_group.windows.id
  cidr_ipv4         = strcontains(each.value, ":") ? null : each.value
  cidr_ipv6         = strcontains(each.value, ":") ? each.value : null
  ip_protocol       = "tcp"
  from_port         = 3389
  to_port           = 3389
}

resource "aws_instance" "app" {
  count                  = 2
  ami                    = "ami-0abcdef1234567890"
  instance_type          = "t3.micro"
  vpc_security_group_ids = [module.sg.id]
}

resource "aws_instance" "windows" {
  ami                    = "ami-0abcdef1234567890"
  instance_type          = "t3.large"
  vpc_security_group_ids = [aws_security_group.windows.id]
}
`,
      'modules/sg/main.tf': `
resource "aws_security_group" "this" {
  name = "app"

  ingress {
    from_port   = 8080
    to_port     = 8080
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

output "id" {
  value = aws_security_group.this.id
}
`,
    },
    expect: {
      'aws_instance.app[0]': 'COMPLIANT',
      'aws_instance.app[1]': 'COMPLIANT',
      'aws_instance.windows': { status: 'NON_COMPLIANT', messageId: 'exposed', messageIncludes: '::/0' },
    },
  },
  {
    name: 'hcl: a group id from a variable without default, a CIDR from a data source, a group not in the configuration',
    hcl: `
variable "sg_id" { type = string }

data "aws_ip_ranges" "ec2" {
  services = ["ec2"]
}

resource "aws_security_group" "ranges" {
  name = "ranges"
}

resource "aws_security_group_rule" "ranges_ssh" {
  type              = "ingress"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = data.aws_ip_ranges.ec2.cidr_blocks
  security_group_id = aws_security_group.ranges.id
}

resource "aws_instance" "by_var" {
  ami                    = "ami-0abcdef1234567890"
  instance_type          = "t3.micro"
  vpc_security_group_ids = [var.sg_id]
}

resource "aws_instance" "by_data" {
  ami                    = "ami-0abcdef1234567890"
  instance_type          = "t3.micro"
  vpc_security_group_ids = [aws_security_group.ranges.id]
}

resource "aws_instance" "external" {
  ami                    = "ami-0abcdef1234567890"
  instance_type          = "t3.micro"
  vpc_security_group_ids = ["sg-0123456789abcdef0"]
}
`,
    expect: {
      'aws_instance.by_var': { status: 'INSUFFICIENT_DATA', messageId: 'unknownGroup' },
      'aws_instance.by_data': { status: 'INSUFFICIENT_DATA', messageId: 'unknownIngress' },
      'aws_instance.external': { status: 'INSUFFICIENT_DATA', messageId: 'externalGroup' },
    },
  },
  {
    name: 'hcl: awscc_ec2_instance behind an awscc_ec2_security_group',
    hcl: `
resource "awscc_ec2_security_group" "ssh" {
  group_description = "ssh"
  security_group_ingress = [{
    ip_protocol = "tcp"
    from_port   = 22
    to_port     = 22
    cidr_ip     = "0.0.0.0/0"
  }]
}

resource "awscc_ec2_security_group" "https" {
  group_description = "https"
  security_group_ingress = [{
    ip_protocol = "tcp"
    from_port   = 443
    to_port     = 443
    cidr_ip     = "0.0.0.0/0"
  }]
}

resource "awscc_ec2_instance" "exposed" {
  image_id           = "ami-0abcdef1234567890"
  instance_type      = "t3.micro"
  security_group_ids = [awscc_ec2_security_group.ssh.group_id]
}

resource "awscc_ec2_instance" "web" {
  image_id           = "ami-0abcdef1234567890"
  instance_type      = "t3.micro"
  security_group_ids = [awscc_ec2_security_group.https.group_id]
}
`,
    expect: {
      'awscc_ec2_instance.exposed': { status: 'NON_COMPLIANT', messageId: 'exposed', path: ['SecurityGroupIds', 0] },
      'awscc_ec2_instance.web': 'COMPLIANT',
    },
  },
  // Terraform plan JSON: new groups' ids are unknown; vpc_security_group_ids is linked through configuration references.
  {
    name: 'plan: instances linked to new groups by configuration references',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        {
          address: 'aws_security_group.ssh', mode: 'managed', type: 'aws_security_group', name: 'ssh', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['create'], before: null,
            after: { description: 'Managed by Terraform', name: 'ssh', revoke_rules_on_delete: false, tags: null, timeouts: null },
            after_unknown: { arn: true, egress: true, id: true, ingress: true, name_prefix: true, owner_id: true, tags_all: true, vpc_id: true },
            before_sensitive: false, after_sensitive: { egress: [], ingress: [], tags_all: {} },
          },
        },
        {
          address: 'aws_vpc_security_group_ingress_rule.ssh', mode: 'managed', type: 'aws_vpc_security_group_ingress_rule', name: 'ssh', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['create'], before: null,
            after: { cidr_ipv4: '0.0.0.0/0', cidr_ipv6: null, description: null, from_port: 22, ip_protocol: 'tcp', prefix_list_id: null, referenced_security_group_id: null, tags: null, to_port: 22 },
            after_unknown: { arn: true, id: true, security_group_id: true, security_group_rule_id: true, tags_all: true },
            before_sensitive: false, after_sensitive: { tags_all: {} },
          },
        },
        {
          address: 'aws_security_group.https', mode: 'managed', type: 'aws_security_group', name: 'https', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['create'], before: null,
            after: { description: 'Managed by Terraform', name: 'https', ingress: [{ cidr_blocks: ['0.0.0.0/0'], description: '', from_port: 443, ipv6_cidr_blocks: [], prefix_list_ids: [], protocol: 'tcp', security_groups: [], self: false, to_port: 443 }], revoke_rules_on_delete: false, tags: null, timeouts: null },
            after_unknown: { arn: true, egress: true, id: true, ingress: [{ cidr_blocks: [false], ipv6_cidr_blocks: [], prefix_list_ids: [], security_groups: [] }], name_prefix: true, owner_id: true, tags_all: true, vpc_id: true },
            before_sensitive: false, after_sensitive: { egress: [], ingress: [{ cidr_blocks: [false], ipv6_cidr_blocks: [], prefix_list_ids: [], security_groups: [] }], tags_all: {} },
          },
        },
        {
          address: 'aws_instance.bastion', mode: 'managed', type: 'aws_instance', name: 'bastion', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['create'], before: null,
            after: { ami: 'ami-0abcdef1234567890', credit_specification: [], get_password_data: false, hibernation: null, instance_type: 't3.micro', source_dest_check: true, tags: null, timeouts: null, user_data_replace_on_change: false, volume_tags: null },
            after_unknown: { arn: true, associate_public_ip_address: true, availability_zone: true, ebs_block_device: true, id: true, network_interface: true, private_ip: true, public_ip: true, root_block_device: true, security_groups: true, subnet_id: true, tags_all: true, vpc_security_group_ids: true },
            before_sensitive: false, after_sensitive: { credit_specification: [], ebs_block_device: [], network_interface: [], root_block_device: [], security_groups: [], tags_all: {}, vpc_security_group_ids: [] },
          },
        },
        {
          address: 'aws_instance.web', mode: 'managed', type: 'aws_instance', name: 'web', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['create'], before: null,
            after: { ami: 'ami-0abcdef1234567890', credit_specification: [], get_password_data: false, hibernation: null, instance_type: 't3.small', source_dest_check: true, tags: null, timeouts: null, user_data_replace_on_change: false, volume_tags: null },
            after_unknown: { arn: true, associate_public_ip_address: true, availability_zone: true, ebs_block_device: true, id: true, network_interface: true, private_ip: true, public_ip: true, root_block_device: true, security_groups: true, subnet_id: true, tags_all: true, vpc_security_group_ids: true },
            before_sensitive: false, after_sensitive: { credit_specification: [], ebs_block_device: [], network_interface: [], root_block_device: [], security_groups: [], tags_all: {}, vpc_security_group_ids: [] },
          },
        },
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_security_group.ssh', mode: 'managed', type: 'aws_security_group', name: 'ssh', expressions: { name: { constant_value: 'ssh' } } },
            {
              address: 'aws_vpc_security_group_ingress_rule.ssh', mode: 'managed', type: 'aws_vpc_security_group_ingress_rule', name: 'ssh',
              expressions: { security_group_id: { references: ['aws_security_group.ssh.id', 'aws_security_group.ssh'] }, cidr_ipv4: { constant_value: '0.0.0.0/0' }, ip_protocol: { constant_value: 'tcp' }, from_port: { constant_value: 22 }, to_port: { constant_value: 22 } },
            },
            { address: 'aws_security_group.https', mode: 'managed', type: 'aws_security_group', name: 'https', expressions: { name: { constant_value: 'https' }, ingress: { constant_value: [{ cidr_blocks: ['0.0.0.0/0'], description: '', from_port: 443, ipv6_cidr_blocks: [], prefix_list_ids: [], protocol: 'tcp', security_groups: [], self: false, to_port: 443 }] } } },
            {
              address: 'aws_instance.bastion', mode: 'managed', type: 'aws_instance', name: 'bastion',
              expressions: { ami: { constant_value: 'ami-0abcdef1234567890' }, instance_type: { constant_value: 't3.micro' }, vpc_security_group_ids: { references: ['aws_security_group.ssh.id', 'aws_security_group.ssh'] } },
            },
            {
              address: 'aws_instance.web', mode: 'managed', type: 'aws_instance', name: 'web',
              expressions: { ami: { constant_value: 'ami-0abcdef1234567890' }, instance_type: { constant_value: 't3.small' }, vpc_security_group_ids: { references: ['aws_security_group.https.id', 'aws_security_group.https'] } },
            },
          ],
        },
      },
    },
    expect: {
      'aws_instance.bastion': { status: 'NON_COMPLIANT', messageId: 'exposed', path: ['SecurityGroupIds', 0], messageIncludes: 'aws_security_group.ssh' },
      'aws_instance.web': 'COMPLIANT',
    },
  },
  {
    name: 'plan: a rule whose source CIDR is known only after apply, and groups that come from outside the plan',
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
          address: 'aws_security_group_rule.app_ssh', mode: 'managed', type: 'aws_security_group_rule', name: 'app_ssh', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['create'], before: null,
            after: { description: null, from_port: 22, ipv6_cidr_blocks: null, prefix_list_ids: null, protocol: 'tcp', self: false, timeouts: null, to_port: 22, type: 'ingress' },
            after_unknown: { cidr_blocks: true, id: true, security_group_id: true, security_group_rule_id: true, source_security_group_id: true },
            before_sensitive: false, after_sensitive: {},
          },
        },
        {
          address: 'aws_instance.app', mode: 'managed', type: 'aws_instance', name: 'app', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['create'], before: null,
            after: { ami: 'ami-0abcdef1234567890', instance_type: 't3.micro', source_dest_check: true, tags: null, timeouts: null },
            after_unknown: { arn: true, id: true, network_interface: true, security_groups: true, subnet_id: true, tags_all: true, vpc_security_group_ids: true },
            before_sensitive: false, after_sensitive: { network_interface: [], security_groups: [], tags_all: {}, vpc_security_group_ids: [] },
          },
        },
        {
          address: 'aws_instance.shared', mode: 'managed', type: 'aws_instance', name: 'shared', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['create'], before: null,
            after: { ami: 'ami-0abcdef1234567890', instance_type: 't3.micro', source_dest_check: true, tags: null, timeouts: null, vpc_security_group_ids: ['sg-0123456789abcdef0'] },
            after_unknown: { arn: true, id: true, network_interface: true, security_groups: true, subnet_id: true, tags_all: true, vpc_security_group_ids: [false] },
            before_sensitive: false, after_sensitive: { network_interface: [], security_groups: [], tags_all: {}, vpc_security_group_ids: [false] },
          },
        },
        {
          address: 'aws_instance.default', mode: 'managed', type: 'aws_instance', name: 'default', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['create'], before: null,
            after: { ami: 'ami-0abcdef1234567890', instance_type: 't3.micro', source_dest_check: true, tags: null, timeouts: null },
            after_unknown: { arn: true, id: true, network_interface: true, security_groups: true, subnet_id: true, tags_all: true, vpc_security_group_ids: true },
            before_sensitive: false, after_sensitive: { network_interface: [], security_groups: [], tags_all: {}, vpc_security_group_ids: [] },
          },
        },
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_security_group.app', mode: 'managed', type: 'aws_security_group', name: 'app', expressions: { name: { constant_value: 'app' } } },
            {
              address: 'aws_security_group_rule.app_ssh', mode: 'managed', type: 'aws_security_group_rule', name: 'app_ssh',
              expressions: { type: { constant_value: 'ingress' }, from_port: { constant_value: 22 }, to_port: { constant_value: 22 }, protocol: { constant_value: 'tcp' }, cidr_blocks: { references: ['aws_eip.nat.public_ip', 'aws_eip.nat'] }, security_group_id: { references: ['aws_security_group.app.id', 'aws_security_group.app'] } },
            },
            { address: 'aws_instance.app', mode: 'managed', type: 'aws_instance', name: 'app', expressions: { ami: { constant_value: 'ami-0abcdef1234567890' }, instance_type: { constant_value: 't3.micro' }, vpc_security_group_ids: { references: ['aws_security_group.app.id', 'aws_security_group.app'] } } },
            { address: 'aws_instance.shared', mode: 'managed', type: 'aws_instance', name: 'shared', expressions: { ami: { constant_value: 'ami-0abcdef1234567890' }, instance_type: { constant_value: 't3.micro' }, vpc_security_group_ids: { constant_value: ['sg-0123456789abcdef0'] } } },
            { address: 'aws_instance.default', mode: 'managed', type: 'aws_instance', name: 'default', expressions: { ami: { constant_value: 'ami-0abcdef1234567890' }, instance_type: { constant_value: 't3.micro' } } },
          ],
        },
      },
    },
    expect: {
      'aws_instance.app': { status: 'INSUFFICIENT_DATA', messageId: 'unknownIngress' },
      'aws_instance.shared': { status: 'INSUFFICIENT_DATA', messageId: 'externalGroup' },
      'aws_instance.default': { status: 'INSUFFICIENT_DATA', messageId: 'defaultGroup' },
    },
  },
  // A group the input does not declare, with rules the input attaches to it: judged on its partial group.
  {
    name: 'instances using groups the template does not declare, with and without rules attached here',
    template: `
Resources:
  OpenSsh:
    Type: AWS::EC2::SecurityGroupIngress
    Properties: { GroupId: sg-0123456789abcdef0, IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0 }
  Bastion:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0abcdef1234567890
      SecurityGroupIds: [sg-0123456789abcdef0]
  Worker:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0abcdef1234567890
      SecurityGroupIds: [sg-0fedcba9876543210]
`,
    expect: {
      Bastion: { status: 'NON_COMPLIANT', messageId: 'exposed', path: ['SecurityGroupIds', 0], messageIncludes: 'ingress resource OpenSsh' },
      Worker: { status: 'INSUFFICIENT_DATA', messageId: 'externalGroup' },
    },
  },
  {
    name: 'hcl: instances using a data source\'s group and a literal group, with rules attached to them here',
    hcl: `
data "aws_security_group" "shared" {
  name = "shared"
}

resource "aws_security_group_rule" "rdp_on_shared" {
  type              = "ingress"
  security_group_id = data.aws_security_group.shared.id
  protocol          = "tcp"
  from_port         = 3389
  to_port           = 3389
  cidr_blocks       = ["0.0.0.0/0"]
}

resource "aws_instance" "windows" {
  ami                    = "ami-0abcdef1234567890"
  instance_type          = "t3.micro"
  vpc_security_group_ids = [data.aws_security_group.shared.id]
}

resource "aws_vpc_security_group_ingress_rule" "https" {
  security_group_id = "sg-0123456789abcdef0"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_instance" "web" {
  ami                    = "ami-0abcdef1234567890"
  instance_type          = "t3.micro"
  vpc_security_group_ids = ["sg-0123456789abcdef0"]
}
`,
    expect: {
      'aws_instance.windows': { status: 'NON_COMPLIANT', messageId: 'exposed', messageIncludes: 'TCP 3389' },
      // Only HTTPS is attached here; the group's other rules are not known.
      'aws_instance.web': { status: 'INSUFFICIENT_DATA', messageId: 'unknownIngress', messageIncludes: 'is not declared in this input' },
    },
  },
  {
    name: 'plan: instances using existing groups, with rules attached to them in the plan',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_security_group_rule.ssh', { type: 'ingress', security_group_id: 'sg-0123456789abcdef0', protocol: 'tcp', from_port: 22, to_port: 22, cidr_blocks: ['0.0.0.0/0'], self: false }, { id: true, security_group_rule_id: true }),
        created('aws_instance.bastion', { ami: 'ami-0abcdef1234567890', instance_type: 't3.micro', vpc_security_group_ids: ['sg-0123456789abcdef0'] }, { id: true, arn: true, ebs_block_device: true, root_block_device: true, security_groups: true }),
        created('aws_security_group_rule.office', { type: 'ingress', security_group_id: 'sg-0fedcba9876543210', protocol: 'tcp', from_port: 22, to_port: 22, cidr_blocks: ['203.0.113.0/24'], self: false }, { id: true, security_group_rule_id: true }),
        created('aws_instance.internal', { ami: 'ami-0abcdef1234567890', instance_type: 't3.micro', vpc_security_group_ids: ['sg-0fedcba9876543210'] }, { id: true, arn: true, ebs_block_device: true, root_block_device: true, security_groups: true }),
      ],
    },
    expect: {
      'aws_instance.bastion': { status: 'NON_COMPLIANT', messageId: 'exposed', messageIncludes: 'TCP 22' },
      'aws_instance.internal': { status: 'INSUFFICIENT_DATA', messageId: 'unknownIngress' },
    },
  },
  {
    name: 'rules that name no source (EC2 requires a CIDR, security group or prefix list) are malformed where their ports matter',
    template: SOURCELESS_INGRESS_TEMPLATE,
    expect: {
      Server: { status: 'INSUFFICIENT_DATA', messageId: 'unknownIngress', messageIncludes: 'names no source' },
      WebServer: { status: 'COMPLIANT', messageId: 'noExposure' },
    },
  },
] satisfies RuleCase[];
