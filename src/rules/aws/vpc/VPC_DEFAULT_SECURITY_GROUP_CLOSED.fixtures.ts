import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'VPCs whose default group gets rules, keeps the rules AWS creates, or may get a rule',
    template: `
Conditions:
  InIreland: !Equals [!Ref AWS::Region, eu-west-1]
Resources:
  Opened:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.0.0.0/16 }
  SshOnDefault:
    Type: AWS::EC2::SecurityGroupIngress
    Properties: { GroupId: !GetAtt Opened.DefaultSecurityGroup, IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 10.0.0.0/8 }
  EgressOnDefault:
    Type: AWS::EC2::SecurityGroupEgress
    Properties: { GroupId: !GetAtt Opened.DefaultSecurityGroup, IpProtocol: '-1', CidrIp: 0.0.0.0/0 }
  Untouched:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.1.0.0/16 }
  Maybe:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.2.0.0/16 }
  MaybeRule:
    Type: AWS::EC2::SecurityGroupIngress
    Condition: InIreland
    Properties: { GroupId: !GetAtt Maybe.DefaultSecurityGroup, IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 10.0.0.0/8 }
  Web:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: web
      VpcId: !Ref Untouched
      SecurityGroupIngress: [{ IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0 }]
  ExistingGroupRule:
    Type: AWS::EC2::SecurityGroupIngress
    Properties: { GroupId: sg-0123456789abcdef0, IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 10.0.0.0/8 }
  WebRuleOnGroup:
    Type: AWS::EC2::SecurityGroupIngress
    Properties: { GroupId: !GetAtt Web.GroupId, IpProtocol: tcp, FromPort: 80, ToPort: 80, CidrIp: 0.0.0.0/0 }
`,
    expect: {
      Opened: { status: 'NON_COMPLIANT', messageId: 'attachedRule', path: [] },
      Untouched: { status: 'NON_COMPLIANT', messageId: 'defaultRules' },
      Maybe: { status: 'INSUFFICIENT_DATA', messageId: 'unknownRules', messageIncludes: 'InIreland' },
      Web: { status: 'NOT_APPLICABLE', messageId: 'notDefault' },
      'SshOnDefault#GroupId': { status: 'NOT_APPLICABLE', messageId: 'judgedOnVpc', messageIncludes: 'VPC Opened' },
      'EgressOnDefault#GroupId': { status: 'NOT_APPLICABLE', messageId: 'judgedOnVpc' },
      'MaybeRule#GroupId': { status: 'NOT_APPLICABLE', messageId: 'judgedOnVpc' },
      'ExistingGroupRule#GroupId': { status: 'INSUFFICIENT_DATA', messageId: 'unknownDefault' },
    },
  },
  {
    name: 'hcl: aws_default_security_group with no rules, with rules, and a VPC left as AWS creates it',
    hcl: `
resource "aws_vpc" "closed" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_default_security_group" "closed" {
  vpc_id = aws_vpc.closed.id
}

resource "aws_vpc" "open" {
  cidr_block = "10.1.0.0/16"
}

resource "aws_default_security_group" "open" {
  vpc_id = aws_vpc.open.id

  ingress {
    protocol  = -1
    self      = true
    from_port = 0
    to_port   = 0
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_vpc" "untouched" {
  cidr_block = "10.2.0.0/16"
}

resource "aws_security_group" "web" {
  name   = "web"
  vpc_id = aws_vpc.untouched.id
}
`,
    expect: {
      'aws_vpc.closed': { status: 'NOT_APPLICABLE', messageId: 'judgedOnGroup', messageIncludes: 'aws_default_security_group.closed' },
      'aws_default_security_group.closed': { status: 'COMPLIANT', messageId: 'closed' },
      'aws_vpc.open': { status: 'NOT_APPLICABLE', messageId: 'judgedOnGroup' },
      'aws_default_security_group.open': { status: 'NON_COMPLIANT', messageId: 'hasRules', messageIncludes: '2 rule' },
      'aws_vpc.untouched': { status: 'NON_COMPLIANT', messageId: 'defaultRules' },
      'aws_security_group.web': { status: 'NOT_APPLICABLE', messageId: 'notDefault' },
    },
  },
  {
    name: 'plan: default security groups with and without rules, and rules known after apply',
    plan: {
      format_version: '1.2',
      resource_changes: [
        created('aws_default_security_group.closed', { vpc_id: 'vpc-0123456789abcdef0', ingress: [], egress: [] }, { id: true, arn: true }),
        created(
          'aws_default_security_group.open',
          { vpc_id: 'vpc-0123456789abcdef1', ingress: [{ protocol: 'tcp', from_port: 22, to_port: 22, cidr_blocks: ['10.0.0.0/8'], ipv6_cidr_blocks: [], security_groups: [], self: false }], egress: [] },
          { id: true, arn: true },
        ),
        created('aws_default_security_group.later', { vpc_id: 'vpc-0123456789abcdef2', egress: [] }, { id: true, arn: true, ingress: true }),
      ],
      configuration: {
        root_module: {
          resources: [
            {
              address: 'aws_default_security_group.later',
              mode: 'managed',
              type: 'aws_default_security_group',
              name: 'later',
              provider_config_key: 'aws',
              expressions: { vpc_id: { constant_value: 'vpc-0123456789abcdef2' }, ingress: { references: ['aws_security_group.admin.ingress', 'aws_security_group.admin'] } },
            },
          ],
        },
      },
    },
    expect: {
      'aws_default_security_group.closed': { status: 'COMPLIANT', messageId: 'closed' },
      'aws_default_security_group.open': { status: 'NON_COMPLIANT', messageId: 'hasRules' },
      'aws_default_security_group.later': { status: 'INSUFFICIENT_DATA', messageId: 'unknownRules', path: ['SecurityGroupIngress'] },
    },
  },
  {
    name: 'hcl: egress rules attached to a default group as aws_security_group_rule and aws_vpc_security_group_egress_rule, and a rule whose direction is not known',
    hcl: `
variable "direction" { type = string }

resource "aws_vpc" "rule" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_default_security_group" "rule" {
  vpc_id = aws_vpc.rule.id
}

resource "aws_security_group_rule" "outbound" {
  type              = "egress"
  security_group_id = aws_default_security_group.rule.id
  from_port         = 0
  to_port           = 0
  protocol          = "-1"
  cidr_blocks       = ["0.0.0.0/0"]
}

resource "aws_vpc" "egress" {
  cidr_block = "10.1.0.0/16"
}

resource "aws_default_security_group" "egress" {
  vpc_id = aws_vpc.egress.id
}

resource "aws_vpc_security_group_egress_rule" "outbound" {
  security_group_id = aws_default_security_group.egress.id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_vpc" "either" {
  cidr_block = "10.2.0.0/16"
}

resource "aws_default_security_group" "either" {
  vpc_id = aws_vpc.either.id
}

resource "aws_security_group_rule" "either" {
  type              = var.direction
  security_group_id = aws_default_security_group.either.id
  from_port         = 443
  to_port           = 443
  protocol          = "tcp"
  cidr_blocks       = ["10.0.0.0/8"]
}
`,
    expect: {
      'aws_default_security_group.rule': { status: 'NON_COMPLIANT', messageId: 'hasRules', messageIncludes: 'SecurityGroupEgress[0]' },
      'aws_default_security_group.egress': { status: 'NON_COMPLIANT', messageId: 'hasRules', messageIncludes: 'SecurityGroupEgress[0]' },
      // Ingress or egress, it is a rule of the default group.
      'aws_default_security_group.either': { status: 'NON_COMPLIANT', messageId: 'hasRules' },
      'aws_vpc.rule': { status: 'NOT_APPLICABLE', messageId: 'judgedOnGroup' },
      'aws_vpc.egress': { status: 'NOT_APPLICABLE', messageId: 'judgedOnGroup' },
      'aws_vpc.either': { status: 'NOT_APPLICABLE', messageId: 'judgedOnGroup' },
    },
  },
  {
    name: 'plan: an aws_vpc_security_group_egress_rule attached to a default group by reference',
    plan: {
      format_version: '1.2',
      resource_changes: [
        created('aws_default_security_group.main', { vpc_id: 'vpc-0123456789abcdef0', ingress: [], egress: [] }, { id: true, arn: true }),
        created('aws_vpc_security_group_egress_rule.outbound', { ip_protocol: '-1', cidr_ipv4: '0.0.0.0/0' }, { id: true, security_group_id: true }),
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_default_security_group.main', mode: 'managed', type: 'aws_default_security_group', name: 'main', provider_config_key: 'aws', expressions: { vpc_id: { constant_value: 'vpc-0123456789abcdef0' } } },
            {
              address: 'aws_vpc_security_group_egress_rule.outbound', mode: 'managed', type: 'aws_vpc_security_group_egress_rule', name: 'outbound', provider_config_key: 'aws',
              expressions: { security_group_id: { references: ['aws_default_security_group.main.id', 'aws_default_security_group.main'] }, ip_protocol: { constant_value: '-1' }, cidr_ipv4: { constant_value: '0.0.0.0/0' } },
            },
          ],
        },
      },
    },
    expect: { 'aws_default_security_group.main': { status: 'NON_COMPLIANT', messageId: 'hasRules', messageIncludes: 'SecurityGroupEgress[0]' } },
  },
] satisfies RuleCase[];
