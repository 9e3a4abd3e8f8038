import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { before, describe, it } from 'node:test';
import fc from 'fast-check';
import { evaluateDocument } from '../src/engine/run.js';
import { loadTerraformDirectory } from '../src/inputs/terraform/hcl/module.js';
import { HclSyntaxError, initHclParser, parseHcl } from '../src/inputs/terraform/hcl/parser.js';
import { isMappedType, readPlan, terraformToDocument, looksLikePlan } from '../src/inputs/terraform/index.js';
import { withUnknowns } from '../src/inputs/terraform/plan.js';
import { isUnknown } from '../src/model/unknown.js';
import type { ScanProblem } from '../src/model/evaluation.js';
import { builtinRules } from '../src/rules/index.js';
import { writeFixtureDirectory } from '../src/rules/tester.js';
import { loadInput, loadTerraformInput, selectRules } from '../src/scan/index.js';
import { discoverInputs } from '../src/scan/files.js';
import { corpusFiles } from './support/corpora.js';

before(() => initHclParser());

function module(files: Record<string, string>, vars: Record<string, string> = {}) {
  const directory = writeFixtureDirectory(files, 'tosei-tf-');
  const input = loadTerraformDirectory(directory, { vars });
  return { directory, input, document: terraformToDocument(input) };
}

describe('HCL evaluation', () => {
  it('evaluates variables, tfvars, locals, functions, conditionals and for expressions', () => {
    const { input } = module({
      'main.tf': `
variable "env" { default = "dev" }
variable "ports" { default = [22, 443] }
variable "from_tfvars" {}
locals {
  name   = "\${var.env}-\${var.from_tfvars}"
  tags   = merge({ a = "1" }, { b = upper(var.env) })
  open   = [for p in var.ports : p if p != 22]
  prod   = var.env == "prod" ? true : false
  joined = join(",", [for k, v in local.tags : "\${k}=\${v}"])
}
resource "aws_s3_bucket" "b" {
  bucket = local.name
  tags   = local.tags
  acl    = local.prod ? "private" : local.joined
}
resource "aws_security_group" "sg" {
  ingress {
    from_port   = local.open[0]
    to_port     = local.open[0]
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`,
      'terraform.tfvars': 'from_tfvars = "x"\n',
      'b.auto.tfvars': 'env = "stage"\n',
    });
    const bucket = input.instances.find((instance) => instance.address === 'aws_s3_bucket.b');
    assert.equal(bucket?.values.bucket, 'stage-x');
    assert.deepEqual(bucket?.values.tags, { a: '1', b: 'STAGE' });
    assert.equal(bucket?.values.acl, 'a=1,b=STAGE');
    const sg = input.instances.find((instance) => instance.address === 'aws_security_group.sg');
    assert.deepEqual(sg?.values.ingress, [{ from_port: 443, to_port: 443, protocol: 'tcp', cidr_blocks: ['0.0.0.0/0'] }]);
  });

  it('knows a resource attribute the configuration sets to a constant, not one computed at apply', () => {
    const { input } = module({ 'main.tf': 'resource "aws_s3_bucket" "logs" {\n  bucket = "central-logs"\n}\nresource "aws_sqs_queue" "q" {\n  name = "${aws_s3_bucket.logs.bucket}-events"\n  tags = { arn = aws_s3_bucket.logs.arn }\n}\n' });
    const queue = input.instances.find((instance) => instance.address === 'aws_sqs_queue.q');
    assert.equal(queue?.values.name, 'central-logs-events');
    assert.ok(isUnknown((queue?.values.tags as Record<string, unknown>).arn));
    assert.deepEqual(queue?.references.get('name'), [{ address: 'aws_s3_bucket.logs', attribute: 'bucket' }]);
  });

  it('--var overrides tfvars and is typed by the declaration', () => {
    const { input } = module({ 'main.tf': 'variable "n" { type = number }\nvariable "s" {}\nresource "aws_ebs_volume" "v" {\n  size = var.n + 1\n  availability_zone = var.s\n}\n' }, { n: '41', s: 'eu-west-1a' });
    assert.equal(input.instances[0]?.values.size, 42);
    assert.equal(input.instances[0]?.values.availability_zone, 'eu-west-1a');
  });

  it('reports a resource, data source or module call declared twice, which Terraform refuses, and checks the first declaration', () => {
    const { input } = module({
      'main.tf': 'resource "aws_sqs_queue" "q" {\n  name = "first"\n}\ndata "aws_iam_policy_document" "d" {}\nmodule "m" {\n  source = "./m"\n}\n',
      'more.tf': 'resource "aws_sqs_queue" "q" {\n  name = "second"\n}\ndata "aws_iam_policy_document" "d" {}\nmodule "m" {\n  source = "./m"\n}\n',
      'm/main.tf': 'resource "aws_sns_topic" "t" {}\n',
    });
    const queues = input.instances.filter((instance) => instance.address === 'aws_sqs_queue.q');
    assert.deepEqual(queues.map((queue) => queue.values.name), ['first']);
    const duplicates = input.problems.filter((problem) => problem.level === 'warning' && problem.message.startsWith('duplicate '));
    assert.deepEqual(
      duplicates.map((problem) => [problem.line, problem.message.replace(/ \(.*/, '')]),
      [
        [1, 'duplicate resource aws_sqs_queue.q'],
        [4, 'duplicate data source data.aws_iam_policy_document.d'],
        [5, 'duplicate module call module.m'],
      ],
    );
    assert.ok(duplicates.every((problem) => problem.file.endsWith('more.tf') && /first declared at main\.tf:\d+\): Terraform rejects the module/.test(problem.message)));
  });

  it('maps an inline ingress rule naming security groups to one entry per group, as CloudFormation names one, with no malformed warning', () => {
    const { document } = module({
      'main.tf': 'resource "aws_security_group" "web" {\n  vpc_id = "vpc-1"\n}\nresource "aws_security_group" "db" {\n  vpc_id = "vpc-1"\n  ingress {\n    protocol        = "tcp"\n    from_port       = 5432\n    to_port         = 5432\n    security_groups = [aws_security_group.web.id, "sg-0123456789abcdef0"]\n  }\n}\n',
    });
    const entries = document.graph.get('aws_security_group.db')?.properties.SecurityGroupIngress;
    assert.ok(Array.isArray(entries) && entries.length === 2);
    assert.equal((entries[1] as Record<string, unknown>).SourceSecurityGroupId, 'sg-0123456789abcdef0');
    assert.ok(isUnknown((entries[0] as Record<string, unknown>).SourceSecurityGroupId));
    assert.deepEqual(document.problems.filter((problem) => /malformed/.test(problem.message)), []);
  });

  it('expands count and for_each, and leaves unknown counts as one instance with a warning', () => {
    const { input } = module({
      'main.tf': `
resource "aws_sqs_queue" "counted" {
  count = 2
  name  = "q\${count.index}"
}
resource "aws_sqs_queue" "each" {
  for_each = { a = "x", b = "y" }
  name     = "\${each.key}-\${each.value}"
}
resource "aws_sqs_queue" "unknown" {
  count = length(data.aws_availability_zones.all.names)
}
`,
    });
    const names = Object.fromEntries(input.instances.map((instance) => [instance.address, instance.values.name]));
    assert.equal(names['aws_sqs_queue.counted[0]'], 'q0');
    assert.equal(names['aws_sqs_queue.counted[1]'], 'q1');
    assert.equal(names['aws_sqs_queue.each["a"]'], 'a-x');
    assert.equal(names['aws_sqs_queue.each["b"]'], 'b-y');
    assert.ok('aws_sqs_queue.unknown' in names);
    assert.ok(input.problems.some((problem) => problem.level === 'warning' && /number of instances is not known/.test(problem.message)));
  });

  it('a split resource with an unknown count may not exist: its owner is undecided, not failing', () => {
    const { document } = module({
      'main.tf': 'variable "enabled" { type = bool }\nresource "aws_iam_user" "u" {\n  name = "u"\n}\nresource "aws_iam_user_policy_attachment" "a" {\n  count      = var.enabled ? 1 : 0\n  user       = aws_iam_user.u.name\n  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"\n}\n',
    });
    const user = document.graph.get('aws_iam_user.u');
    const arns = user?.properties.ManagedPolicyArns;
    assert.ok(isUnknown(arns) && arns.mayBeAbsent);
    const rules = selectRules(builtinRules, { only: ['IAM_USER_NO_POLICIES_CHECK'] });
    assert.equal(evaluateDocument(document, rules).evaluations[0]?.status, 'INSUFFICIENT_DATA');
  });

  it('a variable without a default may be given null, which leaves the argument unset, unless it is declared nullable = false', () => {
    const { document } = module({
      'main.tf': 'variable "maybe" { type = string }\nvariable "required" {\n  type     = string\n  nullable = false\n}\nresource "aws_sns_topic" "maybe" {\n  kms_master_key_id = var.maybe\n}\nresource "aws_sns_topic" "required" {\n  kms_master_key_id = var.required\n}\n',
    });
    const maybe = document.graph.get('aws_sns_topic.maybe')?.properties.KmsMasterKeyId;
    const required = document.graph.get('aws_sns_topic.required')?.properties.KmsMasterKeyId;
    assert.ok(isUnknown(maybe) && maybe.mayBeAbsent);
    assert.ok(isUnknown(required) && !required.mayBeAbsent);
  });

  it('turns references into links the graph follows, through local modules and their outputs', () => {
    const { document } = module({
      'main.tf': 'module "net" {\n  source = "./net"\n  cidr   = "10.0.0.0/16"\n}\nresource "aws_flow_log" "f" {\n  vpc_id       = module.net.vpc_id\n  traffic_type = "ALL"\n}\n',
      'net/main.tf': 'variable "cidr" {}\nresource "aws_vpc" "this" {\n  cidr_block = var.cidr\n}\noutput "vpc_id" {\n  value = aws_vpc.this.id\n}\n',
    });
    const vpc = document.graph.get('module.net.aws_vpc.this');
    assert.equal(vpc?.properties.CidrBlock, '10.0.0.0/16');
    const flowLog = document.graph.get('aws_flow_log.f');
    assert.equal(document.graph.target(flowLog?.properties.ResourceId)?.id, 'module.net.aws_vpc.this');
    assert.deepEqual(document.graph.referrers('module.net.aws_vpc.this', 'AWS::EC2::FlowLog', 'ResourceId').map((r) => r.id), ['aws_flow_log.f']);
  });

  it('lists remote modules as not scanned and never crashes on them', () => {
    const { input } = module({ 'main.tf': 'module "vpc" {\n  source  = "terraform-aws-modules/vpc/aws"\n  version = "5.0.0"\n}\nresource "aws_flow_log" "f" {\n  vpc_id = module.vpc.vpc_id\n}\n' });
    assert.ok(input.problems.some((problem) => /module "vpc" \(terraform-aws-modules\/vpc\/aws\) is not scanned/.test(problem.message)));
    assert.ok(isUnknown(input.instances[0]?.values.vpc_id));
  });

  it('reads tosei:skip comments on and inside resource blocks', () => {
    const { document } = module({ 'main.tf': '# tosei:skip=S3_BUCKET_LOGGING_ENABLED this is the log bucket\nresource "aws_s3_bucket" "logs" {\n  bucket = "logs" // tosei:skip=S3_DEFAULT_ENCRYPTION_KMS SSE-S3 is enough here\n}\n' });
    assert.deepEqual(document.graph.get('aws_s3_bucket.logs')?.metadata, {
      tosei: { skip: [{ id: 'S3_BUCKET_LOGGING_ENABLED', reason: 'this is the log bucket' }, { id: 'S3_DEFAULT_ENCRYPTION_KMS', reason: 'SSE-S3 is enough here' }] },
    });
  });

  it('fails a directory closed on invalid HCL, naming file and line', () => {
    const { input } = module({ 'ok.tf': 'resource "aws_s3_bucket" "a" {}\n', 'bad.tf': 'resource "aws_s3_bucket" "b" {\n  bucket = \n}\n' });
    assert.equal(input.instances.length, 0);
    const [error] = input.problems;
    assert.equal(error?.level, 'error');
    assert.match(error?.file ?? '', /bad\.tf$/);
    assert.equal(error?.line, 2);
  });
});

describe('plan JSON', () => {
  it('marks after_unknown values Unknown, keeping positions of unknown list elements', () => {
    const merged = withUnknowns({ a: 1, list: ['x', null], nested: [{ b: 2 }] }, { id: true, list: [false, true], nested: [{ c: true }] });
    assert.ok(isUnknown((merged as Record<string, unknown>).id));
    const list = (merged as Record<string, unknown[]>).list as unknown[];
    assert.equal(list[0], 'x');
    assert.ok(isUnknown(list[1]));
    const nested = (merged as Record<string, Record<string, unknown>[]>).nested ?? [];
    assert.ok(isUnknown(nested[0]?.c));
  });

  it('never prints sensitive values', () => {
    const plan = {
      format_version: '1.2',
      resource_changes: [
        { address: 'aws_s3_bucket.secret', mode: 'managed', type: 'aws_s3_bucket', name: 'secret', change: { actions: ['create'], before: null, after: { bucket: 'top-secret-bucket-name' }, after_unknown: {}, after_sensitive: { bucket: true } } },
      ],
    };
    const text = JSON.stringify(plan);
    const document = terraformToDocument(readPlan(plan as never, text, 'plan.json'));
    const rules = selectRules(builtinRules, { only: ['S3_BUCKET_LOGGING_ENABLED'] });
    const { evaluations } = evaluateDocument(document, rules);
    assert.ok(evaluations.length > 0);
    for (const evaluation of evaluations) assert.ok(!JSON.stringify(evaluation).includes('top-secret-bucket-name'), evaluation.message);
  });

  it('treats an unknown attribute the configuration does not set as a provider default, not as unknown', () => {
    const plan = {
      format_version: '1.2',
      resource_changes: [
        { address: 'aws_sqs_queue.q', mode: 'managed', type: 'aws_sqs_queue', name: 'q', change: { actions: ['create'], before: null, after: { name: 'q' }, after_unknown: { id: true, arn: true, policy: true } } },
        { address: 'aws_sqs_queue.p', mode: 'managed', type: 'aws_sqs_queue', name: 'p', change: { actions: ['create'], before: null, after: { name: 'p' }, after_unknown: { id: true, arn: true, policy: true } } },
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_sqs_queue.q', mode: 'managed', type: 'aws_sqs_queue', name: 'q', expressions: { name: { constant_value: 'q' } } },
            { address: 'aws_sqs_queue.p', mode: 'managed', type: 'aws_sqs_queue', name: 'p', expressions: { name: { constant_value: 'p' }, policy: { references: ['data.aws_iam_policy_document.p.json', 'data.aws_iam_policy_document.p'] } } },
          ],
        },
      },
    };
    const document = terraformToDocument(readPlan(plan as never, JSON.stringify(plan), 'plan.json'));
    assert.equal(document.graph.get('aws_sqs_queue.q#policy'), undefined, 'no policy is configured');
    assert.ok(isUnknown(document.graph.get('aws_sqs_queue.p#policy')?.properties.PolicyDocument), 'a policy from a data source is unknown');
  });

  it('an update of a split resource is an update of its owner', () => {
    const sse = (algorithm: string) => ({ bucket: 'b', rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: algorithm, kms_master_key_id: '' }], bucket_key_enabled: true }] });
    const plan = {
      format_version: '1.2',
      resource_changes: [
        { address: 'aws_s3_bucket.b', mode: 'managed', type: 'aws_s3_bucket', name: 'b', change: { actions: ['no-op'], before: { bucket: 'b', id: 'b' }, after: { bucket: 'b', id: 'b' }, after_unknown: {} } },
        { address: 'aws_s3_bucket_server_side_encryption_configuration.b', mode: 'managed', type: 'aws_s3_bucket_server_side_encryption_configuration', name: 'b', change: { actions: ['update'], before: sse('aws:kms'), after: sse('AES256'), after_unknown: {} } },
      ],
    };
    const document = terraformToDocument(readPlan(plan as never, JSON.stringify(plan), 'plan.json'));
    const bucket = document.graph.get('aws_s3_bucket.b');
    assert.equal(bucket?.action, 'update');
    const rules = selectRules(builtinRules, { only: ['S3_ENCRYPTION_ALGORITHM_UNCHANGED'] });
    assert.equal(evaluateDocument(document, rules).evaluations[0]?.status, 'NON_COMPLIANT');
  });

  it('refuses an unknown major format version with an error', () => {
    const plan = { format_version: '2.0', resource_changes: [] };
    assert.ok(looksLikePlan(plan));
    const input = readPlan(plan as never, JSON.stringify(plan), 'p.json');
    assert.equal(input.problems[0]?.level, 'error');
  });

  it('never throws on malformed or mutated plans (property-based)', () => {
    const anyJson = fc.jsonValue({ maxDepth: 4 });
    fc.assert(
      fc.property(anyJson, anyJson, anyJson, fc.constantFrom('create', 'update', 'delete', 'no-op', 'read', 'forget'), (after, afterUnknown, expressions, action) => {
        const plan = {
          format_version: '1.2',
          resource_changes: [{ address: 'aws_s3_bucket.x', mode: 'managed', type: 'aws_s3_bucket', name: 'x', change: { actions: [action], before: after, after, after_unknown: afterUnknown, after_sensitive: afterUnknown } }, after],
          configuration: { root_module: { resources: [{ address: 'aws_s3_bucket.x', mode: 'managed', type: 'aws_s3_bucket', name: 'x', expressions }], module_calls: expressions } },
        };
        const document = terraformToDocument(readPlan(plan as never, JSON.stringify(plan), 'p.json'));
        evaluateDocument(document, selectRules(builtinRules));
      }),
      { numRuns: 300 },
    );
  });

  it('reports a plan nested deeper than reading reaches as one error with the line where it gets too deep', () => {
    const change = { address: 'aws_s3_bucket.b', mode: 'managed', type: 'aws_s3_bucket', name: 'b', provider_name: 'registry.terraform.io/hashicorp/aws', change: { actions: ['create'], before: null, after: { bucket: 'x', tags: 'DEEP' }, after_unknown: {} } };
    const text = `{\n"format_version": "1.2",\n"resource_changes": ${JSON.stringify([change]).replace('"DEEP"', `\n${'['.repeat(100_000)}${']'.repeat(100_000)}`)}}\n`;
    const directory = writeFixtureDirectory({ 'plan.json': text }, 'tosei-deep-plan-');
    const problems: ScanProblem[] = [];
    assert.equal(loadInput(join(directory, 'plan.json'), true, {}, problems), undefined);
    assert.deepEqual(problems.map((problem) => [problem.level, problem.line, /nested more than \d+ levels/.test(problem.message)]), [['error', 4, true]]);
  });

  it('reports a plan that is not valid JSON as one error with its line', () => {
    const directory = writeFixtureDirectory({ 'plan.json': '{\n  "format_version": "1.2",\n  "resource_changes": [\n    { oops }\n  ]\n}\n' }, 'tosei-plan-');
    const path = join(directory, 'plan.json');
    const problems: ScanProblem[] = [];
    assert.equal(loadInput(path, true, {}, problems), undefined);
    assert.equal(problems.length, 1);
    assert.equal(problems[0]?.line, 4);
  });
});

describe('HCL parser under malformed input (property-based)', () => {
  const hclish = fc.oneof(
    fc.string(),
    fc.stringMatching(/^[a-z_"={}[\]()$%.,:?!<>#\-\n 0-9*]{0,120}$/),
    fc.constantFrom('resource "a" "b" {', 'x = "${', 'x = <<EOT\nabc', 'locals {\n  a = [for x in y : ]\n}', 'x = a ? b', 'x = {a = 1 b = 2}'),
  );
  it('either parses or throws HclSyntaxError with a line and column', () => {
    fc.assert(
      fc.property(hclish, (text) => {
        try {
          parseHcl(text, 'fuzz.tf');
        } catch (error) {
          assert.ok(error instanceof HclSyntaxError, String(error));
          assert.ok(error.line >= 1 && error.column >= 1);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('refuses text nested deeper than reading reaches with an HclSyntaxError at its deepest line, not a crash', () => {
    for (const text of [`locals {\n  x = ${'('.repeat(50_000)}1${')'.repeat(50_000)}\n}\n`, `locals {\n  x = ${'['.repeat(50_000)}${']'.repeat(50_000)}\n}\n`, `resource "aws_s3_bucket" "b" {\n${'dynamic "a" {\n  content {\n'.repeat(3000)}${'}\n}\n'.repeat(3000)}}\n`]) {
      assert.throws(() => parseHcl(text, 'deep.tf'), (error: unknown) => error instanceof HclSyntaxError && error.line >= 2 && /nested too deeply/.test(error.message));
    }
    // Deep, but within reach: read and judged.
    const { document } = module({ 'main.tf': `locals {\n  x = ${'('.repeat(1000)}"0.0.0.0/0"${')'.repeat(1000)}\n}\nresource "aws_security_group" "s" {\n  ingress {\n    from_port   = 22\n    to_port     = 22\n    protocol    = "tcp"\n    cidr_blocks = [local.x]\n  }\n}\n` });
    const rules = selectRules(builtinRules, { only: ['INCOMING_SSH_DISABLED'] });
    assert.deepEqual(evaluateDocument(document, rules).evaluations.map((evaluation) => evaluation.status), ['NON_COMPLIANT']);
  });

  it('evaluates whatever parses without throwing', () => {
    const expression = fc.stringMatching(/^[a-z0-9_.()[\]{}",:+*\-/%<>=!?& ]{1,60}$/);
    fc.assert(
      fc.property(expression, (text) => {
        const { input } = module({ 'main.tf': `variable "v" { default = [1, "a", { k = true }] }\nlocals { l = ${text} }\nresource "aws_s3_bucket" "b" {\n  bucket = local.l\n  tags = { x = var.v, y = local.l }\n}\n` });
        for (const problem of input.problems) assert.ok(problem.file.length > 0);
      }),
      { numRuns: 150 },
    );
  });
});

describe('robustness over the Terraform corpora', () => {
  it('scans every Terraform directory with every rule: no exception escapes, invalid HCL names file and line', async () => {
    const directories = [...new Set(corpusFiles(['tf']).map((file) => dirname(file.path)))].sort();
    assert.ok(directories.length > 1000, `expected the whole corpus, found ${directories.length} directories`);
    const roots = discoverInputs(directories, () => undefined).filter((input) => input.kind === 'terraform');
    const rules = selectRules(builtinRules);
    let instances = 0;
    let failedClosed = 0;
    const crashes: ScanProblem[] = [];
    for (const root of roots) {
      const problems: ScanProblem[] = [];
      const document = loadTerraformInput(root.path, {}, problems);
      assert.ok(document, `${root.path}: no document`);
      problems.push(...document.problems);
      const result = evaluateDocument(document, rules);
      problems.push(...result.problems);
      instances += document.graph.resources.length;
      crashes.push(...problems.filter((problem) => problem.level === 'error' && (problem.ruleId !== undefined || problem.message.startsWith('internal error'))));
      const syntax = problems.filter((problem) => problem.level === 'error' && problem.message.startsWith('invalid HCL'));
      for (const error of syntax) {
        assert.ok(error.line && error.line >= 1, `${error.file}: no line`);
        assert.match(error.file, /\.tf$/);
      }
      if (syntax.length > 0) failedClosed += 1;
    }
    assert.deepEqual(crashes, []);
    assert.ok(instances > 1000, `only ${instances} mapped resources`);
    assert.ok(failedClosed < roots.length * 0.05, `${failedClosed} of ${roots.length} directories did not parse`);
  });

  it('scans every plan JSON: no exception escapes', () => {
    const files = corpusFiles(['tfplan-json']);
    assert.ok(files.length > 100);
    const rules = selectRules(builtinRules);
    for (const file of files) {
      const problems: ScanProblem[] = [];
      const document = loadInput(file.path, true, {}, problems);
      if (document) problems.push(...evaluateDocument(document, rules).problems, ...document.problems);
      const crashes = problems.filter((problem) => problem.ruleId !== undefined || problem.message.startsWith('internal error'));
      assert.deepEqual(crashes, [], file.path);
    }
  });

  it('maps only known types', () => {
    assert.ok(isMappedType('aws_s3_bucket'));
    assert.ok(isMappedType('aws_s3_bucket_logging'));
    assert.ok(isMappedType('awscc_s3_bucket'));
    assert.ok(!isMappedType('aws_made_up_thing'));
  });
});

describe('plan resource types named like Object.prototype members', () => {
  it('are unmapped types, not adapter crashes', () => {
    const change = (type: string) => ({ address: `${type}.x`, mode: 'managed', type, name: 'x', provider_name: 'registry.terraform.io/hashicorp/aws', change: { actions: ['create'], before: null, after: {}, after_unknown: {} } });
    const plan = { format_version: '1.2', resource_changes: ['toString', 'constructor', '__proto__', 'hasOwnProperty'].map(change), configuration: { root_module: {} } };
    const document = terraformToDocument(readPlan(plan as never, JSON.stringify(plan), 'proto.json'));
    assert.deepEqual(document.problems, []);
    assert.equal(document.graph.resources.length, 0);
  });
});
