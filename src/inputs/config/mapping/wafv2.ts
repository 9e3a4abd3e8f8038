import { compact } from '../../terraform/mapping/context.js';
import { isUnknown } from '../../../model/unknown.js';
import type { Value } from '../../../model/value.js';
import { pascalKeys, type ItemMapping } from './shared.js';

const pascal = (value: Value): Value => (isUnknown(value) ? value : pascalKeys(value));

/** WAFv2: Config resource types and their CloudFormation shape. */
export const itemMappings: Readonly<Record<string, ItemMapping>> = {
  // GetWebACL's shape; a web ACL item without `rules` has rules Config did not record, not none.
  'AWS::WAFv2::WebACL': {
    cloudFormationType: 'AWS::WAFv2::WebACL',
    properties: (context) => compact({ Name: context.optional('name') ?? context.name, Rules: pascal(context.recorded('rules')) }),
  },
};
