// What a new user meets in the first hour (issue 14), each through the built CLI as a user runs it.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { create } from 'tar';
import { isRecommended } from '../src/engine/rule-sets.js';
import { buildConfigEvent } from '../src/gates/config-rule/testing.js';
import { ipPermission, securityGroupItem } from '../src/rules/config-fixtures.js';
import { startFakeAws } from './support/fake-aws.js';
import { startLocalServer } from './support/local-server.js';
import { signBody } from '../src/gates/run-task/signature.js';
import { builtinRules } from '../src/rules/index.js';
import { ROOT, startTosei, tosei, workspace } from './support/cli.js';
import { FakeTfe, hmacKey, runTaskPayload, tfeToken } from './support/fake-tfe.js';

interface JsonReport {
  results: { ruleId: string; status: string; resource: { id: string; key?: string }; location: { file: string }; suppressed?: { reason: string } }[];
  errors: { file: string; line?: number; message: string }[];
  warnings: { file: string; line?: number; message: string }[];
}

const json = (stdout: string): JsonReport => JSON.parse(stdout) as JsonReport;
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A bucket that S3_DEFAULT_ENCRYPTION_KMS finds non-compliant (no KMS default encryption). */
const bucketTemplate = (logicalId: string): string => `Resources:\n  ${logicalId}:\n    Type: AWS::S3::Bucket\n`;

describe('1. .tosei.yml file globs', () => {
  // The README's own example exception, as it stands there.
  const settings = [
    'exceptions:',
    '  - rule: S3_DEFAULT_ENCRYPTION_KMS',
    '    resource: "Legacy*"          # glob over the logical id',
    '    file: "templates/old/**"     # optional',
    '    reason: Migrating to KMS in Q3',
    '',
  ].join('\n');

  it('match paths relative to the settings file, from its directory and from elsewhere', async () => {
    const project = workspace({
      '.tosei.yml': settings,
      'templates/old/app.yaml': bucketTemplate('LegacyBucket'),
      'templates/new/app.yaml': bucketTemplate('LegacyBucket'),
    });
    const verdicts = (report: JsonReport) =>
      report.results
        .filter((result) => result.ruleId === 'S3_DEFAULT_ENCRYPTION_KMS')
        .map((result) => `${result.location.file.replace(/\\/g, '/')} ${result.suppressed ? 'suppressed' : result.status}`)
        .sort();

    const fromProject = await tosei(['scan', '.', '--only', 'S3_DEFAULT_ENCRYPTION_KMS', '--format', 'json'], { cwd: project });
    assert.deepEqual(verdicts(json(fromProject.stdout)), ['templates/new/app.yaml NON_COMPLIANT', 'templates/old/app.yaml suppressed']);
    assert.deepEqual(json(fromProject.stdout).warnings, []);

    // The same settings named from a subdirectory: the glob is still relative to the settings file.
    const fromTemplates = await tosei(['scan', '.', '--only', 'S3_DEFAULT_ENCRYPTION_KMS', '--config', '../.tosei.yml', '--format', 'json'], { cwd: join(project, 'templates') });
    assert.deepEqual(verdicts(json(fromTemplates.stdout)), ['new/app.yaml NON_COMPLIANT', 'old/app.yaml suppressed']);
  });

  it('match a Terraform resource by the .tf file that declares it', async () => {
    const project = workspace({
      '.tosei.yml': settings.replace('Legacy*', 'aws_s3_bucket.legacy'),
      'templates/old/main.tf': 'resource "aws_s3_bucket" "legacy" {\n  bucket = "legacy"\n}\n',
    });
    const result = await tosei(['scan', 'templates', '--only', 'S3_DEFAULT_ENCRYPTION_KMS', '--format', 'json'], { cwd: project });
    const [finding] = json(result.stdout).results;
    assert.equal(finding?.suppressed?.reason, 'Migrating to KMS in Q3');
  });
});

describe('2. count on a bucket and its split encryption resource', () => {
  const hcl = (bucketCount: string, encryptionCount: string): string => `variable "create" {
  type = bool
}

variable "encrypt" {
  type = bool
}

resource "aws_s3_bucket" "b" {
${bucketCount}  bucket = "my-bucket"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "b" {
${encryptionCount}  bucket = aws_s3_bucket.b[0].id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}
`;
  const verdict = async (directory: string, ...extra: string[]) => {
    const result = await tosei(['scan', '.', '--only', 'S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED', '--format', 'json', ...extra], { cwd: directory });
    return json(result.stdout).results.map((entry) => `${entry.resource.id} ${entry.status}`);
  };

  it('merges as conditional: the same condition follows it, another gives INSUFFICIENT_DATA, never a false NON_COMPLIANT', async () => {
    const same = workspace({ 'main.tf': hcl('  count  = var.create ? 1 : 0\n', '  count  = var.create ? 1 : 0\n') });
    assert.deepEqual(await verdict(same), ['aws_s3_bucket.b COMPLIANT']);
    assert.deepEqual(await verdict(same, '--var', 'create=true'), ['aws_s3_bucket.b[0] COMPLIANT']);
    assert.deepEqual(await verdict(same, '--var', 'create=false'), []);

    const other = workspace({ 'main.tf': hcl('  count  = var.create ? 1 : 0\n', '  count  = var.encrypt ? 1 : 0\n') });
    assert.deepEqual(await verdict(other), ['aws_s3_bucket.b INSUFFICIENT_DATA']);
    assert.deepEqual(await verdict(other, '--var', 'create=true', '--var', 'encrypt=true'), ['aws_s3_bucket.b[0] COMPLIANT']);
    assert.deepEqual(await verdict(other, '--var', 'create=true', '--var', 'encrypt=false'), ['aws_s3_bucket.b[0] NON_COMPLIANT']);
  });
});

describe('3. one resource, one key, at every gate', () => {
  const OPEN_SSH = 'resource "aws_security_group" "ssh" {\n  name = "ssh"\n  ingress {\n    from_port   = 22\n    to_port     = 22\n    protocol    = "tcp"\n    cidr_blocks = ["0.0.0.0/0"]\n  }\n}\n';

  it('run task: two runs of one workspace are one resource in tosei report and tosei history', async () => {
    const project = workspace({ 'configuration/main.tf': OPEN_SSH });
    await create({ gzip: true, file: join(project, 'cv.tar.gz'), cwd: join(project, 'configuration') }, ['main.tf']);
    const tfe = await new FakeTfe({ token: tfeToken, configurations: { 'cv-ssh': readFileSync(join(project, 'cv.tar.gz')) } }).start();
    after(() => tfe.close());
    const server = await startTosei(['serve', '--port', '0', '--store-file', 'tosei.db'], (line) => line.includes('"listening"'), {
      cwd: project,
      env: { TOSEI_HMAC_KEY: hmacKey, TOSEI_TFE_HOSTS: tfe.apiHost, TOSEI_TFE_REDIRECT_HOSTS: tfe.archivistHost },
    });
    const port = (JSON.parse(server.stderr().split('\n').find((line) => line.includes('"listening"')) as string) as { port: number }).port;
    for (const id of ['taskrs-first', 'taskrs-second']) {
      const body = JSON.stringify(runTaskPayload(tfe, id, { stage: 'pre_plan', plan_json_api_url: null, configuration_version_download_url: tfe.configurationUrl('cv-ssh') }));
      const response = await fetch(`http://127.0.0.1:${port}/run-task`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-tfc-task-signature': signBody(hmacKey, body) }, body });
      assert.equal(response.status, 200);
      assert.equal((await tfe.finalCallback(id)).status, 'failed');
    }
    assert.equal(await server.stop(), 0);

    const report = await tosei(['report', '--since', '1d', '--format', 'json'], { cwd: project });
    assert.equal(report.code, 0, report.stderr);
    const parsed = JSON.parse(report.stdout) as { runs: unknown[]; failing: { ruleId: string; resource: { key: string } }[] };
    assert.equal(parsed.runs.length, 2);
    assert.deepEqual(
      parsed.failing.filter((failing) => failing.ruleId === 'INCOMING_SSH_DISABLED').map((failing) => failing.resource.key),
      ['terraform:hashicorp/tfr_github_0/aws_security_group.ssh'],
    );
    const history = await tosei(['history', 'aws_security_group.ssh', '--rule', 'INCOMING_SSH_DISABLED'], { cwd: project });
    assert.match(history.stdout, /first seen -> NON_COMPLIANT/);
    assert.equal(history.stdout.match(/first seen/g)?.length, 1, history.stdout);
  });

  it('scan --stack-name: a template\'s resources keyed by stack and logical id, as the hook keys them', async () => {
    const project = workspace({ 'app.yaml': bucketTemplate('Logs') });
    const scanned = await tosei(['scan', 'app.yaml', '--stack-name', 'app-prod', '--only', 'S3_BUCKET_LOGGING_ENABLED', '--format', 'json'], { cwd: project });
    assert.deepEqual(json(scanned.stdout).results.map((result) => result.resource.key), ['cloudformation:app-prod/Logs']);
  });

  it('hook: the same resource in two requests of one stack has one history', async () => {
    const project = workspace();
    const request = join(ROOT, 'test/fixtures/cfn-hook/resource-create.json');
    for (let attempt = 0; attempt < 2; attempt++) {
      const invoked = await tosei(['hook', 'invoke', '--event', request, '--store'], { cwd: project });
      assert.match(invoked.stderr, /recorded \d+ evaluations/);
    }
    const history = await tosei(['history', 'cloudformation:DataStack/RawDataBucket', '--format', 'json'], { cwd: project });
    const parsed = JSON.parse(history.stdout) as { latest: { ruleId: string }[]; changes: unknown[] };
    assert.ok(parsed.latest.length > 0);
    // One first evaluation per rule, not one per request.
    assert.equal(parsed.changes.length, parsed.latest.length);
  });
});

describe('12. one store option everywhere', () => {
  it('history and report name the missing store and leave no tosei.db behind', async () => {
    const project = workspace();
    for (const args of [['history', 'vpc-1'], ['report', '--since', '7d'], ['remediate', '--store']]) {
      const result = await tosei(args, { cwd: project });
      assert.equal(result.code, 2, args.join(' '));
      assert.match(result.stderr, /no evaluation store at .*tosei\.db.*--store-file/, args.join(' '));
    }
    assert.equal(existsSync(join(project, 'tosei.db')), false);
  });

  it('every store command takes --store-file; the old names work with a deprecation note', async () => {
    const project = workspace({ 'event.json': '{}' });
    for (const command of [['history', 'x'], ['report', '--since', '1d'], ['scan', 'aws'], ['serve'], ['remediate'], ['config-rule', 'invoke'], ['hook', 'invoke']]) {
      const help = await tosei([...command, '--help'], { cwd: project });
      assert.match(help.stdout, /--store-file FILE/, command.join(' '));
      assert.match(help.stdout, /--database-url URL/, command.join(' '));
    }
    const seeded = await tosei(['remediate', '--store', '--store-file', 'mine.db'], { cwd: project });
    assert.match(seeded.stderr, /no evaluation store at .*mine\.db/);
    const old = await tosei(['remediate', '--store', '--database', 'old.db'], { cwd: project });
    assert.match(old.stderr, /--database is deprecated; use --store-file/);
    assert.match(old.stderr, /no evaluation store at .*old\.db/);
  });
});

describe('4. rule sets', () => {
  it('a template that follows AWS best practice passes the default set; --rules-set all adds the organisation-specific rules', async () => {
    const passed = await tosei(['scan', 'examples/best-practice/', '--region', 'eu-west-1']);
    assert.equal(passed.code, 0, passed.stdout);
    assert.match(passed.stdout, /✔ Passed/);
    const all = await tosei(['scan', 'examples/best-practice/', '--rules-set', 'all', '--format', 'json']);
    assert.equal(all.code, 1);
    const failing = new Set(json(all.stdout).results.filter((result) => result.status === 'NON_COMPLIANT' && !result.suppressed).map((result) => result.ruleId));
    // What fails now are the rules outside the recommended set, and only those.
    const outside = builtinRules.filter((rule) => !isRecommended(rule.meta)).map((rule) => rule.meta.id);
    assert.ok(failing.size >= 4, [...failing].join());
    for (const ruleId of failing) assert.ok(outside.includes(ruleId), ruleId);
  });

  it('tosei fix reaches exit 0 on a bare bucket with the default set (the two S3 encryption rules no longer contradict)', async () => {
    const project = workspace({ 'app.yaml': bucketTemplate('Data') });
    const fixed = await tosei(['fix', 'app.yaml'], { cwd: project });
    assert.equal(fixed.code, 0, fixed.stdout + fixed.stderr);
    const rescanned = await tosei(['scan', 'app.yaml', '--skip', 'S3_BUCKET_LOGGING_ENABLED'], { cwd: project });
    assert.equal(rescanned.code, 0, rescanned.stdout);
    const withAll = workspace({ 'app.yaml': bucketTemplate('Data') });
    assert.equal((await tosei(['fix', 'app.yaml', '--rules-set', 'all'], { cwd: withAll })).code, 1);
  });

  it('a rule outside the set runs when named, configured or given parameters; the settings file can choose the set', async () => {
    const openHttps = 'Resources:\n  Web:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: web\n      SecurityGroupIngress:\n        - { IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0 }\n';
    const project = workspace({ 'sg.yaml': openHttps });
    const ruleIds = async (...args: string[]) => new Set(json((await tosei(['scan', 'sg.yaml', '--format', 'json', ...args], { cwd: project })).stdout).results.map((result) => result.ruleId));
    assert.equal((await ruleIds()).has('VPC_SG_OPEN_ONLY_TO_AUTHORIZED_PORTS'), false);
    assert.equal((await tosei(['scan', 'sg.yaml'], { cwd: project })).code, 0);
    assert.equal((await ruleIds('--param', 'VPC_SG_OPEN_ONLY_TO_AUTHORIZED_PORTS.authorizedTcpPorts=80,443')).has('VPC_SG_OPEN_ONLY_TO_AUTHORIZED_PORTS'), true);
    assert.equal((await ruleIds('--only', 'VPC_SG_OPEN_ONLY_TO_AUTHORIZED_PORTS')).size, 1);
    const configured = workspace({ 'sg.yaml': openHttps, '.tosei.yml': 'rulesSet: all\n' });
    const fromSettings = await tosei(['scan', 'sg.yaml', '--format', 'json'], { cwd: configured });
    assert.ok(json(fromSettings.stdout).results.some((result) => result.ruleId === 'VPC_NO_IPV6' || result.ruleId === 'VPC_SG_OPEN_ONLY_TO_AUTHORIZED_PORTS'));
    const wrong = await tosei(['scan', 'sg.yaml', '--rules-set', 'recomended'], { cwd: project });
    assert.equal(wrong.code, 2);
    assert.match(wrong.stderr, /unknown rule set "recomended" \(expected recommended, all, FSBP, CIS-v1\.4\.0, CIS-v3\.0\.0, CIS-v5\.0\.0, NIST-800-53-r5, PCI-DSS-v3\.2\.1\) \(did you mean recommended\?\)/);
  });

  it('tosei rules lists the set', async () => {
    const text = await tosei(['rules']);
    assert.match(text.stdout, /^RULE\s+RECOMMENDED\s+SEVERITY/);
    assert.match(text.stdout, /^APPROVED_AMIS_BY_ID\s+no\s/m);
    assert.match(text.stdout, /^INCOMING_SSH_DISABLED\s+yes\s/m);
    const recommended = builtinRules.filter((rule) => isRecommended(rule.meta)).length;
    assert.ok(text.stdout.includes(`${builtinRules.length} rules, ${recommended} in the recommended set that runs by default`));
    const listed = JSON.parse((await tosei(['rules', '--rules-set', 'recommended', '--format', 'json'])).stdout) as { id: string; recommended: boolean }[];
    assert.equal(listed.length, recommended);
    assert.ok(listed.every((rule) => rule.recommended));
  });
});

describe('6. a security group rule without IpProtocol', () => {
  it('is judged as all protocols, and a warning says so (CloudFormation and Terraform)', async () => {
    const project = workspace({
      'sg.yaml': 'Resources:\n  Admin:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: admin\n      SecurityGroupIngress:\n        - { FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0 }\n  Loose:\n    Type: AWS::EC2::SecurityGroupIngress\n    Properties:\n      GroupId: sg-123\n      CidrIp: 10.0.0.0/8\n',
      'tf/main.tf': 'resource "aws_security_group" "admin" {\n  name = "admin"\n  ingress {\n    from_port   = 22\n    to_port     = 22\n    cidr_blocks = ["0.0.0.0/0"]\n  }\n}\n',
    });
    const result = await tosei(['scan', '.', '--only', 'INCOMING_SSH_DISABLED', '--format', 'json'], { cwd: project });
    const report = json(result.stdout);
    assert.deepEqual(
      report.warnings.map((warning) => `${warning.file.replace(/\\/g, '/')}:${warning.line} ${warning.message}`).sort(),
      [
        'sg.yaml:7 Admin: SecurityGroupIngress[0] has no IpProtocol; it is checked as all protocols (-1), and CloudFormation would refuse it',
        'sg.yaml:8 Loose: the rule has no IpProtocol; it is checked as all protocols (-1), and CloudFormation would refuse it',
        'tf/main.tf:1 aws_security_group.admin: SecurityGroupIngress[0] has no IpProtocol; it is checked as all protocols (-1), and Terraform would refuse it',
      ],
    );
    assert.deepEqual(report.results.map((entry) => `${entry.resource.id} ${entry.status}`).sort(), ['Admin NON_COMPLIANT', 'Loose#GroupId INSUFFICIENT_DATA', 'aws_security_group.admin NON_COMPLIANT']);
    const text = await tosei(['scan', 'sg.yaml', '--only', 'INCOMING_SSH_DISABLED'], { cwd: project });
    assert.match(text.stdout, /warning .*has no IpProtocol; it is checked as all protocols/);
  });
});

describe('7. --output into a folder that does not exist', () => {
  it('creates the folder and writes the report (scan, guard validate, export config)', async () => {
    const project = workspace({ 'app.yaml': bucketTemplate('Data'), 'rules/s3.guard': 'rule BUCKETS when Resources.*[ Type == "AWS::S3::Bucket" ] exists {\n  Resources.*[ Type == "AWS::S3::Bucket" ].Properties exists\n}\n' });
    const scanned = await tosei(['scan', 'app.yaml', '--format', 'sarif', '--output', 'reports/ci/tosei.sarif'], { cwd: project });
    assert.equal(scanned.code, 1, scanned.stderr);
    assert.equal(scanned.stderr, '');
    assert.equal((JSON.parse(readFileSync(join(project, 'reports/ci/tosei.sarif'), 'utf8')) as { version: string }).version, '2.1.0');
    const guarded = await tosei(['guard', 'validate', '-r', 'rules', '-d', 'app.yaml', '--output', 'reports/guard/out.txt'], { cwd: project });
    assert.equal(existsSync(join(project, 'reports/guard/out.txt')), true, guarded.stderr);
    const exported = await tosei(['export', 'config', '--output', 'out/config/tosei.yaml'], { cwd: project });
    assert.equal(exported.code, 0, exported.stderr);
    assert.equal(existsSync(join(project, 'out/config/tosei.yaml')), true);
  });

  it('fails before scanning, in one line, when the folder cannot be made', async () => {
    const project = workspace({ 'app.yaml': bucketTemplate('Data'), 'taken': 'a file where a folder should be\n' });
    const result = await tosei(['scan', 'app.yaml', '--output', 'taken/report.json'], { cwd: project });
    assert.equal(result.code, 2);
    assert.equal(result.stdout, '');
    assert.equal(result.stderr, 'tosei: cannot write --output taken/report.json: a file is in the way\n');
    const folder = await tosei(['scan', 'app.yaml', '--output', '.'], { cwd: project });
    assert.equal(folder.stderr, 'tosei: cannot write --output .: it is a folder\n');
    // Node's recursive mkdir never returns under /proc: the folder chain is made one level at a time.
    if (existsSync('/proc/self')) {
      const special = await tosei(['scan', 'app.yaml', '--output', '/proc/tosei-no-such/report.json'], { cwd: project });
      assert.equal(special.code, 2);
      assert.match(special.stderr, /^tosei: cannot write --output \/proc\/tosei-no-such\/report\.json: /);
    }
  });
});

describe('8. a path with nothing to scan', () => {
  it('says so and exits 2: an empty folder, a folder of other files', async () => {
    const project = workspace({ 'docs/README.md': '# infra\n', 'ci/compose.yml': 'services:\n  web: { image: nginx }\n', 'empty/.keep': '' });
    for (const path of ['empty', 'docs', 'ci']) {
      const text = await tosei(['scan', path], { cwd: project });
      assert.equal(text.code, 2, path);
      assert.match(text.stdout, /nothing to scan: no CloudFormation or SAM template, Terraform configuration \(\.tf\), plan JSON or Config snapshot here/);
      assert.doesNotMatch(text.stdout, /Passed/);
      const report = json((await tosei(['scan', path, '--format', 'json'], { cwd: project })).stdout);
      assert.deepEqual(report.errors.map((error) => error.file), [path]);
    }
    // Something scanned somewhere: the run is judged on that.
    const mixed = workspace({ 'app.yaml': 'Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n    Properties:\n      KmsMasterKeyId: alias/aws/sns\n', 'empty/.keep': '' });
    assert.equal((await tosei(['scan', 'app.yaml', 'empty'], { cwd: mixed })).code, 0);
  });
});

describe('symbolic link loops in a scanned directory (issue 13)', () => {
  it('a self -> . link scans each template once and reports the loop once', async () => {
    const project = workspace({ 'stacks/app.yaml': bucketTemplate('Data') });
    symlinkSync('.', join(project, 'stacks', 'self'));
    const result = await tosei(['scan', 'stacks', '--only', 'S3_BUCKET_LOGGING_ENABLED', '--format', 'json'], { cwd: project, timeoutMs: 20_000 });
    assert.equal(result.code, 1, result.stderr);
    const report = json(result.stdout);
    assert.deepEqual(report.results.map((entry) => `${entry.location.file} ${entry.resource.id}`), ['stacks/app.yaml Data']);
    assert.deepEqual(report.warnings.map((warning) => `${warning.file} ${warning.message}`), ['stacks/self symbolic link loop: it leads back to a folder that contains it; not followed']);
  });

  it('two folders linking to each other do not hang; every template once, the loop once', async () => {
    const project = workspace({ 'a/one.yaml': bucketTemplate('One'), 'b/two.yaml': bucketTemplate('Two') });
    symlinkSync('../b', join(project, 'a', 'to-b'));
    symlinkSync('../a', join(project, 'b', 'to-a'));
    const result = await tosei(['scan', '.', '--only', 'S3_BUCKET_LOGGING_ENABLED', '--format', 'json'], { cwd: project, timeoutMs: 20_000 });
    assert.notEqual(result.code, null, 'the scan was killed: it hung');
    const report = json(result.stdout);
    assert.deepEqual(report.results.map((entry) => entry.resource.id).sort(), ['One', 'Two']);
    assert.equal(report.warnings.filter((warning) => /symbolic link loop/.test(warning.message)).length, 1);
    // Guard data folders are walked the same way.
    const guard = workspace({ 'rules/any.guard': 'rule ANY {\n  Resources exists\n}\n' });
    symlinkSync(join(project, 'a'), join(guard, 'data'));
    const validated = await tosei(['guard', 'validate', '-r', 'rules', '-d', 'data'], { cwd: guard, timeoutMs: 20_000 });
    assert.notEqual(validated.code, null, 'guard validate hung');
    assert.equal(validated.stdout.match(/one\.yaml Status/g)?.length, 1, validated.stdout);
  });
});

describe('9. mistakes in the command line', () => {
  it('an unknown option: the command usage line and a "did you mean", not the parser text', async () => {
    const result = await tosei(['scan', '.', '--fromat', 'json']);
    assert.equal(result.code, 2);
    assert.equal(result.stdout, '');
    assert.equal(result.stderr, 'tosei: unknown option --fromat (did you mean --format?)\nUsage: tosei scan PATH... [options]\n(--help shows every option)\n');
    for (const [args, expected] of [
      [['fix', '--dry-rn', '.'], /unknown option --dry-rn \(did you mean --dry-run\?\)\nUsage: tosei fix/],
      [['serve', '--prot', '8080'], /unknown option --prot \(did you mean --port\?\)\nUsage: tosei serve/],
      [['remediate', '--stor'], /unknown option --stor \(did you mean --store\?\)\nUsage: tosei remediate/],
      [['history', 'x', '--rul', 'A'], /unknown option --rul \(did you mean --rule\?\)\nUsage: tosei history/],
      [['hook', 'invoke', '--evnt', 'x.json'], /unknown option --evnt \(did you mean --event\?\)\nUsage: tosei hook invoke/],
      [['guard', 'validate', '--rulez', 'x'], /unknown option --rulez \(did you mean --rules\?\)\nUsage: tosei guard validate/],
      [['scan', '.', '--format'], /^tosei: --format needs a value\nUsage: tosei scan/],
    ] as const) {
      const mistaken = await tosei([...args]);
      assert.notEqual(mistaken.code, 0, args.join(' '));
      assert.match(mistaken.stderr, expected, args.join(' '));
      assert.doesNotMatch(mistaken.stderr, /To specify a positional argument/);
    }
  });

  it('an unknown command, rule id, rule parameter or subcommand: a "did you mean"', async () => {
    const command = await tosei(['sacn', '.']);
    assert.equal(command.code, 2);
    assert.match(command.stderr, /^tosei: unknown command "sacn" \(did you mean scan\?\)\nUsage: tosei <command> \[options\]/);
    assert.match((await tosei(['scan', '.', '--only', 'S3_BUCKET_LOGING_ENABLED'])).stderr, /unknown rule "S3_BUCKET_LOGING_ENABLED" \(did you mean S3_BUCKET_LOGGING_ENABLED\?\)/);
    assert.match((await tosei(['scan', '.', '--param', 'S3_BUCKET_LOGGING_ENABLED.targetBuckt=logs'])).stderr, /has no parameter "targetBuckt" \(did you mean targetBucket\?\)/);
    assert.match((await tosei(['export', 'confg'])).stderr, /did you mean config\?/);
    assert.match((await tosei(['guard', 'valdate'])).stderr, /did you mean validate\?/);
    const project = workspace({ '.tosei.yml': 'rules:\n  INCOMING_SSH_DISABLE: off\n', 'app.yaml': bucketTemplate('Data') });
    assert.match((await tosei(['scan', '.'], { cwd: project })).stderr, /\.tosei\.yml:2: unknown rule "INCOMING_SSH_DISABLE" \(did you mean INCOMING_SSH_DISABLED\?\)/);
  });
});

describe('10. the gates run locally without surprises', () => {
  // No credentials anywhere and no instance metadata: an AWS call would fail, not leave the machine.
  const offline = (home: string) => ({ HOME: home, AWS_EC2_METADATA_DISABLED: 'true', AWS_REGION: 'eu-west-1', AWS_ENDPOINT_URL: 'http://127.0.0.1:9' });

  it('config-rule invoke --dry-run prints the verdicts and calls nothing; without a rule it names --rule', async () => {
    const project = workspace();
    const event = buildConfigEvent({ item: securityGroupItem('sg-0123', [ipPermission('tcp', 22, 22)]) });
    writeFileSync(join(project, 'event.json'), JSON.stringify(event));
    const dry = await tosei(['config-rule', 'invoke', '--event', 'event.json', '--rule', 'INCOMING_SSH_DISABLED', '--dry-run'], { cwd: project, env: offline(project) });
    assert.equal(dry.code, 1, dry.stderr);
    assert.match(dry.stdout, /^NON_COMPLIANT\s+AWS::EC2::SecurityGroup sg-0123/m);
    assert.match(dry.stdout, /1 evaluation\(s\) would be put \(dry run: nothing was called\)/);
    const noRule = await tosei(['config-rule', 'invoke', '--event', 'event.json', '--dry-run'], { cwd: project, env: offline(project) });
    assert.equal(noRule.code, 2);
    assert.match(noRule.stderr, /needs the rule to run: --rule ID/);
    const periodic = buildConfigEvent({ messageType: 'ScheduledNotification' });
    writeFileSync(join(project, 'periodic.json'), JSON.stringify(periodic));
    const refused = await tosei(['config-rule', 'invoke', '--event', 'periodic.json', '--rule', 'INCOMING_SSH_DISABLED', '--dry-run'], { cwd: project, env: offline(project) });
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /a ScheduledNotification has none .* run it without --dry-run/);
    const help = await tosei(['config-rule', 'invoke', '--help']);
    assert.doesNotMatch(help.stdout, /protocols\.md/);
    assert.match(help.stdout, /--dry-run/);
  });

  it('hook invoke on a stack request whose payload cannot be fetched says to save it and use --payload', async () => {
    const expired = await startLocalServer((_request, response) => {
      response.writeHead(403, { 'content-type': 'application/xml' }).end('<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>');
    });
    after(() => expired.close());
    const project = workspace();
    const request = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/cfn-hook/stack.json'), 'utf8')) as { requestData: { payload: string } };
    request.requestData.payload = `${expired.url}/NetworkStack/stack.json`;
    writeFileSync(join(project, 'stack.json'), JSON.stringify(request));
    const result = await tosei(['hook', 'invoke', '--event', 'stack.json'], { cwd: project, env: { TOSEI_HOOK_ALLOW_LOOPBACK: '1' } });
    assert.equal(result.code, 2);
    assert.match(result.stderr, /presigned S3 URL .* give it with --payload FILE/s);
    const given = await tosei(['hook', 'invoke', '--event', 'stack.json', '--payload', join(ROOT, 'test/fixtures/cfn-hook/stack.payload.json')], { cwd: project });
    assert.notEqual(given.code, 2, given.stderr);
    assert.doesNotMatch(given.stderr, /--payload FILE/);
  });

  it('scan aws without credentials names --profile and AWS_PROFILE; no SDK notice about the Node.js version', async () => {
    const home = workspace();
    const result = await tosei(['scan', 'aws', '--regions', 'eu-west-1'], { cwd: home, env: offline(home) });
    assert.equal(result.code, 2);
    assert.match(result.stdout, /cannot reach the account: .*CredentialsProviderError\)\. Name a profile with --profile NAME \(or AWS_PROFILE\)/);
    assert.doesNotMatch(result.stderr, /NodeVersionSupportWarning/);
    const profile = await tosei(['scan', 'aws', '--regions', 'eu-west-1', '--profile', 'audit'], { cwd: home, env: offline(home) });
    assert.match(profile.stdout, /profile audit: cannot reach the account: .*Is "audit" a profile of ~\/\.aws\/config/);
    assert.doesNotMatch(profile.stderr, /NodeVersionSupportWarning/);
  });
});

describe('11. tosei remediate --apply', () => {
  it('counts an item that could not start as "not started", not as "failed"', async () => {
    const fake = await startFakeAws();
    after(() => fake.stop());
    fake.on('sts', 'GetCallerIdentity', { result: { Account: '111122223333', Arn: 'arn:aws:iam::111122223333:user/ops', UserId: 'AIDAOPS' } });
    fake.on('ec2', 'DescribeVpcs', { error: { code: 'UnauthorizedOperation', message: 'You are not authorized to perform this operation.' } });
    const project = workspace();
    const failing = { ruleId: 'VPC_FLOW_LOGS_ENABLED', status: 'NON_COMPLIANT', severity: 'medium', message: 'no flow log', resource: { type: 'AWS::EC2::VPC', id: 'vpc-0a1b2c3d', source: 'cloud-control' }, location: { file: 'aws://111122223333/eu-west-1', path: [] } };
    writeFileSync(join(project, 'live.json'), JSON.stringify({ version: 1, results: [failing] }));
    const result = await tosei(['remediate', '--results', 'live.json', '--param', 'DeliverLogsPermissionArn=arn:aws:iam::111122223333:role/flow-logs', '--apply'], {
      cwd: project,
      env: { ...fake.env('eu-west-1'), AWS_CONFIG_FILE: '/dev/null', AWS_SHARED_CREDENTIALS_FILE: '/dev/null' },
    });
    assert.equal(result.code, 1);
    assert.match(result.stdout, /^NOT-STARTED {2}VPC_FLOW_LOGS_ENABLED {2}AWS::EC2::VPC vpc-0a1b2c3d: not started: the resource could not be read first: .*access denied/m);
    assert.match(result.stdout, /^0 remediated, 0 already compliant, 0 failed, 1 not started, 0 skipped$/m);
    assert.equal(fake.calls('CreateFlowLogs').length, 0);
  });
});

describe('13. Guard rules chosen with --only and --skip', () => {
  it('accepts Guard rule names beside the built-in ones, and runs what they choose', async () => {
    const rules = [
      'let buckets = Resources.*[ Type == "AWS::S3::Bucket" ]',
      'rule BUCKETS_TAGGED when %buckets !empty {',
      '  %buckets.Properties.Tags exists',
      '}',
      'rule BUCKETS_VERSIONED when %buckets !empty {',
      '  %buckets.Properties.VersioningConfiguration exists',
      '}',
      '',
    ].join('\n');
    const project = workspace({ 'app.yaml': bucketTemplate('Data'), 'guard/s3.guard': rules });
    const ruleIds = async (...args: string[]) => {
      const result = await tosei(['scan', 'app.yaml', '--rules', 'guard', '--format', 'json', ...args], { cwd: project });
      assert.notEqual(result.code, 2, result.stderr);
      return [...new Set(json(result.stdout).results.map((entry) => entry.ruleId))].sort();
    };
    assert.deepEqual(await ruleIds('--only', 'BUCKETS_TAGGED'), ['BUCKETS_TAGGED']);
    assert.deepEqual(await ruleIds('--only', 'BUCKETS_TAGGED,S3_BUCKET_LOGGING_ENABLED'), ['BUCKETS_TAGGED', 'S3_BUCKET_LOGGING_ENABLED']);
    const skipped = await ruleIds('--skip', 'BUCKETS_TAGGED');
    assert.ok(skipped.includes('BUCKETS_VERSIONED') && skipped.includes('S3_BUCKET_LOGGING_ENABLED') && !skipped.includes('BUCKETS_TAGGED'), skipped.join());
    const typo = await tosei(['scan', 'app.yaml', '--rules', 'guard', '--only', 'BUCKETS_TAGED'], { cwd: project });
    assert.equal(typo.code, 2);
    assert.match(typo.stderr, /unknown rule "BUCKETS_TAGED" \(did you mean BUCKETS_TAGGED\?\)/);
    // Without --rules the name is not known.
    assert.equal((await tosei(['scan', 'app.yaml', '--only', 'BUCKETS_TAGGED'], { cwd: project })).code, 2);
  });
});

describe('14. tosei fix on Terraform', () => {
  it('says autofix rewrites CloudFormation templates, instead of "0 of 0 templates"', async () => {
    const project = workspace({ 'infra/main.tf': 'resource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\n', 'app.yaml': bucketTemplate('Data') });
    const only = await tosei(['fix', '--dry-run', 'infra'], { cwd: project });
    assert.equal(only.code, 2);
    assert.equal(only.stdout, '');
    assert.match(only.stderr, /nothing to fix: tosei fix rewrites CloudFormation and SAM templates \(YAML or JSON\), and found only 1 Terraform configuration or plan, which it does not rewrite; `tosei scan` reports their findings/);
    assert.doesNotMatch(only.stderr + only.stdout, /0 of 0 templates/);
    const mixed = await tosei(['fix', '--dry-run', '.'], { cwd: project });
    assert.match(mixed.stdout, /would fix \d+ findings? in 1 of 1 template;/);
    assert.match(mixed.stdout, /1 Terraform configuration or plan passed over: autofix rewrites CloudFormation templates only/);
    const empty = await tosei(['fix', '.'], { cwd: workspace({ 'notes.md': '# nothing\n' }) });
    assert.equal(empty.code, 2);
    assert.match(empty.stderr, /nothing to fix: no CloudFormation or SAM template/);
  });
});

describe('16. tosei rules show ID', () => {
  it('prints a rule in the terminal: title, description, parameters with defaults, frameworks, examples, remediation', async () => {
    const shown = await tosei(['rules', 'show', 'RESTRICTED_INCOMING_TRAFFIC']);
    assert.equal(shown.code, 0);
    const rule = builtinRules.find((candidate) => candidate.meta.id === 'RESTRICTED_INCOMING_TRAFFIC')!;
    assert.ok(shown.stdout.startsWith(`RESTRICTED_INCOMING_TRAFFIC: ${rule.meta.title}\n`));
    assert.match(shown.stdout, /Rule set: +recommended \(runs by default\)/);
    assert.match(shown.stdout, /AWS Foundational Security Best Practices \(FSBP\): +EC2\.19/);
    assert.match(shown.stdout, /^ {2}blockedPort1 \(integer; default 20\)$/m);
    assert.match(shown.stdout, /^How to fix:\n {2}\S/m);
    assert.match(shown.stdout, /^Noncompliant example:\n {4}Resources:/m);
    assert.match(shown.stdout, /^Compliant example/m);
    assert.match(shown.stdout, /Docs: https:\/\/github\.com\/tosei-dev\/tosei\/blob\/main\/docs\/rules\/RESTRICTED_INCOMING_TRAFFIC\.md/);
    const outside = await tosei(['rules', 'show', 'APPROVED_AMIS_BY_ID']);
    assert.match(outside.stdout, /Not in the recommended set:\n {2}Needs your organisation's list of approved AMIs/);
    const asJson = JSON.parse((await tosei(['rules', 'show', 'APPROVED_AMIS_BY_ID', '--format', 'json'])).stdout) as { id: string; recommended: boolean; parameters: Record<string, unknown> };
    assert.equal(asJson.recommended, false);
    assert.ok('amiIds' in asJson.parameters);
    const typo = await tosei(['rules', 'show', 'RESTRICTED_INCOMMING_TRAFFIC']);
    assert.equal(typo.code, 2);
    assert.match(typo.stderr, /did you mean RESTRICTED_INCOMING_TRAFFIC\?/);
  });
});

describe('17. text output', () => {
  const template = [
    'Parameters:',
    '  Algorithm: { Type: String }',
    'Resources:',
    '  Logs:',
    '    Type: AWS::S3::Bucket',
    '    Metadata:',
    '      tosei:',
    '        skip:',
    '          - id: S3_BUCKET_LOGGING_ENABLED',
    '            reason: the access-log bucket',
    '  Data:',
    '    Type: AWS::S3::Bucket',
    '  Scratch:',
    '    Type: AWS::S3::Bucket',
    '  Unknown:',
    '    Type: AWS::S3::Bucket',
    '    Properties:',
    '      BucketEncryption:',
    '        ServerSideEncryptionConfiguration:',
    '          - ServerSideEncryptionByDefault: { SSEAlgorithm: !Ref Algorithm }',
    '',
  ].join('\n');

  it('lists undecided rows apart, each failing rule\'s fix once, and suppressed findings with --show-suppressed', async () => {
    const project = workspace({ 'app.yaml': template });
    const result = await tosei(['scan', 'app.yaml', '--only', 'S3_BUCKET_LOGGING_ENABLED,S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED'], { cwd: project });
    assert.equal(result.code, 1);
    const [findings = '', rest = ''] = result.stdout.split(/^Not decided \(INSUFFICIENT_DATA[^\n]*\n/m);
    assert.doesNotMatch(findings, /Unknown .*S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED|insufficient data:/);
    assert.match(rest, /^ {4}\d+:\d+ +unknown +S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED +Unknown /m);
    assert.match(findings, /1 suppressed \(--show-suppressed lists them\)/);
    const fixes = result.stdout.slice(result.stdout.indexOf('How to fix:')).split('\n');
    assert.equal(fixes.filter((line) => line.startsWith('  S3_BUCKET_LOGGING_ENABLED: ')).length, 1, 'once per rule, though three buckets fail it');
    assert.match(result.stdout, /S3_BUCKET_LOGGING_ENABLED: Add `LoggingConfiguration`.*\(https:\/\/github\.com\/tosei-dev\/tosei\/blob\/main\/docs\/rules\/S3_BUCKET_LOGGING_ENABLED\.md\)/);
    const shown = await tosei(['scan', 'app.yaml', '--only', 'S3_BUCKET_LOGGING_ENABLED', '--show-suppressed'], { cwd: project });
    assert.match(shown.stdout, /suppressed +S3_BUCKET_LOGGING_ENABLED +Logs +.*\(suppressed: the access-log bucket\)/);
  });

  it('tosei fix --dry-run colours its diff on a terminal (and not otherwise)', async () => {
    const project = workspace({ 'app.yaml': bucketTemplate('Data') });
    const coloured = await tosei(['fix', '--dry-run', 'app.yaml'], { cwd: project, env: { NO_COLOR: '', FORCE_COLOR: '1' } });
    const ESC = '\u001b[';
    assert.match(coloured.stdout, new RegExp(`${escapeRegExp(`${ESC}32m+`)} +BucketEncryption:`));
    assert.ok(coloured.stdout.includes(`${ESC}36m@@ `));
    const plain = await tosei(['fix', '--dry-run', 'app.yaml'], { cwd: project });
    assert.ok(!plain.stdout.includes(ESC));
    assert.match(plain.stdout, /^\+ +BucketEncryption:/m);
    const refused = await tosei(['fix', '--dry-run', '--no-color', 'app.yaml'], { cwd: project, env: { NO_COLOR: '', FORCE_COLOR: '1' } });
    assert.ok(!refused.stdout.includes(ESC));
  });
});
