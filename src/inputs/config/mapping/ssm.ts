import { unknown } from '../../../model/unknown.js';
import type { Properties, ValueObject } from '../../../model/value.js';
import { compact } from '../../terraform/mapping/context.js';
import type { ItemMapping } from './shared.js';

/**
 * A document's item configuration as its CloudFormation properties. Config records the document
 * in SSM's spelling (`Name`, `DocumentType`, …; some items camelCase) but not who it is shared
 * with: `SharedAccountIds` (Tosei's property, DescribeDocumentPermission's `AccountIds` for
 * `Share`; `all` makes it public) comes only from the SSM read of `live/ssm-documents.ts`, which
 * both detective gates use. Anywhere else it is unknown, with why.
 */
export function documentItemProperties(configuration: ValueObject, resourceId: string): Properties {
  const field = (name: string) => configuration[name] ?? configuration[name.charAt(0).toLowerCase() + name.slice(1)] ?? undefined;
  const unreadable = configuration.SharedAccountIdsUnreadable;
  const shared = configuration.SharedAccountIds;
  return compact({
    Name: field('Name') ?? resourceId,
    DocumentType: field('DocumentType'),
    DocumentFormat: field('DocumentFormat'),
    TargetType: field('TargetType'),
    VersionName: field('VersionName'),
    SharedAccountIds:
      shared !== undefined && shared !== null
        ? shared
        : unknown(typeof unreadable === 'string' ? `who SSM document ${resourceId} is shared with: ${unreadable}` : `AWS Config does not record who SSM document ${resourceId} is shared with (the periodic rule reads it with DescribeDocumentPermission)`),
  });
}

/** Systems Manager: Config resource types and their CloudFormation shape. */
export const itemMappings: Readonly<Record<string, ItemMapping>> = {
  'AWS::SSM::Document': {
    cloudFormationType: 'AWS::SSM::Document',
    properties: (context) => documentItemProperties(context.configuration, context.item.resourceId),
  },
};
