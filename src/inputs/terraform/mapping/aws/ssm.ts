import { MALFORMED } from '../../../../model/malformed.js';
import { isUnknown, unknown } from '../../../../model/unknown.js';
import { isObject, type Value } from '../../../../model/value.js';
import { compact, type MappingContext } from '../context.js';
import type { ServiceMappings } from './shared.js';

/**
 * A document's `permissions` as who it is shared with (`SharedAccountIds`, as SSM's
 * DescribeDocumentPermission lists them; `all` makes it public). The provider takes a map of
 * `type` (only `Share` exists, and the provider shares whatever it says) and `account_ids`, the
 * accounts joined by commas. Terraform owns the sharing of a document it manages: without
 * `permissions` it removes any sharing on apply, so the document is shared with no one.
 */
function sharedAccountIds(context: MappingContext): Value {
  const permissions = context.get('permissions');
  if (permissions === undefined) return [];
  if (isUnknown(permissions)) return permissions;
  // Older configurations wrote it as a block, which Terraform gives as a one-item list.
  const map = Array.isArray(permissions) && permissions.length === 1 ? permissions[0] : permissions;
  if (!isObject(map)) return unknown(`${MALFORMED}permissions is ${JSON.stringify(permissions).slice(0, 60)}, not a map of type and account_ids`);
  const accounts = map.account_ids;
  if (accounts === undefined || accounts === null || accounts === '') return [];
  if (isUnknown(accounts)) return accounts;
  if (typeof accounts !== 'string') return unknown(`${MALFORMED}permissions.account_ids is ${JSON.stringify(accounts).slice(0, 60)}, not accounts joined by commas`);
  return accounts.split(',').filter((account) => account !== '');
}

/** Systems Manager: `aws` provider types and their CloudFormation shape. */
export const mappings: ServiceMappings = {
  resources: {
    aws_ssm_document: {
      cloudFormationType: 'AWS::SSM::Document',
      properties: (context) =>
        compact({
          Name: context.get('name'),
          DocumentType: context.get('document_type'),
          DocumentFormat: context.get('document_format') ?? 'JSON',
          TargetType: context.get('target_type'),
          VersionName: context.get('version_name'),
          SharedAccountIds: sharedAccountIds(context),
        }),
    },
  },
};
