import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const STAGE = (id: string, extra: string) => `
  ${id}:
    Type: AWS::ApiGateway::Stage
    Properties:
      RestApiId: !Ref Api
      StageName: ${id.toLowerCase()}
      DeploymentId: abc123${extra}`;

export default [
  {
    name: 'cached and encrypted, no cluster, unencrypted, one method not cached, encryption from a parameter',
    template: `
Parameters:
  Encrypt: { Type: String }
Resources:
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties: { Name: api }${STAGE('Good', '\n      CacheClusterEnabled: true\n      MethodSettings:\n        - { ResourcePath: "/*", HttpMethod: "*", CachingEnabled: true, CacheDataEncrypted: true }')}${STAGE('NoCluster', '')}${STAGE('Clear', '\n      CacheClusterEnabled: true\n      MethodSettings:\n        - { ResourcePath: "/*", HttpMethod: "*", CachingEnabled: true }')}${STAGE('Override', '\n      CacheClusterEnabled: true\n      MethodSettings:\n        - { ResourcePath: "/*", HttpMethod: "*", CachingEnabled: true, CacheDataEncrypted: true }\n        - { ResourcePath: "/live", HttpMethod: GET, CachingEnabled: false }')}${STAGE('Maybe', '\n      CacheClusterEnabled: true\n      MethodSettings:\n        - { ResourcePath: "/*", HttpMethod: "*", CachingEnabled: true, CacheDataEncrypted: !Ref Encrypt }')}
`,
    expect: {
      Good: 'COMPLIANT',
      NoCluster: { status: 'NON_COMPLIANT', messageId: 'noCluster', path: [] },
      Clear: { status: 'NON_COMPLIANT', messageId: 'notEncrypted', path: ['MethodSettings', 0, 'CacheDataEncrypted'] },
      Override: { status: 'NON_COMPLIANT', messageId: 'notCached', path: ['MethodSettings', 1, 'CachingEnabled'] },
      Maybe: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
  {
    name: 'a deployment that names a stage creates it: its StageDescription caching shorthand is every method, a listed method may override it',
    template: `
Resources:
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties: { Name: api }
  Sealed:
    Type: AWS::ApiGateway::Deployment
    Properties:
      RestApiId: !Ref Api
      StageName: sealed
      StageDescription: { CacheClusterEnabled: true, CachingEnabled: true, CacheDataEncrypted: true }
  Clear:
    Type: AWS::ApiGateway::Deployment
    Properties:
      RestApiId: !Ref Api
      StageName: clear
      StageDescription: { CacheClusterEnabled: true, CachingEnabled: true }
  Listed:
    Type: AWS::ApiGateway::Deployment
    Properties:
      RestApiId: !Ref Api
      StageName: listed
      StageDescription:
        CacheClusterEnabled: true
        CachingEnabled: true
        CacheDataEncrypted: true
        MethodSettings:
          - { ResourcePath: "/live", HttpMethod: GET, CachingEnabled: false }
`,
    expect: {
      SealedStage: 'COMPLIANT',
      ClearStage: { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
      ListedStage: { status: 'NON_COMPLIANT', messageId: 'notCached', path: ['MethodSettings', 0, 'CachingEnabled'] },
    },
  },
  {
    name: 'hcl: a stage with aws_api_gateway_method_settings caching encrypted, and one without',
    hcl: `
resource "aws_api_gateway_rest_api" "api" {
  name = "api"
}

resource "aws_api_gateway_stage" "cached" {
  rest_api_id           = aws_api_gateway_rest_api.api.id
  deployment_id         = "abc123"
  stage_name            = "cached"
  cache_cluster_enabled = true
  cache_cluster_size    = "0.5"
}

resource "aws_api_gateway_method_settings" "all" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  stage_name  = aws_api_gateway_stage.cached.stage_name
  method_path = "*/*"
  settings {
    caching_enabled      = true
    cache_data_encrypted = true
  }
}

resource "aws_api_gateway_stage" "plain" {
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = "abc123"
  stage_name    = "plain"
}
`,
    expect: {
      'aws_api_gateway_stage.cached': 'COMPLIANT',
      'aws_api_gateway_stage.plain': { status: 'NON_COMPLIANT', messageId: 'noCluster' },
    },
  },
  {
    name: 'plan: method settings caching without encryption, and encrypted',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_api_gateway_stage.clear', { stage_name: 'clear', deployment_id: 'abc123', cache_cluster_enabled: true }),
        created('aws_api_gateway_method_settings.clear', { stage_name: 'clear', method_path: '*/*', settings: [{ caching_enabled: true, cache_data_encrypted: false }] }),
        created('aws_api_gateway_stage.sealed', { stage_name: 'sealed', deployment_id: 'abc123', cache_cluster_enabled: true }),
        created('aws_api_gateway_method_settings.sealed', { stage_name: 'sealed', method_path: '*/*', settings: [{ caching_enabled: true, cache_data_encrypted: true }] }),
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_api_gateway_method_settings.clear', mode: 'managed', type: 'aws_api_gateway_method_settings', name: 'clear', provider_config_key: 'aws', expressions: { stage_name: { references: ['aws_api_gateway_stage.clear.stage_name', 'aws_api_gateway_stage.clear'] } } },
            { address: 'aws_api_gateway_method_settings.sealed', mode: 'managed', type: 'aws_api_gateway_method_settings', name: 'sealed', provider_config_key: 'aws', expressions: { stage_name: { references: ['aws_api_gateway_stage.sealed.stage_name', 'aws_api_gateway_stage.sealed'] } } },
          ],
        },
      },
    },
    expect: {
      'aws_api_gateway_stage.clear': { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
      'aws_api_gateway_stage.sealed': 'COMPLIANT',
    },
  },
] satisfies RuleCase[];
