import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gunzipSync } from 'node:zlib';
import { before, describe, it } from 'node:test';
import fc from 'fast-check';
import { evaluateDocument } from '../src/engine/run.js';
import { resolveParameters } from '../src/engine/parameters.js';
import { loadCloudFormation } from '../src/inputs/cloudformation/index.js';
import { decodeJsonTemplate } from '../src/inputs/json-template.js';
import { callFunction } from '../src/inputs/terraform/hcl/functions.js';
import { loadTerraformDirectory } from '../src/inputs/terraform/hcl/module.js';
import { initHclParser } from '../src/inputs/terraform/hcl/parser.js';
import { isMappedType, mappingFor, readPlan, terraformToDocument } from '../src/inputs/terraform/index.js';
import { MERGE_MAPPINGS, MULTI_OWNER_MAPPINGS } from '../src/inputs/terraform/mapping/aws/index.js';
import { policyDocument } from '../src/inputs/terraform/policy-document.js';
import type { ScanDocument } from '../src/model/document.js';
import { ATTACHMENT_SLOTS, OWNER_PROPERTIES } from '../src/model/partial.js';
import { isUnknown, unknown, unknownJson, type Unknown } from '../src/model/unknown.js';
import { isObject, type Value, type ValueObject } from '../src/model/value.js';
import { created } from '../src/rules/plan-fixtures.js';
import { builtinRules } from '../src/rules/index.js';
import { writeFixtureDirectory } from '../src/rules/tester.js';
import { rmSync } from 'node:fs';

before(() => initHclParser());

function template(text: string): ScanDocument {
  const document = loadCloudFormation(text, 'template.yaml', {}, { force: true });
  assert.ok(document);
  return document;
}

function hcl(text: string): ScanDocument {
  const directory = writeFixtureDirectory({ 'main.tf': text }, 'tosei-partial-');
  try {
    return terraformToDocument(loadTerraformDirectory(directory, {}, isMappedType));
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

function plan(resourceChanges: object[], extra: object = {}): ScanDocument {
  const data = { format_version: '1.2', resource_changes: resourceChanges, ...extra };
  const text = JSON.stringify(data, null, 2);
  return terraformToDocument(readPlan(data as ValueObject, text, 'plan.json'));
}

function evaluate(document: ScanDocument, ids: readonly string[]) {
  const rules = builtinRules.filter((rule) => ids.includes(rule.meta.id)).map((rule) => ({ rule, params: resolveParameters(rule, {}), severity: rule.meta.severity }));
  return evaluateDocument(document, rules).evaluations;
}

describe('partial owners: the owner types', () => {
  it('list every top-level property the CloudFormation specification gives the types attachments name', () => {
    const require = createRequire(import.meta.url);
    const database = JSON.parse(gunzipSync(readFileSync(require.resolve('@aws-cdk/aws-service-spec/db.json.gz'))).toString()) as {
      schema: { resource: { entities: Record<string, { cloudFormationType: string; properties?: Record<string, unknown> }> } };
    };
    const specified = new Map(Object.values(database.schema.resource.entities).map((entity) => [entity.cloudFormationType, Object.keys(entity.properties ?? {}).sort()]));
    const ownerTypes = new Set<string>();
    for (const slots of Object.values(ATTACHMENT_SLOTS)) for (const slot of slots) ownerTypes.add(slot.ownerType);
    for (const merge of Object.values(MERGE_MAPPINGS)) for (const type of merge.ownerTypes) ownerTypes.add(mappingFor(type)?.cloudFormationType ?? type);
    for (const multi of Object.values(MULTI_OWNER_MAPPINGS)) for (const owner of multi.owners) ownerTypes.add(mappingFor(owner.ownerType)?.cloudFormationType ?? owner.ownerType);
    for (const type of ownerTypes) {
      assert.ok(OWNER_PROPERTIES[type], `${type} can be named as an owner: OWNER_PROPERTIES needs its properties`);
      assert.deepEqual([...(OWNER_PROPERTIES[type] ?? [])].sort(), specified.get(type), `${type}: OWNER_PROPERTIES differs from the CloudFormation specification`);
    }
  });
});

describe('partial owners in CloudFormation', () => {
  it('attachments naming the same literal owner share one partial owner, named and located by the first', () => {
    const document = template(`
Resources:
  First:
    Type: AWS::EC2::SecurityGroupIngress
    Properties: { GroupId: sg-0123456789abcdef0, IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0 }
  Second:
    Type: AWS::EC2::SecurityGroupIngress
    Properties: { GroupId: sg-0123456789abcdef0, IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0 }
`);
    const partials = document.graph.ofType('AWS::EC2::SecurityGroup');
    assert.equal(partials.length, 1);
    const [group] = partials as [NonNullable<(typeof partials)[0]>];
    assert.equal(group.id, 'First#GroupId');
    assert.deepEqual(group.partial?.attachedBy, ['First', 'Second']);
    assert.equal(group.source.position?.line, 3);
    assert.equal(document.graph.target('sg-0123456789abcdef0'), group);
    // Every other property is an Unknown that may be absent, saying why.
    const description = group.properties.GroupDescription;
    assert.ok(isUnknown(description) && description.mayBeAbsent && description.reason.includes('security group sg-0123456789abcdef0 is not declared in this input'));
    const [verdict] = evaluate(document, ['INCOMING_SSH_DISABLED']);
    assert.equal(verdict?.status, 'NON_COMPLIANT');
    assert.match(verdict?.message ?? '', /ingress resource Second allows TCP 22/);
  });

  it('an owner named by an unresolved value is the attachment\'s own, and the value becomes a reference to it', () => {
    const document = template(`
Parameters:
  GroupId: { Type: AWS::EC2::SecurityGroup::Id }
Resources:
  OpenRdp:
    Type: AWS::EC2::SecurityGroupIngress
    Properties: { GroupId: !Ref GroupId, IpProtocol: tcp, FromPort: 3389, ToPort: 3389, CidrIp: 0.0.0.0/0 }
  OpenSsh:
    Type: AWS::EC2::SecurityGroupIngress
    Properties: { GroupId: !Ref GroupId, IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0 }
`);
    assert.deepEqual(document.graph.ofType('AWS::EC2::SecurityGroup').map((group) => group.id), ['OpenRdp#GroupId', 'OpenSsh#GroupId']);
    const groupId = document.graph.get('OpenSsh')?.properties.GroupId as Unknown;
    assert.ok(isUnknown(groupId));
    assert.equal(groupId.ref?.resource, 'OpenSsh#GroupId');
    assert.match(groupId.reason, /parameter GroupId/);
    const verdicts = evaluate(document, ['RESTRICTED_INCOMING_TRAFFIC']);
    assert.deepEqual(verdicts.map((verdict) => [verdict.resource.id, verdict.status]), [['OpenRdp#GroupId', 'NON_COMPLIANT'], ['OpenSsh#GroupId', 'INSUFFICIENT_DATA']]);
  });

  it('a literal naming a declared owner is that owner (no partial owner), and links it', () => {
    const document = template(`
Resources:
  Web:
    Type: AWS::EC2::SecurityGroup
    Properties: { GroupName: web, GroupDescription: web }
  WebSsh:
    Type: AWS::EC2::SecurityGroupIngress
    Properties: { GroupName: web, IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0 }
`);
    assert.deepEqual(document.graph.ofType('AWS::EC2::SecurityGroup').map((group) => group.id), ['Web']);
    const [verdict] = evaluate(document, ['INCOMING_SSH_DISABLED']);
    assert.equal(verdict?.resource.id, 'Web');
    assert.equal(verdict?.status, 'NON_COMPLIANT');
  });

  it('an unresolved value written as a declared owner\'s unresolved name names that owner', () => {
    const document = template(`
Parameters:
  AppName: { Type: String }
Resources:
  Logs:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Sub '\${AppName}-logs-\${AWS::AccountId}'
  LogsPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Sub '\${AppName}-logs-\${AWS::AccountId}'
      PolicyDocument:
        Statement:
          - { Effect: Deny, Principal: '*', Action: 's3:PutObject', Resource: '*', Condition: { 'Null': { 's3:x-amz-server-side-encryption': 'true' } } }
  OtherPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Sub '\${AppName}-other'
      PolicyDocument: { Statement: [{ Effect: Allow, Principal: { AWS: arn:aws:iam::111122223333:root }, Action: 's3:GetObject', Resource: '*' }] }
`);
    assert.deepEqual(document.graph.ofType('AWS::S3::Bucket').map((bucket) => bucket.id), ['Logs', 'OtherPolicy#Bucket']);
    const verdicts = evaluate(document, ['S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED']);
    assert.deepEqual(verdicts.map((verdict) => [verdict.resource.id, verdict.status]), [['Logs', 'COMPLIANT'], ['OtherPolicy#Bucket', 'INSUFFICIENT_DATA']]);
  });

  it('a choice that may name a declared owner is judged on that owner, not on a partial one', () => {
    const document = template(`
Parameters:
  Shared: { Type: String, AllowedValues: ['yes', 'no'] }
Conditions:
  UseShared: !Equals [!Ref Shared, 'yes']
Resources:
  Web:
    Type: AWS::EC2::SecurityGroup
    Properties: { GroupDescription: web }
  WebSsh:
    Type: AWS::EC2::SecurityGroupIngress
    Properties: { GroupId: !If [UseShared, sg-0123456789abcdef0, !Ref Web], IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0 }
`);
    assert.deepEqual(document.graph.ofType('AWS::EC2::SecurityGroup').map((group) => group.id), ['Web']);
    assert.equal(evaluate(document, ['INCOMING_SSH_DISABLED'])[0]?.status, 'INSUFFICIENT_DATA');
  });

  it('takes the attachment\'s metadata: a skip on the attachment suppresses the finding on its owner', () => {
    const document = template(`
Resources:
  Bastion:
    Type: AWS::EC2::SecurityGroupIngress
    Metadata:
      tosei:
        skip:
          - id: INCOMING_SSH_DISABLED
            reason: bastion host behind the VPN concentrator
    Properties: { GroupId: sg-0123456789abcdef0, IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0 }
`);
    const [verdict] = evaluate(document, ['INCOMING_SSH_DISABLED']);
    assert.equal(verdict?.status, 'NON_COMPLIANT');
    assert.equal(verdict?.suppressed?.reason, 'bastion host behind the VPN concentrator');
  });

  it('an attachment resource whose properties can not be resolved names no owner', () => {
    const document = template(`
Parameters:
  On: { Type: String }
Conditions:
  IsOn: !Equals [!Ref On, 'yes']
Resources:
  Rule:
    Type: AWS::EC2::SecurityGroupIngress
    Properties: !If [IsOn, { GroupId: sg-0123456789abcdef0, IpProtocol: '-1', CidrIp: 0.0.0.0/0 }, { GroupId: sg-0123456789abcdef0, IpProtocol: '-1', CidrIp: 10.0.0.0/8 }]
`);
    assert.deepEqual(document.graph.ofType('AWS::EC2::SecurityGroup'), []);
  });
});

describe('partial owners in Terraform', () => {
  it('an owner named by a variable, a data source or a literal: the attachment\'s address, its skips, its unknown list kept as a possible entry', () => {
    const document = hcl(`
variable "group_id" {}
data "aws_security_group" "shared" { name = "shared" }

# tosei:skip=INCOMING_SSH_DISABLED the jump host, reviewed
resource "aws_security_group_rule" "from_variable" {
  type = "ingress"
  security_group_id = var.group_id
  protocol = "tcp"
  from_port = 22
  to_port = 22
  cidr_blocks = ["0.0.0.0/0"]
}

resource "aws_vpc_security_group_ingress_rule" "from_data" {
  security_group_id = data.aws_security_group.shared.id
  ip_protocol = "tcp"
  from_port = 3389
  to_port = 3389
  cidr_ipv4 = "0.0.0.0/0"
}
`);
    const groups = document.graph.ofType('AWS::EC2::SecurityGroup');
    assert.deepEqual(groups.map((group) => group.id), ['aws_security_group_rule.from_variable', 'aws_vpc_security_group_ingress_rule.from_data']);
    const ingress = groups[0]?.properties.SecurityGroupIngress;
    assert.ok(Array.isArray(ingress) && isUnknown(ingress[0]) && ingress[0].mayBeAbsent && isObject(ingress[1]));
    const verdicts = evaluate(document, ['INCOMING_SSH_DISABLED', 'RESTRICTED_INCOMING_TRAFFIC']);
    const byRule = (id: string, resource: string) => verdicts.find((verdict) => verdict.ruleId === id && verdict.resource.id === resource);
    assert.equal(byRule('INCOMING_SSH_DISABLED', 'aws_security_group_rule.from_variable')?.suppressed?.reason, 'the jump host, reviewed');
    assert.equal(byRule('RESTRICTED_INCOMING_TRAFFIC', 'aws_vpc_security_group_ingress_rule.from_data')?.status, 'NON_COMPLIANT');
    assert.equal(byRule('RESTRICTED_INCOMING_TRAFFIC', 'aws_vpc_security_group_ingress_rule.from_data')?.resource.address, 'aws_vpc_security_group_ingress_rule.from_data');
  });

  it('each undeclared entry of a list of owners, a literal shared with other attachments, a bucket named by a policy and a split resource', () => {
    const document = hcl(`
resource "aws_iam_user" "bob" { name = "bob" }
resource "aws_iam_policy_attachment" "readers" {
  name       = "readers"
  users      = ["alice", aws_iam_user.bob.name, "carol"]
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}
resource "aws_iam_user_policy" "alice" {
  user   = "alice"
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }] })
}
resource "aws_s3_bucket_policy" "logs" {
  bucket = "existing-logs"
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Deny", Principal = "*", Action = "s3:PutObject", Resource = "arn:aws:s3:::existing-logs/*", Condition = { Null = { "s3:x-amz-server-side-encryption" = "true" } } }] })
}
resource "aws_s3_bucket_public_access_block" "logs" {
  bucket                  = "existing-logs"
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
`);
    const users = document.graph.ofType('AWS::IAM::User');
    assert.deepEqual(users.map((user) => user.id), ['aws_iam_user.bob', 'aws_iam_policy_attachment.readers#users[0]', 'aws_iam_policy_attachment.readers#users[2]']);
    const alice = users[1];
    assert.deepEqual(alice?.partial?.attachedBy, ['aws_iam_policy_attachment.readers', 'aws_iam_user_policy.alice']);
    assert.equal(alice?.properties.UserName, 'alice');
    const buckets = document.graph.ofType('AWS::S3::Bucket');
    assert.deepEqual(buckets.map((bucket) => bucket.id), ['aws_s3_bucket_public_access_block.logs']);
    const verdicts = evaluate(document, ['IAM_POLICY_NO_STATEMENTS_WITH_ADMIN_ACCESS', 'S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED', 'S3_BUCKET_LEVEL_PUBLIC_ACCESS_PROHIBITED']);
    const status = (rule: string, id: string) => verdicts.find((verdict) => verdict.ruleId === rule && verdict.resource.id === id)?.status;
    assert.equal(status('IAM_POLICY_NO_STATEMENTS_WITH_ADMIN_ACCESS', 'aws_iam_policy_attachment.readers#users[0]'), 'NON_COMPLIANT');
    assert.equal(status('S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED', 'aws_s3_bucket_public_access_block.logs'), 'COMPLIANT');
    assert.equal(status('S3_BUCKET_LEVEL_PUBLIC_ACCESS_PROHIBITED', 'aws_s3_bucket_public_access_block.logs'), 'COMPLIANT');
  });

  it('a reference names an owner of the type, of another type, or one not known', () => {
    const document = hcl(`
resource "aws_default_security_group" "default" {
  vpc_id = "vpc-0abc"
}
resource "aws_security_group_rule" "on_default" {
  type = "ingress"
  security_group_id = aws_default_security_group.default.id
  protocol = "tcp"
  from_port = 22
  to_port = 22
  cidr_blocks = ["0.0.0.0/0"]
}
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}
resource "aws_security_group_rule" "on_vpc_default" {
  type = "ingress"
  security_group_id = aws_vpc.main.default_security_group_id
  protocol = "-1"
  from_port = 0
  to_port = 0
  cidr_blocks = ["10.0.0.0/8"]
}
resource "aws_s3_directory_bucket" "express" {
  bucket = "express--usw2-az1--x-s3"
  location { name = "usw2-az1" }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "express" {
  bucket = aws_s3_directory_bucket.express.bucket
  rule {
    apply_server_side_encryption_by_default { sse_algorithm = "aws:kms" }
  }
}
`);
    // aws_default_security_group is a security group of its own (it adopts the VPC's default group): its rule merges into it.
    assert.deepEqual(document.graph.ofType('AWS::EC2::SecurityGroup').map((group) => group.id), ['aws_default_security_group.default', 'aws_security_group_rule.on_vpc_default']);
    assert.equal(document.graph.target(unknown('aws_default_security_group.default.id', { resource: 'aws_default_security_group.default', attribute: 'id' }))?.id, 'aws_default_security_group.default');
    // A directory bucket is no AWS::S3::Bucket: no partial bucket stands for it.
    assert.deepEqual(document.graph.ofType('AWS::S3::Bucket'), []);
  });

  it('in a plan: an existing owner changes (its previous state unknown); a deleted attachment names none; a declared owner in another module is found by name', () => {
    const document = plan([
      created('aws_security_group_rule.ssh', { type: 'ingress', security_group_id: 'sg-0123456789abcdef0', protocol: 'tcp', from_port: 22, to_port: 22, cidr_blocks: ['0.0.0.0/0'] }, { id: true }),
      {
        address: 'aws_security_group_rule.gone', mode: 'managed', type: 'aws_security_group_rule', name: 'gone',
        change: { actions: ['delete'], before: { type: 'ingress', security_group_id: 'sg-0fedcba9876543210', protocol: '-1', from_port: 0, to_port: 0, cidr_blocks: ['0.0.0.0/0'] }, after: null, after_unknown: {} },
      },
      created('module.storage.aws_s3_bucket.logs', { bucket: 'shared-logs' }, { id: true, arn: true }),
      created('aws_s3_bucket_versioning.logs', { bucket: 'shared-logs', versioning_configuration: [{ status: 'Enabled' }] }, { id: true }),
    ]);
    const [group, ...others] = document.graph.ofType('AWS::EC2::SecurityGroup');
    assert.equal(others.length, 0);
    assert.equal(group?.id, 'aws_security_group_rule.ssh');
    assert.equal(group?.action, 'update');
    assert.ok(isUnknown(group?.previous?.SecurityGroupIngress));
    assert.deepEqual(document.graph.ofType('AWS::S3::Bucket').map((bucket) => [bucket.id, bucket.properties.VersioningConfiguration]), [['module.storage.aws_s3_bucket.logs', { Status: 'Enabled' }]]);
  });

  it('a split resource on a declared owner whose list is known only after apply still counts', () => {
    const document = plan(
      [
        created('aws_security_group.web', { name: 'web', description: 'web' }, { id: true, ingress: true }),
        created('aws_security_group_rule.ssh', { type: 'ingress', protocol: 'tcp', from_port: 22, to_port: 22, cidr_blocks: ['0.0.0.0/0'] }, { id: true, security_group_id: true }),
      ],
      {
        configuration: {
          root_module: {
            resources: [
              { address: 'aws_security_group.web', mode: 'managed', type: 'aws_security_group', name: 'web', expressions: { name: { constant_value: 'web' }, ingress: {} } },
              { address: 'aws_security_group_rule.ssh', mode: 'managed', type: 'aws_security_group_rule', name: 'ssh', expressions: { security_group_id: { references: ['aws_security_group.web.id', 'aws_security_group.web'] } } },
            ],
          },
        },
      },
    );
    assert.deepEqual(document.graph.ofType('AWS::EC2::SecurityGroup').map((group) => group.id), ['aws_security_group.web']);
    assert.equal(evaluate(document, ['INCOMING_SSH_DISABLED'])[0]?.status, 'NON_COMPLIANT');
  });
});

describe('an unknown stays inside its value', () => {
  it('jsonencode of a value with an unknown inside is an unknown text whose structure is known; jsondecode gives it back', () => {
    const arn = unknown('aws_sqs_queue.q.arn (known after apply)', { resource: 'aws_sqs_queue.q', attribute: 'arn' });
    const document: ValueObject = { Statement: [{ Effect: 'Allow', Principal: '*', Action: 'sqs:*', Resource: arn }] };
    const encoded = callFunction('jsonencode', [document]);
    assert.ok(isUnknown(encoded));
    assert.deepEqual(encoded.json, document);
    assert.equal(callFunction('jsondecode', [encoded]), document);
    assert.equal(callFunction('jsonencode', [{ a: [1, 'x'] }]), '{"a":[1,"x"]}');
    assert.ok(isUnknown(callFunction('upper', [encoded])) && (callFunction('upper', [encoded]) as Unknown).json === undefined);
  });

  it('a JSON template decodes with each unknown interpolation in its place (property-based)', () => {
    const leaf = fc.oneof(fc.string({ maxLength: 6 }), fc.integer(), fc.boolean(), fc.constant(null));
    const json = fc.letrec<{ value: Value }>((tie) => ({
      value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, fc.array(tie('value'), { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 4 }), tie('value'), { maxKeys: 3 })),
    })).value.filter((value) => isObject(value) || Array.isArray(value));
    fc.assert(
      fc.property(json, fc.infiniteStream(fc.boolean()), (document, picks) => {
        // Each string leaf picked becomes an interpolation of a reference, quoted as a JSON string.
        const pieces: (string | Unknown)[] = [];
        const expected = (function write(value: Value): Value {
          if (typeof value === 'string' && picks.next().value) {
            const reference = unknown(`ref ${pieces.length}`, { resource: `aws_x.r${pieces.length}` });
            pieces.push('"', reference, '"');
            return reference;
          }
          if (Array.isArray(value)) {
            pieces.push('[');
            const items = value.map((item, index) => {
              if (index > 0) pieces.push(',');
              return write(item);
            });
            pieces.push(']');
            return items;
          }
          if (isObject(value)) {
            pieces.push('{');
            const object: ValueObject = {};
            Object.entries(value).forEach(([key, item], index) => {
              pieces.push(`${index > 0 ? ',' : ''}${JSON.stringify(key)}:`);
              Object.defineProperty(object, key, { value: write(item), enumerable: true, writable: true, configurable: true });
            });
            pieces.push('}');
            return object;
          }
          pieces.push(JSON.stringify(value));
          return value;
        })(document);
        const merged = pieces.reduce<(string | Unknown)[]>((list, piece) => {
          const last = list[list.length - 1];
          if (typeof piece === 'string' && typeof last === 'string') list[list.length - 1] = last + piece;
          else list.push(piece);
          return list;
        }, []);
        if (!merged.some(isUnknown)) return;
        assert.deepEqual(decodeJsonTemplate(merged), expected);
      }),
      { numRuns: 200 },
    );
  });

  it('a JSON template: a partly interpolated string is an unknown string; a whole value takes its structure; other text is not JSON', () => {
    const name = unknown('var.name has no value');
    const statements = unknownJson('jsonencode(...)', [{ Effect: 'Allow' }]);
    const decoded = decodeJsonTemplate(['{"Resource": "arn:aws:s3:::', name, '/*", "Statement": ', statements, '}']) as ValueObject;
    assert.ok(isUnknown(decoded.Resource) && /var\.name/.test(decoded.Resource.reason));
    assert.deepEqual(decoded.Statement, [{ Effect: 'Allow' }]);
    assert.equal(decodeJsonTemplate(['arn:aws:s3:::', name]), undefined);
    assert.equal(decodeJsonTemplate(['{"a": ', name, ' "b"}']), undefined);
  });

  it('a policy document data source: principals "*", one-element sets as strings, conditions, source and override documents by Sid', () => {
    const arn = unknown('aws_sqs_queue.q.arn (known after apply)', { resource: 'aws_sqs_queue.q', attribute: 'arn' });
    const document = policyDocument({
      source_policy_documents: [JSON.stringify({ Statement: [{ Sid: 'Keep', Effect: 'Allow', Action: 'sqs:ReceiveMessage', Resource: '*' }, { Sid: 'Replace', Effect: 'Allow', Action: '*', Resource: '*' }] })],
      statement: [
        { sid: 'Replace', actions: ['sqs:SendMessage'], resources: [arn], principals: [{ type: '*', identifiers: ['*'] }] },
        {
          effect: 'Deny',
          actions: ['sqs:*', 'sqs:Get*'],
          not_principals: [{ type: 'AWS', identifiers: ['arn:aws:iam::123456789012:root'] }],
          condition: [{ test: 'Bool', variable: 'aws:SecureTransport', values: ['false'] }],
        },
      ],
    }) as ValueObject;
    assert.deepEqual(document.Statement, [
      { Sid: 'Keep', Effect: 'Allow', Action: 'sqs:ReceiveMessage', Resource: '*' },
      { Sid: 'Replace', Effect: 'Allow', Action: 'sqs:SendMessage', Resource: arn, Principal: '*' },
      { Effect: 'Deny', Action: ['sqs:*', 'sqs:Get*'], NotPrincipal: { AWS: 'arn:aws:iam::123456789012:root' }, Condition: { Bool: { 'aws:SecureTransport': 'false' } } },
    ]);
    assert.equal(document.Version, '2012-10-17');
    const overridden = policyDocument({ statement: [{ actions: ['s3:GetObject'] }], override_policy_documents: [unknown('data.x.json (known after apply)')] }) as ValueObject;
    assert.ok(isUnknown(overridden.Statement));
    const malformed = policyDocument({ statement: [{ effect: { nested: true } as Value, actions: [['s3:*'] as Value] }] }) as ValueObject;
    const [statement] = malformed.Statement as ValueObject[];
    assert.ok(isUnknown(statement?.Effect) && isUnknown(statement?.Action));
  });

  it('a plan\'s policy document data source: read at plan time (prior state) or only from the configuration', () => {
    const queuePolicy = (name: string) => [
      created(`aws_sqs_queue.${name}`, { name }, { id: true, arn: true, url: true }),
      created(`aws_sqs_queue_policy.${name}`, {}, { id: true, policy: true, queue_url: true }),
    ];
    const configured = (name: string, withData: boolean) => [
      { address: `aws_sqs_queue.${name}`, mode: 'managed', type: 'aws_sqs_queue', name, expressions: { name: { constant_value: name } } },
      {
        address: `aws_sqs_queue_policy.${name}`, mode: 'managed', type: 'aws_sqs_queue_policy', name,
        expressions: { queue_url: { references: [`aws_sqs_queue.${name}.id`, `aws_sqs_queue.${name}`] }, policy: { references: [`data.aws_iam_policy_document.${name}.json`, `data.aws_iam_policy_document.${name}`] } },
      },
      ...(withData
        ? [{
            address: `data.aws_iam_policy_document.${name}`, mode: 'data', type: 'aws_iam_policy_document', name,
            expressions: { statement: [{ actions: { constant_value: ['sqs:*'] }, principals: [{ type: { constant_value: 'AWS' }, identifiers: { constant_value: ['*'] } }], resources: { references: [`aws_sqs_queue.${name}.arn`, `aws_sqs_queue.${name}`] } }] },
          }]
        : []),
    ];
    const document = plan([...queuePolicy('read'), ...queuePolicy('configured')], {
      prior_state: {
        format_version: '1.0',
        values: { root_module: { resources: [{ address: 'data.aws_iam_policy_document.read', mode: 'data', type: 'aws_iam_policy_document', name: 'read', values: { json: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'sqs:SendMessage', Resource: '*', Condition: { StringEquals: { 'aws:SourceAccount': '123456789012' } } }] }) } }] } },
      },
      configuration: { root_module: { resources: [...configured('read', false), ...configured('configured', true)] } },
    });
    const verdicts = evaluate(document, ['SQS_QUEUE_NOT_PUBLIC']);
    assert.deepEqual(verdicts.map((verdict) => [verdict.resource.id, verdict.status]), [['aws_sqs_queue.read', 'COMPLIANT'], ['aws_sqs_queue.configured', 'NON_COMPLIANT']]);
  });
});
