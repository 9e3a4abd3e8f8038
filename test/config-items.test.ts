import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { main } from '../src/cli/main.js';
import { parseConfigEvent, ConfigEventError } from '../src/gates/config-rule/event.js';
import { buildConfigEvent } from '../src/gates/config-rule/testing.js';
import { configItemsToDocument, ConfigItemError, normalizeItem, policyDocument, ITEM_MAPPINGS } from '../src/inputs/config/index.js';
import { ItemArraySplitter, loadConfigItemsFile, looksLikeConfigItemsText } from '../src/inputs/config/snapshot.js';
import { CredentialReportError, parseCredentialReport } from '../src/live/credential-report.js';
import { isUnknown } from '../src/model/unknown.js';
import { bucketItem, buildConfigurationItem, credentialReportCsv, instanceItem, ipPermission, securityGroupItem, sseConfiguration, urlEncodedPolicy } from '../src/rules/config-fixtures.js';
import { writeFixtureDirectory } from '../src/rules/tester.js';
import { CORPORA } from './support/corpora.js';
import { startFakeAws, type FakeAws } from './support/fake-aws.js';

const EXAMPLE_CI = join(CORPORA, 'config-rdk-example-ci', 'rdk', 'template', 'example_ci');

describe('configuration item adapter', () => {
  it('reads every real item of the RDK corpus without a problem; the pack types map to CloudFormation types', () => {
    const names = readdirSync(EXAMPLE_CI).filter((name) => name.endsWith('.json'));
    assert.ok(names.length >= 80, `${names.length} items`);
    // Upstream files hold an item, a list of items, or a whole invoking event; a few are not valid JSON.
    const items = names.flatMap((name): Record<string, unknown>[] => {
      let data: unknown;
      try {
        data = JSON.parse(readFileSync(join(EXAMPLE_CI, name), 'utf8'));
      } catch {
        return [];
      }
      if (Array.isArray(data)) return data as Record<string, unknown>[];
      const record = data as Record<string, unknown>;
      return [(record.configurationItem as Record<string, unknown> | undefined) ?? record];
    });
    assert.ok(items.length >= 75, `${items.length} of ${names.length} parse`);
    const document = configItemsToDocument(items, 'example_ci');
    assert.deepEqual(document.problems, []);
    assert.equal(document.origins.size, items.length);
    const mapped = items.filter((item) => typeof item.resourceType === 'string' && item.resourceType in ITEM_MAPPINGS);
    assert.ok(mapped.length >= 14, `${mapped.length} pack types in the corpus`);
    const policy = document.graph.ofType('AWS::IAM::ManagedPolicy')[0];
    assert.equal(document.origins.get(policy?.id ?? '')?.resourceType, 'AWS::IAM::Policy');
    assert.deepEqual(policy?.properties.PolicyDocument, { Version: '2012-10-17', Statement: [{ Sid: 'Stmt1461949544000', Effect: 'Allow', Action: ['elasticloadbalancing:Describe*'], Resource: ['*'] }] });
    assert.deepEqual(policy?.properties.Roles, ['config-role', 'config-role-ezcrc2', 'config-role-ezcrc', 'config-role-ezcrc3']);
  });

  it('maps the RDK instance and security group (API form 1.2, legacy ipRanges) with relationships as edges', () => {
    const instance = JSON.parse(readFileSync(join(EXAMPLE_CI, 'AWS_EC2_Instance.json'), 'utf8'));
    const group = JSON.parse(readFileSync(join(EXAMPLE_CI, 'AWS_EC2_SecurityGroup.json'), 'utf8'));
    const document = configItemsToDocument([instance, group], 'items.json');
    const mapped = document.graph.get('i-03402838daac1d611');
    assert.equal(mapped?.type, 'AWS::EC2::Instance');
    assert.deepEqual(mapped?.properties.SecurityGroupIds, ['sg-fd215482']);
    assert.equal(mapped?.source.arn, 'arn:aws:ec2:us-east-1:681361479661:instance/i-03402838daac1d611');
    assert.equal(mapped?.source.account, '681361479661');
    const edges = document.graph.referencesFrom('i-03402838daac1d611');
    assert.ok(edges.some((edge) => edge.to === 'sg-fd215482' && edge.kind === 'Relationship' && edge.attribute === 'Is associated with SecurityGroup'));
    // The volume's item is not among the inputs: its encryption is unknown, not false.
    const ebs = (mapped?.properties.BlockDeviceMappings as { Ebs: { Encrypted: unknown } }[])[0]?.Ebs;
    assert.ok(isUnknown(ebs?.Encrypted));
    assert.deepEqual(document.graph.get('sg-1d56fc66')?.properties.SecurityGroupIngress, [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: '0.0.0.0/0' }]);
  });

  it('converts the API form: JSON-string configuration and supplementary values, relationshipName, accountId/arn', () => {
    const api = bucketItem('logs', { ServerSideEncryptionConfiguration: sseConfiguration('aws:kms', 'arn:aws:kms:us-east-1:123456789012:key/k', true) }, { form: 'api', relationships: [['AWS::S3::Bucket', 'other', 'Is associated with Bucket']] });
    assert.equal(typeof api.configuration, 'string');
    const item = normalizeItem(api);
    assert.equal(item.awsAccountId, '123456789012');
    assert.equal(item.ARN, 'arn:aws:s3:::logs');
    assert.deepEqual(item.relationships, [{ resourceType: 'AWS::S3::Bucket', resourceId: 'other', name: 'Is associated with Bucket' }]);
    // The notification form's AccessControlList is JSON text too.
    assert.equal(typeof item.supplementaryConfiguration.AccessControlList, 'object');
    const bucket = configItemsToDocument([api], 'x').graph.get('logs');
    assert.deepEqual(bucket?.properties.BucketEncryption, { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: 'arn:aws:kms:us-east-1:123456789012:key/k' }, BucketKeyEnabled: true }] });
  });

  it('decodes URL-encoded IAM policy documents', () => {
    const document = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::a b/*' }] };
    assert.deepEqual(policyDocument(urlEncodedPolicy(document)), document);
    assert.deepEqual(policyDocument(JSON.stringify(document)), document);
    assert.throws(() => policyDocument('%E0%A4%A'), ConfigItemError);
  });

  it('makes what Config did not record Unknown, and unrecorded or deleted resources not evaluable', () => {
    const document = configItemsToDocument(
      [
        bucketItem('bare', {}, { supplementaryConfiguration: {} }),
        buildConfigurationItem('AWS::EC2::Volume', { volumeId: 'vol-1', size: 8 }),
        buildConfigurationItem('AWS::EC2::Volume', { volumeId: 'vol-2' }, { status: 'ResourceNotRecorded' }),
        buildConfigurationItem('AWS::EC2::Volume', null, { resourceId: 'vol-3', status: 'ResourceDeleted' }),
      ],
      'x',
    );
    assert.ok(isUnknown(document.graph.get('bare')?.properties.BucketEncryption));
    assert.ok(isUnknown(document.graph.get('vol-1')?.properties.Encrypted));
    assert.match(document.graph.get('vol-2')?.unresolved ?? '', /ResourceNotRecorded/);
    assert.equal(document.graph.get('vol-3')?.action, 'delete');
  });

  it('reports a bad item with its position and goes on with the others', () => {
    const document = configItemsToDocument([{ resourceType: 'AWS::S3::Bucket' }, 'text', bucketItem('good'), { resourceType: 'AWS::S3::Bucket', resourceId: 'b', configuration: '{bad' }], 'snap.json');
    assert.deepEqual(
      document.problems.map((problem) => problem.message),
      ['configuration item #1: the AWS::S3::Bucket configuration item has no resourceId', 'configuration item #2: a configuration item must be a JSON object', 'configuration item #4: configuration of AWS::S3::Bucket b is not valid JSON: ' + jsonError('{bad')],
    );
    assert.ok(document.graph.get('good'));
  });

  it('maps a resourceType named like an Object.prototype member as an unknown type', () => {
    for (const resourceType of ['toString', '__proto__', 'constructor', 'hasOwnProperty']) {
      const document = configItemsToDocument([{ resourceType, resourceId: 'r', configuration: {} }], 'x');
      assert.equal(document.graph.get('r')?.type, resourceType);
    }
  });

  it('never throws anything but ConfigItemError on malformed items (property-based)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.record({ resourceType: fc.oneof(fc.string(), fc.constantFrom('toString', '__proto__', 'constructor', 'hasOwnProperty')), resourceId: fc.string(), configuration: fc.oneof(fc.string(), fc.jsonValue()), supplementaryConfiguration: fc.jsonValue(), relationships: fc.jsonValue() }, { requiredKeys: [] })), (raw) => {
        try {
          normalizeItem(raw);
        } catch (error) {
          if (!(error instanceof ConfigItemError)) throw error;
        }
        // The adapter turns every such error into a problem.
        configItemsToDocument([raw], 'x');
      }),
      { numRuns: 500 },
    );
  });

  it('maps items of every pack type from arbitrary configurations without crashing (property-based)', () => {
    const types = Object.keys(ITEM_MAPPINGS);
    fc.assert(
      fc.property(fc.constantFrom(...types), fc.dictionary(fc.constantFrom('name', 'ipPermissions', 'securityGroups', 'blockDeviceMappings', 'userPolicyList', 'attachedManagedPolicies', 'policyVersionList', 'Policy', 'LaunchTemplateData', 'ResourcesVpcConfig', 'Logging', 'ipv6CidrBlockAssociationSet', 'encrypted', 'atRestEncryptionEnabled'), fc.jsonValue()), fc.dictionary(fc.string(), fc.oneof(fc.jsonValue(), fc.string())), (type, configuration, supplementary) => {
        configItemsToDocument([buildConfigurationItem(type, configuration, { supplementaryConfiguration: supplementary })], 'x');
      }),
      { numRuns: 500 },
    );
  });
});

function jsonError(text: string): string {
  try {
    JSON.parse(text);
  } catch (error) {
    return (error as Error).message;
  }
  return '';
}

describe('streaming item files', () => {
  const items = [bucketItem('one'), securityGroupItem('sg-1', [ipPermission('tcp', 22, 22)]), instanceItem('i-1', { groups: ['sg-1'] })];

  it('splits the items of a snapshot, select-resource-config output and a plain array in any chunking (property-based)', () => {
    // Strings with quotes, backslashes and brackets inside: the splitter must not be fooled by them.
    const tricky = fc.string({ unit: fc.constantFrom('"', '\\', '[', ']', '{', '}', 'a', ',', 'é') });
    const extraItems = fc.array(fc.record({ resourceType: fc.constant('AWS::S3::Bucket'), resourceId: tricky, configuration: fc.dictionary(tricky, tricky, { noNullPrototype: true }) }), { maxLength: 3 });
    fc.assert(
      fc.property(fc.constantFrom('snapshot', 'select', 'array'), extraItems, fc.array(fc.nat(), { maxLength: 20 }), (form, extra, cuts) => {
        const all = [...items, ...extra];
        const text =
          form === 'snapshot'
            ? JSON.stringify({ fileVersion: '1.0', configSnapshotId: 'id', configurationItems: all }, null, 1)
            : form === 'select'
              ? JSON.stringify({ Results: all.map((item) => JSON.stringify(item)), QueryInfo: { SelectFields: [{ Name: '*' }] } })
              : JSON.stringify(all);
        const points = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
        const splitter = new ItemArraySplitter();
        const out: unknown[] = [];
        let previous = 0;
        for (const point of [...points, text.length]) {
          for (const element of splitter.push(text.slice(previous, point))) {
            const value: unknown = JSON.parse(element);
            out.push(typeof value === 'string' ? JSON.parse(value) : value);
          }
          previous = point;
        }
        assert.deepEqual(out, JSON.parse(JSON.stringify(all)));
        assert.equal(splitter.truncated, false);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary text, and notices a cut file (property-based)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('{', '}', '[', ']', '"', '\\', ',', ':', 'a', ' ', 'configurationItems', 'Results') }), (text) => {
        const splitter = new ItemArraySplitter();
        splitter.push(text);
      }),
      { numRuns: 1000 },
    );
    const whole = JSON.stringify({ configurationItems: items });
    const splitter = new ItemArraySplitter();
    splitter.push(whole.slice(0, whole.length - 40));
    assert.equal(splitter.truncated, true);
  });

  it('tells item files from templates by their start as the documented pattern does (property-based)', () => {
    // The pattern the probe implements with indexOf: an object naming the snapshot keys, select-resource-config
    // output, or an array whose first object names an item key.
    const pattern = /^\s*(?:\{[\s\S]*?"(?:configurationItems|configSnapshotId)"\s*:|\{\s*"Results"\s*:\s*\[\s*(?:"|\])|\[\s*\{[\s\S]*?"(?:configurationItemCaptureTime|configurationItemStatus)"\s*:)/;
    const unit = fc.constantFrom('{', '}', '[', ']', '"', ':', ',', ' ', '\n', '\t', 'a', '"Results"', '"configurationItems"', '"configSnapshotId"', '"configurationItemCaptureTime"', '"configurationItemStatus"', '"AWSTemplateFormatVersion"', '"Resources"', '\u00a0');
    fc.assert(fc.property(fc.string({ unit, maxLength: 40 }), (text) => looksLikeConfigItemsText(text) === pattern.test(text)), { numRuns: 3000 });
    assert.equal(looksLikeConfigItemsText('{ "AWSTemplateFormatVersion": "2010-09-09", "Resources": {} }'), false);
    assert.equal(looksLikeConfigItemsText('\n{\n  "fileVersion": "1.0",\n  "configSnapshotId": "x",\n  "configurationItems": []\n}'), true);
  });

  it('reads a gzipped snapshot, and a truncated one reports the cut with the items before it', async () => {
    const directory = writeFixtureDirectory({});
    const text = JSON.stringify({ fileVersion: '1.0', configSnapshotId: 'id', configurationItems: items });
    writeFileSync(join(directory, 'snapshot.json.gz'), gzipSync(text));
    writeFileSync(join(directory, 'cut.json'), text.slice(0, text.lastIndexOf('{"relatedEvents"') + 30));
    const whole = await loadConfigItemsFile(join(directory, 'snapshot.json.gz'));
    assert.deepEqual(whole.problems, []);
    assert.deepEqual([...whole.origins.keys()], ['one', 'sg-1', 'i-1']);
    const cut = await loadConfigItemsFile(join(directory, 'cut.json'));
    assert.deepEqual([...cut.origins.keys()], ['one', 'sg-1']);
    assert.match(cut.problems[0]?.message ?? '', /ends inside the item array \(after 2 items\)/);
  });
});

describe('tosei scan of configuration items', () => {
  async function run(args: string[], cwd: string) {
    let stdout = '';
    let stderr = '';
    const code = await main(args, { cwd, env: {}, stdoutIsTTY: false, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
    return { code, stdout, stderr };
  }

  it('scans a snapshot (gzipped) and select-resource-config output as live data: live-only rules run', async () => {
    const user = buildConfigurationItem('AWS::IAM::User', { userName: 'alice', userId: 'AIDAALICE', path: '/', userPolicyList: [], attachedManagedPolicies: [] }, { resourceId: 'AIDAALICE', resourceName: 'alice' });
    const cache = buildConfigurationItem('AWS::ElastiCache::CacheCluster', { cacheClusterId: 'solo', engine: 'redis', atRestEncryptionEnabled: false }, { resourceId: 'solo' });
    const directory = writeFixtureDirectory({
      'select.json': JSON.stringify({ Results: [JSON.stringify(securityGroupItem('sg-open', [ipPermission('tcp', 22, 22)]))], QueryInfo: {} }),
      'template.yaml': 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n',
    });
    writeFileSync(join(directory, 'snapshot.json.gz'), gzipSync(JSON.stringify({ fileVersion: '1.0', configSnapshotId: 'x', configurationItems: [bucketItem('logs'), user, cache] })));
    const { code, stdout } = await run(['scan', '.', '--format', 'json'], directory);
    assert.equal(code, 1);
    const report = JSON.parse(stdout) as { results: { ruleId: string; status: string; resource: { id: string; source: string } }[]; errors: unknown[] };
    assert.deepEqual(report.errors, []);
    const find = (ruleId: string, id: string) => report.results.find((result) => result.ruleId === ruleId && result.resource.id === id);
    assert.equal(find('INCOMING_SSH_DISABLED', 'sg-open')?.status, 'NON_COMPLIANT');
    assert.equal(find('INCOMING_SSH_DISABLED', 'sg-open')?.resource.source, 'config-item');
    assert.equal(find('S3_BUCKET_LOGGING_ENABLED', 'logs')?.status, 'NON_COMPLIANT');
    assert.equal(find('ELASTICACHE_REDIS_CLUSTER_ENCRYPTED_AT_REST', 'solo')?.status, 'NON_COMPLIANT');
    // Live, but no credential report in a snapshot: not known, never a pass.
    assert.equal(find('IAM_USER_UNUSED_CREDENTIALS_CHECK', 'AIDAALICE')?.status, 'INSUFFICIENT_DATA');
    assert.equal(find('S3_BUCKET_LOGGING_ENABLED', 'Bucket')?.status, 'NON_COMPLIANT');
  });

  it('a broken item file is an error of that file (exit 2) and the other inputs are scanned', async () => {
    const directory = writeFixtureDirectory({ 'snapshot.json': '{"configurationItems": [{"resourceType": "AWS::S3::Bucket", "resourceId": "a", "configuration": {"name": "a"}}, {"resourceType":', 'template.yaml': 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n' });
    const { code, stdout } = await run(['scan', '.', '--format', 'json'], directory);
    assert.equal(code, 2);
    const report = JSON.parse(stdout) as { results: { resource: { id: string } }[]; errors: { message: string }[] };
    assert.match(report.errors[0]?.message ?? '', /truncated/);
    assert.ok(report.results.some((result) => result.resource.id === 'Bucket'));
    assert.ok(report.results.some((result) => result.resource.id === 'a'));
  });
});

describe('Config rule events and credential reports (parsers)', () => {
  it('parseConfigEvent throws only ConfigEventError on malformed events (property-based)', () => {
    const valid = buildConfigEvent({ item: bucketItem('b') });
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue(),
          fc.record({ resultToken: fc.oneof(fc.string(), fc.jsonValue()), invokingEvent: fc.oneof(fc.string(), fc.jsonValue().map((value) => JSON.stringify(value))), ruleParameters: fc.oneof(fc.string(), fc.jsonValue().map((value) => JSON.stringify(value))) }, { requiredKeys: [] }),
          fc.nat({ max: valid.invokingEvent.length }).map((cut) => ({ ...valid, invokingEvent: valid.invokingEvent.slice(0, cut) })),
        ),
        (raw) => {
          try {
            parseConfigEvent(raw);
          } catch (error) {
            if (!(error instanceof ConfigEventError)) throw error;
          }
        },
      ),
      { numRuns: 1000 },
    );
    assert.equal(parseConfigEvent(valid).invoking.messageType, 'ConfigurationItemChangeNotification');
    assert.deepEqual(parseConfigEvent({ ...valid, ruleParameters: '' }).parameters, {});
  });

  it('parseCredentialReport reads IAM columns and throws only CredentialReportError (property-based)', () => {
    const csv = credentialReportCsv([{ user: 'alice', password: { lastUsed: '2026-11-01T00:00:00+00:00' }, keys: [{ active: true, lastRotated: '2025-01-01T00:00:00+00:00' }] }]);
    assert.deepEqual(parseCredentialReport(csv, '2026-12-01T00:00:00Z'), [
      { user: 'alice', arn: 'arn:aws:iam::123456789012:user/alice', userCreationTime: '2025-01-01T00:00:00+00:00', passwordEnabled: true, passwordLastUsed: '2026-11-01T00:00:00+00:00', passwordLastChanged: null, mfaActive: false, accessKeys: [{ active: true, lastUsed: null, lastRotated: '2025-01-01T00:00:00+00:00' }, { active: false, lastUsed: null, lastRotated: null }], asOf: '2026-12-01T00:00:00Z' },
    ]);
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.nat({ max: csv.length }).map((cut) => csv.slice(0, cut)), fc.string().map((noise) => csv + noise)), (text) => {
        try {
          parseCredentialReport(text, 'now');
        } catch (error) {
          if (!(error instanceof CredentialReportError)) throw error;
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('tosei config-rule invoke', () => {
  let fake: FakeAws;
  let restore: () => void;
  before(async () => {
    fake = await startFakeAws();
    restore = fake.useInProcess();
    // One attempt per call: a refused call fails the command at once.
    process.env.AWS_MAX_ATTEMPTS = '1';
  });
  after(async () => {
    delete process.env.AWS_MAX_ATTEMPTS;
    restore();
    await fake.stop();
  });

  it('runs the handler on a saved event and prints the evaluations it put', async () => {
    fake.on('config', 'PutEvaluations', { json: { FailedEvaluations: [] } });
    const event = buildConfigEvent({ item: securityGroupItem('sg-1d56fc66', [ipPermission('tcp', 22, 22)]), resultToken: 'TESTMODE' });
    const directory = writeFixtureDirectory({ 'event.json': JSON.stringify(event) });
    let stdout = '';
    let stderr = '';
    const io = { cwd: directory, env: { TOSEI_RULE: 'INCOMING_SSH_DISABLED' }, stdoutIsTTY: false, stdout: (text: string) => (stdout += text), stderr: (text: string) => (stderr += text) };
    assert.equal(await main(['config-rule', 'invoke', '--event', 'event.json', '--format', 'json'], io), 1, stderr);
    const printed = JSON.parse(stdout) as { ruleId: string; testMode: boolean; evaluations: { ComplianceType: string; ComplianceResourceId: string; OrderingTimestamp: string }[] };
    assert.equal(printed.ruleId, 'INCOMING_SSH_DISABLED');
    assert.equal(printed.testMode, true);
    assert.deepEqual(printed.evaluations.map((evaluation) => [evaluation.ComplianceType, evaluation.ComplianceResourceId, evaluation.OrderingTimestamp]), [['NON_COMPLIANT', 'sg-1d56fc66', '2026-11-30T12:00:00.000Z']]);
    const put = fake.calls('PutEvaluations')[0]?.body as { TestMode: boolean; Evaluations: { ComplianceType: string }[] };
    assert.equal(put.TestMode, true);
    stdout = '';
    assert.equal(await main(['config-rule', 'invoke', '--event', 'event.json', '--rule', 'VPC_SG_OPEN_ONLY_TO_AUTHORIZED_PORTS'], io), 1);
    assert.match(stdout, /^NON_COMPLIANT\s+AWS::EC2::SecurityGroup sg-1d56fc66: /m);
    assert.match(stdout, /VPC_SG_OPEN_ONLY_TO_AUTHORIZED_PORTS: 1 evaluation\(s\) put for ConfigurationItemChangeNotification \(TestMode\)/);
  });

  it('follows AWS_ENDPOINT_URL_<SERVICE>: Config calls go to their own endpoint', async () => {
    const configEndpoint = await startFakeAws();
    configEndpoint.on('config', 'PutEvaluations', { json: { FailedEvaluations: [] } });
    process.env.AWS_ENDPOINT_URL_CONFIG_SERVICE = configEndpoint.url;
    try {
      const directory = writeFixtureDirectory({ 'event.json': JSON.stringify(buildConfigEvent({ item: bucketItem('b') })) });
      const io = { cwd: directory, env: {}, stdoutIsTTY: false, stdout: () => {}, stderr: () => {} };
      const before = fake.calls('PutEvaluations').length;
      assert.equal(await main(['config-rule', 'invoke', '--event', 'event.json', '--rule', 'S3_BUCKET_LOGGING_ENABLED'], io), 1);
      assert.equal(configEndpoint.calls('PutEvaluations').length, 1);
      assert.equal(fake.calls('PutEvaluations').length, before);
    } finally {
      delete process.env.AWS_ENDPOINT_URL_CONFIG_SERVICE;
      await configEndpoint.stop();
    }
  });

  it('says what is wrong with its arguments, the event file and AWS errors (exit 2)', async () => {
    const directory = writeFixtureDirectory({ 'bad.json': '{', 'event.json': JSON.stringify(buildConfigEvent({ item: bucketItem('b') })) });
    let stderr = '';
    const io = { cwd: directory, env: {}, stdoutIsTTY: false, stdout: () => {}, stderr: (text: string) => (stderr += text) };
    assert.equal(await main(['config-rule', 'invoke'], io), 2);
    assert.match(stderr, /needs --event FILE/);
    assert.equal(await main(['config-rule', 'invoke', '--event', 'bad.json'], io), 2);
    assert.match(stderr, /cannot read the event bad.json/);
    fake.on('config', 'PutEvaluations', { error: { code: 'NoSuchConfigRuleException', message: 'no such rule' } });
    assert.equal(await main(['config-rule', 'invoke', '--event', 'event.json', '--rule', 'S3_BUCKET_LOGGING_ENABLED'], io), 2);
    assert.match(stderr, /no such rule/);
  });
});
