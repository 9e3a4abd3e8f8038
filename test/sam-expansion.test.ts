import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { loadCloudFormation } from '../src/inputs/cloudformation/index.js';
import { expandSam } from '../src/inputs/cloudformation/sam.js';
import { parseTemplateText } from '../src/inputs/cloudformation/yaml.js';
import { isObject, type ValueObject } from '../src/model/value.js';
import { CORPORA } from './support/corpora.js';

/** The generated resources rules read, and the properties of each they read. */
const READ: Record<string, readonly string[]> = {
  'AWS::Lambda::Function': ['Runtime', 'Timeout', 'MemorySize', 'VpcConfig', 'DeadLetterConfig', 'TracingConfig', 'Role?'],
  'AWS::Lambda::Permission': ['Principal', 'SourceArn?', 'SourceAccount?', 'FunctionUrlAuthType'],
  'AWS::Lambda::Url': ['AuthType'],
  'AWS::ApiGateway::Stage': ['StageName', 'AccessLogSetting', 'TracingEnabled', 'MethodSettings', 'CacheClusterEnabled'],
  'AWS::ApiGatewayV2::Stage': ['StageName', 'AccessLogSettings'],
  'AWS::StepFunctions::StateMachine': ['LoggingConfiguration', 'TracingConfiguration'],
  'AWS::DynamoDB::Table': ['SSESpecification', 'ProvisionedThroughput', 'BillingMode'],
};

/** Pairs where the expansion differs from the translator on purpose. */
const EXCEPTIONS: Record<string, string> = {
  // Connectors write permissions of their own (all scoped by SourceArn); they are not expanded.
  connector: 'AWS::Serverless::Connector and embedded Connectors are not expanded',
  // WebSocket APIs are newer than the types this reader expands; they stay unchecked.
  websocket_api: 'AWS::Serverless::WebSocketApi is not expanded',
  // A function named ServerlessRestApi: the translator renames the implicit API around it.
  implicit_api_with_serverless_rest_api_resource: 'a resource that takes the implicit API id',
  // SAM resolves `Tracing: !Ref P` to P's default `Disabled` and drops it; the Ref is kept here (never Active).
  function_with_tracing: 'Tracing from a parameter default',
};
const CONNECTOR_PERMISSION = /WriteLambdaPermission(Destination\d+)?$/;

const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, item: unknown) => (isObject(item) ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : 1))) : item));

function differences(input: ValueObject, output: ValueObject): string[] {
  const got = expandSam(input, 'input.yaml', []).resources;
  const expected = isObject(output.Resources) ? output.Resources : {};
  const found: string[] = [];
  for (const [id, declaration] of Object.entries(expected)) {
    if (!isObject(declaration) || typeof declaration.Type !== 'string') continue;
    const fields = READ[declaration.Type];
    if (!fields || CONNECTOR_PERMISSION.test(id)) continue;
    const mine = got[id];
    if (!isObject(mine) || mine.Type !== declaration.Type) {
      found.push(`missing ${declaration.Type} ${id}`);
      continue;
    }
    for (const field of fields) {
      const key = field.replace('?', '');
      const [a, b] = [(mine.Properties as ValueObject | undefined)?.[key], (declaration.Properties as ValueObject | undefined)?.[key]];
      const same = field.endsWith('?') ? (a === undefined) === (b === undefined) : canonical(a) === canonical(b);
      if (!same) found.push(`${id}.${key}: ${canonical(a)} != ${canonical(b)}`);
    }
  }
  for (const [id, declaration] of Object.entries(got)) {
    if (isObject(declaration) && READ[declaration.Type as string] && !Object.hasOwn(expected, id)) found.push(`extra ${String(declaration.Type)} ${id}`);
  }
  return found;
}

describe('SAM expansion', () => {
  it('matches the SAM translator on the resources and properties rules read', () => {
    const root = join(CORPORA, 'sam-translator-tests', 'tests', 'translator');
    let compared = 0;
    const failures: string[] = [];
    for (const name of readdirSync(join(root, 'input')).sort()) {
      const base = name.replace(/\.yaml$/, '');
      const outputFile = join(root, 'output', `${base}.json`);
      if (!existsSync(outputFile) || Object.keys(EXCEPTIONS).some((prefix) => base.startsWith(prefix) || base.includes(`_${prefix}`))) continue;
      const output = JSON.parse(readFileSync(outputFile, 'utf8')) as ValueObject;
      const input = parseTemplateText(readFileSync(join(root, 'input', name), 'utf8'), name).value;
      if (!isObject(output.Resources) || !isObject(input)) continue; // error cases: the translator refuses them
      compared++;
      for (const difference of differences(input, output)) failures.push(`${base}: ${difference}`);
    }
    assert.ok(compared > 400, `compared ${compared} pairs`);
    assert.deepEqual(failures, []);
  });

  it('applies Globals as SAM does: own scalars win, maps merge, lists add, IgnoreGlobals', () => {
    const { resources } = expandSam(
      {
        Transform: 'AWS::Serverless-2016-10-31',
        Globals: { Function: { Runtime: 'python3.12', Timeout: 30, Environment: { Variables: { A: '1' } }, Layers: ['l1'], VpcConfig: { SubnetIds: ['s1'] } } },
        Resources: {
          Fn: { Type: 'AWS::Serverless::Function', Properties: { Timeout: 5, Environment: { Variables: { B: '2' } }, Layers: ['l2'] } },
          Plain: { Type: 'AWS::Serverless::Function', IgnoreGlobals: ['Timeout'], Properties: {} },
        },
      },
      't.yaml',
      [],
    );
    const fn = (resources.Fn as ValueObject).Properties as ValueObject;
    assert.equal(fn.Runtime, 'python3.12');
    assert.equal(fn.Timeout, 5);
    assert.deepEqual(fn.Environment, { Variables: { A: '1', B: '2' } });
    assert.deepEqual(fn.Layers, ['l1', 'l2']);
    assert.deepEqual(fn.Role, { 'Fn::GetAtt': ['FnRole', 'Arn'] });
    assert.equal(((resources.Plain as ValueObject).Properties as ValueObject).Timeout, undefined);
  });

  it('points findings on generated resources at the SAM resource and property', () => {
    const text = `Transform: AWS::Serverless-2016-10-31
Resources:
  Api:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      TracingEnabled: false
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: nodejs20.x
      Handler: index.handler
      InlineCode: x
      Tracing: PassThrough
      FunctionUrlConfig:
        AuthType: NONE
      Events:
        Get: { Type: Api, Properties: { RestApiId: !Ref Api, Path: /, Method: get } }
`;
    const document = loadCloudFormation(text, 't.yaml');
    assert.ok(document);
    const lineOf = (needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;
    assert.equal(document.graph.get('ApiprodStage')?.type, 'AWS::ApiGateway::Stage');
    assert.equal(document.locate('ApiprodStage', ['TracingEnabled'])?.line, lineOf('TracingEnabled'));
    assert.equal(document.locate('ApiDeployment', [])?.line, lineOf('  Api:'));
    assert.equal(document.locate('Fn', ['TracingConfig', 'Mode'])?.line, lineOf('Tracing:'));
    assert.equal(document.locate('FnUrl', ['AuthType'])?.line, lineOf('AuthType'));
    assert.equal(document.graph.get('FnGetPermissionprod')?.properties.Principal, 'apigateway.amazonaws.com');
    assert.equal(document.graph.get('FnRole')?.type, 'AWS::IAM::Role');
    assert.ok(!document.graph.resources.some((resource) => resource.type.startsWith('AWS::Serverless::')));
  });

  it('reports SAM resources in a template that does not declare the SAM transform, which CloudFormation refuses', () => {
    const document = loadCloudFormation('Resources:\n  Api:\n    Type: AWS::Serverless::Api\n    Properties: { StageName: prod }\n  Queue:\n    Type: AWS::SQS::Queue\n', 't.yaml');
    assert.ok(document);
    const warnings = document.problems.filter((problem) => /SAM resource/.test(problem.message));
    assert.deepEqual(
      warnings.map((problem) => [problem.level, problem.line]),
      [['warning', 2]],
    );
    assert.match(warnings[0]?.message ?? '', /resource Api is a SAM resource \(AWS::Serverless::Api\) but the template does not declare Transform: AWS::Serverless-2016-10-31/);
    const transformed = loadCloudFormation('Transform: AWS::Serverless-2016-10-31\nResources:\n  Api:\n    Type: AWS::Serverless::Api\n    Properties: { StageName: prod }\n', 't.yaml');
    assert.ok(transformed && !transformed.problems.some((problem) => /SAM resource/.test(problem.message)));
  });

  it('keeps an unresolved value unknown and reports Events it cannot expand', () => {
    const document = loadCloudFormation(
      `Transform: AWS::Serverless-2016-10-31
Parameters: { T: { Type: String } }
Conditions: { C: !Equals [!Ref T, x] }
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties: { Runtime: !Ref T, Handler: h, InlineCode: x, Events: !If [C, {}, {}] }
`,
      't.yaml',
    );
    assert.ok(document);
    assert.equal(typeof document.graph.get('Fn')?.properties.Runtime, 'object');
    assert.ok(document.problems.some((problem) => /Events given by an intrinsic/.test(problem.message)));
  });
});
