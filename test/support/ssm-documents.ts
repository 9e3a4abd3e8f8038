/**
 * Systems Manager documents on the fake AWS server (awsJson1_1, `AmazonSSM.<Operation>`):
 * ListDocuments with its `Owner` and `Name` filters and DescribeDocumentPermission, both
 * paginated, answering from one list of document states.
 */
import type { FakeAws, FakeAwsResponse } from './fake-aws.js';

export interface DocumentState {
  name: string;
  /** `self` for the account's own documents; an AWS-owned or shared document otherwise. */
  owner: 'self' | 'Amazon' | '210987654321';
  type?: string;
  /** Who it is shared with, as DescribeDocumentPermission lists them (`all` = public). */
  sharedWith: string[];
  /** DescribeDocumentPermission fails for it with this error code. */
  permissionError?: string;
}

interface ListBody {
  Filters?: { Key: string; Values: string[] }[];
  MaxResults?: number;
  NextToken?: string;
}

export function installSsmDocuments(fake: FakeAws, account: string, documents: readonly DocumentState[], pageSizes = { documents: 50, accounts: 200 }): void {
  fake.on('ssm', 'ListDocuments', (request) => {
    const body = request.body as ListBody;
    const filter = (key: string) => body.Filters?.find((candidate) => candidate.Key === key)?.Values;
    const owners = filter('Owner');
    const names = filter('Name');
    const matching = documents.filter((state) => (!owners || owners.some((owner) => (owner === 'Self' ? state.owner === 'self' : owner === state.owner))) && (!names || names.includes(state.name)));
    const start = Number(body.NextToken ?? 0);
    const size = Math.min(pageSizes.documents, body.MaxResults ?? 50);
    const next = start + size < matching.length ? String(start + size) : undefined;
    return {
      json: {
        DocumentIdentifiers: matching.slice(start, start + size).map((state) => ({
          Name: state.name,
          Owner: state.owner === 'self' ? account : state.owner,
          DocumentType: state.type ?? 'Command',
          DocumentFormat: 'JSON',
          SchemaVersion: '2.2',
          DocumentVersion: '1',
          PlatformTypes: ['Linux'],
          CreatedDate: 1764547200,
        })),
        ...(next ? { NextToken: next } : {}),
      },
    };
  });
  fake.on('ssm', 'DescribeDocumentPermission', (request): FakeAwsResponse => {
    const body = request.body as { Name: string; PermissionType: string; MaxResults?: number; NextToken?: string };
    const state = documents.find((candidate) => candidate.name === body.Name && candidate.owner === 'self');
    if (!state) return { error: { code: 'InvalidDocument', message: `document ${body.Name} does not exist or is not yours` } };
    if (body.PermissionType !== 'Share') return { error: { code: 'InvalidPermissionType', message: `permission type ${body.PermissionType}` } };
    if (state.permissionError) return { error: { code: state.permissionError, message: 'not authorized', status: 400 } };
    const start = Number(body.NextToken ?? 0);
    const size = Math.min(pageSizes.accounts, body.MaxResults ?? 200);
    const accounts = state.sharedWith.slice(start, start + size);
    const next = start + size < state.sharedWith.length ? String(start + size) : undefined;
    return { json: { AccountIds: accounts, AccountSharingInfoList: accounts.map((id) => ({ AccountId: id, SharedDocumentVersion: '$DEFAULT' })), ...(next ? { NextToken: next } : {}) } };
  });
}
