import { createHash } from 'node:crypto';
import type { ScanProblem } from '../../model/evaluation.js';
import type { PropertyPath } from '../../model/resource.js';
import { unknown } from '../../model/unknown.js';
import { isObject, type Value, type ValueObject } from '../../model/value.js';
import { isIntrinsic, isPlainMap } from './intrinsic.js';

/**
 * Expands `AWS::Serverless::*` resources into the CloudFormation resources the SAM transform
 * generates, for the properties rules read: the functions, roles, permissions, URLs and aliases
 * of `Function`, the REST API and stage of `Api`, the HTTP API and stage of `HttpApi`, and the
 * state machine, table and layer of the other types. Generated resources get the translator's
 * logical ids except where it hashes content it alone builds (deployments, versions, layers),
 * and each remembers the SAM resource and property it came from, so findings point there.
 */

/** Where a generated resource came from: the SAM resource, and per top property its path there. */
export interface SamOrigin {
  readonly samId: string;
  /** CloudFormation property → path in the SAM declaration (`['Properties', 'Tracing']`). */
  readonly paths: Readonly<Record<string, PropertyPath>>;
}

export interface SamExpansion {
  readonly resources: ValueObject;
  readonly origins: ReadonlyMap<string, SamOrigin>;
}

/** Bounds on the expansion, far above real templates (the largest SAM corpus file has 60 events). */
export const SAM_LIMITS = { resources: 50_000, mergeDepth: 64 } as const;

const GLOBAL_SECTIONS: Record<string, string> = {
  'AWS::Serverless::Function': 'Function',
  'AWS::Serverless::Api': 'Api',
  'AWS::Serverless::HttpApi': 'HttpApi',
  'AWS::Serverless::SimpleTable': 'SimpleTable',
  'AWS::Serverless::StateMachine': 'StateMachine',
};


/**
 * Globals as SAM applies them: the resource's own scalar wins, maps merge key by key, lists
 * are additive (the global entries first). An intrinsic on either side is a scalar.
 */
function mergeGlobal(global: Value | undefined, local: Value | undefined, depth = 0): Value | undefined {
  if (global === undefined) return local;
  if (local === undefined) return global;
  if (depth > SAM_LIMITS.mergeDepth) return local;
  if (Array.isArray(global) && Array.isArray(local)) return [...global, ...local];
  if (isPlainMap(global) && isPlainMap(local)) {
    const merged: ValueObject = { ...global };
    for (const [key, value] of Object.entries(local)) merged[key] = mergeGlobal(global[key], value, depth + 1) as Value;
    return merged;
  }
  return local;
}

/** SAM's tags map as a CloudFormation tag list. */
function tagList(tags: Value | undefined): Value | undefined {
  if (!isPlainMap(tags)) return tags;
  return Object.entries(tags).map(([Key, value]) => ({ Key, Value: value }));
}

const alphanumeric = (text: string): boolean => /^[A-Za-z0-9]+$/.test(text);
const sha1 = (text: string): string => createHash('sha1').update(text).digest('hex').slice(0, 10);

/** The SAM `<Api><Stage>Stage` id: an intrinsic stage name is left out, a name with punctuation hashed. */
function stageId(apiId: string, stageName: Value | undefined): string {
  if (typeof stageName !== 'string' || stageName === '$default') return `${apiId}Stage`;
  return alphanumeric(stageName) ? `${apiId}${stageName}Stage` : `${apiId}Stage${sha1(stageName)}`;
}

/** The stage part of an Api event's permission id, named the same way. */
function stageSuffix(stageName: Value | undefined): string {
  if (typeof stageName !== 'string') return 'Stage';
  return alphanumeric(stageName) ? stageName : sha1(stageName);
}

class Expander {
  readonly resources: ValueObject = {};
  readonly origins = new Map<string, SamOrigin>();
  private readonly implicitRestApi: string[] = [];
  private readonly implicitHttpApi: string[] = [];
  private stopped = false;

  constructor(
    private readonly raw: ValueObject,
    private readonly globals: ValueObject,
    private readonly file: string,
    private readonly problems: ScanProblem[],
  ) {}

  run(): void {
    for (const [id, declaration] of Object.entries(this.raw)) {
      if (!isObject(declaration) || typeof declaration.Type !== 'string' || !declaration.Type.startsWith('AWS::Serverless::')) {
        this.resources[id] = declaration as Value;
        continue;
      }
      this.expand(id, declaration);
    }
    if (this.implicitRestApi.length > 0 && !Object.hasOwn(this.raw, 'ServerlessRestApi')) this.implicitApi('ServerlessRestApi', this.implicitRestApi);
    if (this.implicitHttpApi.length > 0 && !Object.hasOwn(this.raw, 'ServerlessHttpApi')) this.implicitHttp('ServerlessHttpApi', this.implicitHttpApi);
  }

  /** Adds a generated resource; `paths` maps its properties to where they are in the SAM declaration. */
  private add(id: string, samId: string, declaration: ValueObject, type: string, properties: ValueObject, paths: Record<string, PropertyPath> = {}): void {
    if (this.stopped) return;
    if (Object.keys(this.resources).length >= SAM_LIMITS.resources) {
      this.stopped = true;
      this.problems.push({ level: 'error', file: this.file, message: `SAM expansion stopped at ${SAM_LIMITS.resources} resources; the rest are not checked` });
      return;
    }
    const resource: ValueObject = { Type: type, Properties: properties };
    if (typeof declaration.Condition === 'string') resource.Condition = declaration.Condition;
    if (declaration.DependsOn !== undefined && id === samId) resource.DependsOn = declaration.DependsOn;
    if (isObject(declaration.Metadata) && id === samId) resource.Metadata = declaration.Metadata;
    this.resources[id] = resource;
    this.origins.set(id, { samId, paths });
  }

  /** The SAM resource's properties with its Globals section applied (minus `IgnoreGlobals`). */
  private properties(declaration: ValueObject): ValueObject {
    const own = isObject(declaration.Properties) ? declaration.Properties : {};
    const section = GLOBAL_SECTIONS[declaration.Type as string];
    const global = section === undefined ? undefined : this.globals[section];
    if (!isPlainMap(global)) return own;
    const ignore = declaration.IgnoreGlobals;
    if (ignore === '*') return own;
    const ignored = new Set(Array.isArray(ignore) ? ignore.filter((name): name is string => typeof name === 'string') : []);
    const merged: ValueObject = { ...own };
    for (const [key, value] of Object.entries(global)) {
      if (!ignored.has(key)) merged[key] = mergeGlobal(value, own[key]) as Value;
    }
    return merged;
  }

  private expand(id: string, declaration: ValueObject): void {
    if (declaration.Properties !== undefined && !isObject(declaration.Properties)) {
      this.problems.push({ level: 'warning', file: this.file, message: `${id}: SAM Properties given by an intrinsic are not expanded; the resource is not checked` });
      return;
    }
    const properties = this.properties(declaration);
    switch (declaration.Type) {
      case 'AWS::Serverless::Function':
        return this.func(id, declaration, properties);
      case 'AWS::Serverless::Api':
        return this.restApi(id, declaration, properties);
      case 'AWS::Serverless::HttpApi':
        return this.httpApi(id, declaration, properties);
      case 'AWS::Serverless::StateMachine':
        return this.stateMachine(id, declaration, properties);
      case 'AWS::Serverless::SimpleTable':
        return this.table(id, declaration, properties);
      case 'AWS::Serverless::LayerVersion':
        return this.layer(id, declaration, properties);
      case 'AWS::Serverless::Application':
        return this.add(id, id, declaration, 'AWS::CloudFormation::Stack', pick(properties, { TemplateURL: 'Location', Parameters: 'Parameters', NotificationARNs: 'NotificationARNs', TimeoutInMinutes: 'TimeoutInMinutes', Tags: 'Tags' }, { Tags: tagList, TemplateURL: applicationTemplate }));
      default:
        // Connectors, GraphQL APIs and newer types: kept as declared, so no rule reads them.
        this.resources[id] = declaration;
    }
  }

  private func(id: string, declaration: ValueObject, p: ValueObject): void {
    const own = (name: string): PropertyPath => ['Properties', name];
    const fn = pick(
      p,
      {
        Architectures: 'Architectures', CodeSigningConfigArn: 'CodeSigningConfigArn', Description: 'Description', Environment: 'Environment',
        EphemeralStorage: 'EphemeralStorage', FileSystemConfigs: 'FileSystemConfigs', FunctionName: 'FunctionName', Handler: 'Handler',
        ImageConfig: 'ImageConfig', KmsKeyArn: 'KmsKeyArn', Layers: 'Layers', LoggingConfig: 'LoggingConfig', MemorySize: 'MemorySize',
        PackageType: 'PackageType', RecursiveLoop: 'RecursiveLoop', ReservedConcurrentExecutions: 'ReservedConcurrentExecutions', Role: 'Role',
        Runtime: 'Runtime', RuntimeManagementConfig: 'RuntimeManagementConfig', SnapStart: 'SnapStart', Timeout: 'Timeout', VpcConfig: 'VpcConfig',
        Tags: 'Tags',
      },
      { Tags: (tags) => [...((tagList(tags) as Value[] | undefined) ?? []), { Key: 'lambda:createdBy', Value: 'SAM' }] },
    );
    const paths: Record<string, PropertyPath> = {};
    for (const key of Object.keys(fn)) paths[key] = own(key);
    const code = codeOf(p);
    if (code !== undefined) fn.Code = code;
    paths.Code = own(p.InlineCode !== undefined ? 'InlineCode' : p.ImageUri !== undefined ? 'ImageUri' : 'CodeUri');
    // SAM leaves `Disabled` (and an empty value) out: Lambda's default, PassThrough, is not active either.
    if (p.Tracing !== undefined && p.Tracing !== null && p.Tracing !== 'Disabled') {
      fn.TracingConfig = { Mode: p.Tracing };
      paths.TracingConfig = own('Tracing');
    }
    const dlq = p.DeadLetterQueue;
    if (dlq !== undefined) {
      fn.DeadLetterConfig = isPlainMap(dlq) ? { TargetArn: dlq.TargetArn ?? unknown('DeadLetterQueue has no TargetArn') } : dlq;
      paths.DeadLetterConfig = own('DeadLetterQueue');
    }
    if (p.Role === undefined) fn.Role = { 'Fn::GetAtt': [`${id}Role`, 'Arn'] };
    this.add(id, id, declaration, 'AWS::Lambda::Function', fn, paths);
    if (p.Role === undefined) this.add(`${id}Role`, id, declaration, 'AWS::IAM::Role', executionRole(p), { Policies: own('Policies'), PermissionsBoundary: own('PermissionsBoundary') });

    // Permissions and URLs name the alias when there is one, as SAM's do.
    let target: Value = { Ref: id };
    const aliasName = p.AutoPublishAlias;
    if (aliasName !== undefined) {
      const aliasId = typeof aliasName === 'string' ? `${id}Alias${aliasName.replace(/[^A-Za-z0-9]/g, '')}` : `${id}Alias`;
      // The translator suffixes the version id with a hash of the code it uploads: left out.
      this.add(`${id}Version`, id, declaration, 'AWS::Lambda::Version', { FunctionName: { Ref: id } }, { FunctionName: own('AutoPublishAlias') });
      this.add(aliasId, id, declaration, 'AWS::Lambda::Alias', { Name: aliasName, FunctionName: { Ref: id }, FunctionVersion: { 'Fn::GetAtt': [`${id}Version`, 'Version'] } }, { Name: own('AutoPublishAlias') });
      target = { Ref: aliasId };
    }
    const url = p.FunctionUrlConfig;
    if (isPlainMap(url)) {
      this.add(`${id}Url`, id, declaration, 'AWS::Lambda::Url', { ...pick(url, { AuthType: 'AuthType', Cors: 'Cors', InvokeMode: 'InvokeMode' }), TargetFunctionArn: target }, { AuthType: [...own('FunctionUrlConfig'), 'AuthType'], Cors: [...own('FunctionUrlConfig'), 'Cors'] });
      if (url.AuthType === 'NONE') {
        const at = { Principal: [...own('FunctionUrlConfig'), 'AuthType'] };
        this.add(`${id}UrlPublicPermissions`, id, declaration, 'AWS::Lambda::Permission', { Action: 'lambda:InvokeFunctionUrl', FunctionName: target, FunctionUrlAuthType: 'NONE', Principal: '*' }, at);
        this.add(`${id}URLInvokeAllowPublicAccess`, id, declaration, 'AWS::Lambda::Permission', { Action: 'lambda:InvokeFunction', FunctionName: target, InvokedViaFunctionUrl: true, Principal: '*' }, at);
      }
    }
    if (!isPlainMap(p.Events)) {
      if (p.Events !== undefined) this.problems.push({ level: 'warning', file: this.file, message: `${id}: Events given by an intrinsic are not expanded` });
      return;
    }
    const events = Object.entries(p.Events).filter((entry): entry is [string, ValueObject] => isPlainMap(entry[1]) && typeof entry[1].Type === 'string');
    const propertiesOf = (event: ValueObject): ValueObject => (isPlainMap(event.Properties) ? event.Properties : {});
    const catchAll = new Set(events.filter(([, event]) => event.Type === 'HttpApi' && propertiesOf(event).Path === undefined).map(([, event]) => refName(propertiesOf(event).ApiId ?? 'ServerlessHttpApi')));
    for (const [name, event] of events) this.event(id, declaration, name, event.Type as string, propertiesOf(event), target, catchAll);
  }

  /** The permission an event source needs to invoke the function, as SAM writes it. */
  private event(fnId: string, declaration: ValueObject, name: string, type: string, e: ValueObject, target: Value, catchAll: ReadonlySet<string>): void {
    const at: Record<string, PropertyPath> = { Principal: ['Properties', 'Events', name, 'Type'] };
    const permission = (principal: Value, condition: ValueObject, suffix = ''): void =>
      this.add(`${fnId}${name}Permission${suffix}`, fnId, declaration, 'AWS::Lambda::Permission', { Action: 'lambda:InvokeFunction', FunctionName: target, Principal: principal, ...condition }, at);
    const executeApi = (apiId: Value, path: string): Value => ({ 'Fn::Sub': [`arn:\${AWS::Partition}:execute-api:\${AWS::Region}:\${AWS::AccountId}:\${__ApiId__}/${path}`, { __ApiId__: apiId }] });
    switch (type) {
      case 'Api': {
        const api = e.RestApiId ?? 'ServerlessRestApi';
        if (e.RestApiId === undefined) this.implicitRestApi.push(fnId);
        const apiName = refName(api);
        const stage = apiName === 'ServerlessRestApi' ? 'Prod' : this.stageNameOf(apiName);
        return permission('apigateway.amazonaws.com', { SourceArn: executeApi({ Ref: apiName }, '*') }, stageSuffix(stage));
      }
      case 'HttpApi': {
        const api = e.ApiId ?? { Ref: 'ServerlessHttpApi' };
        if (e.ApiId === undefined) this.implicitHttpApi.push(fnId);
        // A catch-all event (no Path) on the same API has the one permission the others would repeat.
        if (e.Path !== undefined && catchAll.has(refName(api))) return;
        return permission('apigateway.amazonaws.com', { SourceArn: executeApi(api, '*') });
      }
      case 'S3':
        return permission('s3.amazonaws.com', { SourceAccount: { Ref: 'AWS::AccountId' } });
      case 'SNS':
        // Through an SQS subscription the queue, not SNS, invokes the function.
        if (e.SqsSubscription !== undefined && e.SqsSubscription !== false) return;
        return permission('sns.amazonaws.com', { SourceArn: e.Topic ?? unknown('SNS event without Topic') });
      case 'Schedule':
      case 'ScheduleV2':
      case 'CloudWatchEvent':
      case 'EventBridgeRule': {
        if (type === 'ScheduleV2') return; // EventBridge Scheduler invokes through a role, not a permission.
        const rule = pick(e, { ScheduleExpression: 'Schedule', EventPattern: 'Pattern', EventBusName: 'EventBusName', State: 'State', Name: 'Name', Description: 'Description' });
        if (e.Enabled === false && rule.State === undefined) rule.State = 'DISABLED';
        this.add(`${fnId}${name}`, fnId, declaration, 'AWS::Events::Rule', { ...rule, Targets: [{ Arn: { 'Fn::GetAtt': [fnId, 'Arn'] }, Id: `${fnId}${name}LambdaTarget` }] });
        return permission('events.amazonaws.com', { SourceArn: { 'Fn::GetAtt': [`${fnId}${name}`, 'Arn'] } });
      }
      case 'CloudWatchLogs':
        return permission('logs.amazonaws.com', { SourceArn: { 'Fn::Sub': ['arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:${__LogGroupName__}:*', { __LogGroupName__: e.LogGroupName ?? '' }] } });
      case 'IoTRule':
        return permission('iot.amazonaws.com', { SourceAccount: { 'Fn::Sub': '${AWS::AccountId}' }, SourceArn: { 'Fn::Sub': [`arn:\${AWS::Partition}:iot:\${AWS::Region}:\${AWS::AccountId}:rule/\${RuleName}`, { RuleName: { Ref: `${fnId}${name}` } }] } });
      case 'AlexaSkill':
        return permission('alexa-appkit.amazon.com', e.SkillId === undefined ? {} : { EventSourceToken: e.SkillId });
      case 'Cognito':
        // One permission per function and pool, named after the function alone.
        return this.add(`${fnId}CognitoPermission`, fnId, declaration, 'AWS::Lambda::Permission', { Action: 'lambda:InvokeFunction', FunctionName: target, Principal: 'cognito-idp.amazonaws.com', SourceArn: { 'Fn::GetAtt': [refName(e.UserPool), 'Arn'] } }, at);
      default:
        // Polling sources (SQS, Kinesis, DynamoDB, MQ, Kafka, DocumentDB) use an event source mapping and need no permission.
        return;
    }
  }

  private stageNameOf(apiId: string): Value | undefined {
    const api = this.raw[apiId];
    if (!isObject(api)) return undefined;
    return this.properties(api).StageName;
  }

  private restApi(id: string, declaration: ValueObject, p: ValueObject): void {
    const api = pick(p, { Name: 'Name', Body: 'DefinitionBody', BinaryMediaTypes: 'BinaryMediaTypes', MinimumCompressionSize: 'MinimumCompressionSize', Mode: 'Mode', DisableExecuteApiEndpoint: 'DisableExecuteApiEndpoint', Description: 'Description' });
    const uri = p.DefinitionUri;
    if (typeof uri === 'string' && uri.startsWith('s3://')) {
      const [bucket, ...key] = uri.slice('s3://'.length).split('/');
      api.BodyS3Location = { Bucket: bucket as string, Key: key.join('/') };
    } else if (uri !== undefined) api.BodyS3Location = uri;
    const endpoint = p.EndpointConfiguration;
    if (isPlainMap(endpoint)) api.EndpointConfiguration = { ...pick(endpoint, { VpcEndpointIds: 'VPCEndpointIds' }), ...(endpoint.Type === undefined ? {} : { Types: [endpoint.Type] }) };
    else if (endpoint !== undefined) api.EndpointConfiguration = { Types: [endpoint] };
    this.add(id, id, declaration, 'AWS::ApiGateway::RestApi', api, pathsFor(api, { Body: 'DefinitionBody', BodyS3Location: 'DefinitionUri' }));
    this.restStage(id, id, declaration, p);
    this.authorizerPermissions(id, declaration, p.Auth);
  }

  /** Lambda authorizers API Gateway invokes without a role get a permission scoped to the API's authorizers. */
  private authorizerPermissions(id: string, declaration: ValueObject, auth: Value | undefined): void {
    if (!isPlainMap(auth) || !isPlainMap(auth.Authorizers)) return;
    for (const [name, authorizer] of Object.entries(auth.Authorizers)) {
      if (!isPlainMap(authorizer) || authorizer.FunctionArn === undefined) continue;
      if (authorizer.DisableFunctionDefaultPermissions === true) continue;
      const sourceArn = { 'Fn::Sub': ['arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${__ApiId__}/authorizers/*', { __ApiId__: { Ref: id } }] };
      this.add(`${id}${name}AuthorizerPermission`, id, declaration, 'AWS::Lambda::Permission', { Action: 'lambda:InvokeFunction', FunctionName: authorizer.FunctionArn, Principal: 'apigateway.amazonaws.com', SourceArn: sourceArn }, { FunctionName: ['Properties', 'Auth', 'Authorizers', name, 'FunctionArn'] });
    }
  }

  /** The deployment and stage of a REST API; the translator's deployment id hashes the API definition, left out here. */
  private restStage(id: string, samId: string, declaration: ValueObject, p: ValueObject): void {
    this.add(`${id}Deployment`, samId, declaration, 'AWS::ApiGateway::Deployment', { RestApiId: { Ref: id }, StageName: 'Stage' });
    const stage = pick(
      p,
      { StageName: 'StageName', AccessLogSetting: 'AccessLogSetting', CacheClusterEnabled: 'CacheClusterEnabled', CacheClusterSize: 'CacheClusterSize', CanarySetting: 'CanarySetting', MethodSettings: 'MethodSettings', TracingEnabled: 'TracingEnabled', Variables: 'Variables', Tags: 'Tags' },
      { Tags: tagList },
    );
    this.add(stageId(id, p.StageName), samId, declaration, 'AWS::ApiGateway::Stage', { ...stage, DeploymentId: { Ref: `${id}Deployment` }, RestApiId: { Ref: id } }, pathsFor(stage));
  }

  /** The API SAM creates for `Api` events without `RestApiId`; found at the first such function. */
  /** HTTP API Lambda authorizers get a permission only when asked (`EnableFunctionDefaultPermissions`). */
  private httpAuthorizerPermissions(id: string, declaration: ValueObject, auth: Value | undefined): void {
    if (!isPlainMap(auth) || !isPlainMap(auth.Authorizers)) return;
    for (const [name, authorizer] of Object.entries(auth.Authorizers)) {
      if (!isPlainMap(authorizer) || authorizer.FunctionArn === undefined || authorizer.EnableFunctionDefaultPermissions !== true) continue;
      const sourceArn = { 'Fn::Sub': ['arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${__ApiId__}/authorizers/*', { __ApiId__: { Ref: id } }] };
      this.add(`${id}${name}AuthorizerPermission`, id, declaration, 'AWS::Lambda::Permission', { Action: 'lambda:InvokeFunction', FunctionName: authorizer.FunctionArn, Principal: 'apigateway.amazonaws.com', SourceArn: sourceArn }, { FunctionName: ['Properties', 'Auth', 'Authorizers', name, 'FunctionArn'] });
    }
  }

  private implicitApi(id: string, functions: readonly string[]): void {
    const first = functions[0] as string;
    const global = this.globals.Api;
    const p: ValueObject = { ...(isPlainMap(global) ? global : {}), StageName: 'Prod' };
    this.add(id, first, {}, 'AWS::ApiGateway::RestApi', {});
    this.restStage(id, first, {}, p);
    this.authorizerPermissions(id, {}, p.Auth);
  }

  private httpApi(id: string, declaration: ValueObject, p: ValueObject): void {
    const api = pick(p, { Body: 'DefinitionBody', Description: 'Description', DisableExecuteApiEndpoint: 'DisableExecuteApiEndpoint', FailOnWarnings: 'FailOnWarnings', Name: 'Name', Tags: 'Tags' });
    if (p.DefinitionUri !== undefined) api.BodyS3Location = p.DefinitionUri;
    // The translator leaves the protocol to the OpenAPI body it writes; it is always HTTP.
    api.ProtocolType = 'HTTP';
    this.add(id, id, declaration, 'AWS::ApiGatewayV2::Api', api, pathsFor(api, { Body: 'DefinitionBody', BodyS3Location: 'DefinitionUri' }));
    this.httpStage(id, id, declaration, p);
    this.httpAuthorizerPermissions(id, declaration, p.Auth);
  }

  private httpStage(id: string, samId: string, declaration: ValueObject, p: ValueObject): void {
    const stage = pick(p, { AccessLogSettings: 'AccessLogSettings', DefaultRouteSettings: 'DefaultRouteSettings', RouteSettings: 'RouteSettings', StageVariables: 'StageVariables', Tags: 'Tags' });
    const named = p.StageName !== undefined && p.StageName !== '$default';
    const stageLogicalId = named ? stageId(id, p.StageName) : `${id}ApiGatewayDefaultStage`;
    this.add(stageLogicalId, samId, declaration, 'AWS::ApiGatewayV2::Stage', { ApiId: { Ref: id }, StageName: p.StageName ?? '$default', AutoDeploy: true, ...stage }, pathsFor({ ...stage, StageName: true }));
  }

  /** The HTTP API SAM creates for `HttpApi` events without `ApiId`; found at the first such function. */
  private implicitHttp(id: string, functions: readonly string[]): void {
    const first = functions[0] as string;
    const global = this.globals.HttpApi;
    this.add(id, first, {}, 'AWS::ApiGatewayV2::Api', { ProtocolType: 'HTTP' });
    this.httpStage(id, first, {}, isPlainMap(global) ? global : {});
  }

  private stateMachine(id: string, declaration: ValueObject, p: ValueObject): void {
    const machine = pick(
      p,
      { Definition: 'Definition', DefinitionSubstitutions: 'DefinitionSubstitutions', LoggingConfiguration: 'Logging', TracingConfiguration: 'Tracing', StateMachineName: 'Name', StateMachineType: 'Type', RoleArn: 'Role', Tags: 'Tags' },
      { Tags: tagList },
    );
    if (p.DefinitionUri !== undefined) machine.DefinitionS3Location = p.DefinitionUri;
    // Api events without an API of their own are served by the implicit one, as a function's are.
    if (isPlainMap(p.Events) && Object.values(p.Events).some((event) => isPlainMap(event) && event.Type === 'Api' && !(isPlainMap(event.Properties) && event.Properties.RestApiId !== undefined))) this.implicitRestApi.push(id);
    if (p.Role === undefined) machine.RoleArn = { 'Fn::GetAtt': [`${id}Role`, 'Arn'] };
    this.add(id, id, declaration, 'AWS::StepFunctions::StateMachine', machine, pathsFor(machine, { LoggingConfiguration: 'Logging', TracingConfiguration: 'Tracing', StateMachineName: 'Name', StateMachineType: 'Type', RoleArn: 'Role', DefinitionS3Location: 'DefinitionUri' }));
    if (p.Role === undefined) this.add(`${id}Role`, id, declaration, 'AWS::IAM::Role', executionRole(p, 'states.amazonaws.com'), { Policies: ['Properties', 'Policies'] });
  }

  private table(id: string, declaration: ValueObject, p: ValueObject): void {
    const key = isPlainMap(p.PrimaryKey) ? p.PrimaryKey : { Name: 'id', Type: 'String' };
    const attributeType = ({ String: 'S', Number: 'N', Binary: 'B' } as Record<string, string>)[String(key.Type)];
    const table: ValueObject = {
      ...pick(p, { TableName: 'TableName', SSESpecification: 'SSESpecification', PointInTimeRecoverySpecification: 'PointInTimeRecoverySpecification', Tags: 'Tags' }, { Tags: tagList }),
      AttributeDefinitions: [{ AttributeName: key.Name ?? unknown('PrimaryKey has no Name'), AttributeType: attributeType ?? key.Type ?? unknown('PrimaryKey has no Type') }],
      KeySchema: [{ AttributeName: key.Name ?? unknown('PrimaryKey has no Name'), KeyType: 'HASH' }],
    };
    if (p.ProvisionedThroughput !== undefined) table.ProvisionedThroughput = p.ProvisionedThroughput;
    else table.BillingMode = 'PAY_PER_REQUEST';
    this.add(id, id, declaration, 'AWS::DynamoDB::Table', table, pathsFor(table, { AttributeDefinitions: 'PrimaryKey', KeySchema: 'PrimaryKey', BillingMode: 'ProvisionedThroughput' }));
  }

  /** The translator suffixes a layer's id with a hash of its content: the SAM id is kept instead. */
  private layer(id: string, declaration: ValueObject, p: ValueObject): void {
    const layer = pick(p, { LayerName: 'LayerName', Description: 'Description', Content: 'ContentUri', CompatibleRuntimes: 'CompatibleRuntimes', CompatibleArchitectures: 'CompatibleArchitectures', LicenseInfo: 'LicenseInfo' });
    if (layer.LayerName === undefined) layer.LayerName = id;
    this.add(id, id, declaration, 'AWS::Lambda::LayerVersion', layer, pathsFor(layer, { Content: 'ContentUri' }));
  }
}

/** Copies the SAM properties named by `from` (CloudFormation name → SAM name), converting some. */
/** An application of the Serverless Application Repository: the transform finds its template URL. */
function applicationTemplate(location: Value | undefined): Value | undefined {
  return isObject(location) ? unknown('the template URL the SAM transform finds for a Serverless Application Repository application') : location;
}

function pick(source: ValueObject, from: Record<string, string>, convert: Record<string, (value: Value | undefined) => Value | undefined> = {}): ValueObject {
  const out: ValueObject = {};
  for (const [target, name] of Object.entries(from)) {
    const value = convert[target] ? convert[target](source[name]) : source[name];
    if (value !== undefined && source[name] !== undefined) out[target] = value;
  }
  return out;
}

/** Paths in the SAM declaration of generated properties: their own name unless renamed. */
function pathsFor(properties: ValueObject, renamed: Record<string, string> = {}): Record<string, PropertyPath> {
  const paths: Record<string, PropertyPath> = {};
  for (const key of Object.keys(properties)) paths[key] = ['Properties', renamed[key] ?? key];
  return paths;
}

const refName = (value: Value | undefined): string => (isObject(value) && typeof value.Ref === 'string' ? value.Ref : String(value));

function codeOf(p: ValueObject): Value | undefined {
  if (p.InlineCode !== undefined) return { ZipFile: p.InlineCode };
  if (p.ImageUri !== undefined) return { ImageUri: p.ImageUri };
  const uri = p.CodeUri;
  if (typeof uri === 'string' && uri.startsWith('s3://')) {
    const [bucket, ...key] = uri.slice('s3://'.length).split('/');
    return { S3Bucket: bucket as string, S3Key: key.join('/') };
  }
  if (isPlainMap(uri)) return pick(uri, { S3Bucket: 'Bucket', S3Key: 'Key', S3ObjectVersion: 'Version' });
  return uri;
}

/**
 * The execution role SAM creates. Its policies: inline documents and managed policy ARNs as
 * given; a SAM policy template becomes an inline policy too, whose statements this reader does
 * not build, so its document is unknown while the inline policy certainly exists.
 */
function executionRole(p: ValueObject, service = 'lambda.amazonaws.com'): ValueObject {
  const managed: Value[] = service === 'lambda.amazonaws.com' ? ['arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole'] : [];
  const inline: Value[] = [];
  const policies = p.Policies === undefined ? [] : Array.isArray(p.Policies) ? p.Policies : [p.Policies];
  for (const [index, policy] of policies.entries()) {
    if (typeof policy === 'string') managed.push(policy.startsWith('arn:') ? policy : `arn:aws:iam::aws:policy/${policy}`);
    else if (isPlainMap(policy) && policy.Statement !== undefined) inline.push({ PolicyName: `RolePolicy${index}`, PolicyDocument: policy });
    else if (isIntrinsic(policy)) managed.push(policy);
    else {
      const template = isPlainMap(policy) ? Object.keys(policy).join(', ') : JSON.stringify(policy);
      inline.push({ PolicyName: `RolePolicy${index}`, PolicyDocument: unknown(`SAM policy template ${template} is not expanded`) });
    }
  }
  const role: ValueObject = {
    AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [{ Action: ['sts:AssumeRole'], Effect: 'Allow', Principal: { Service: [service] } }] },
    ManagedPolicyArns: managed,
    Tags: [{ Key: 'lambda:createdBy', Value: 'SAM' }],
  };
  if (inline.length > 0) role.Policies = inline;
  if (p.PermissionsBoundary !== undefined) role.PermissionsBoundary = p.PermissionsBoundary;
  return role;
}

/** Expands a SAM template's resources; `Globals` apply as the transform applies them. */
export function expandSam(template: ValueObject, file: string, problems: ScanProblem[]): SamExpansion {
  const raw = isObject(template.Resources) ? template.Resources : {};
  const globals = isPlainMap(template.Globals) ? template.Globals : {};
  const expander = new Expander(raw, globals, file, problems);
  expander.run();
  return { resources: expander.resources, origins: expander.origins };
}
