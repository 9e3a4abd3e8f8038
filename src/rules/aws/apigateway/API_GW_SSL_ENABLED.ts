import { compliant, defineRule, insufficientData, nonCompliant, notApplicable } from '../../define.js';
import type { ResourceGraph } from '../../../model/graph.js';
import type { Resource } from '../../../model/resource.js';
import { isObject, type Value } from '../../../model/value.js';
import { existence } from '../../lib/certainty.js';
import { isUnknown } from '../../../model/unknown.js';

const STAGE = 'AWS::ApiGateway::Stage';
const METHOD = 'AWS::ApiGateway::Method';
const HTTP_TYPES = new Set(['HTTP', 'HTTP_PROXY']);
const OTHER_TYPES = new Set(['AWS', 'AWS_PROXY', 'MOCK']);

interface MethodIndex {
  /** Methods by the REST API they belong to: the API's resource id, or a literal API id. */
  byApi: Map<string, Resource[]>;
  /** Methods whose API can not be told before deployment. */
  undecided: Resource[];
}

/** The template's methods by REST API, built once per graph. */
function methodIndex(graph: ResourceGraph): MethodIndex {
  return graph.memo('API_GW_SSL_ENABLED/methods', (all) => {
    const index: MethodIndex = { byApi: new Map(), undecided: [] };
    for (const method of all.ofType(METHOD)) {
      const apiId = method.properties.RestApiId;
      const key = all.target(apiId)?.id ?? (typeof apiId === 'string' ? apiId : undefined);
      if (key === undefined) index.undecided.push(method);
      else index.byApi.set(key, [...(index.byApi.get(key) ?? []), method]);
    }
    return index;
  });
}

type Integration = 'http' | 'other' | { open: string };

/** What one method's integration is; a method without one (not deployable) says nothing. */
function integrationOf(method: Resource): Integration | undefined {
  const exists = existence(method);
  if (isUnknown(exists)) return { open: `whether ${method.id} exists is not known (${exists.reason})` };
  const integration = method.properties.Integration;
  if (integration === undefined) return undefined;
  if (isUnknown(integration)) return { open: `the integration of ${method.id} is ${integration.reason}` };
  if (!isObject(integration)) return { open: `the integration of ${method.id} is malformed` };
  const type: Value | undefined = integration.Type;
  if (isUnknown(type)) return { open: `the integration type of ${method.id} is ${type.reason}` };
  if (typeof type === 'string' && HTTP_TYPES.has(type.toUpperCase())) return 'http';
  if (typeof type === 'string' && OTHER_TYPES.has(type.toUpperCase())) return 'other';
  return { open: `the integration type of ${method.id} is ${JSON.stringify(type ?? null)}` };
}

export default defineRule<{ CertificateIDs?: string[] }>({
  meta: {
    id: 'API_GW_SSL_ENABLED',
    title: 'API Gateway REST API stages with HTTP integrations use a client certificate',
    description:
      'Checks that an API Gateway REST API stage has a client certificate (ClientCertificateId) and, when CertificateIDs is given, one of those. API Gateway presents the certificate to HTTP backends, which can then verify that requests come from API Gateway. The rule applies when the API has an HTTP or HTTP_PROXY integration: a stage whose API has only AWS, AWS_PROXY or MOCK integrations is NOT_APPLICABLE. Integrations are read from the API\'s AWS::ApiGateway::Method resources (Terraform: aws_api_gateway_integration); an API defined by an OpenAPI Body or BodyS3Location, or without its methods in the document, is INSUFFICIENT_DATA without a certificate, as are AWS Config items (Config does not record integrations).',
    severity: 'medium',
    recommended: false,
    whyNotRecommended:
      'Client certificates matter only where the HTTP backend verifies them, which is an organisation\'s choice; turn the rule on where backends authenticate API Gateway by certificate.',
    resourceTypes: [STAGE],
    managedRule: 'api-gw-ssl-enabled',
    frameworks: {
      FSBP: ['APIGateway.2'],
      'NIST-800-53-r5': ['AC-17(2)', 'AC-4', 'IA-5(1)', 'SC-12(3)', 'SC-13', 'SC-23', 'SC-23(3)', 'SC-7(4)', 'SC-8', 'SC-8(1)', 'SC-8(2)', 'SI-7(6)'],
    },
    related: [
      { type: 'AWS::ApiGateway::RestApi', relation: 'references', property: 'RestApiId' },
      { type: METHOD, relation: 'referencedBy', property: 'RestApiId' },
    ],
    parameters: {
      CertificateIDs: { type: 'string-list', description: 'Client certificate ids the stage must use (any client certificate when absent).' },
    },
    messages: {
      certified: 'Stage {{id}} uses client certificate {{certificate}}.',
      missing: 'Stage {{id}} has no client certificate, and its API has an HTTP integration ({{method}}).',
      otherCertificate: 'Stage {{id}} uses client certificate {{certificate}}, not one of {{expected}}, and its API has an HTTP integration ({{method}}).',
      noHttp: 'The API of stage {{id}} has no HTTP integration, so no client certificate is needed.',
      unknownCertificate: 'Which client certificate stage {{id}} uses is not known before deployment ({{reason}}).',
      unknownIntegrations: 'Stage {{id}} has no client certificate{{which}}; whether its API has an HTTP integration is not known ({{reason}}).',
    },
    remediation:
      'Create an AWS::ApiGateway::ClientCertificate and set the stage\'s ClientCertificateId to it (Terraform: `aws_api_gateway_client_certificate` and `client_certificate_id` on `aws_api_gateway_stage`); have the HTTP backend verify it.',
    examples: {
      noncompliant: [
        {
          cloudformation:
            'Resources:\n  Api:\n    Type: AWS::ApiGateway::RestApi\n    Properties: { Name: orders }\n  Get:\n    Type: AWS::ApiGateway::Method\n    Properties:\n      RestApiId: !Ref Api\n      ResourceId: !GetAtt Api.RootResourceId\n      HttpMethod: GET\n      AuthorizationType: NONE\n      Integration: { Type: HTTP_PROXY, IntegrationHttpMethod: GET, Uri: "https://backend.example.com/" }\n  Stage:\n    Type: AWS::ApiGateway::Stage\n    Properties: { RestApiId: !Ref Api, StageName: prod, DeploymentId: abc123 }\n',
        },
      ],
      compliant: [
        {
          cloudformation:
            'Resources:\n  Api:\n    Type: AWS::ApiGateway::RestApi\n    Properties: { Name: orders }\n  Get:\n    Type: AWS::ApiGateway::Method\n    Properties:\n      RestApiId: !Ref Api\n      ResourceId: !GetAtt Api.RootResourceId\n      HttpMethod: GET\n      AuthorizationType: NONE\n      Integration: { Type: HTTP_PROXY, IntegrationHttpMethod: GET, Uri: "https://backend.example.com/" }\n  Certificate:\n    Type: AWS::ApiGateway::ClientCertificate\n  Stage:\n    Type: AWS::ApiGateway::Stage\n    Properties: { RestApiId: !Ref Api, StageName: prod, DeploymentId: abc123, ClientCertificateId: !Ref Certificate }\n',
        },
      ],
    },
  },
  check(stage, { params, graph }) {
    const expected = params.CertificateIDs ?? [];
    const certificate = stage.properties.ClientCertificateId;
    const path = ['ClientCertificateId'];
    let held: string | undefined;
    if (typeof certificate === 'string' && certificate !== '') {
      if (expected.length === 0 || expected.includes(certificate)) return compliant('certified', { certificate }, path);
      held = certificate;
    } else if (isUnknown(certificate)) {
      // A certificate created beside the stage has no id before deployment: enough unless ids are asked for.
      const target = graph.target(certificate);
      const created = target?.type === 'AWS::ApiGateway::ClientCertificate' ? target : undefined;
      const exists = created ? existence(created) : undefined;
      if (created && exists === true && expected.length === 0) return compliant('certified', { certificate: created.id }, path);
      return insufficientData('unknownCertificate', { reason: isUnknown(exists) ? exists.reason : certificate.reason }, path);
    }
    const judged = judgeIntegrations(stage, graph);
    if (judged === 'other') return notApplicable('noHttp', {}, []);
    if (typeof judged === 'object' && 'open' in judged) {
      return insufficientData('unknownIntegrations', { which: held ? ` among ${expected.join(', ')}` : '', reason: judged.open }, []);
    }
    if (held) return nonCompliant('otherCertificate', { certificate: held, expected: expected.join(', '), method: judged.method }, path);
    return nonCompliant('missing', { method: judged.method }, []);
  },
});

/** Whether the stage's API has an HTTP integration: the first such method, only others, or what is open. */
function judgeIntegrations(stage: Resource, graph: ResourceGraph): { method: string } | 'other' | { open: string } {
  const apiId = stage.properties.RestApiId;
  if (apiId === undefined) return { open: 'the stage\'s API is not known' };
  const api = graph.target(apiId);
  if (isUnknown(apiId) && !api) return { open: `its API is ${apiId.reason}` };
  if (api && (api.properties.Body !== undefined || api.properties.BodyS3Location !== undefined)) return { open: `API ${api.id} is defined by an OpenAPI document` };
  const index = methodIndex(graph);
  const key = api?.id ?? (typeof apiId === 'string' ? apiId : undefined);
  const methods = key === undefined ? [] : (index.byApi.get(key) ?? []);
  let open: string | undefined;
  let other = false;
  for (const method of methods) {
    const integration = integrationOf(method);
    if (integration === 'http') return { method: method.id };
    if (integration === 'other') other = true;
    else if (integration) open ??= integration.open;
  }
  if (open) return { open };
  if (index.undecided[0]) return { open: `method ${index.undecided[0].id} may belong to it` };
  if (!other) return { open: api ? `the methods of API ${api.id} are not in the document` : `the integrations of API ${String(key)} are not among the inputs` };
  return 'other';
}
