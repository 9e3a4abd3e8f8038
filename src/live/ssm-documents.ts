/**
 * The account's own Systems Manager documents and who each is shared with, the one way both
 * detective gates read them (the live scan's `AWS::SSM::Document` reader, the Config rule
 * handler's periodic rules). AWS Config records documents but not their sharing, and Cloud
 * Control has no property for it either: only SSM's DescribeDocumentPermission tells.
 *
 * - ListDocuments with the filter `Owner = Self`: documents of AWS, of other accounts and those
 *   shared with this account are not the account's to share, so they are not read.
 * - DescribeDocumentPermission (`PermissionType: Share`) per document: `AccountIds` lists the
 *   accounts it is shared with; `all` makes it public.
 *
 * Each document becomes its item configuration in Config's spelling (`Name`, `DocumentType`, …)
 * plus `SharedAccountIds`, which Config does not record; `inputs/config/mapping/ssm.ts` turns
 * both into the document's properties. A permission that can not be read leaves
 * `SharedAccountIdsUnreadable` (why) instead, and a warning: the document is then undecided.
 */
import { describeFailure } from './errors.js';

/** One document as ListDocuments describes it (the fields read). */
export interface DocumentIdentifierRead {
  Name?: string;
  DocumentType?: string;
  DocumentFormat?: string;
  TargetType?: string;
  VersionName?: string;
}

/** The calls, bound to whichever clients the gate has. Each returns one page of the SDK's output. */
export interface DocumentCalls {
  /** ListDocuments, `Owner = Self` (and `Name = name` when given), one page. */
  listOwnDocuments(nextToken: string | undefined, name?: string): Promise<{ DocumentIdentifiers?: DocumentIdentifierRead[]; NextToken?: string }>;
  /** DescribeDocumentPermission, `PermissionType = Share`, one page. */
  sharePermission(name: string, nextToken: string | undefined): Promise<{ AccountIds?: string[]; NextToken?: string }>;
}

export interface DocumentRead {
  name: string;
  /** The item configuration (see the module comment). */
  configuration: Record<string, unknown>;
}

/**
 * Bounds on what one read asks for: 2,000 pages of 50 documents, 50 pages of 200 accounts per
 * document, far past SSM's quotas. Past them the read stops with an error (a listing) or leaves
 * the document undecided (its sharing), never silently short.
 */
export const DOCUMENT_READ_LIMITS = { listPages: 2000, permissionPages: 50 };

/** Errors meaning the document is gone (deleted between listing and reading). */
const GONE = new Set(['InvalidDocument', 'InvalidDocumentException']);

export async function readOwnDocuments(calls: DocumentCalls, warn: (message: string) => void, limits = DOCUMENT_READ_LIMITS): Promise<DocumentRead[]> {
  const identifiers = await listOwnDocuments(calls, undefined, limits.listPages);
  const documents = await Promise.all(identifiers.map((identifier) => readDocument(calls, identifier, warn, limits.permissionPages)));
  return documents.filter((document): document is DocumentRead => document !== undefined);
}

/** The account's own document named `name`, or undefined when there is none. */
export async function readOwnDocument(calls: DocumentCalls, name: string, warn: (message: string) => void, limits = DOCUMENT_READ_LIMITS): Promise<DocumentRead | undefined> {
  // The filter narrows the listing; the exact name decides.
  const identifier = (await listOwnDocuments(calls, name, limits.listPages)).find((candidate) => candidate.Name === name);
  return identifier ? readDocument(calls, identifier, warn, limits.permissionPages) : undefined;
}

async function listOwnDocuments(calls: DocumentCalls, name: string | undefined, maxPages: number): Promise<DocumentIdentifierRead[]> {
  const identifiers: DocumentIdentifierRead[] = [];
  const seen = new Set<string>();
  let token: string | undefined;
  for (let page = 0; ; page++) {
    if (page >= maxPages) throw new Error(`ListDocuments returned more than ${maxPages} pages; the read stopped`);
    const output = await calls.listOwnDocuments(token, name);
    identifiers.push(...(output.DocumentIdentifiers ?? []));
    token = output.NextToken || undefined;
    if (token === undefined) return identifiers;
    if (seen.has(token)) throw new Error(`ListDocuments repeated its pagination token (${token.slice(0, 40)})`);
    seen.add(token);
  }
}

async function readDocument(calls: DocumentCalls, identifier: DocumentIdentifierRead, warn: (message: string) => void, maxPages: number): Promise<DocumentRead | undefined> {
  const name = identifier.Name;
  if (typeof name !== 'string' || name === '') return undefined;
  const configuration: Record<string, unknown> = {};
  for (const key of ['Name', 'DocumentType', 'DocumentFormat', 'TargetType', 'VersionName'] as const) {
    if (identifier[key] !== undefined) configuration[key] = identifier[key];
  }
  try {
    configuration.SharedAccountIds = await sharedAccountIds(calls, name, maxPages);
  } catch (error) {
    const failure = describeFailure(error);
    if (GONE.has(failure.code)) return undefined;
    const reason = `DescribeDocumentPermission ${failure.reason} (${failure.code})`;
    warn(`SSM document ${name}: ${reason}`);
    configuration.SharedAccountIdsUnreadable = reason;
  }
  return { name, configuration };
}

async function sharedAccountIds(calls: DocumentCalls, name: string, maxPages: number): Promise<string[]> {
  const accounts: string[] = [];
  const seen = new Set<string>();
  let token: string | undefined;
  for (let page = 0; ; page++) {
    if (page >= maxPages) throw new Error(`more than ${maxPages} pages of accounts; the read stopped`);
    const output = await calls.sharePermission(name, token);
    accounts.push(...(output.AccountIds ?? []));
    token = output.NextToken || undefined;
    if (token === undefined) return accounts;
    if (seen.has(token)) throw new Error(`pagination token repeated (${token.slice(0, 40)})`);
    seen.add(token);
  }
}
