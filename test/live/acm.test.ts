import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { main } from '../../src/cli/main.js';
import { readLiveResource } from '../../src/live/index.js';
import { type FakeAws, fakeAwsForSuite } from '../support/fake-aws.js';
import { installFakeAccount, type FakeCertificate } from '../support/live-account.js';

const ACCOUNT = '111122223333';
const REGION = 'eu-west-1';
const DAY = 24 * 60 * 60 * 1000;
const arn = (id: string) => `arn:aws:acm:${REGION}:${ACCOUNT}:certificate/${id}`;
/** A date `days` from the scan's clock (the live scan measures expiry from the time it runs). */
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();

interface JsonReport {
  results: { ruleId: string; status: string; message: string; resource: { id: string; type: string; arn?: string } }[];
  errors: { file: string; message: string }[];
  warnings: { file: string; message: string }[];
}

async function scan(cwd: string): Promise<JsonReport> {
  let stdout = '';
  await main(['scan', 'aws', '--regions', REGION, '--only', 'ACM_CERTIFICATE_EXPIRATION_CHECK,ACM_CERTIFICATE_RSA_CHECK', '--format', 'json'], {
    cwd,
    env: {},
    stdoutIsTTY: false,
    stderrIsTTY: false,
    progressDelayMs: 0,
    stdout: (text) => (stdout += text),
    stderr: () => undefined,
  });
  return JSON.parse(stdout) as JsonReport;
}

const verdicts = (report: JsonReport) => Object.fromEntries(report.results.map((result) => [`${result.ruleId} ${result.resource.id.split('/').pop() ?? ''}`, result.status]));

const CERTIFICATES: FakeCertificate[] = [
  { id: 'expiring', domain: 'soon.example.com', keyAlgorithm: 'RSA_2048', notAfter: inDays(5) },
  // Listed only when ListCertificates is asked for elliptic-curve keys.
  { id: 'fresh', domain: 'www.example.com', keyAlgorithm: 'EC_prime256v1', notAfter: inDays(300) },
  { id: 'weak', domain: 'legacy.example.com', keyAlgorithm: 'RSA_1024', type: 'IMPORTED', notAfter: inDays(300) },
  // Listed only when asked for RSA_4096 keys; issued, yet DescribeCertificate has no NotAfter.
  { id: 'undated', domain: 'odd.example.com', keyAlgorithm: 'RSA_4096' },
  // Listed only when asked for ACME key pairs.
  { id: 'acme', domain: 'acme.example.com', keyAlgorithm: 'RSA_2048', keyPairOrigin: 'ACME', notAfter: inDays(60) },
  // Listed only by a listing that asks for Amazon's N2 roots (which then lists nothing else).
  { id: 'n2', domain: 'n2.example.com', keyAlgorithm: 'EC_secp384r1', rootHierarchy: 'N2_AMAZON_MANAGED', notAfter: inDays(200) },
];

describe('tosei scan aws: ACM certificates (fake AWS, ACM awsJson1_1)', () => {
  let fake: FakeAws;
  let cwd: string;
  fakeAwsForSuite(REGION, 'tosei-acm-', (started) => ({ fake, cwd } = started));
  beforeEach(() => {
    fake.requests.length = 0;
    installFakeAccount(fake, { accountId: ACCOUNT, pageSize: 2, regions: { [REGION]: { certificates: CERTIFICATES } } });
  });

  it('judges every certificate: expiring, fresh, a 1,024-bit key, and one whose NotAfter is missing', async () => {
    const report = await scan(cwd);
    assert.deepEqual(report.errors, []);
    assert.deepEqual(report.warnings, []);
    assert.deepEqual(verdicts(report), {
      'ACM_CERTIFICATE_EXPIRATION_CHECK expiring': 'NON_COMPLIANT',
      'ACM_CERTIFICATE_EXPIRATION_CHECK fresh': 'COMPLIANT',
      'ACM_CERTIFICATE_EXPIRATION_CHECK weak': 'COMPLIANT',
      'ACM_CERTIFICATE_EXPIRATION_CHECK undated': 'INSUFFICIENT_DATA',
      'ACM_CERTIFICATE_EXPIRATION_CHECK acme': 'COMPLIANT',
      'ACM_CERTIFICATE_EXPIRATION_CHECK n2': 'COMPLIANT',
      'ACM_CERTIFICATE_RSA_CHECK expiring': 'COMPLIANT',
      'ACM_CERTIFICATE_RSA_CHECK fresh': 'NOT_APPLICABLE',
      'ACM_CERTIFICATE_RSA_CHECK weak': 'NON_COMPLIANT',
      'ACM_CERTIFICATE_RSA_CHECK undated': 'COMPLIANT',
      'ACM_CERTIFICATE_RSA_CHECK acme': 'COMPLIANT',
      'ACM_CERTIFICATE_RSA_CHECK n2': 'NOT_APPLICABLE',
    });
    const message = (ruleId: string, id: string) => report.results.find((result) => result.ruleId === ruleId && result.resource.id === arn(id))?.message ?? '';
    assert.match(message('ACM_CERTIFICATE_EXPIRATION_CHECK', 'expiring'), /in 4 days: within 14 days/);
    assert.match(message('ACM_CERTIFICATE_EXPIRATION_CHECK', 'undated'), /does not record NotAfter/);
    assert.match(message('ACM_CERTIFICATE_RSA_CHECK', 'weak'), /1024 bits/);
    // Resources are named by ARN, as Config and Cloud Control name them.
    assert.equal(report.results.find((result) => result.resource.id === arn('weak'))?.resource.arn, arn('weak'));
  });

  it('asks ListCertificates for every key type and key pair origin, page by page, then for the N2 roots, and describes each certificate once', async () => {
    await scan(cwd);
    const pages = fake.calls('ListCertificates', 'acm').map((request) => request.body as { Includes?: { keyTypes?: string[] }; CertificateKeyPairOrigins?: string[]; RootHierarchyTypes?: string[]; NextToken?: string });
    assert.deepEqual(pages.filter((body) => body.RootHierarchyTypes === undefined).map((body) => body.NextToken), [undefined, 'page-2', 'page-4']);
    const n2 = pages.filter((body) => body.RootHierarchyTypes !== undefined);
    assert.deepEqual(n2.map((body) => [...(body.RootHierarchyTypes ?? [])].sort()), [['N2_AMAZON_MANAGED', 'N2_SFG2_AMAZON_MANAGED']]);
    for (const body of pages) {
      assert.deepEqual([...(body.Includes?.keyTypes ?? [])].sort(), ['EC_prime256v1', 'EC_secp384r1', 'EC_secp521r1', 'RSA_1024', 'RSA_2048', 'RSA_3072', 'RSA_4096']);
      assert.deepEqual([...(body.CertificateKeyPairOrigins ?? [])].sort(), ['ACME', 'AWS_MANAGED', 'CUSTOMER_PROVIDED']);
    }
    assert.deepEqual(fake.calls('DescribeCertificate', 'acm').map((request) => (request.body as { CertificateArn: string }).CertificateArn).sort(), CERTIFICATES.map((certificate) => arn(certificate.id)).sort());
  });

  it('a certificate that can not be described is not known (with a warning); the others are judged', async () => {
    installFakeAccount(fake, {
      accountId: ACCOUNT,
      regions: { [REGION]: { certificates: CERTIFICATES } },
      override: (_region, request) =>
        request.operation === 'DescribeCertificate' && (request.body as { CertificateArn: string }).CertificateArn === arn('weak')
          ? { error: { code: 'AccessDeniedException', message: 'not authorized to perform acm:DescribeCertificate' } }
          : undefined,
    });
    const report = await scan(cwd);
    assert.deepEqual(report.errors, []);
    assert.deepEqual(report.warnings.map((warning) => warning.message), [`region ${REGION}, certificate ${arn('weak')}: DescribeCertificate access denied (AccessDeniedException)`]);
    const all = verdicts(report);
    assert.equal(all['ACM_CERTIFICATE_RSA_CHECK weak'], 'INSUFFICIENT_DATA');
    assert.equal(all['ACM_CERTIFICATE_EXPIRATION_CHECK weak'], 'INSUFFICIENT_DATA');
    assert.equal(all['ACM_CERTIFICATE_EXPIRATION_CHECK expiring'], 'NON_COMPLIANT');
  });

  it('N2 certificates that can not be listed are a warning; the others are judged', async () => {
    installFakeAccount(fake, {
      accountId: ACCOUNT,
      regions: { [REGION]: { certificates: CERTIFICATES } },
      override: (_region, request) =>
        request.operation === 'ListCertificates' && (request.body as { RootHierarchyTypes?: string[] }).RootHierarchyTypes
          ? { error: { code: 'ValidationException', message: 'RootHierarchyTypes is not supported in this Region' } }
          : undefined,
    });
    const report = await scan(cwd);
    assert.deepEqual(report.errors, []);
    assert.equal(report.warnings.length, 1);
    assert.match(report.warnings[0]?.message ?? '', /certificates under Amazon N2 roots were not listed: ListCertificates failed: .*\(ValidationException\)/);
    const all = verdicts(report);
    assert.equal(all['ACM_CERTIFICATE_EXPIRATION_CHECK n2'], undefined);
    assert.equal(all['ACM_CERTIFICATE_EXPIRATION_CHECK expiring'], 'NON_COMPLIANT');
  });

  it('a region where ListCertificates is denied is an error, never a region without certificates', async () => {
    installFakeAccount(fake, {
      accountId: ACCOUNT,
      regions: { [REGION]: { certificates: CERTIFICATES } },
      override: (_region, request) => (request.operation === 'ListCertificates' ? { error: { code: 'AccessDeniedException', message: 'not authorized to perform acm:ListCertificates' } } : undefined),
    });
    const report = await scan(cwd);
    assert.deepEqual(report.results, []);
    assert.deepEqual(report.errors.map((error) => error.message), [`region ${REGION}, type AWS::CertificateManager::Certificate: access denied (AccessDeniedException)`]);
  });

  it('reads one certificate again by ARN; a deleted one is no resource', async () => {
    const read = await readLiveResource('AWS::CertificateManager::Certificate', arn('expiring'), { region: REGION });
    assert.deepEqual(read.problems, []);
    assert.deepEqual(read.resource?.properties, { DomainName: 'soon.example.com', SubjectAlternativeNames: ['soon.example.com'], KeyAlgorithm: 'RSA-2048' });
    assert.deepEqual(read.resource?.observed, { Type: 'AMAZON_ISSUED', Status: 'ISSUED', NotAfter: CERTIFICATES[0]?.notAfter });
    const gone = await readLiveResource('AWS::CertificateManager::Certificate', arn('deleted'), { region: REGION });
    assert.deepEqual(gone.problems, []);
    assert.equal(gone.resource, undefined);
  });
});
