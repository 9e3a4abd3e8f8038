import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import AjvDraft04 from 'ajv-draft-04';
import { isFailing, STATUSES } from '../src/model/evaluation.js';
import { formatGithub } from '../src/report/formatters/github.js';
import { formatJson, JsonReportWriter } from '../src/report/formatters/json.js';
import { formatJunit } from '../src/report/formatters/junit.js';
import { formatMarkdown } from '../src/report/formatters/markdown.js';
import { formatSarif } from '../src/report/formatters/sarif.js';
import { fnv1a64, relativePath } from '../src/report/formatters/shared.js';
import { formatText } from '../src/report/formatters/text.js';
import { FORMATS, formatters } from '../src/report/index.js';
import type { ScanReport } from '../src/report/types.js';
import { fingerprintOf, identityInFile, ReportFingerprints } from '../src/report/fingerprint.js';
import type { Evaluation } from '../src/model/evaluation.js';
import { cleanReport, context, cwd, report } from './fixtures/report/report.js';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[/;

// --- A small, strict XML 1.0 reader: enough to prove well-formedness and read the JUnit tree. ---

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = /^[A-Za-z_:][-A-Za-z0-9_:.]*/;

function decodeEntities(raw: string, where: string): string {
  if (/[<]/.test(raw)) throw new Error(`raw < in ${where}`);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.test(raw)) throw new Error(`character not allowed in XML in ${where}`);
  return raw.replace(/&([^;]*);?/g, (whole, entity: string) => {
    if (!whole.endsWith(';')) throw new Error(`unterminated entity in ${where}: ${whole}`);
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (entity in named) return named[entity] as string;
    const numeric = /^#(?:x([0-9a-fA-F]+)|([0-9]+))$/.exec(entity);
    if (!numeric) throw new Error(`unknown entity &${entity}; in ${where}`);
    return String.fromCodePoint(numeric[1] ? parseInt(numeric[1], 16) : Number(numeric[2]));
  });
}

function parseXml(xml: string): XmlElement {
  let at = 0;
  const declaration = /^<\?xml version="1\.0" encoding="UTF-8"\?>\n/.exec(xml);
  if (declaration) at = declaration[0].length;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  while (at < xml.length) {
    if (xml.startsWith('</', at)) {
      const close = /^<\/([^\s>]+)\s*>/.exec(xml.slice(at));
      if (!close) throw new Error(`bad closing tag at ${at}`);
      const open = stack.pop();
      if (!open || open.name !== close[1]) throw new Error(`</${close[1]}> closes <${open?.name}> at ${at}`);
      at += close[0].length;
    } else if (xml[at] === '<') {
      at += 1;
      const name = NAME.exec(xml.slice(at))?.[0];
      if (!name) throw new Error(`bad tag name at ${at}`);
      at += name.length;
      const element: XmlElement = { name, attributes: {}, children: [], text: '' };
      for (;;) {
        const attribute = /^\s+([A-Za-z_:][-A-Za-z0-9_:.]*)="([^"]*)"/.exec(xml.slice(at));
        if (!attribute) break;
        const [whole, key, value] = attribute as unknown as [string, string, string];
        if (key in element.attributes) throw new Error(`duplicate attribute ${key}`);
        element.attributes[key] = decodeEntities(value, `${name}@${key}`);
        at += whole.length;
      }
      const end = /^\s*(\/?)>/.exec(xml.slice(at));
      if (!end) throw new Error(`bad start tag <${name}> at ${at}: ${xml.slice(at, at + 40)}`);
      at += end[0].length;
      const parent = stack.at(-1);
      if (parent) parent.children.push(element);
      else if (root) throw new Error('more than one root element');
      else root = element;
      if (end[1] !== '/') stack.push(element);
    } else {
      const next = xml.indexOf('<', at);
      const raw = xml.slice(at, next === -1 ? xml.length : next);
      const parent = stack.at(-1);
      if (parent) parent.text += decodeEntities(raw, `text of <${parent.name}>`);
      else if (raw.trim() !== '') throw new Error(`text outside the root element: ${raw}`);
      at += raw.length;
    }
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack.at(-1)?.name}>`);
  if (!root) throw new Error('no root element');
  return root;
}

// --- Tests ---

const ctx = context();

describe('report formatters', () => {
  it('registers one formatter per format name', () => {
    assert.deepEqual(Object.keys(formatters), [...FORMATS]);
  });

  for (const name of FORMATS) {
    it(`${name}: is deterministic and leaves the report untouched`, () => {
      const before = structuredClone({ ...report, rules: {} });
      const first = formatters[name](report, ctx);
      assert.equal(formatters[name](report, ctx), first);
      assert.deepEqual(structuredClone({ ...report, rules: {} }), before);
      assert.ok(first.endsWith('\n'));
      assert.ok(!first.includes(`${cwd}/templates`), 'paths are relative to cwd');
    });

    it(`${name}: formats a clean and an empty run`, () => {
      const empty: ScanReport = { ...cleanReport, evaluations: [], files: [], rules: {} };
      assert.ok(formatters[name](cleanReport, ctx).length > 0);
      assert.ok(formatters[name](empty, ctx).length > 0);
    });
  }

  describe('relativePath', () => {
    it('makes paths relative to cwd, with forward slashes', () => {
      assert.equal(relativePath('/srv/project/a/b.yaml', '/srv/project'), 'a/b.yaml');
      assert.equal(relativePath('/srv/project/a/b.yaml', '/srv/project/'), 'a/b.yaml');
      assert.equal(relativePath('/srv/other/x.yaml', '/srv/project'), '../other/x.yaml');
      assert.equal(relativePath('/srv/project', '/srv/project'), '.');
      assert.equal(relativePath('/a.yaml', '/'), 'a.yaml');
      assert.equal(relativePath('C:\\repo\\t\\a.yaml', 'c:\\repo'), 't/a.yaml');
      assert.equal(relativePath('already/relative.yaml', '/srv/project'), 'already/relative.yaml');
      assert.equal(relativePath('<stdin>', '/srv/project'), '<stdin>');
    });
  });

  describe('json', () => {
    const output = JSON.parse(formatJson(report, ctx)) as Record<string, unknown> & { results: Record<string, unknown>[] };

    it('has exactly the documented top level', () => {
      assert.deepEqual(Object.keys(output), ['version', 'tool', 'results', 'errors', 'warnings', 'summary']);
      assert.equal(output.version, 1);
      assert.deepEqual(output.tool, { name: 'tosei', version: '0.1.0' });
      assert.ok(formatJson(report, ctx).startsWith('{\n  "version": 1,\n'));
    });

    it('lists every evaluation with relative paths', () => {
      assert.equal(output.results.length, report.evaluations.length);
      for (const result of output.results) {
        const keys = Object.keys(result);
        assert.deepEqual(keys.filter((key) => key !== 'suppressed'), ['ruleId', 'status', 'severity', 'message', 'resource', 'location', 'fingerprint']);
        assert.deepEqual(Object.keys(result.location as object), ['file', 'line', 'column', 'path']);
      }
      assert.deepEqual(output.results[0], {
        ruleId: 'S3_BUCKET_SSL_REQUESTS_ONLY',
        status: 'NON_COMPLIANT',
        severity: 'high',
        message: 'Bucket "logs" <prod> & co | allows plain HTTP\nsecond line',
        resource: { type: 'AWS::S3::Bucket', id: 'LogsBucket', source: 'cloudformation' },
        location: { file: 'templates/app.yaml', line: 12, column: 5, path: ['Properties'] },
        fingerprint: fingerprintOf({ ruleId: 'S3_BUCKET_SSL_REQUESTS_ONLY', file: 'templates/app.yaml', resource: 'LogsBucket', path: ['Properties'] }),
      });
    });

    it('keeps addresses, ARNs, suppressions and unknown positions', () => {
      const terraform = output.results.find((result) => (result.resource as { source: string }).source === 'terraform-plan');
      assert.deepEqual(terraform?.resource, {
        type: 'AWS::EC2::SecurityGroup',
        id: 'module.vpc.aws_security_group.web["a,b:c"]',
        source: 'terraform-plan',
        address: 'module.vpc.aws_security_group.web["a,b:c"]',
      });
      const live = output.results.find((result) => (result.resource as { id: string }).id === 'prod-assets');
      assert.deepEqual(live?.resource, { type: 'AWS::S3::Bucket', id: 'prod-assets', source: 'config-item', arn: 'arn:aws:s3:::prod-assets' });
      assert.deepEqual(live?.location, { file: 'inventory/config-items.json', line: null, column: null, path: ['Policy'] });
      const suppressed = output.results.filter((result) => 'suppressed' in result).map((result) => result.suppressed);
      assert.deepEqual(suppressed, [
        { kind: 'metadata', reason: '依存: legacy, approved by «sec» & "ops"' },
        { kind: 'config', reason: 'scratch data, see .tosei.yml' },
        { kind: 'guard-metadata', reason: 'cfn-guard exemption' },
      ]);
    });

    it('splits problems into errors and warnings', () => {
      assert.deepEqual(output.errors, [
        { file: 'templates/broken.yaml', line: 3, message: 'could not parse: unexpected ":" at <root> & "bad"' },
        { file: 'templates/huge.json', message: 'file is larger than 5 MB, skipped' },
        {
          file: 'templates/app.yaml',
          line: 30,
          ruleId: 'S3_BUCKET_LOGGING_ENABLED',
          message: 'rule S3_BUCKET_LOGGING_ENABLED crashed on DataBucket: Cannot read properties of undefined',
        },
      ]);
      assert.deepEqual(output.warnings, [
        { file: '.tosei.yml', ruleId: 'S3_BUCKET_VERSIONING_ENABLED', message: 'exception for S3_BUCKET_VERSIONING_ENABLED on "Web*" has no reason' },
        { file: 'templates/app.yaml', line: 50, ruleId: 'S3_BUCKET_SSL_REQUESTS_ONLY', message: 'suppression of S3_BUCKET_SSL_REQUESTS_ONLY on GuardBucket is unused' },
      ]);
    });

    it('summarises at the threshold', () => {
      assert.deepEqual(output.summary, {
        files: 7,
        evaluations: 13,
        byStatus: { COMPLIANT: 2, NON_COMPLIANT: 7, NOT_APPLICABLE: 1, INSUFFICIENT_DATA: 2, ERROR: 1 },
        suppressed: 3,
        failing: 4,
        errors: 3,
        warnings: 2,
        severityThreshold: 'medium',
      });
      const low = JSON.parse(formatJson(report, context({ severityThreshold: 'low' }))) as { summary: { failing: number; severityThreshold: string } };
      assert.equal(low.summary.failing, 6);
      assert.equal(low.summary.severityThreshold, 'low');
    });

    it('lays the report out exactly as JSON.stringify with two-space indentation, with and without results', () => {
      for (const sample of [report, cleanReport, { ...report, evaluations: report.evaluations.slice(0, 1) }]) {
        const text = formatJson(sample, ctx);
        assert.equal(text, `${JSON.stringify(JSON.parse(text), null, 2)}\n`);
      }
    });

    it('writes the same text when the results are streamed in batches and not kept', () => {
      const writer = new JsonReportWriter(ctx);
      const half = Math.ceil(report.evaluations.length / 2);
      const pieces = [writer.head(report.tool), ...writer.results(report.evaluations.slice(0, half)), ...writer.results([]), ...writer.results(report.evaluations.slice(half))];
      pieces.push(writer.tail({ ...report, evaluations: [] }));
      assert.equal(pieces.join(''), formatJson(report, ctx));
      const empty = new JsonReportWriter(ctx);
      assert.equal(empty.head(report.tool) + empty.tail({ ...report, evaluations: [] }), formatJson({ ...report, evaluations: [] }, ctx));
    });
  });

  describe('json results of one resource after another', () => {
    const base: Evaluation = {
      ruleId: 'S3_BUCKET_SSL_REQUESTS_ONLY',
      status: 'NON_COMPLIANT',
      severity: 'high',
      message: 'no TLS',
      resource: { type: 'AWS::S3::Bucket', id: 'logs', source: 'config-item', arn: 'arn:aws:s3:::logs', links: ['physical:AWS::S3::Bucket/logs'] },
      location: { file: `${cwd}/inventory/items.json`, path: ['Policy', 0] },
    };
    const variant = (change: (evaluation: Evaluation) => void): Evaluation => {
      const copy = structuredClone(base);
      change(copy);
      return copy;
    };
    // Each variant follows the base: consecutive results whose resources differ in one written field, or not at all.
    const variants: Evaluation[] = [
      variant((e) => (e.ruleId = 'S3_BUCKET_VERSIONING_ENABLED')),
      variant((e) => (e.resource.links = ['physical:AWS::S3::Bucket/logs', 'cfn:Stack/Logs'])),
      variant((e) => (e.resource.links = ['physical:AWS::S3::Bucket/other'])),
      variant((e) => delete e.resource.links),
      variant((e) => (e.resource.links = [])),
      variant((e) => (e.resource.key = 'physical:AWS::S3::Bucket/logs')),
      variant((e) => (e.resource.arn = 'arn:aws:s3:::other')),
      variant((e) => delete e.resource.arn),
      variant((e) => (e.resource.id = 'other')),
      variant((e) => (e.resource.type = 'AWS::S3::AccessPoint')),
      variant((e) => (e.resource.address = 'aws_s3_bucket.logs')),
      variant((e) => (e.resource.constructPath = 'App/Logs/Resource')),
      variant((e) => (e.location.file = `${cwd}/inventory/other.json`)),
      variant((e) => ((e.resource as { id: unknown }).id = 7)),
      variant((e) => ((e.resource as { id: unknown }).id = undefined)),
      variant((e) => ((e.resource.links as unknown[])[0] = 3)),
      variant((e) => {
        e.resource.source = 'terraform-hcl';
        e.location.file = `${cwd}/infra/main.tf`;
      }),
      variant((e) => {
        e.location.line = 4;
        e.location.column = 2;
        e.suppressed = { kind: 'config', reason: 'accepted «risk»' };
      }),
      variant((e) => ((e.location as { path: unknown }).path = [undefined, 'x'])),
    ];
    const sequence = variants.flatMap((evaluation) => [base, evaluation]);

    it('writes each result as JSON.stringify would, the resource text kept only while it is the same', () => {
      const writer = new JsonReportWriter(ctx);
      const streamed = [writer.head(report.tool), ...writer.results(sequence), writer.tail({ ...report, evaluations: [] })].join('');
      assert.equal(streamed, formatJson({ ...report, evaluations: sequence }, ctx));
    });

    it('fingerprints as fingerprintOf does, the start of each rule and file hashed once', () => {
      const fingerprints = new ReportFingerprints();
      const odd = [
        variant((e) => delete (e.resource as { arn?: string }).arn),
        variant((e) => {
          delete (e.resource as { arn?: string }).arn;
          (e.resource as { id: unknown }).id = undefined;
        }),
        variant((e) => ((e.location as { path: unknown }).path = undefined)),
        variant((e) => (e.ruleId = 'Ünïcode \u{1F600} "rule"')),
      ];
      for (const evaluation of [...sequence, ...odd, ...sequence]) {
        const file = relativePath(evaluation.location.file, cwd);
        assert.equal(fingerprints.of(evaluation, file), fingerprintOf(identityInFile(evaluation, file)));
      }
    });
  });

  describe('sarif', () => {
    const text = formatSarif(report, ctx);
    const sarif = JSON.parse(text);
    const run = sarif.runs[0];

    it('validates against the SARIF 2.1.0 schema', () => {
      const schema = JSON.parse(readFileSync(join(repoRoot, '..', 'shared', 'reference', 'sarif-schema-2.1.0.json'), 'utf8'));
      const ajv = new AjvDraft04.default({ strict: false, validateFormats: false, allErrors: true });
      const validate = ajv.compile(schema);
      for (const [label, document] of [
        ['fixture', sarif],
        ['clean', JSON.parse(formatSarif(cleanReport, ctx))],
        ['empty', JSON.parse(formatSarif({ ...cleanReport, evaluations: [], rules: {} }, ctx))],
      ]) {
        assert.ok(validate(document), `${label}: ${ajv.errorsText(validate.errors)}`);
      }
      const broken = structuredClone(sarif);
      broken.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
      assert.equal(validate(broken), false, 'the schema check is not vacuous');
    });

    it('describes every rule for GitHub code scanning', () => {
      const rules = run.tool.driver.rules as { id: string; defaultConfiguration: { level: string }; properties: Record<string, unknown>; helpUri: string }[];
      assert.deepEqual(
        rules.map((rule) => rule.id),
        Object.keys(report.rules).sort(),
      );
      const ssl = rules.find((rule) => rule.id === 'S3_BUCKET_SSL_REQUESTS_ONLY');
      assert.equal(ssl?.defaultConfiguration.level, 'error');
      assert.equal(ssl?.properties['security-severity'], '8.0');
      assert.deepEqual(ssl?.properties.tags, ['security', 'FSBP', 'CIS-v5.0.0']);
      assert.equal(ssl?.helpUri, 'https://tosei.dev/rules/S3_BUCKET_SSL_REQUESTS_ONLY');
      const levels = Object.fromEntries(rules.map((rule) => [rule.id, [rule.defaultConfiguration.level, rule.properties['security-severity']]]));
      assert.deepEqual(levels, {
        IAM_PASSWORD_POLICY: ['note', '1.0'],
        RESTRICTED_INCOMING_TRAFFIC: ['error', '9.5'],
        S3_BUCKET_LOGGING_ENABLED: ['note', '3.0'],
        S3_BUCKET_SSL_REQUESTS_ONLY: ['error', '8.0'],
        S3_BUCKET_VERSIONING_ENABLED: ['warning', '5.5'],
      });
      assert.equal(run.tool.driver.informationUri, 'https://github.com/tosei-dev/tosei');
    });

    it('reports violations, rule errors and undecided evaluations only', () => {
      const expected = report.evaluations.filter((evaluation) => ['NON_COMPLIANT', 'ERROR', 'INSUFFICIENT_DATA'].includes(evaluation.status));
      assert.equal(run.results.length, expected.length);
      for (const result of run.results) {
        assert.equal(run.tool.driver.rules[result.ruleIndex].id, result.ruleId);
        if (result.kind !== 'fail') assert.equal(result.level, 'none', 'SARIF §3.27.10: level is none unless kind is fail');
      }
      const undecided = run.results.filter((result: { properties: { status: string } }) => result.properties.status === 'INSUFFICIENT_DATA');
      assert.deepEqual(
        undecided.map((result: { kind: string }) => result.kind),
        ['review', 'review'],
      );
      const crashed = run.results.find((result: { properties: { status: string } }) => result.properties.status === 'ERROR');
      assert.equal(crashed.level, 'error');
    });

    it('locates results physically and logically', () => {
      const [first] = run.results;
      assert.deepEqual(first.locations, [
        {
          physicalLocation: { artifactLocation: { uri: 'templates/app.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 12, startColumn: 5 } },
          logicalLocations: [{ name: 'LogsBucket', kind: 'resource', fullyQualifiedName: 'LogsBucket' }],
        },
      ]);
      const terraform = run.results.find((result: { ruleId: string }) => result.ruleId === 'RESTRICTED_INCOMING_TRAFFIC');
      assert.equal(terraform.locations[0].logicalLocations[0].fullyQualifiedName, 'module.vpc.aws_security_group.web["a,b:c"]');
      assert.equal(terraform.level, 'error');
      const live = run.results.find((result: { locations: { logicalLocations: { name: string }[] }[] }) => result.locations[0]?.logicalLocations[0]?.name === 'prod-assets');
      assert.equal(live.locations[0].physicalLocation.region, undefined, 'no region without a line');
      const legacy = run.results.find((result: { locations: { logicalLocations: { name: string }[] }[] }) => result.locations[0]?.logicalLocations[0]?.name === 'OldBucket');
      assert.equal(legacy.locations[0].physicalLocation.artifactLocation.uri, 'templates/legacy,v1:old.yaml');
      assert.deepEqual(run.originalUriBaseIds, { '%SRCROOT%': { uri: 'file:///srv/project/' } });
    });

    it('fingerprints stably and distinctly', () => {
      const fingerprints = run.results.map((result: { partialFingerprints: Record<string, string> }) => result.partialFingerprints['toseiFinding/v1']);
      assert.equal(new Set(fingerprints).size, fingerprints.length);
      for (const fingerprint of fingerprints) assert.match(fingerprint, /^[0-9a-f]{16}$/);
      // Moving a finding to another line keeps its fingerprint.
      const moved: ScanReport = { ...report, evaluations: report.evaluations.map((evaluation) => ({ ...evaluation, location: { ...evaluation.location, line: 99 } })) };
      const again = JSON.parse(formatSarif(moved, ctx)).runs[0].results.map((result: { partialFingerprints: Record<string, string> }) => result.partialFingerprints['toseiFinding/v1']);
      assert.deepEqual(again, fingerprints);
      assert.equal(fnv1a64(''), 'cbf29ce484222325');
      assert.equal(fnv1a64('a'), 'af63dc4c8601ec8c');
    });

    it('records suppressions', () => {
      const suppressions = run.results.filter((result: { suppressions?: unknown }) => result.suppressions).map((result: { suppressions: unknown }) => result.suppressions);
      assert.deepEqual(suppressions, [
        [{ kind: 'inSource', status: 'accepted', justification: '依存: legacy, approved by «sec» & "ops"' }],
        [{ kind: 'external', status: 'accepted', justification: 'scratch data, see .tosei.yml' }],
        [{ kind: 'inSource', status: 'accepted', justification: 'cfn-guard exemption' }],
      ]);
    });

    it('turns problems into notifications of a failed invocation', () => {
      const [invocation] = run.invocations;
      assert.equal(invocation.executionSuccessful, false);
      const notifications = invocation.toolExecutionNotifications as { level: string; message: { text: string }; locations?: unknown[] }[];
      assert.deepEqual(
        notifications.map((notification) => notification.level),
        ['error', 'error', 'error', 'warning', 'warning'],
      );
      assert.deepEqual(notifications[0]?.locations, [
        { physicalLocation: { artifactLocation: { uri: 'templates/broken.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 3, startColumn: 1 } } },
      ]);
      assert.equal(JSON.parse(formatSarif(cleanReport, ctx)).runs[0].invocations[0].executionSuccessful, true);
    });

    it('encodes artifact URIs', () => {
      const odd: ScanReport = {
        ...cleanReport,
        evaluations: [{ ...report.evaluations[0]!, location: { file: `${cwd}/my templates/a#1?.yaml`, line: 1, path: [] } }],
      };
      const uri = JSON.parse(formatSarif(odd, context({ cwd: `${cwd}/` }))).runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri;
      assert.equal(uri, 'my%20templates/a%231%3F.yaml');
    });
  });

  describe('junit', () => {
    const xml = formatJunit(report, ctx);
    const root = parseXml(xml);

    it('is well-formed XML with consistent counts', () => {
      assert.equal(root.name, 'testsuites');
      let tests = 0;
      let failures = 0;
      let skipped = 0;
      for (const suite of root.children) {
        assert.equal(suite.name, 'testsuite');
        const cases = suite.children;
        assert.ok(cases.every((testCase) => testCase.name === 'testcase'));
        const suiteFailures = cases.filter((testCase) => testCase.children.some((child) => child.name === 'failure')).length;
        const suiteSkipped = cases.filter((testCase) => testCase.children.some((child) => child.name === 'skipped')).length;
        assert.equal(suite.attributes.tests, String(cases.length), suite.attributes.name);
        assert.equal(suite.attributes.failures, String(suiteFailures), suite.attributes.name);
        assert.equal(suite.attributes.skipped, String(suiteSkipped), suite.attributes.name);
        tests += cases.length;
        failures += suiteFailures;
        skipped += suiteSkipped;
      }
      assert.deepEqual([root.attributes.tests, root.attributes.failures, root.attributes.skipped], [String(tests), String(failures), String(skipped)]);
      const unsuppressedFailing = report.evaluations.filter(isFailing).length;
      const errorProblems = report.problems.filter((problem) => problem.level === 'error').length;
      assert.equal(tests, report.evaluations.length + errorProblems);
      assert.equal(failures, unsuppressedFailing + errorProblems);
      const notSkipped = report.evaluations.filter((evaluation) => isFailing(evaluation) || (evaluation.status === 'COMPLIANT' && !evaluation.suppressed)).length;
      assert.equal(skipped, report.evaluations.length - notSkipped);
    });

    it('has a suite per rule and one for errors', () => {
      assert.deepEqual(
        root.children.map((suite) => suite.attributes.name),
        [...new Set(report.evaluations.map((evaluation) => evaluation.ruleId))].sort().concat('tosei.errors'),
      );
      const errors = root.children.at(-1);
      assert.deepEqual(
        errors?.children.map((testCase) => testCase.children[0]?.attributes.message),
        [
          'rule S3_BUCKET_LOGGING_ENABLED crashed on DataBucket: Cannot read properties of undefined',
          'could not parse: unexpected ":" at <root> & "bad"',
          'file is larger than 5 MB, skipped',
        ],
      );
    });

    it('round-trips escaped text, dropping characters XML forbids', () => {
      const cases = root.children.flatMap((suite) => suite.children);
      const terraform = cases.find((testCase) => testCase.attributes.name === 'module.vpc.aws_security_group.web["a,b:c"]');
      assert.equal(terraform?.attributes.classname, 'infra/main.tf');
      assert.equal(terraform?.children[0]?.attributes.message, 'Ingress 0.0.0.0/0 on ports 22, 3389: 100% open\r\nfix it');
      assert.equal(terraform?.children[0]?.attributes.type, 'critical');
      const logs = cases.find((testCase) => testCase.attributes.name === 'LogsBucket' && testCase.children.length > 0);
      assert.equal(logs?.children[0]?.attributes.message, 'Bucket "logs" <prod> & co | allows plain HTTP\nsecond line');
      assert.match(logs?.children[0]?.text ?? '', /^non-compliant: Bucket "logs" <prod> & co \| allows plain HTTP\nsecond line\n/);
      const old = cases.find((testCase) => testCase.attributes.name === 'OldBucket');
      assert.equal(old?.children[0]?.attributes.message, 'access logging is off [31mred[0m');
      const suppressed = cases.find((testCase) => testCase.children[0]?.attributes.message?.startsWith('suppressed (metadata)'));
      assert.equal(suppressed?.children[0]?.attributes.message, 'suppressed (metadata): 依存: legacy, approved by «sec» & "ops"');
      const control: ScanReport = { ...cleanReport, evaluations: [{ ...report.evaluations[0]!, message: 'a\u0000b\u0007c\ud800d\uffffe' }] };
      const parsed = parseXml(formatJunit(control, ctx));
      assert.equal(parsed.children[0]?.children[0]?.children[0]?.attributes.message, 'abc\ufffdde');
    });

    it('the checker rejects malformed XML', () => {
      assert.throws(() => parseXml('<a><b></a></b>'));
      assert.throws(() => parseXml('<a x="1 & 2"/>'));
      assert.throws(() => parseXml('<a>1 < 2</a>'));
      assert.throws(() => parseXml('<a/><b/>'));
      assert.throws(() => parseXml('<a>'));
    });
  });

  describe('github', () => {
    const lines = formatGithub(report, ctx).trimEnd().split('\n');

    it('annotates failing and undecided evaluations and problems, then summarises', () => {
      const commands = lines.filter((line) => line.startsWith('::'));
      const failing = report.evaluations.filter(isFailing).length;
      const undecided = report.evaluations.filter((evaluation) => evaluation.status === 'INSUFFICIENT_DATA' && !evaluation.suppressed).length;
      const standalone = report.problems.length - 1; // the crash is told once, by its ERROR evaluation
      assert.equal(commands.length, failing + undecided + standalone);
      assert.equal(lines.length, commands.length + 2);
      assert.match(lines.at(-1) ?? '', /^✖ Failed: 4 failing evaluations at severity medium or above, 3 errors$/);
      for (const command of commands) assert.match(command, /^::(error|warning|notice)( [a-z]+=[^,:\n]*(,[a-z]+=[^,:\n]*)*)?::.*$/);
    });

    it('maps severities to annotation levels', () => {
      const level = (resource: string): string | undefined => lines.find((line) => line.includes(`::${resource}: `))?.split(' ')[0];
      assert.equal(level('LogsBucket'), '::error');
      assert.equal(level('SharedBucket'), '::warning');
      assert.equal(level('OldBucket'), '::notice');
      assert.equal(level('DataBucket'), '::error', 'a rule error is an error whatever its severity');
      assert.ok(lines.some((line) => line.startsWith('::notice file=templates/app.yaml,line=40,col=3,title=S3_BUCKET_VERSIONING_ENABLED::insufficient data: ConditionalBucket: ')));
    });

    it('escapes data and properties as the runner expects', () => {
      assert.ok(
        lines.includes(
          '::error file=infra/main.tf,line=7,col=3,title=RESTRICTED_INCOMING_TRAFFIC::module.vpc.aws_security_group.web["a,b:c"]: Ingress 0.0.0.0/0 on ports 22, 3389: 100%25 open%0D%0Afix it',
        ),
      );
      assert.ok(lines.includes('::notice file=templates/legacy%2Cv1%3Aold.yaml,line=3,col=1,title=S3_BUCKET_LOGGING_ENABLED::OldBucket: access logging is off [31mred[0m'));
      assert.ok(lines.includes('::error file=templates/huge.json,title=tosei::file is larger than 5 MB, skipped'));
      assert.ok(lines.includes('::warning file=.tosei.yml,title=S3_BUCKET_VERSIONING_ENABLED::exception for S3_BUCKET_VERSIONING_ENABLED on "Web*" has no reason'));
      assert.ok(!lines.some((line) => ANSI.test(line)));
    });
  });

  describe('text', () => {
    const plain = formatText(report, ctx);
    const coloured = formatText(report, context({ color: true }));

    it('has no ANSI codes without colour, and has them with it', () => {
      assert.ok(!ANSI.test(plain));
      assert.ok(!plain.includes('\u001b'));
      assert.ok(ANSI.test(coloured));
      // eslint-disable-next-line no-control-regex
      assert.equal(coloured.replace(/\u001b\[[0-9;]*m/g, ''), plain);
    });

    it('groups aligned lines by relative file', () => {
      const lines = plain.split('\n');
      const file = lines.indexOf('templates/app.yaml');
      assert.ok(file >= 0);
      assert.deepEqual(lines.slice(file + 1, file + 7), [
        '  12:5  HIGH      S3_BUCKET_SSL_REQUESTS_ONLY   LogsBucket                                  Bucket "logs" <prod> & co | allows plain HTTP',
        '                                                                                            second line',
        '  30:3  LOW       S3_BUCKET_LOGGING_ENABLED     DataBucket                                  rule error: rule S3_BUCKET_LOGGING_ENABLED crashed on DataBucket: Cannot read properties of undefined',
        '  50:3  warning   S3_BUCKET_SSL_REQUESTS_ONLY                                               suppression of S3_BUCKET_SSL_REQUESTS_ONLY on GuardBucket is unused',
        '  3 suppressed (--show-suppressed lists them)',
        '',
      ]);
      assert.ok(lines.includes('../other/shared.yaml'));
      assert.ok(lines.includes('  -     error                                                                               file is larger than 5 MB, skipped'));
      assert.ok(!plain.includes('Not applicable') && !plain.includes('PasswordPolicy'), 'compliant and not applicable evaluations are not listed');
    });

    it('lists undecided evaluations apart from the failures, and each failing rule\'s fix once', () => {
      const lines = plain.split('\n');
      const undecided = lines.indexOf('Not decided (INSUFFICIENT_DATA: the input does not say enough, e.g. a value known only at deploy time; these do not fail the run):');
      assert.ok(undecided > lines.indexOf('templates/app.yaml'), 'after the findings');
      assert.deepEqual(lines.slice(undecided + 1, undecided + 4), [
        '  templates/app.yaml',
        '    40:3  unknown  S3_BUCKET_VERSIONING_ENABLED  ConditionalBucket  properties can not be resolved: !If [IsProd, …]',
        '',
      ]);
      const fixes = lines.indexOf('How to fix:');
      assert.deepEqual(lines.slice(fixes + 1, fixes + 5), [
        '  RESTRICTED_INCOMING_TRAFFIC: Fix RESTRICTED_INCOMING_TRAFFIC: set the property | see docs. (https://tosei.dev/rules/RESTRICTED_INCOMING_TRAFFIC)',
        '  S3_BUCKET_SSL_REQUESTS_ONLY: Fix S3_BUCKET_SSL_REQUESTS_ONLY: set the property | see docs. (https://tosei.dev/rules/S3_BUCKET_SSL_REQUESTS_ONLY)',
        '  S3_BUCKET_VERSIONING_ENABLED: Fix S3_BUCKET_VERSIONING_ENABLED: set the property | see docs. (https://tosei.dev/rules/S3_BUCKET_VERSIONING_ENABLED)',
        '',
      ]);
      assert.ok(!lines.some((line) => line.includes('S3_BUCKET_LOGGING_ENABLED: Fix')), 'below the threshold: not failing, no fix listed');
    });

    it('lists suppressed findings with their reasons when asked', () => {
      const shown = formatText(report, context({ showSuppressed: true }));
      assert.ok(shown.includes('  30:3  suppressed  S3_BUCKET_VERSIONING_ENABLED  DataBucket                                  versioning is suspended (suppressed: scratch data, see .tosei.yml)'));
      assert.ok(!shown.includes('suppressed (--show-suppressed lists them)'));
    });

    it('ends with the summary and the verdict', () => {
      const lines = plain.trimEnd().split('\n');
      assert.deepEqual(lines.slice(-2), [
        '5 rules · 7 files · 13 evaluations: 2 compliant, 7 non-compliant (2 suppressed), 2 insufficient data (1 suppressed), 1 not applicable, 1 rule error · 3 errors, 2 warnings',
        '✖ Failed: 4 failing evaluations at severity medium or above, 3 errors',
      ]);
      const clean = formatText(cleanReport, ctx).trimEnd().split('\n');
      assert.deepEqual(clean, [
        '5 rules · 1 file · 3 evaluations: 2 compliant, 0 non-compliant, 0 insufficient data, 1 not applicable · 0 errors, 0 warnings',
        '✔ Passed: no failing evaluations at severity medium or above',
      ]);
    });
  });

  describe('markdown', () => {
    const markdown = formatMarkdown(report, ctx);

    it('escapes table cells so every row keeps its columns', () => {
      for (const line of markdown.split('\n').filter((candidate) => candidate.startsWith('|'))) {
        const pipes = line.match(/(?<!\\)\|/g)?.length ?? 0;
        assert.ok(pipes === 4 || pipes === 6 || pipes === 7, `unexpected column count: ${line}`);
      }
      assert.ok(markdown.includes('Bucket "logs" &lt;prod&gt; &amp; co \\| allows plain HTTP<br>second line'));
      assert.ok(!markdown.includes('\u001b'));
    });

    it('lists failing findings, then collapsed sections, then problems', () => {
      assert.ok(markdown.startsWith('## tosei: ✖ Failed: 4 failing evaluations at severity medium or above, 3 errors\n'));
      assert.ok(markdown.includes('| Non-compliant | 7 | 2 |'));
      assert.ok(markdown.includes('### Failing findings (4)'));
      assert.ok(markdown.includes('<summary>Insufficient data (1)</summary>'));
      assert.ok(markdown.includes('<summary>Below the severity threshold (2)</summary>'));
      assert.ok(markdown.includes('<summary>Suppressed (3)</summary>'));
      assert.ok(markdown.includes('### Errors (2)'), 'the crash is told once, as a finding');
      assert.ok(markdown.includes('- **templates/huge.json**: file is larger than 5 MB, skipped'));
      assert.ok(markdown.indexOf('### Failing findings') < markdown.indexOf('<details>'));
    });

    it('says so when clean', () => {
      const clean = formatMarkdown(cleanReport, ctx);
      assert.ok(clean.includes('\nNo violations.\n'));
      assert.ok(!clean.includes('<details>'));
    });
  });

  it('counts every status in the summaries', () => {
    const text = formatText(report, ctx);
    for (const status of STATUSES) assert.ok(report.evaluations.some((evaluation) => evaluation.status === status), `fixture lacks ${status}`);
    assert.ok(text.includes('1 rule error'));
  });
});
