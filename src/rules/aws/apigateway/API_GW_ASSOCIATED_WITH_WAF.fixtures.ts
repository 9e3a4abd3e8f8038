import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const ACL = 'arn:aws:wafv2:us-east-1:123456789012:regional/webacl/api/0b0c1f22-7a4c-4d9e-a5c9-2f0d1e3b4a5c';
/** WAF Classic names a web ACL by its id, not an ARN. */
const CLASSIC_ACL = '5d1e7c0a-1b2c-4d3e-8f9a-0b1c2d3e4f5a';
const OTHER = 'arn:aws:wafv2:us-east-1:123456789012:regional/webacl/other/5d1e7c0a-1b2c-4d3e-8f9a-0b1c2d3e4f5a';

const stages = `
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties: { Name: orders }
  Prod:
    Type: AWS::ApiGateway::Stage
    Properties: { RestApiId: !Ref Api, StageName: prod, DeploymentId: abc123 }
  Dev:
    Type: AWS::ApiGateway::Stage
    Properties: { RestApiId: !Ref Api, StageName: dev, DeploymentId: abc123 }`;

export default [
  {
    name: 'an association naming the stage through !Sub, a stage without one, and a required web ACL list',
    template: `
Resources:${stages}
  Firewall:
    Type: AWS::WAFv2::WebACLAssociation
    Properties:
      ResourceArn: !Sub "arn:\${AWS::Partition}:apigateway:\${AWS::Region}::/restapis/\${Api}/stages/\${Prod}"
      WebACLArn: ${ACL}
`,
    expect: {
      Prod: { status: 'COMPLIANT', messageId: 'protected', messageIncludes: ACL },
      Dev: { status: 'NON_COMPLIANT', messageId: 'unprotected' },
    },
  },
  {
    name: 'WebAclArns given: the listed web ACL, another one, and a web ACL from a parameter without default',
    params: { WebAclArns: ACL },
    template: `
Parameters:
  Acl: { Type: String }
Resources:${stages}
  Other:
    Type: AWS::ApiGateway::Stage
    Properties: { RestApiId: !Ref Api, StageName: other, DeploymentId: abc123 }
  ProdFirewall:
    Type: AWS::WAFv2::WebACLAssociation
    Properties:
      ResourceArn: !Sub "arn:aws:apigateway:us-east-1::/restapis/\${Api}/stages/\${Prod}"
      WebACLArn: ${ACL}
  DevFirewall:
    Type: AWS::WAFv2::WebACLAssociation
    Properties:
      ResourceArn: !Sub "arn:aws:apigateway:us-east-1::/restapis/\${Api}/stages/\${Dev}"
      WebACLArn: ${OTHER}
  OtherFirewall:
    Type: AWS::WAFv2::WebACLAssociation
    Properties:
      ResourceArn: !Sub "arn:aws:apigateway:us-east-1::/restapis/\${Api}/stages/\${Other}"
      WebACLArn: !Ref Acl
`,
    expect: {
      Prod: 'COMPLIANT',
      Dev: { status: 'NON_COMPLIANT', messageId: 'otherAcl', messageIncludes: 'other' },
      Other: { status: 'INSUFFICIENT_DATA', messageId: 'unknownAcl', messageIncludes: 'Acl' },
    },
  },
  {
    name: 'unresolved targets: a stage named by a literal after the API reference, and a target from a parameter that may name any stage',
    template: `
Parameters:
  Target: { Type: String }
Resources:${stages}
  ByName:
    Type: AWS::WAFv2::WebACLAssociation
    Properties:
      ResourceArn: !Sub "arn:aws:apigateway:us-east-1::/restapis/\${Api}/stages/prod"
      WebACLArn: ${ACL}
  Elsewhere:
    Type: AWS::ApiGateway::RestApi
    Properties: { Name: elsewhere }
  Lone:
    Type: AWS::ApiGateway::Stage
    Properties: { RestApiId: !Ref Elsewhere, StageName: lone, DeploymentId: abc123 }
  Anything:
    Type: AWS::WAFv2::WebACLAssociation
    Properties:
      ResourceArn: !Ref Target
      WebACLArn: ${ACL}
`,
    expect: {
      Prod: { status: 'COMPLIANT', messageId: 'protected', messageIncludes: ACL },
      Dev: { status: 'INSUFFICIENT_DATA', messageId: 'unknownAcl', messageIncludes: 'Anything' },
      Lone: { status: 'INSUFFICIENT_DATA', messageId: 'unknownAcl', messageIncludes: 'Anything' },
    },
  },
  {
    name: 'a literal stage name after the API reference names that stage of that API only; a name no stage of the template has stays open',
    template: `
Resources:${stages}
  ByName:
    Type: AWS::WAFv2::WebACLAssociation
    Properties:
      ResourceArn: !Sub "arn:\${AWS::Partition}:apigateway:\${AWS::Region}::/restapis/\${Api}/stages/dev"
      WebACLArn: ${ACL}
  Elsewhere:
    Type: AWS::ApiGateway::RestApi
    Properties: { Name: elsewhere }
  ElsewhereDev:
    Type: AWS::ApiGateway::Stage
    Properties: { RestApiId: !Ref Elsewhere, StageName: dev, DeploymentId: abc123 }
  ElsewhereProd:
    Type: AWS::ApiGateway::Stage
    Properties: { RestApiId: !Ref Elsewhere, StageName: prod, DeploymentId: abc123 }
  ByOtherName:
    Type: AWS::WAFv2::WebACLAssociation
    Properties:
      ResourceArn: !Sub "arn:aws:apigateway:us-east-1::/restapis/\${Elsewhere}/stages/beta"
      WebACLArn: ${ACL}
`,
    expect: {
      Dev: { status: 'COMPLIANT', messageId: 'protected', messageIncludes: ACL },
      Prod: { status: 'NON_COMPLIANT', messageId: 'unprotected' },
      ElsewhereDev: { status: 'INSUFFICIENT_DATA', messageId: 'unknownAcl', messageIncludes: 'ByOtherName' },
      ElsewhereProd: { status: 'INSUFFICIENT_DATA', messageId: 'unknownAcl', messageIncludes: 'ByOtherName' },
    },
  },
  {
    name: 'hcl: an association by the stage arn, and a stage without one',
    hcl: `
resource "aws_api_gateway_rest_api" "orders" {
  name = "orders"
}

resource "aws_api_gateway_stage" "prod" {
  rest_api_id   = aws_api_gateway_rest_api.orders.id
  deployment_id = "abc123"
  stage_name    = "prod"
}

resource "aws_api_gateway_stage" "dev" {
  rest_api_id   = aws_api_gateway_rest_api.orders.id
  deployment_id = "abc123"
  stage_name    = "dev"
}

resource "aws_wafv2_web_acl_association" "prod" {
  resource_arn = aws_api_gateway_stage.prod.arn
  web_acl_arn  = "${ACL}"
}
`,
    expect: {
      'aws_api_gateway_stage.prod': { status: 'COMPLIANT', messageId: 'protected' },
      'aws_api_gateway_stage.dev': { status: 'NON_COMPLIANT', messageId: 'unprotected' },
    },
  },
  {
    name: 'plan: an association by reference, one known only after apply, and a literal stage ARN',
    params: { WebAclArns: ACL },
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_api_gateway_stage.prod', { rest_api_id: 'a1b2c3', deployment_id: 'abc123', stage_name: 'prod' }, { arn: true, id: true }),
        created('aws_wafv2_web_acl_association.prod', { web_acl_arn: ACL }, { id: true, resource_arn: true }),
        created('aws_api_gateway_stage.dev', { rest_api_id: 'a1b2c3', deployment_id: 'abc123', stage_name: 'dev' }, { arn: true, id: true }),
        created('aws_wafv2_web_acl_association.dev', { resource_arn: 'arn:aws:apigateway:us-east-1::/restapis/a1b2c3/stages/dev', web_acl_arn: OTHER }, { id: true }),
        created('aws_api_gateway_stage.test', { rest_api_id: 'a1b2c3', deployment_id: 'abc123', stage_name: 'test' }, { arn: true, id: true }),
        created('aws_wafv2_web_acl_association.test', { resource_arn: 'arn:aws:apigateway:us-east-1::/restapis/a1b2c3/stages/test' }, { id: true, web_acl_arn: true }),
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_api_gateway_stage.prod', mode: 'managed', type: 'aws_api_gateway_stage', name: 'prod', provider_config_key: 'aws', expressions: { stage_name: { constant_value: 'prod' } }, schema_version: 0 },
            {
              address: 'aws_wafv2_web_acl_association.prod', mode: 'managed', type: 'aws_wafv2_web_acl_association', name: 'prod', provider_config_key: 'aws',
              expressions: { resource_arn: { references: ['aws_api_gateway_stage.prod.arn', 'aws_api_gateway_stage.prod'] }, web_acl_arn: { constant_value: ACL } }, schema_version: 0,
            },
            { address: 'aws_api_gateway_stage.dev', mode: 'managed', type: 'aws_api_gateway_stage', name: 'dev', provider_config_key: 'aws', expressions: { stage_name: { constant_value: 'dev' } }, schema_version: 0 },
            { address: 'aws_wafv2_web_acl_association.dev', mode: 'managed', type: 'aws_wafv2_web_acl_association', name: 'dev', provider_config_key: 'aws', expressions: { web_acl_arn: { constant_value: OTHER } }, schema_version: 0 },
            { address: 'aws_api_gateway_stage.test', mode: 'managed', type: 'aws_api_gateway_stage', name: 'test', provider_config_key: 'aws', expressions: { stage_name: { constant_value: 'test' } }, schema_version: 0 },
            {
              address: 'aws_wafv2_web_acl_association.test', mode: 'managed', type: 'aws_wafv2_web_acl_association', name: 'test', provider_config_key: 'aws',
              expressions: { web_acl_arn: { references: ['aws_wafv2_web_acl.new.arn', 'aws_wafv2_web_acl.new'] } }, schema_version: 0,
            },
          ],
        },
      },
    },
    expect: {
      'aws_api_gateway_stage.prod': 'COMPLIANT',
      'aws_api_gateway_stage.dev': { status: 'NON_COMPLIANT', messageId: 'otherAcl' },
      'aws_api_gateway_stage.test': { status: 'INSUFFICIENT_DATA', messageId: 'unknownAcl' },
    },
  },
  {
    name: 'hcl: a WAF Classic (regional) association by the stage arn',
    hcl: `
resource "aws_api_gateway_rest_api" "orders" {
  name = "orders"
}

resource "aws_api_gateway_stage" "prod" {
  rest_api_id   = aws_api_gateway_rest_api.orders.id
  deployment_id = "abc123"
  stage_name    = "prod"
}

resource "aws_wafregional_web_acl_association" "prod" {
  resource_arn = aws_api_gateway_stage.prod.arn
  web_acl_id   = "${CLASSIC_ACL}"
}
`,
    expect: { 'aws_api_gateway_stage.prod': { status: 'COMPLIANT', messageId: 'protected' } },
  },
  {
    name: 'plan: a WAF Classic (regional) association by reference',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_api_gateway_stage.prod', { rest_api_id: 'a1b2c3', deployment_id: 'abc123', stage_name: 'prod' }, { arn: true, id: true }),
        created('aws_wafregional_web_acl_association.prod', { web_acl_id: CLASSIC_ACL }, { id: true, resource_arn: true }),
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_api_gateway_stage.prod', mode: 'managed', type: 'aws_api_gateway_stage', name: 'prod', provider_config_key: 'aws', expressions: { stage_name: { constant_value: 'prod' } }, schema_version: 0 },
            {
              address: 'aws_wafregional_web_acl_association.prod', mode: 'managed', type: 'aws_wafregional_web_acl_association', name: 'prod', provider_config_key: 'aws',
              expressions: { resource_arn: { references: ['aws_api_gateway_stage.prod.arn', 'aws_api_gateway_stage.prod'] }, web_acl_id: { constant_value: CLASSIC_ACL } }, schema_version: 0,
            },
          ],
        },
      },
    },
    expect: { 'aws_api_gateway_stage.prod': 'COMPLIANT' },
  },
] satisfies RuleCase[];
