// What a new user meets in the first hour (issue 14), each through the built CLI as a user runs it.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { tosei, workspace } from './support/cli.js';

interface JsonReport {
  results: { ruleId: string; status: string; resource: { id: string; key?: string }; location: { file: string }; suppressed?: { reason: string } }[];
  errors: { file: string; line?: number; message: string }[];
  warnings: { file: string; line?: number; message: string }[];
}

const json = (stdout: string): JsonReport => JSON.parse(stdout) as JsonReport;

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
