// CSV, ASFF and OCSF exports: each checked against its format's rules (RFC 4180 quoting and no
/* eslint-disable @typescript-eslint/no-explicit-any -- the exports are checked as the untyped JSON a consumer reads */
// spreadsheet formulas; ASFF's required fields, enumerations and lengths; OCSF's Compliance
// Finding class), on the examples through the CLI and on generated evaluations.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Evaluation } from '../src/model/evaluation.js';
import { formatters, type FormatContext, type ScanReport } from '../src/report/index.js';
import { ROOT, tosei } from './support/cli.js';

const CONTEXT: FormatContext = { cwd: '/project', color: false, severityThreshold: 'info', ruleUrl: (id) => `https://docs.example/${id}.md`, generatedAt: '2026-12-07T10:00:00.000Z' };

function evaluation(overrides: Partial<Evaluation> = {}): Evaluation {
  return {
    ruleId: 'S3_BUCKET_LOGGING_ENABLED',
    status: 'NON_COMPLIANT',
    severity: 'medium',
    message: 'Bucket Logs has no access logging.',
    resource: { type: 'AWS::S3::Bucket', id: 'Logs', source: 'cloudformation' },
    location: { file: '/project/templates/app.yaml', line: 12, column: 3, path: ['Properties'] },
    ...overrides,
  };
}

function report(evaluations: Evaluation[]): ScanReport {
  return {
    tool: { name: 'tosei', version: '1.2.3' },
    files: ['/project/templates/app.yaml'],
    evaluations,
    problems: [{ level: 'error', file: '/project/templates/broken.yaml', line: 4, message: 'invalid YAML' }],
    rules: {
      S3_BUCKET_LOGGING_ENABLED: {
        id: 'S3_BUCKET_LOGGING_ENABLED',
        title: 'S3 buckets log access',
        description: 'Buckets log server access.',
        severity: 'medium',
        resourceTypes: ['AWS::S3::Bucket'],
        messages: {},
        remediation: 'Set LoggingConfiguration.',
        frameworks: { FSBP: ['S3.9'], 'NIST-800-53-r5': ['AU-2'] },
      },
    },
  };
}

/** RFC 4180 reader for the test: quoted fields, doubled quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] as string;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      index += 1;
    } else field += char;
  }
  return rows;
}

describe('CSV export', () => {
  it('one row per evaluation and per problem, every message back intact, no formula', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 40 }), { minLength: 1, maxLength: 8 }), (messages) => {
        const evaluations = messages.map((message, index) => evaluation({ message, resource: { type: 'AWS::S3::Bucket', id: `B${index}`, source: 'cloudformation' }, location: { file: '/project/a.yaml', line: index + 1, path: [] } }));
        const rows = parseCsv(formatters.csv(report(evaluations), CONTEXT));
        const header = rows[0] as string[];
        assert.equal(rows.length, 1 + evaluations.length + 1);
        const messageColumn = header.indexOf('message');
        for (const [index, message] of messages.entries()) {
          const cell = (rows[index + 1] as string[])[messageColumn] as string;
          // eslint-disable-next-line no-control-regex
          const expected = message.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '');
          assert.equal(cell, /^[=+\-@\t\r]/.test(expected) ? `'${expected}` : expected);
        }
        assert.equal((rows.at(-1) as string[])[0], 'error');
      }),
    );
  });
});

describe('ASFF export', () => {
  const SEVERITY_LABELS = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];
  const COMPLIANCE = ['PASSED', 'WARNING', 'FAILED', 'NOT_AVAILABLE'];

  function checkFinding(finding: Record<string, any>): void {
    for (const field of ['SchemaVersion', 'Id', 'ProductArn', 'GeneratorId', 'AwsAccountId', 'Types', 'CreatedAt', 'UpdatedAt', 'Severity', 'Title', 'Description', 'Resources']) assert.ok(finding[field] !== undefined, field);
    assert.equal(finding.SchemaVersion, '2018-10-08');
    assert.match(finding.AwsAccountId, /^\d{12}$/);
    assert.match(finding.ProductArn, /^arn:aws[\w-]*:securityhub:[a-z0-9-]+:\d{12}:product\/\d{12}\/default$/);
    assert.ok(finding.Id.length <= 512 && finding.Title.length <= 256 && finding.Description.length <= 1024);
    assert.ok(SEVERITY_LABELS.includes(finding.Severity.Label));
    assert.ok(COMPLIANCE.includes(finding.Compliance.Status));
    assert.ok(!Number.isNaN(Date.parse(finding.CreatedAt)));
    assert.ok(Array.isArray(finding.Resources) && finding.Resources.length >= 1);
    for (const resource of finding.Resources) assert.ok(resource.Type && resource.Id && resource.Region && resource.Partition);
    assert.ok(['NEW', 'SUPPRESSED'].includes(finding.Workflow.Status));
  }

  it('maps statuses and severities, drops NOT_APPLICABLE, marks suppressions, keeps ids stable', () => {
    const evaluations = [
      evaluation(),
      evaluation({ status: 'COMPLIANT', resource: { type: 'AWS::S3::Bucket', id: 'Ok', source: 'cloudformation' } }),
      evaluation({ status: 'INSUFFICIENT_DATA', severity: 'critical', resource: { type: 'AWS::Foo::Bar', id: 'Odd', source: 'cloudformation' } }),
      evaluation({ status: 'NOT_APPLICABLE', resource: { type: 'AWS::S3::Bucket', id: 'Na', source: 'cloudformation' } }),
      evaluation({ suppressed: { kind: 'metadata', reason: 'log bucket' }, resource: { type: 'AWS::S3::Bucket', id: 'Quiet', source: 'cloudformation' } }),
    ];
    const context = { ...CONTEXT, aws: { accountId: '123456789012', region: 'eu-west-1' } };
    const findings = JSON.parse(formatters.asff(report(evaluations), context)) as Record<string, any>[];
    assert.equal(findings.length, 4);
    findings.forEach(checkFinding);
    assert.deepEqual(findings.map((finding) => finding.Compliance.Status), ['FAILED', 'PASSED', 'WARNING', 'FAILED']);
    assert.equal(findings[0]?.Resources[0].Type, 'AwsS3Bucket');
    assert.equal(findings[2]?.Resources[0].Type, 'Other');
    assert.equal(findings[2]?.Severity.Label, 'CRITICAL');
    assert.equal(findings[3]?.Workflow.Status, 'SUPPRESSED');
    assert.deepEqual(findings[0]?.Compliance.RelatedRequirements, ['FSBP S3.9', 'NIST-800-53-r5 AU-2']);
    assert.equal(findings[0]?.Compliance.SecurityControlId, 'S3.9');
    const again = JSON.parse(formatters.asff(report([{ ...evaluations[0]!, location: { ...evaluations[0]!.location, line: 99 } }]), context)) as Record<string, any>[];
    assert.equal(again[0]?.Id, findings[0]?.Id, 'a moved line keeps the finding id');
  });

  it('takes the account and region from ARNs and live documents, and refuses a finding that belongs nowhere', () => {
    const live = evaluation({ resource: { type: 'AWS::S3::Bucket', id: 'logs', arn: 'arn:aws:s3:::logs', source: 'config-item' }, location: { file: 'aws://210987654321/us-west-2', path: [] } });
    const [finding] = JSON.parse(formatters.asff(report([live]), CONTEXT)) as Record<string, any>[];
    assert.equal(finding?.AwsAccountId, '210987654321');
    assert.equal(finding?.Resources[0].Region, 'us-west-2');
    assert.equal(finding?.Resources[0].Id, 'arn:aws:s3:::logs');
    assert.throws(() => formatters.asff(report([evaluation()]), CONTEXT), /--account-id and --region/);
  });

  it('the CLI refuses asff without an account and writes it with one', async () => {
    const refused = await tosei(['scan', 'examples', '--format', 'asff'], { cwd: ROOT });
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /asff needs the account and region/);
    const written = await tosei(['scan', 'examples', '--format', 'asff', '--account-id', '123456789012', '--region', 'eu-west-1'], { cwd: ROOT });
    assert.equal(written.code, 1, written.stderr);
    (JSON.parse(written.stdout) as Record<string, any>[]).forEach(checkFinding);
  });
});

describe('OCSF export', () => {
  it('writes Compliance Finding events (class 2003) with the schema version', async () => {
    const run = await tosei(['scan', 'examples', '--format', 'ocsf'], { cwd: ROOT });
    assert.equal(run.code, 1, run.stderr);
    const events = JSON.parse(run.stdout) as Record<string, any>[];
    assert.ok(events.length > 0);
    for (const event of events) {
      assert.equal(event.class_uid, 2003);
      assert.equal(event.category_uid, 2);
      assert.equal(event.type_uid, 200301);
      assert.equal(event.activity_id, 1);
      assert.match(event.metadata.version, /^\d+\.\d+\.\d+$/);
      assert.equal(event.metadata.product.name, 'Tosei');
      assert.ok(event.severity_id >= 1 && event.severity_id <= 5);
      assert.equal(typeof event.time, 'number');
      assert.ok(event.finding_info.uid && event.finding_info.title);
      assert.ok([0, 1, 3].includes(event.compliance.status_id));
      assert.ok(Array.isArray(event.compliance.standards) && event.compliance.standards.length > 0);
      assert.ok(Array.isArray(event.resources) && event.resources[0].uid);
    }
    const statuses = new Set(events.map((event) => event.compliance.status));
    assert.ok(statuses.has('Fail') && statuses.has('Pass'));
  });
});
