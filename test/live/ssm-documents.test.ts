import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { evaluateDocument } from '../../src/engine/run.js';
import { createClients, describeDocuments, retrying, DEFAULT_BACKOFF } from '../../src/gates/config-rule/aws.js';
import { configItemsToDocument } from '../../src/inputs/config/index.js';
import { readLiveInventory, readLiveResource } from '../../src/live/index.js';
import { readOwnDocuments } from '../../src/live/ssm-documents.js';
import { isUnknown } from '../../src/model/unknown.js';
import type { ScanDocument } from '../../src/model/document.js';
import { builtinRules } from '../../src/rules/index.js';
import { selectRules } from '../../src/scan/index.js';
import { startFakeAws, type FakeAws } from '../support/fake-aws.js';
import { installSsmDocuments, type DocumentState } from '../support/ssm-documents.js';

const ACCOUNT = '111122223333';
const REGION = 'eu-west-1';
const fast = { retryDelay: () => 1, maxAttempts: 2 };
const TYPE = 'AWS::SSM::Document';

const PARTNERS = Array.from({ length: 5 }, (_, index) => `4444555566${String(index).padStart(2, '0')}`);
const DOCUMENTS: DocumentState[] = [
  { name: 'print-hostname', owner: 'self', sharedWith: [] },
  { name: 'print-hostname-public', owner: 'self', sharedWith: ['all'] },
  { name: 'print-hostname-partners', owner: 'self', sharedWith: PARTNERS },
  // Public among many: only a later page of accounts says so.
  { name: 'print-hostname-partners-and-everyone', owner: 'self', sharedWith: [...PARTNERS, 'all'] },
  { name: 'restart-service', owner: 'self', type: 'Automation', sharedWith: ['210987654321'] },
  // Not the account's: never listed with Owner = Self, never judged.
  { name: 'AWS-RunShellScript', owner: 'Amazon', sharedWith: [] },
  { name: 'partner-runbook', owner: '210987654321', sharedWith: [] },
];

function verdicts(document: ScanDocument): string[] {
  return evaluateDocument(document, selectRules(builtinRules, { only: ['SSM_DOCUMENT_NOT_PUBLIC'] }), { live: true })
    .evaluations.map((evaluation) => `${evaluation.resource.id} ${evaluation.status}`)
    .sort();
}

describe('live scan: SSM documents and their sharing through the SSM API', () => {
  let fake: FakeAws;
  let restore: () => void;
  before(async () => {
    fake = await startFakeAws();
    restore = fake.useInProcess(REGION);
  });
  after(async () => {
    restore();
    await fake.stop();
  });
  beforeEach(() => {
    fake.requests.length = 0;
    fake.on('sts', 'GetCallerIdentity', { result: { Account: ACCOUNT, Arn: `arn:aws:iam::${ACCOUNT}:user/scanner`, UserId: 'AIDAFAKE' } });
  });

  it('lists only the account\'s own documents, page by page, and reads every page of who each is shared with', async () => {
    installSsmDocuments(fake, ACCOUNT, DOCUMENTS, { documents: 2, accounts: 2 });
    const inventory = await readLiveInventory({ regions: [REGION], types: [TYPE], concurrency: 4, ...fast });
    assert.deepEqual(inventory.problems, []);
    const [document] = inventory.documents;
    assert.ok(document);
    const listed = fake.calls('ListDocuments', 'ssm').map((request) => request.body as { Filters: unknown; NextToken?: string });
    assert.deepEqual(listed.map((body) => body.NextToken), [undefined, '2', '4']);
    assert.ok(listed.every((body) => JSON.stringify(body.Filters) === JSON.stringify([{ Key: 'Owner', Values: ['Self'] }])));
    const asked = fake.calls('DescribeDocumentPermission', 'ssm').map((request) => request.body as { Name: string; PermissionType: string });
    assert.ok(asked.every((body) => body.PermissionType === 'Share'));
    assert.equal(asked.filter((body) => body.Name === 'print-hostname-partners-and-everyone').length, 3);
    assert.deepEqual(document.graph.get('restart-service')?.properties, { Name: 'restart-service', DocumentType: 'Automation', DocumentFormat: 'JSON', SharedAccountIds: ['210987654321'] });
    assert.equal(document.graph.get('print-hostname')?.source.arn, `arn:aws:ssm:${REGION}:${ACCOUNT}:document/print-hostname`);
    assert.deepEqual(verdicts(document), [
      'print-hostname COMPLIANT',
      'print-hostname-partners COMPLIANT',
      'print-hostname-partners-and-everyone NON_COMPLIANT',
      'print-hostname-public NON_COMPLIANT',
      'restart-service COMPLIANT',
    ]);
  });

  it('a sharing SSM refuses to tell is undecided, with a warning; the other documents are judged', async () => {
    installSsmDocuments(fake, ACCOUNT, [...DOCUMENTS.slice(0, 2), { name: 'locked', owner: 'self', sharedWith: ['all'], permissionError: 'AccessDeniedException' }]);
    const inventory = await readLiveInventory({ regions: [REGION], types: [TYPE], concurrency: 4, ...fast });
    assert.deepEqual(inventory.problems.map((problem) => [problem.level, problem.message]), [['warning', `region ${REGION}, SSM document locked: DescribeDocumentPermission access denied (AccessDeniedException)`]]);
    const [document] = inventory.documents;
    assert.ok(document);
    assert.ok(isUnknown(document.graph.get('locked')?.properties.SharedAccountIds));
    assert.deepEqual(verdicts(document), ['locked INSUFFICIENT_DATA', 'print-hostname COMPLIANT', 'print-hostname-public NON_COMPLIANT']);
  });

  it('one document by name; a name that is not the account\'s own is empty', async () => {
    installSsmDocuments(fake, ACCOUNT, DOCUMENTS);
    const one = await readLiveResource(TYPE, 'print-hostname-public', { region: REGION, ...fast });
    assert.deepEqual(one.problems, []);
    assert.deepEqual(one.document.graph.resources.map((resource) => [resource.id, resource.properties.SharedAccountIds]), [['print-hostname-public', ['all']]]);
    assert.deepEqual((fake.calls('ListDocuments', 'ssm').at(-1)?.body as { Filters: unknown }).Filters, [{ Key: 'Owner', Values: ['Self'] }, { Key: 'Name', Values: ['print-hostname-public'] }]);
    const foreign = await readLiveResource(TYPE, 'AWS-RunShellScript', { region: REGION, ...fast });
    assert.deepEqual(foreign.document.graph.resources, []);
    assert.deepEqual(foreign.problems, []);
  });

  it('a listing or a sharing that never ends stops at its bound: an error for the listing, an undecided document for the sharing', async () => {
    const endless = (token: string | undefined) => String(Number(token ?? 0) + 1);
    const limits = { listPages: 3, permissionPages: 3 };
    const listing = { listOwnDocuments: async (token: string | undefined) => ({ DocumentIdentifiers: [], NextToken: endless(token) }), sharePermission: async () => ({ AccountIds: [] }) };
    await assert.rejects(readOwnDocuments(listing, () => undefined, limits), /ListDocuments returned more than 3 pages/);
    const warnings: string[] = [];
    const sharing = {
      listOwnDocuments: async () => ({ DocumentIdentifiers: [{ Name: 'print-hostname' }] }),
      sharePermission: async (_name: string, token: string | undefined) => ({ AccountIds: ['444455556600'], NextToken: endless(token) }),
    };
    const [read] = await readOwnDocuments(sharing, (message) => warnings.push(message), limits);
    assert.deepEqual(read?.configuration, { Name: 'print-hostname', SharedAccountIdsUnreadable: 'DescribeDocumentPermission failed: more than 3 pages of accounts; the read stopped (Error)' });
    assert.equal(warnings.length, 1);
  });

  it('parity: the Config rule handler\'s periodic read and the live scan give the same properties and verdicts', async () => {
    installSsmDocuments(fake, ACCOUNT, DOCUMENTS, { documents: 3, accounts: 4 });
    const live = await readLiveInventory({ regions: [REGION], types: [TYPE], concurrency: 4, ...fast });
    const [liveDocument] = live.documents;
    assert.ok(liveDocument);
    const clients = await createClients({ maxAttempts: 1, region: REGION });
    const items = await describeDocuments(clients, retrying(DEFAULT_BACKOFF), { account: ACCOUNT, region: REGION });
    const config = configItemsToDocument(items, 'items.json');
    assert.deepEqual(config.problems, []);
    const properties = (document: ScanDocument) => Object.fromEntries(document.graph.resources.map((resource) => [resource.id, resource.properties]));
    assert.deepEqual(properties(config), properties(liveDocument));
    assert.deepEqual(config.graph.resources.map((resource) => resource.source.arn).sort(), liveDocument.graph.resources.map((resource) => resource.source.arn).sort());
    assert.deepEqual(verdicts(config), verdicts(liveDocument));
  });
});
