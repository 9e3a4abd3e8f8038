import { DescribeDocumentPermissionCommand, ListDocumentsCommand } from '@aws-sdk/client-ssm';
import { documentItemProperties } from '../../inputs/config/mapping/ssm.js';
import type { ValueObject } from '../../model/value.js';
import { readOwnDocument, readOwnDocuments, type DocumentCalls, type DocumentRead } from '../ssm-documents.js';
import { partitionOf, toValue, type LiveResource, type ReadContext, type TypeReader } from '../types.js';

/** The document calls through the live scan's clients, within its limit on calls in flight. */
function liveCalls(context: ReadContext): DocumentCalls {
  const { ssm } = context.clients;
  return {
    listOwnDocuments: (nextToken, name) =>
      context.limit(() =>
        ssm.send(new ListDocumentsCommand({ Filters: [{ Key: 'Owner', Values: ['Self'] }, ...(name ? [{ Key: 'Name', Values: [name] }] : [])], MaxResults: 50, NextToken: nextToken })),
      ),
    sharePermission: (name, nextToken) => context.limit(() => ssm.send(new DescribeDocumentPermissionCommand({ Name: name, PermissionType: 'Share', MaxResults: 200, NextToken: nextToken }))),
  };
}

/** One document as a live resource, with the properties the Config item mapping gives it. */
function documentResource(context: ReadContext, document: DocumentRead): LiveResource {
  return {
    type: 'AWS::SSM::Document',
    id: document.name,
    properties: documentItemProperties(toValue(document.configuration) as ValueObject, document.name),
    arn: `arn:${partitionOf(context.region)}:ssm:${context.region}:${context.accountId}:document/${document.name}`,
  };
}

const warn = (context: ReadContext) => (message: string) => context.report({ level: 'warning', message: `region ${context.region}, ${message}` });

/**
 * The account's own SSM documents with who each is shared with (`live/ssm-documents.ts`): Cloud
 * Control reads neither the owner filter nor the sharing.
 */
export const documentReader: TypeReader = {
  type: 'AWS::SSM::Document',
  async list(context) {
    return (await readOwnDocuments(liveCalls(context), warn(context))).map((document) => documentResource(context, document));
  },
  async get(context, identifier) {
    const document = await readOwnDocument(liveCalls(context), identifier, warn(context));
    return document ? [documentResource(context, document)] : [];
  },
};
