import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import type { ResourceGraph } from '../../../model/graph.js';
import type { Resource } from '../../../model/resource.js';
import { existence } from '../../lib/certainty.js';
import { isUnknown } from '../../../model/unknown.js';

const ASSOCIATIONS = ['AWS::WAFv2::WebACLAssociation', 'AWS::WAFRegional::WebACLAssociation'];
const STAGE = 'AWS::ApiGateway::Stage';
const REST_API = 'AWS::ApiGateway::RestApi';
const STAGE_ARN = /^arn:[^:]+:apigateway:[^:]*::\/restapis\/([^/]+)\/stages\/([^/]+)$/;
/**
 * The CloudFormation resolver's reason for a stage ARN written as `!Sub` over the API reference with the
 * stage name as literal text (`.../restapis/${Api}/stages/prod`): the API variable and the stage name.
 */
const SUB_STAGE_ARN = /^arn:(?:\$\{[^}]*\}|[^:"$]*):apigateway:(?:\$\{[^}]*\}|[^:"$]*)::\/restapis\/\$\{([^}]+)\}\/stages\/([^"$/{}]+)$/;

interface AssociationIndex {
  /** Associations whose ResourceArn surely names the stage, by stage id. */
  byStage: Map<string, Resource[]>;
  /** Associations naming some stage of a REST API (the stage part not known), by API id. */
  byApi: Map<string, Resource[]>;
  /** Associations whose target can not be told at all. */
  undecided: Resource[];
}

const add = (map: Map<string, Resource[]>, key: string, association: Resource): void => {
  map.set(key, [...(map.get(key) ?? []), association]);
};

/**
 * Web ACL associations by the stage they protect, built once per graph. A template names a stage
 * in a `!Sub` over the API and stage references (an edge from ResourceArn to the stage), Terraform
 * by the stage's `arn`, a literal ARN by API id and stage name.
 */
function associationIndex(graph: ResourceGraph): AssociationIndex {
  return graph.memo('API_GW_ASSOCIATED_WITH_WAF/associations', (all) => {
    const index: AssociationIndex = { byStage: new Map(), byApi: new Map(), undecided: [] };
    const stagesByName = new Map<string, Resource>();
    /** Stages by the template's API resource and stage name, for a literal stage name after an API reference. */
    const stagesByApiResource = new Map<string, Resource>();
    for (const stage of all.ofType(STAGE)) {
      const { RestApiId: api, StageName: name } = stage.properties;
      if (typeof name !== 'string') continue;
      if (typeof api === 'string') stagesByName.set(`${api}/${name}`, stage);
      const apiResource = all.target(api);
      if (apiResource?.type === REST_API) stagesByApiResource.set(`${apiResource.id}/${name}`, stage);
    }
    const stageNamedAfter = (arn: unknown, api: Resource): Resource | undefined => {
      if (!isUnknown(arn)) return undefined;
      const match = SUB_STAGE_ARN.exec(arn.built?.template ?? '');
      if (!match || (match[1] !== api.id && match[1] !== `${api.id}.RestApiId`)) return undefined;
      return stagesByApiResource.get(`${api.id}/${match[2]}`);
    };
    for (const type of ASSOCIATIONS) {
      for (const association of all.ofType(type)) {
        const arn = association.properties.ResourceArn;
        if (association.unresolved) {
          index.undecided.push(association);
          continue;
        }
        if (typeof arn === 'string') {
          const match = STAGE_ARN.exec(arn);
          const stage = all.target(arn) ?? (match ? stagesByName.get(`${match[1]}/${match[2]}`) : undefined);
          if (stage?.type === STAGE) add(index.byStage, stage.id, association);
          continue;
        }
        const targets = all.referencesFrom(association.id).filter((edge) => edge.path[0] === 'ResourceArn').map((edge) => all.get(edge.to));
        const stages = targets.filter((target) => target?.type === STAGE);
        const apis = targets.filter((target) => target?.type === REST_API);
        const [onlyApi] = apis;
        const named = stages.length === 0 && apis.length === 1 && onlyApi ? stageNamedAfter(arn, onlyApi) : undefined;
        if (named) stages.push(named);
        for (const stage of stages) if (stage) add(index.byStage, stage.id, association);
        if (stages.length === 0) for (const api of apis) if (api) add(index.byApi, api.id, association);
        if (isUnknown(arn) && targets.length === 0) index.undecided.push(association);
      }
    }
    return index;
  });
}

export default defineRule<{ WebAclArns?: string[] }>({
  meta: {
    id: 'API_GW_ASSOCIATED_WITH_WAF',
    title: 'API Gateway REST API stages are protected by AWS WAF',
    description:
      'Checks that an API Gateway REST API stage is associated with an AWS WAF web ACL (an AWS::WAFv2::WebACLAssociation or AWS::WAFRegional::WebACLAssociation whose ResourceArn names the stage; in AWS Config items, the stage\'s webAclArn), and, when WebAclArns is given, with one of those web ACLs. Without a web ACL, requests reach the API unfiltered.',
    severity: 'medium',
    resourceTypes: [STAGE],
    managedRule: 'api-gw-associated-with-waf',
    frameworks: { FSBP: ['APIGateway.4'], 'NIST-800-53-r5': ['AC-4(21)'] },
    related: [
      { type: 'AWS::WAFv2::WebACLAssociation', relation: 'referencedBy', property: 'ResourceArn' },
      { type: 'AWS::WAFRegional::WebACLAssociation', relation: 'referencedBy', property: 'ResourceArn' },
    ],
    parameters: {
      WebAclArns: { type: 'string-list', description: 'Web ACL ARNs the stage must be associated with (any web ACL when absent).' },
    },
    messages: {
      protected: 'Stage {{id}} is associated with web ACL {{acl}}.',
      unprotected: 'Stage {{id}} is not associated with an AWS WAF web ACL.',
      otherAcl: 'Stage {{id}} is associated with web ACL {{acl}}, not one of {{expected}}.',
      unknownAcl: 'Whether stage {{id}} is associated with {{what}} is not known before deployment ({{reason}}).',
    },
    remediation:
      'Add an AWS::WAFv2::WebACLAssociation with `ResourceArn: !Sub "arn:${AWS::Partition}:apigateway:${AWS::Region}::/restapis/${Api}/stages/${Stage}"` and a regional web ACL\'s ARN (Terraform: `aws_wafv2_web_acl_association` with `resource_arn = aws_api_gateway_stage.<name>.arn`).',
    examples: {
      noncompliant: [{ cloudformation: 'Resources:\n  Api:\n    Type: AWS::ApiGateway::RestApi\n    Properties: { Name: orders }\n  Stage:\n    Type: AWS::ApiGateway::Stage\n    Properties: { RestApiId: !Ref Api, StageName: prod, DeploymentId: abc123 }\n' }],
      compliant: [
        {
          cloudformation:
            'Resources:\n  Api:\n    Type: AWS::ApiGateway::RestApi\n    Properties: { Name: orders }\n  Stage:\n    Type: AWS::ApiGateway::Stage\n    Properties: { RestApiId: !Ref Api, StageName: prod, DeploymentId: abc123 }\n  Firewall:\n    Type: AWS::WAFv2::WebACLAssociation\n    Properties:\n      ResourceArn: !Sub "arn:${AWS::Partition}:apigateway:${AWS::Region}::/restapis/${Api}/stages/${Stage}"\n      WebACLArn: arn:aws:wafv2:us-east-1:123456789012:regional/webacl/api/0b0c1f22-7a4c-4d9e-a5c9-2f0d1e3b4a5c\n',
        },
      ],
    },
  },
  check(stage, { params, graph }) {
    const expected = params.WebAclArns ?? [];
    const what = expected.length > 0 ? `one of ${expected.join(', ')}` : 'a web ACL';
    // AWS Config records the web ACL on the stage itself.
    const recorded = stage.observed?.WebAclArn;
    if (isUnknown(recorded)) return insufficientData('unknownAcl', { what, reason: recorded.reason }, []);
    if (typeof recorded === 'string' && recorded !== '') {
      if (expected.length === 0 || expected.includes(recorded)) return compliant('protected', { acl: recorded }, []);
      return nonCompliant('otherAcl', { acl: recorded, expected: expected.join(', ') }, []);
    }
    const index = associationIndex(graph);
    let open: string | undefined;
    let other: string | undefined;
    for (const association of index.byStage.get(stage.id) ?? []) {
      const acl = association.properties.WebACLArn ?? association.properties.WebACLId;
      const exists = existence(association);
      if (isUnknown(exists)) {
        open ??= exists.reason;
        continue;
      }
      if (expected.length === 0) return compliant('protected', { acl: typeof acl === 'string' ? acl : `of ${association.id}` }, []);
      if (typeof acl === 'string' && expected.includes(acl)) return compliant('protected', { acl }, []);
      if (typeof acl === 'string') other ??= acl;
      else open ??= `the web ACL of ${association.id} is ${isUnknown(acl) ? acl.reason : 'not set'}`;
    }
    if (open) return insufficientData('unknownAcl', { what, reason: open }, []);
    const api = graph.target(stage.properties.RestApiId);
    const possible = (api ? index.byApi.get(api.id)?.[0] : undefined) ?? index.undecided[0];
    if (possible) return insufficientData('unknownAcl', { what, reason: `association ${possible.id} may name it` }, []);
    if (other) return nonCompliant('otherAcl', { acl: other, expected: expected.join(', ') }, []);
    return nonCompliant('unprotected', {}, []);
  },
});
