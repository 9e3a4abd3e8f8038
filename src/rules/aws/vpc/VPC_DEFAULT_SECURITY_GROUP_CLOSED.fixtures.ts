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
] satisfies RuleCase[];
