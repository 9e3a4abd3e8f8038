import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { main } from '../src/cli/main.js';
import { evaluateGuard, guardInput, guardToEvaluations, GuardParseError, parseGuard, readGuardData, type GuardRuleSet } from '../src/guard/index.js';
import { GuardFloat } from '../src/guard/ast.js';
import type { ScanProblem } from '../src/model/evaluation.js';
import { writeFixtureDirectory } from '../src/rules/tester.js';
import { GUARD_RESOURCES } from './support/guard-corpus.js';

function ruleSet(text: string, file = 'rules.guard'): GuardRuleSet {
  return { files: [parseGuard(text, file)] };
}

function verdicts(text: string, data: unknown): Record<string, string> {
  return Object.fromEntries(evaluateGuard(ruleSet(text), data).map((result) => [result.rule, result.error ? `ERROR ${result.error}` : result.status]));
}

async function run(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { cwd, env: {}, stdoutIsTTY: false, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

const template = {
  Resources: {
    Good: { Type: 'AWS::S3::Bucket', Properties: { BucketEncryption: { SSE: 'aws:kms' }, Tags: [{ Key: 'env', Value: 'prod' }] } },
    Bad: { Type: 'AWS::S3::Bucket', Properties: { Tags: [] } },
    Queue: { Type: 'AWS::SQS::Queue', Properties: { DelaySeconds: 5 } },
  },
};

describe('Guard parser', () => {
  it('names file, line and column in syntax errors', () => {
    assert.throws(
      () => parseGuard('rule ok {\n  Resources exists\n}\nrule bad {\n  Properties.X ==\n}\n', 'x.guard'),
      (error: unknown) => error instanceof GuardParseError && error.line === 6 && error.column === 1 && /^x\.guard:6:1: /.test(error.message),
    );
    assert.throws(() => parseGuard("let x = 'unterminated", 'y.guard'), /y\.guard:1:9: unterminated string/);
    assert.throws(() => parseGuard('rule r { }', 'z.guard'), /z\.guard:1:8: rule r has no clauses/);
  });

  it('parses the whole grammar: rules, when, lets, filters, keys, some, functions, messages, parameterised rules, ranges', () => {
    const file = parseGuard(
      `let buckets = Resources.*[ Type == 'AWS::S3::Bucket' ]
let ports = [22, 3389]
rule check(value) { %value IN r[0, 65535] }
rule A when %buckets !empty {
  some %buckets.Properties.Tags[*] { Key == /^env$/ Value IN ['prod', "dev"] }
  %buckets.Properties[ keys == /Encryption/ ] !empty << Violation: encrypt >>
  let n = count(%buckets)
  %n >= 1 or %n == 0
  check(%n)
  AWS::SQS::Queue when %ports !empty { Properties.DelaySeconds is_int }
  not B
}
rule B { this.'Fn::GetAtt'[0] !exists }
Resources.%ports.Type exists
`,
      'all.guard',
    );
    assert.deepEqual(
      file.rules.map((rule) => rule.name),
      ['check', 'A', 'B', 'default'],
    );
    assert.equal(file.lets.length, 2);
    // `r[` after a dot is a key named r, not a range.
    assert.deepEqual(verdicts('rule x { Resources.r[0] == 1 }', { Resources: { r: [1] } }), { x: 'PASS' });
  });

  it('refuses nesting deeper than the parser reaches with a GuardParseError where it stands, not a crash', () => {
    for (const text of [`rule r {\n  Resources.*.Properties.X == ${'['.repeat(50_000)}${']'.repeat(50_000)}\n}\n`, `rule r {\n${'Resources.*.Properties.X {\n'.repeat(20_000)}${'}\n'.repeat(20_000)}}\n`]) {
      assert.throws(() => parseGuard(text, 'deep.guard'), (error: unknown) => error instanceof GuardParseError && error.line >= 2 && /nested too deeply/.test(error.message));
    }
  });

  it('never throws anything but a GuardParseError with a line and column on malformed input', () => {
    const fragments = ['rule', 'let', 'x', '=', '{', '}', '[', ']', '(', ')', '%v', "'s'", '"t"', '/re/', '<<m>>', 'when', 'some', 'not', '!', '==', '!=', 'IN', 'exists', 'empty', '.', '*', ',', '12', '-3.5', 'r[', 'or', 'AWS::S3::Bucket', 'keys', 'this', 'count(', '\n', ' ', '#c\n', '|OR|', ':'];
    fc.assert(
      fc.property(fc.oneof(fc.array(fc.constantFrom(...fragments), { maxLength: 40 }).map((parts) => parts.join(' ')), fc.string({ maxLength: 80 })), (text) => {
        try {
          parseGuard(text, 'fuzz.guard');
        } catch (error) {
          assert.ok(error instanceof GuardParseError, `threw ${String(error)}`);
          assert.ok(error.line >= 1 && error.column >= 1);
          assert.match(error.message, /^fuzz\.guard:\d+:\d+: /);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('Guard evaluator (cfn-guard 3.x semantics)', () => {
  it('a quoted name leading a clause is a key of the data: followed by a dot, a bracket or a block (cfn-guard 3.1.1)', () => {
    const data = {
      Resources: {
        I: { Type: 'AWS::EC2::Instance', Metadata: { 'AWS::CloudFormation::Authentication': { x: 1 } }, Properties: { UserData: { 'Fn::GetAtt': ['a', 'b'] } } },
      },
    };
    assert.deepEqual(
      verdicts(
        `rule dotted { Resources.I.Metadata { "AWS::CloudFormation::Authentication".x == 1 } }
rule block { Resources.I.Properties.UserData { 'Fn::GetAtt' { this is_list } } }
rule bracket { Resources.I.Properties.UserData { 'Fn::GetAtt'[0] == 'a' } }
rule filter { Resources.*[ 'Type' == 'AWS::EC2::Instance' ] !empty }
rule missing { Resources.* { "Missing" exists } }`,
        data,
      ),
      { dotted: 'PASS', block: 'PASS', bracket: 'PASS', filter: 'PASS', missing: 'FAIL' },
    );
  });

  it('missing keys FAIL, empty selections SKIP, `when` that does not PASS skips', () => {
    assert.deepEqual(
      verdicts(
        `let sqs = Resources.*[ Type == 'AWS::SQS::Queue' ]
let none = Resources.*[ Type == 'AWS::Nope' ]
rule missing { Resources.*[ Type == 'AWS::S3::Bucket' ].Properties.BucketEncryption exists }
rule empty_selection { %none.Properties.X == 1 }
rule guarded when %none !empty { %none.Properties.X == 1 }
rule none_empty { %none empty }
rule delay { %sqs.Properties.DelaySeconds >= 5 }`,
        template,
      ),
      { missing: 'FAIL', empty_selection: 'SKIP', guarded: 'SKIP', none_empty: 'PASS', delay: 'PASS' },
    );
  });

  it('a key the map does not hold is looked up re-cased, as cfn-guard does: `!Ref` finds Ref, FOO finds Foo', () => {
    const data = { A: { Foo: 1, '!Baz': 2, Qux: { my_key: 3, 'Other-Key': 4 } }, B: { Tags: 1, Tag: 2 } };
    assert.deepEqual(
      verdicts(
        `rule bang { A.'!Foo' == 1 }
rule upper { A.FOO == 1 }
rule exact_first { A.'!Baz' == 2 }
rule no_reverse { A.Baz exists }
rule snake { A.Qux.myKey == 3 }
rule train { A.Qux.'other key' == 4 }
rule digit { A.'1Foo' exists }
rule sticky { A.'!Qux'.MyKey == 3 }
rule sticky_train { A.qux.'other key' == 4 }`,
        data,
      ),
      // Checked on cfn-guard 3.1.1: once a key is found re-cased (here '!Qux' in class case), only
      // that re-casing is tried further down the path (MyKey does not find my_key).
      { bang: 'PASS', upper: 'PASS', exact_first: 'PASS', no_reverse: 'FAIL', snake: 'PASS', train: 'PASS', digit: 'FAIL', sticky: 'FAIL', sticky_train: 'FAIL' },
    );
  });

  it('reads YAML data as cfn-guard 3.1.1: its scalars, short-form tags by node kind, empty values as text', () => {
    const data = readGuardData(
      'A:\n  P: !Ref Pw\n  G: !GetAtt B.Arn\n  L: !GetAtt [B, Arn]\n  C: !Cidr [a, 1]\n  R: !Ref [a]\n  T: !Transform {Name: x}\n  N: !Ref 12\n' +
        'S:\n  yes: yes\n  True: True\n  true: true\n  octal: 0777\n  exp: 1e3\n  float: 1.0\n  hex: 0x1F\n  empty:\n  written: ~\n',
      'data.yaml',
      [],
    );
    const floats = (data as { S: Record<string, unknown> }).S;
    assert.ok(floats.exp instanceof GuardFloat && floats.float instanceof GuardFloat);
    assert.deepEqual(JSON.parse(JSON.stringify(data)), {
      A: { P: { Ref: 'Pw' }, G: { 'Fn::GetAtt': 'B.Arn' }, L: { 'Fn::GetAtt': ['B', 'Arn'] }, C: ['a', 1], R: ['a'], T: { Name: 'x' }, N: { Ref: '12' } },
      S: { yes: 'yes', True: 'True', true: true, octal: 777, exp: 1000, float: 1, hex: '0x1F', empty: '', written: null },
    });
    const problems: ScanProblem[] = [];
    assert.equal(readGuardData('A: inf\n', 'inf.yaml', problems), undefined);
    assert.equal(problems.length, 1);
    // Unit-test files are read with YAML 1.2 core scalars (True is a boolean, an empty value null).
    assert.deepEqual(readGuardData('- {a: True, b: , c: yes, d: !Ref x}\n', 'tests.yaml', [], 'test'), [{ a: true, b: null, c: 'yes', d: { Ref: 'x' } }]);
  });

  it('variables as keys: strings and lists of strings are looked up exactly, other values are an evaluation error', () => {
    const data = { Parameters: { Pw: { NoEcho: true }, Name: {} }, Resources: { A: { Properties: { P: { Ref: 'Pw' }, Q: { Ref: 'Name' } } } } };
    assert.deepEqual(
      verdicts(
        `let refs = Resources.*.Properties.*.Ref
let structs = Parameters[ NoEcho exists ]
rule some_secret { some Parameters.%refs.NoEcho == true }
rule all_secret { Parameters.%refs.NoEcho == true }
rule not_keys { Parameters.%structs exists }`,
        data,
      ),
      { some_secret: 'PASS', all_secret: 'FAIL', not_keys: 'ERROR %structs gives {"NoEcho":true}, not a key (a string), at /Parameters/Pw' },
    );
  });

  it('some versus the default all, blocks, disjunctions and rule references', () => {
    assert.deepEqual(
      verdicts(
        `let buckets = Resources.*[ Type == 'AWS::S3::Bucket' ]
rule all_encrypted { %buckets.Properties.BucketEncryption exists }
rule some_encrypted { some %buckets.Properties.BucketEncryption exists }
rule tagged_block { %buckets { Properties.Tags !empty or Properties.BucketEncryption exists } }
rule some_tag { some %buckets.Properties.Tags[*] { Key == 'env' Value == 'prod' } }
rule ref_fail { all_encrypted }
rule ref_not { not all_encrypted }
rule skipped when all_encrypted { %buckets exists }`,
        template,
      ),
      { all_encrypted: 'FAIL', some_encrypted: 'PASS', tagged_block: 'FAIL', some_tag: 'PASS', ref_fail: 'FAIL', ref_not: 'PASS', skipped: 'SKIP' },
    );
  });

  it('list/scalar comparisons, IN, ranges, regexes, incomparable types and functions', () => {
    assert.deepEqual(
      verdicts(
        `rule list_eq { L == [1, 2] }
rule each { L[*] IN [1, 2] }
rule scalar_list { L[*] == [1, 2] }
rule ge_every { L[*] >= [0, 1] }
rule range { L[*] IN r[1, 2] }
rule regex { S == /^ab/ }
rule neq_types { B != 'x' }
rule joined { let j = join(L2[*], '-')
  %j == 'a-b' }
rule upper { let u = to_upper(S)
  %u == 'ABC' }
rule parsed { let p = json_parse(J)
  %p.k == 1 }
rule sub { let s = substring(S, 0, 2)
  %s == 'ab' }
rule replaced { let r = regex_replace(S, '^(a)(b)', '\${2}\${1}')
  %r == 'bac' }`,
        { L: [1, 2], L2: ['a', 'b'], S: 'abc', B: true, J: '{"k": 1}' },
      ),
      { list_eq: 'PASS', each: 'PASS', scalar_list: 'FAIL', ge_every: 'PASS', range: 'PASS', regex: 'PASS', neq_types: 'FAIL', joined: 'PASS', upper: 'PASS', parsed: 'PASS', sub: 'PASS', replaced: 'PASS' },
    );
  });

  it('EMPTY on a number is an evaluation error, as in cfn-guard', () => {
    assert.match(verdicts('rule r { N empty }', { N: 3 }).r!, /^ERROR EMPTY is not defined/);
  });
});

describe('Guard verdicts as Evaluations', () => {
  it('gives one NON_COMPLIANT evaluation per failing resource with the custom message, and document-level PASS/SKIP', () => {
    const rules = ruleSet(`let buckets = Resources.*[ Type == 'AWS::S3::Bucket' ]
rule S3_ENCRYPTED when %buckets !empty {
  %buckets.Properties.BucketEncryption exists << Violation: buckets must be encrypted >>
}
rule NO_TABLES { Resources.*[ Type == 'AWS::DynamoDB::Table' ] { Properties exists } }`);
    const evaluations = guardToEvaluations(rules, template, { file: 'template.yaml', format: 'cloudformation' });
    const failing = evaluations.filter((evaluation) => evaluation.status === 'NON_COMPLIANT');
    assert.deepEqual(
      failing.map((evaluation) => [evaluation.ruleId, evaluation.resource.id, evaluation.resource.type, evaluation.message]),
      [['S3_ENCRYPTED', 'Bad', 'AWS::S3::Bucket', 'S3_ENCRYPTED: Violation: buckets must be encrypted']],
    );
    assert.deepEqual(
      evaluations.filter((evaluation) => evaluation.status !== 'NON_COMPLIANT').map((evaluation) => [evaluation.ruleId, evaluation.status]),
      [['NO_TABLES', 'NOT_APPLICABLE']],
    );
  });

  it('builds the Guard input of each gate (template, plan, configuration item, §A.4 hook input)', () => {
    assert.equal(guardInput({ kind: 'cloudformation', template }), template);
    const hook = guardInput({
      kind: 'hook',
      context: { TargetName: 'AWS::S3::Bucket', TargetType: 'RESOURCE', TargetLogicalId: 'B' },
      resources: { B: { type: 'AWS::S3::Bucket', properties: { ObjectLockEnabled: true } } },
      previousResources: { B: { type: 'AWS::S3::Bucket', properties: { ObjectLockEnabled: false } } },
    });
    assert.deepEqual(hook, {
      HookContext: { TargetName: 'AWS::S3::Bucket', TargetType: 'RESOURCE', TargetLogicalId: 'B' },
      Resources: { B: { Type: 'AWS::S3::Bucket', Properties: { ObjectLockEnabled: true } } },
      Previous: { B: { Type: 'AWS::S3::Bucket', Properties: { ObjectLockEnabled: false } } },
    });
    const item = { resourceType: 'AWS::S3::Bucket', resourceId: 'my-bucket', configuration: { name: 'my-bucket' } };
    const evaluations = guardToEvaluations(ruleSet('rule VERSIONED { configuration.versioning exists }'), guardInput({ kind: 'config-item', configurationItem: item }), { file: 'ci.json', format: 'config-item' });
    assert.deepEqual(
      evaluations.map((evaluation) => [evaluation.status, evaluation.resource.id]),
      [['NON_COMPLIANT', 'my-bucket']],
    );
  });
});

describe('tosei guard validate / test', () => {
  const dir = writeFixtureDirectory(
    {
      'rules/s3.guard': "let b = Resources.*[ Type == 'AWS::S3::Bucket' ]\nrule S3_TAGGED when %b !empty { %b.Properties.Tags !empty << tag it >> }\n",
      'rules/bad.guard': 'rule broken {\n  Resources.* ==\n}\n',
      'data/ok.yaml': 'Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Ref Name\n      Tags: [{Key: a, Value: b}]\n',
      'data/bad.json': '{"Resources": {"B": {"Type": "AWS::S3::Bucket", "Properties": {}}}}',
      'rules/tests/s3_tests.yaml': '- name: pass\n  input: {Resources: {B: {Type: AWS::S3::Bucket, Properties: {Tags: [{Key: a}]}}}}\n  expectations: {rules: {S3_TAGGED: PASS}}\n- name: skip\n  input: {}\n  expectations: {rules: {S3_TAGGED: SKIP}}\n',
      'wrong_tests.yaml': '- input: {}\n  expectations: {rules: {S3_TAGGED: PASS}}\n',
    },
    'tosei-guard-cli-',
  );

  it('validate exits 0 on pass, 19 on a failing rule, 5 on a rule file that does not parse', async () => {
    assert.equal((await run(['guard', 'validate', '-r', 'rules/s3.guard', '-d', 'data/ok.yaml'], dir)).code, 0);
    const failing = await run(['guard', 'validate', '-r', 'rules/s3.guard', '-d', 'data'], dir);
    assert.equal(failing.code, 19);
    assert.match(failing.stdout, /bad\.json Status = FAIL/);
    assert.match(failing.stdout, /tag it/);
    // As cfn-guard 3.1.1: the file that does not parse is reported, the others are still validated,
    // and the run exits 19 when a rule failed, otherwise 5.
    const broken = await run(['guard', 'validate', '-r', 'rules', '-d', 'data', '-S', 'all'], dir);
    assert.equal(broken.code, 19);
    assert.match(broken.stderr, /bad\.guard:3:1: /);
    assert.match(broken.stdout, /bad\.json Status = FAIL/);
    assert.match(broken.stdout, /ok\.yaml Status = PASS\nPASS rules\ns3\.guard\/S3_TAGGED {4}PASS/);
    const brokenPassing = await run(['guard', 'validate', '-r', 'rules', '-d', 'data/ok.yaml', '-S', 'all'], dir);
    assert.equal(brokenPassing.code, 5);
    assert.match(brokenPassing.stdout, /S3_TAGGED {4}PASS/);
    const report = await run(['guard', 'validate', '-r', 'rules', '-d', 'data', '--format', 'json'], dir);
    assert.equal(report.code, 19);
    const parsed = JSON.parse(report.stdout) as { results: unknown[]; errors: Array<{ file: string; line?: number }> };
    assert.equal(parsed.results.length, 2);
    assert.deepEqual(
      parsed.errors.map((problem) => [problem.file.replace(/^.*[\\/]/, ''), problem.line]),
      [['bad.guard', 3]],
    );
  });

  it('validate writes Tosei report formats', async () => {
    const result = await run(['guard', 'validate', '-r', 'rules/s3.guard', '-d', 'data', '--format', 'json'], dir);
    const report = JSON.parse(result.stdout) as { results: Array<{ ruleId: string; status: string; resource: { id: string } }> };
    assert.deepEqual(
      report.results.map((item) => [item.ruleId, item.status, item.resource.id]).sort(),
      [
        ['S3_TAGGED', 'COMPLIANT', 'ok.yaml'],
        ['S3_TAGGED', 'NON_COMPLIANT', 'B'],
      ],
    );
  });

  it('validate writes the same report to --output as to stdout, in every format', async () => {
    for (const format of ['text', 'json', 'sarif']) {
      const printed = await run(['guard', 'validate', '-r', 'rules/s3.guard', '-d', 'data', '--format', format], dir);
      const written = await run(['guard', 'validate', '-r', 'rules/s3.guard', '-d', 'data', '--format', format, '--output', `out.${format}`], dir);
      assert.equal(written.code, 19);
      assert.equal(written.stdout, '');
      assert.ok(printed.stdout.length > 0);
      assert.equal(readFileSync(join(dir, `out.${format}`), 'utf8'), printed.stdout);
    }
  });

  it('test exits 0 when expectations hold, 7 when one does not; directory mode finds tests/ beside the rules', async () => {
    assert.equal((await run(['guard', 'test', '-r', 'rules/s3.guard', '-t', 'rules/tests/s3_tests.yaml'], dir)).code, 0);
    const wrong = await run(['guard', 'test', '-r', 'rules/s3.guard', '-t', 'wrong_tests.yaml'], dir);
    assert.equal(wrong.code, 7);
    assert.match(wrong.stdout, /S3_TAGGED: Expected = PASS, Evaluated = SKIP/);
    const directory = await run(['guard', 'test', '-d', 'rules', '--format', 'json'], dir);
    // bad.guard has no tests, so only s3.guard runs.
    assert.equal(directory.code, 0, directory.stderr);
    assert.equal((JSON.parse(directory.stdout) as unknown[]).length, 2);
  });

  it("passes cfn-guard's own test-command fixtures and guard-examples", async () => {
    assert.equal((await run(['guard', 'test', '-d', join(GUARD_RESOURCES, 'guard', 'resources', 'test-command', 'dir')], dir)).code, 0);
    const examples = join(GUARD_RESOURCES, 'guard-examples');
    for (const [rules, tests] of [
      ['cross-account/sns-cross-account.guard', 'cross-account/sns-cross-account-tests.yaml'],
      ['cross-account/sns-cross-account-t-parameterized.guard', 'cross-account/sns-cross-account-t-parameterized-tests.yaml'],
      ['deployment-safety/ecs-taskdef.guard', 'deployment-safety/ecs-taskdef-tests.yaml'],
      ['encryption/dynamodb-table-sse.guard', 'encryption/dynamodb-table-sse-tests.yaml'],
      ['security-policies/apigateway-restapi.guard', 'security-policies/apigateway-restapi-tests.yaml'],
      ['terraform-infra-related/check-s3-tags-present.guard', 'terraform-infra-related/check-s3-tags-present-tests.yaml'],
    ] as const) {
      const result = await run(['guard', 'test', '-r', join(examples, rules), '-t', join(examples, tests)], dir);
      assert.equal(result.code, 0, `${rules}: ${result.stdout}`);
    }
  });
});

describe('tosei scan --rules', () => {
  it('runs Guard rules beside the built-in rules, per resource, in the same report', async () => {
    const dir = writeFixtureDirectory(
      {
        'guard/tags.guard': "let b = Resources.*[ Type == 'AWS::S3::Bucket' ]\nrule BUCKETS_TAGGED when %b !empty { %b.Properties.Tags !empty << Violation: tag every bucket >> }\n",
        'template.yaml': 'Resources:\n  Logs:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: logs\n',
      },
      'tosei-guard-scan-',
    );
    const result = await run(['scan', 'template.yaml', '--rules', 'guard', '--format', 'json'], dir);
    const report = JSON.parse(result.stdout) as { results: Array<{ ruleId: string; status: string; message: string; resource: { id: string }; location: { line?: number } }> };
    const guard = report.results.filter((item) => item.ruleId === 'BUCKETS_TAGGED');
    assert.deepEqual(
      guard.map((item) => [item.status, item.resource.id, item.message, item.location.line]),
      [['NON_COMPLIANT', 'Logs', 'BUCKETS_TAGGED: Violation: tag every bucket', 2]],
    );
    assert.ok(report.results.some((item) => item.ruleId !== 'BUCKETS_TAGGED'), 'built-in rules ran too');
    assert.equal(result.code, 1);
    const broken = writeFixtureDirectory({ 'g/x.guard': 'rule r {\n  A ==\n}\n', 't.yaml': 'Resources: {}\n' }, 'tosei-guard-scan-');
    const bad = await run(['scan', 't.yaml', '--rules', 'g'], broken);
    assert.equal(bad.code, 2);
    assert.match(bad.stdout, /x\.guard\n\s+3:1\s+error\s+expected the right-hand side/);
  });

  it('applies .tosei.yml exceptions to Guard verdicts by rule name and resource', async () => {
    const dir = writeFixtureDirectory(
      {
        'guard/tags.guard': "let b = Resources.*[ Type == 'AWS::S3::Bucket' ]\nrule BUCKETS_TAGGED when %b !empty { %b.Properties.Tags !empty << Violation: tag every bucket >> }\n",
        'template.yaml': 'Resources:\n  Logs:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: logs\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: data\n',
        '.tosei.yml': 'exceptions:\n  - rule: BUCKETS_TAGGED\n    resource: Logs\n    reason: access logs are tagged by the log pipeline\n',
      },
      'tosei-guard-exceptions-',
    );
    const result = await run(['scan', 'template.yaml', '--rules', 'guard', '--format', 'json'], dir);
    const report = JSON.parse(result.stdout) as { results: Array<{ ruleId: string; status: string; resource: { id: string }; suppressed?: { kind: string; reason: string } }>; warnings: unknown[] };
    const guard = report.results.filter((item) => item.ruleId === 'BUCKETS_TAGGED').map((item) => [item.resource.id, item.status, item.suppressed?.kind ?? null]);
    assert.deepEqual(guard.sort(), [
      ['Data', 'NON_COMPLIANT', null],
      ['Logs', 'NON_COMPLIANT', 'config'],
    ]);
    assert.equal(JSON.stringify(report.warnings).includes('matched nothing'), false, 'the exception counts as used');
  });
});

