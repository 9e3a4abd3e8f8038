import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { loadCloudFormation } from '../src/inputs/cloudformation/index.js';
import { parseTemplateText } from '../src/inputs/cloudformation/yaml.js';
import { isUnknown } from '../src/model/unknown.js';
import type { Value } from '../src/model/value.js';

function load(text: string, inputs = {}) {
  const document = loadCloudFormation(text, 't.yaml', inputs, { force: true });
  assert.ok(document);
  return document;
}
function props(text: string, id: string, inputs = {}) {
  const resource = load(text, inputs).graph.get(id);
  assert.ok(resource, `resource ${id}`);
  return resource.properties;
}

describe('CloudFormation YAML', () => {
  it('turns every short-form tag into its long form', () => {
    const { value, problems } = parseTemplateText(
      `A: !Ref X
B: !GetAtt R.Arn
C: !GetAtt [R, Outputs.Nested]
D: !Sub 'a-\${X}'
E: !Join [',', [a, b]]
F: !Select [0, !GetAZs '']
G: !Split [',', 'a,b']
H: !If [C, 1, 2]
I: !Equals [a, b]
J: !And [!Condition C1, !Not [!Condition C2]]
K: !Or [!Condition C1, !Condition C2]
L: !FindInMap [M, a, b]
N: !Base64 abc
O: !Cidr [10.0.0.0/16, 4, 8]
P: !ImportValue shared
Q: !Transform { Name: AWS::Include, Parameters: { Location: s3://b/k } }
`,
      't.yaml',
    );
    assert.deepEqual(problems, []);
    assert.deepEqual(value, {
      A: { Ref: 'X' },
      B: { 'Fn::GetAtt': ['R', 'Arn'] },
      C: { 'Fn::GetAtt': ['R', 'Outputs.Nested'] },
      D: { 'Fn::Sub': 'a-${X}' },
      E: { 'Fn::Join': [',', ['a', 'b']] },
      F: { 'Fn::Select': [0, { 'Fn::GetAZs': '' }] },
      G: { 'Fn::Split': [',', 'a,b'] },
      H: { 'Fn::If': ['C', 1, 2] },
      I: { 'Fn::Equals': ['a', 'b'] },
      J: { 'Fn::And': [{ Condition: 'C1' }, { 'Fn::Not': [{ Condition: 'C2' }] }] },
      K: { 'Fn::Or': [{ Condition: 'C1' }, { Condition: 'C2' }] },
      L: { 'Fn::FindInMap': ['M', 'a', 'b'] },
      N: { 'Fn::Base64': 'abc' },
      O: { 'Fn::Cidr': ['10.0.0.0/16', 4, 8] },
      P: { 'Fn::ImportValue': 'shared' },
      Q: { 'Fn::Transform': { Name: 'AWS::Include', Parameters: { Location: 's3://b/k' } } },
    });
  });

  it('reports duplicate keys with their line, keeping the last value', () => {
    const { value, problems } = parseTemplateText('A: 1\nB: 2\nA: 3\n', 't.yaml');
    assert.deepEqual(value, { A: 3, B: 2 });
    assert.equal(problems.length, 1);
    assert.equal(problems[0]?.level, 'warning');
    assert.equal(problems[0]?.line, 3);
    assert.match(problems[0]?.message ?? '', /duplicate key "A" \(first at line 1\)/);
  });

  it('resolves anchors, aliases and merge keys', () => {
    const { value } = parseTemplateText('base: &b { x: 1, y: 2 }\ncopy: *b\nmerged:\n  <<: *b\n  y: 3\n', 't.yaml');
    assert.deepEqual(value, { base: { x: 1, y: 2 }, copy: { x: 1, y: 2 }, merged: { x: 1, y: 3 } });
  });

  it('reports a syntax error with file, line and column and no value', () => {
    const { value, problems } = parseTemplateText('Resources:\n  A: [unclosed\n', 'bad.yaml');
    assert.equal(value, undefined);
    assert.equal(problems[0]?.level, 'error');
    assert.equal(problems[0]?.file, 'bad.yaml');
    assert.ok((problems[0]?.line ?? 0) >= 2);
  });

  it('reads JSON templates with positions', () => {
    const document = load('{\n  "Resources": {\n    "B": {\n      "Type": "AWS::S3::Bucket",\n      "Properties": { "BucketName": "x" }\n    }\n  }\n}\n');
    assert.equal(document.graph.get('B')?.properties.BucketName, 'x');
    assert.deepEqual(document.locate('B', []), { line: 3, column: 5 });
    assert.equal(document.locate('B', ['BucketName'])?.line, 5);
  });
});

const TEMPLATE = `
AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  Env: { Type: String, Default: dev, AllowedValues: [dev, prod] }
  Subnets: { Type: CommaDelimitedList, Default: 'a,b' }
  NoDefault: { Type: String }
  Ami: { Type: 'AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>', Default: /aws/ami }
Mappings:
  Sizes:
    dev: { Instance: t3.micro }
    prod: { Instance: m5.large }
Conditions:
  IsProd: !Equals [!Ref Env, prod]
  NotProd: !Not [!Condition IsProd]
  InUsEast1: !Equals [!Ref 'AWS::Region', us-east-1]
  ProdAndEast: !And [!Condition IsProd, !Condition InUsEast1]
  ProdOrEast: !Or [!Condition IsProd, !Condition InUsEast1]
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.0.0.0/16 }
  OnlyInProd:
    Type: AWS::S3::Bucket
    Condition: IsProd
  Thing:
    Type: AWS::Test::Thing
    DependsOn: [Vpc]
    Properties:
      Size: !FindInMap [Sizes, !Ref Env, Instance]
      Name: !Sub '\${Env}-\${AWS::Region}-\${!Literal}'
      SubVars: !Sub ['\${A}-\${B}', { A: x, B: !Ref Env }]
      Joined: !Join ['-', [a, !Ref Env]]
      Selected: !Select [1, !Ref Subnets]
      SelectedString: !Select ['0', !Split [',', 'p,q']]
      WhenProd: !If [IsProd, yes-prod, no-prod]
      Removed: !If [IsProd, x, !Ref AWS::NoValue]
      List: [a, !Ref AWS::NoValue, b]
      NotProd: !If [NotProd, 1, 2]
      Undecidable: !If [InUsEast1, a, b]
      SameBranches: !If [InUsEast1, same, same]
      ProdAndEast: !If [ProdAndEast, 1, 2]
      ProdOrEast: !If [ProdOrEast, 1, 2]
      VpcRef: !Ref Vpc
      VpcCidr: !GetAtt Vpc.CidrBlock
      VpcSub: !Sub '\${Vpc}'
      VpcArnSub: !Sub 'arn:\${Vpc.Arn}'
      Imported: !ImportValue other-stack-value
      Missing: !Ref NoDefault
      AmiId: !Ref Ami
      Encoded: !Base64 hi
      Dynamic: '{{resolve:ssm:/my/param}}'
      DynamicSub: !Sub '{{resolve:ssm:/golden/\${Env}/ami-id}}'
      DynamicInside: 'prefix-{{resolve:secretsmanager:s:SecretString:k}}'
      Account: !Ref AWS::AccountId
      Partition: !Ref AWS::Partition
`;

describe('intrinsic resolution', () => {
  it('resolves what is decidable and marks the rest Unknown', () => {
    const p = props(TEMPLATE, 'Thing');
    assert.equal(p.Size, 't3.micro');
    assert.ok(isUnknown(p.Name), 'Sub with AWS::Region and no --region is unknown');
    assert.equal(p.SubVars, 'x-dev');
    assert.equal(p.Joined, 'a-dev');
    assert.equal(p.Selected, 'b');
    assert.equal(p.SelectedString, 'p');
    assert.equal(p.WhenProd, 'no-prod');
    assert.ok(!('Removed' in p), 'AWS::NoValue removes the property');
    assert.deepEqual(p.List, ['a', 'b']);
    assert.equal(p.NotProd, 1);
    assert.ok(isUnknown(p.Undecidable));
    assert.equal(p.SameBranches, 'same');
    assert.equal(p.ProdAndEast, 2, 'false AND unknown is false');
    assert.ok(isUnknown(p.ProdOrEast), 'false OR unknown is unknown');
    assert.ok(isUnknown(p.Imported));
    assert.ok(isUnknown(p.Missing));
    assert.ok(isUnknown(p.AmiId), 'SSM parameter types are resolved at deploy time');
    assert.equal(p.Encoded, 'aGk=');
    assert.ok(isUnknown(p.Dynamic));
    assert.ok(isUnknown(p.DynamicSub), 'a dynamic reference built by Fn::Sub');
    assert.ok(isUnknown(p.DynamicInside), 'a dynamic reference inside a string');
    assert.ok(isUnknown(p.Account));
  });

  it('gives references to resources as Unknown values that point at them, and graph edges', () => {
    const document = load(TEMPLATE);
    const p = document.graph.get('Thing')!.properties;
    for (const key of ['VpcRef', 'VpcCidr', 'VpcSub']) {
      assert.equal(document.graph.target(p[key])?.id, 'Vpc', key);
    }
    assert.deepEqual((p.VpcCidr as unknown as { ref: unknown }).ref, { resource: 'Vpc', attribute: 'CidrBlock' });
    assert.ok(isUnknown(p.VpcArnSub));
    const kinds = document.graph.referencesFrom('Thing').map((edge) => `${edge.kind}:${edge.to}:${edge.path.join('.')}`);
    assert.ok(kinds.includes('Ref:Vpc:VpcRef'));
    assert.ok(kinds.includes('GetAtt:Vpc:VpcCidr'));
    assert.ok(kinds.includes('DependsOn:Vpc:'));
    assert.deepEqual(document.graph.referrers('Vpc', 'AWS::Test::Thing', 'VpcRef').map((r) => r.id), ['Thing']);
  });

  it('answers referrers of a shared resource by type and property, each referrer once, in declaration order', () => {
    const ingress = (name: string, group: string, extra = '') => `  ${name}:\n    Type: AWS::EC2::SecurityGroupIngress\n    Properties:\n      GroupId: !Ref ${group}\n      IpProtocol: tcp${extra}\n`;
    const document = load(
      'Resources:\n  Shared:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: shared\n  Other:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: other\n' +
        ingress('In1', 'Shared') +
        ingress('In2', 'Other') +
        // Names Shared twice: one referrer, not two.
        ingress('In3', 'Shared', '\n      Description: !Ref Shared') +
        '  Instance:\n    Type: AWS::EC2::Instance\n    Properties:\n      SecurityGroupIds: [!Ref Shared, !Ref Shared]\n',
    );
    const ids = (id: string, type: string, property?: string) => document.graph.referrers(id, type, property).map((r) => r.id);
    assert.deepEqual(ids('Shared', 'AWS::EC2::SecurityGroupIngress', 'GroupId'), ['In1', 'In3']);
    assert.deepEqual(ids('Shared', 'AWS::EC2::SecurityGroupIngress'), ['In1', 'In3']);
    assert.deepEqual(ids('Shared', 'AWS::EC2::SecurityGroupIngress', 'Description'), ['In3']);
    assert.deepEqual(ids('Other', 'AWS::EC2::SecurityGroupIngress', 'GroupId'), ['In2']);
    assert.deepEqual(ids('Shared', 'AWS::EC2::Instance', 'SecurityGroupIds'), ['Instance']);
    assert.deepEqual(ids('Shared', 'AWS::EC2::Instance', 'GroupId'), []);
    assert.deepEqual(ids('Instance', 'AWS::EC2::SecurityGroupIngress'), []);
    // Each answer is the caller's own list.
    document.graph.referrers('Shared', 'AWS::EC2::SecurityGroupIngress', 'GroupId').pop();
    assert.deepEqual(ids('Shared', 'AWS::EC2::SecurityGroupIngress', 'GroupId'), ['In1', 'In3']);
  });

  it('drops resources whose condition is false, marks undecidable ones conditional', () => {
    assert.equal(load(TEMPLATE).graph.get('OnlyInProd'), undefined);
    const prod = load(TEMPLATE, { parameters: { Env: 'prod' } }).graph.get('OnlyInProd');
    assert.ok(prod);
    assert.equal(prod.conditional, undefined);
    const undecided = load('Conditions:\n  East: !Equals [!Ref AWS::Region, us-east-1]\nResources:\n  B:\n    Type: AWS::S3::Bucket\n    Condition: East\n').graph.get('B');
    assert.equal(undecided?.conditional, 'East');
  });

  it('tells "may be absent" unknowns from "present but unknown" ones', () => {
    const p = props(TEMPLATE, 'Thing');
    const undecidable = p.Undecidable as unknown as { mayBeAbsent: boolean };
    assert.equal(undecidable.mayBeAbsent, false, 'both branches give a value');
    const template = 'Conditions:\n  East: !Equals [!Ref AWS::Region, us-east-1]\nResources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      X: !If [East, a, !Ref AWS::NoValue]\n      Y: !ImportValue y\n';
    const q = props(template, 'B');
    assert.equal((q.X as unknown as { mayBeAbsent: boolean }).mayBeAbsent, true);
    assert.equal((q.Y as unknown as { mayBeAbsent: boolean }).mayBeAbsent, false);
  });

  it('takes parameter values, region and account from the user', () => {
    const p = props(TEMPLATE, 'Thing', { parameters: { Env: 'prod', NoDefault: 'given' }, region: 'cn-north-1', accountId: '123456789012' });
    assert.equal(p.Size, 'm5.large');
    assert.equal(p.Name, 'prod-cn-north-1-${Literal}');
    assert.equal(p.Missing, 'given');
    assert.equal(p.Account, '123456789012');
    assert.equal(p.Partition, 'aws-cn');
    assert.equal(p.Undecidable, 'b');
    assert.equal(p.Removed, 'x');
  });

  it('maps a property path back to its line, stopping at an intrinsic', () => {
    const document = load(TEMPLATE);
    const lines = TEMPLATE.split('\n');
    const lineOf = (text: string) => lines.findIndex((line) => line.includes(text)) + 1;
    assert.equal(document.locate('Thing', ['Joined'])?.line, lineOf('Joined:'));
    assert.equal(document.locate('Thing', ['Size', 'deeper'])?.line, lineOf('Size:'));
    assert.equal(document.locate('Thing', [])?.line, lineOf('  Thing:'));
  });

  it('reads SAM templates as the resources the transform makes, and keeps their plain resources', () => {
    const document = load(`
Transform: AWS::Serverless-2016-10-31
Globals: { Function: { Runtime: python3.12 } }
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties: { Handler: app.handler, Events: { Api: { Type: Api, Properties: { Path: /, Method: get } } } }
  Table:
    Type: AWS::Serverless::SimpleTable
  Bucket:
    Type: AWS::S3::Bucket
`);
    assert.deepEqual(
      document.graph.resources.map((r) => `${r.id} ${r.type}`),
      [
        'Fn AWS::Lambda::Function',
        'FnRole AWS::IAM::Role',
        'FnApiPermissionProd AWS::Lambda::Permission',
        'Table AWS::DynamoDB::Table',
        'Bucket AWS::S3::Bucket',
        'ServerlessRestApi AWS::ApiGateway::RestApi',
        'ServerlessRestApiDeployment AWS::ApiGateway::Deployment',
        'ServerlessRestApiProdStage AWS::ApiGateway::Stage',
      ],
    );
    assert.equal(document.graph.get('Fn')?.properties.Runtime, 'python3.12');
  });

  it('adds the stage a deployment creates by naming it, found in its StageDescription, and says when it can not', () => {
    const document = load(`Resources:
  Api:
    Type: AWS::ApiGateway::RestApi
  Deployment:
    Type: AWS::ApiGateway::Deployment
    Properties:
      RestApiId: !Ref Api
      StageName: prod
      StageDescription:
        TracingEnabled: true
        LoggingLevel: ERROR
  Taken:
    Type: AWS::ApiGateway::Deployment
    Properties: { RestApiId: !Ref Api, StageName: dev }
  TakenStage:
    Type: AWS::SNS::Topic
  Opaque:
    Type: AWS::ApiGateway::Deployment
    Properties: { RestApiId: !Ref Api, StageName: test, StageDescription: !ImportValue shared-stage-settings }
  Unstaged:
    Type: AWS::ApiGateway::Deployment
    Properties: { RestApiId: !Ref Api }
  Malformed:
    Type: AWS::ApiGateway::Deployment
    Properties: { RestApiId: !Ref Api, StageName: bad, StageDescription: { MethodSettings: notalist } }
  Chosen:
    Type: AWS::ApiGateway::Deployment
    Properties: !If [Always, { RestApiId: !Ref Api, StageName: chosen }, { RestApiId: !Ref Api }]
Conditions:
  Always: !Equals [!Ref AWS::Region, !Ref AWS::Region]
`);
    const stages = document.graph.resources.filter((resource) => resource.type === 'AWS::ApiGateway::Stage');
    assert.deepEqual(stages.map((stage) => stage.id), ['DeploymentStage', 'MalformedStage']);
    const stage = document.graph.get('DeploymentStage');
    assert.equal(stage?.properties.StageName, 'prod');
    assert.equal(stage?.properties.TracingEnabled, true);
    assert.deepEqual(stage?.properties.MethodSettings, [{ ResourcePath: '/*', HttpMethod: '*', LoggingLevel: 'ERROR' }]);
    assert.ok(document.graph.referencesFrom('DeploymentStage').some((edge) => edge.to === 'Api'));
    assert.equal(document.locate('DeploymentStage', ['TracingEnabled'])?.line, 10);
    assert.equal(document.locate('DeploymentStage', [])?.line, 4);
    const warnings = document.problems.map((problem) => problem.message);
    assert.ok(warnings.some((message) => message.startsWith('Taken:') && message.includes('TakenStage')), warnings.join('\n'));
    assert.ok(warnings.some((message) => message.startsWith('Opaque:')), warnings.join('\n'));
    assert.ok(warnings.some((message) => message.startsWith('Chosen:')), warnings.join('\n'));
    assert.deepEqual(warnings.filter((message) => message.includes('MethodSettings')).length, 1, 'a stage made from a deployment has its shape checked once, on the deployment');
  });

  it('survives Properties given as a whole by an intrinsic', () => {
    const document = load('Conditions:\n  C: !Equals [!Ref AWS::Region, x]\nResources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties: !If [C, {}, {}]\n  D:\n    Type: AWS::S3::Bucket\n    Properties: !If [C, {A: 1}, {}]\n');
    assert.deepEqual(document.graph.get('B')?.properties, {});
    assert.match(document.graph.get('D')?.unresolved ?? '', /Fn::If/);
  });
});

// Property-based: no input, however malformed, makes the adapter throw; every problem names the file.
const yamlish = fc.oneof(
  fc.string(),
  fc.stringMatching(/^[A-Za-z:!&*[\]{}\-'" ,\n#|>0-9.]{0,80}$/),
  fc.constantFrom('Resources:\n  A:\n    Type: ', 'Resources: !Ref', '{"Resources": {', 'Resources:\n  A: *x', '!Sub [', 'Resources:\n  A:\n    Type: AWS::S3::Bucket\n    Properties: !GetAtt'),
);
const jsonValue: fc.Arbitrary<Value> = fc.letrec<{ value: Value }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom('Ref', 'Fn::If', 'Fn::Sub', 'Fn::Join', 'Fn::Select', 'Fn::FindInMap', 'Fn::GetAtt', 'Condition', 'Fn::Equals', 'Type', 'Properties', 'A', 'B'), tie('value'), { maxKeys: 3 }),
  ),
})).value;

describe('CloudFormation adapter under malformed input (property-based)', () => {
  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(yamlish, (text) => {
        const document = loadCloudFormation(`Resources:\n${text}`, 'fuzz.yaml', {}, { force: true });
        for (const problem of document?.problems ?? []) assert.equal(problem.file, 'fuzz.yaml');
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on arbitrary template structures full of intrinsics', () => {
    fc.assert(
      fc.property(jsonValue, jsonValue, jsonValue, (properties, conditions, parameters) => {
        const template = { Parameters: parameters, Conditions: conditions, Resources: { A: { Type: 'AWS::S3::Bucket', Properties: properties }, B: { Type: 'AWS::EC2::VPC', Condition: 'X' } } };
        loadCloudFormation(JSON.stringify(template), 'fuzz.json', {}, { force: true });
      }),
      { numRuns: 400 },
    );
  });

  it('terminates on circular conditions and self-referencing Subs', () => {
    const document = load('Conditions:\n  A: !Condition B\n  B: !Not [!Condition A]\nResources:\n  R:\n    Type: AWS::S3::Bucket\n    Condition: A\n    Properties: { X: !Sub "${R.Arn}" }\n');
    assert.ok(document.graph.get('R'));
  });
});
