import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const BALANCER = `
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties:
      Subnets: [subnet-0a1b2c3d4e5f60001, subnet-0a1b2c3d4e5f60002]`;
const ACL = 'arn:aws:wafv2:us-east-1:123456789012:regional/webacl/web/0b0c1f22-7a4c-4d9e-a5c9-2f0d1e3b4a5c';
/** WAF Classic names a web ACL by its id, not an ARN. */
const CLASSIC_ACL = '0b0c1f22-7a4c-4d9e-a5c9-2f0d1e3b4a5c';
const OTHER_ACL = 'arn:aws:wafv2:us-east-1:123456789012:regional/webacl/other/5f1d7b0e-3c1a-4e5b-9f2a-6d8c7b9a0e1f';
const association = (balancer: string, acl: string, extra = '') => `
    Type: AWS::WAFv2::WebACLAssociation${extra}
    Properties:
      ResourceArn: !Ref ${balancer}
      WebACLArn: ${acl}`;

export default [
  {
    name: 'associated by Ref and by a classic association, not associated, associated under an undecidable condition, and a network load balancer',
    template: `
Parameters:
  Protect: { Type: String, AllowedValues: ["yes", "no"] }
Conditions:
  Protected: !Equals [!Ref Protect, "yes"]
Resources:
  Protected:${BALANCER}
  ProtectedAssociation:${association('Protected', ACL)}
  Classic:${BALANCER}
  ClassicAssociation:
    Type: AWS::WAFRegional::WebACLAssociation
    Properties:
      ResourceArn: !Ref Classic
      WebACLId: 0b0c1f22-7a4c-4d9e-a5c9-2f0d1e3b4a5c
  Open:${BALANCER}
  Maybe:${BALANCER}
  MaybeAssociation:${association('Maybe', ACL, '\n    Condition: Protected')}
  Network:${BALANCER}
      Type: network
`,
    expect: {
      Protected: { status: 'COMPLIANT', messageIncludes: ACL },
      Classic: 'COMPLIANT',
      Open: { status: 'NON_COMPLIANT', messageId: 'unprotected' },
      Maybe: { status: 'INSUFFICIENT_DATA', messageId: 'unknownAcl', messageIncludes: 'Protected' },
      Network: { status: 'NOT_APPLICABLE', messageId: 'notApplication' },
    },
  },
  {
    name: 'wafWebAclIds: the expected web ACL, another one, one known at deployment; an association of a load balancer known at deployment',
    params: { wafWebAclIds: [ACL] },
    template: `
Parameters:
  Acl: { Type: String }
  Balancer: { Type: String }
Resources:
  Expected:${BALANCER}
  ExpectedAssociation:${association('Expected', ACL)}
  Other:${BALANCER}
  OtherAssociation:${association('Other', OTHER_ACL)}
  FromParameter:${BALANCER}
  FromParameterAssociation:${association('FromParameter', '!Ref Acl')}
  Elsewhere:
    Type: AWS::WAFv2::WebACLAssociation
    Properties:
      ResourceArn: !Ref Balancer
      WebACLArn: ${ACL}
`,
    expect: {
      Expected: 'COMPLIANT',
      Other: { status: 'NON_COMPLIANT', messageId: 'otherAcl', messageIncludes: 'regional/webacl/other' },
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknownAcl' },
    },
  },
  {
    name: 'an association of a load balancer known at deployment leaves an unprotected one undecided',
    template: `
Parameters:
  Balancer: { Type: String }
Resources:
  Open:${BALANCER}
  Elsewhere:
    Type: AWS::WAFv2::WebACLAssociation
    Properties:
      ResourceArn: !Ref Balancer
      WebACLArn: ${ACL}
`,
    expect: { Open: { status: 'INSUFFICIENT_DATA', messageId: 'unknownAcl', messageIncludes: 'Elsewhere' } },
  },
  {
    name: 'hcl: an associated load balancer, and one without a web ACL',
    hcl: `
resource "aws_lb" "protected" {
  name    = "protected"
  subnets = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
}

resource "aws_wafv2_web_acl_association" "protected" {
  resource_arn = aws_lb.protected.arn
  web_acl_arn  = "${ACL}"
}

resource "aws_lb" "open" {
  name    = "open"
  subnets = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
}
`,
    expect: {
      'aws_lb.protected': 'COMPLIANT',
      'aws_lb.open': { status: 'NON_COMPLIANT', messageId: 'unprotected' },
    },
  },
  {
    name: 'plan: an association linked by reference, and a load balancer without one',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_lb.protected', { name: 'protected', load_balancer_type: 'application' }, { arn: true, id: true }),
        created('aws_wafv2_web_acl_association.protected', { web_acl_arn: ACL }, { id: true, resource_arn: true }),
        created('aws_lb.open', { name: 'open', load_balancer_type: 'application' }, { arn: true, id: true }),
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_lb.protected', mode: 'managed', type: 'aws_lb', name: 'protected', provider_config_key: 'aws', expressions: { name: { constant_value: 'protected' } }, schema_version: 0 },
            {
              address: 'aws_wafv2_web_acl_association.protected', mode: 'managed', type: 'aws_wafv2_web_acl_association', name: 'protected', provider_config_key: 'aws',
              expressions: { resource_arn: { references: ['aws_lb.protected.arn', 'aws_lb.protected'] }, web_acl_arn: { constant_value: ACL } }, schema_version: 0,
            },
            { address: 'aws_lb.open', mode: 'managed', type: 'aws_lb', name: 'open', provider_config_key: 'aws', expressions: { name: { constant_value: 'open' } }, schema_version: 0 },
          ],
        },
      },
    },
    expect: {
      'aws_lb.protected': 'COMPLIANT',
      'aws_lb.open': { status: 'NON_COMPLIANT', messageId: 'unprotected' },
    },
  },
  {
    name: 'hcl: a WAF Classic (regional) association protects the load balancer it names, not another one',
    hcl: `
resource "aws_alb" "classic" {
  subnets = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
}

resource "aws_wafregional_web_acl_association" "classic" {
  resource_arn = aws_alb.classic.arn
  web_acl_id   = "${CLASSIC_ACL}"
}

resource "aws_alb" "open" {
  subnets = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
}
`,
    expect: {
      'aws_alb.classic': 'COMPLIANT',
      'aws_alb.open': { status: 'NON_COMPLIANT', messageId: 'unprotected' },
    },
  },
  {
    name: 'plan: a WAF Classic (regional) association linked by reference',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_lb.classic', { name: 'classic', load_balancer_type: 'application' }, { arn: true, id: true }),
        created('aws_wafregional_web_acl_association.classic', { web_acl_id: CLASSIC_ACL }, { id: true, resource_arn: true }),
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_lb.classic', mode: 'managed', type: 'aws_lb', name: 'classic', provider_config_key: 'aws', expressions: { name: { constant_value: 'classic' } }, schema_version: 0 },
            {
              address: 'aws_wafregional_web_acl_association.classic', mode: 'managed', type: 'aws_wafregional_web_acl_association', name: 'classic', provider_config_key: 'aws',
              expressions: { resource_arn: { references: ['aws_lb.classic.arn', 'aws_lb.classic'] }, web_acl_id: { constant_value: CLASSIC_ACL } }, schema_version: 0,
            },
          ],
        },
      },
    },
    expect: { 'aws_lb.classic': 'COMPLIANT' },
  },
] satisfies RuleCase[];
