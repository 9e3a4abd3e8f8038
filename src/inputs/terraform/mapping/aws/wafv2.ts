import { compact, jsonDocument, type MappingContext } from '../context.js';
import type { Value } from '../../../../model/value.js';
import { append, eachBlock, type ServiceMappings } from './shared.js';

/** `rule` blocks, or the whole list as JSON (`rule_json`): each rule's name and priority is what the rules judge. */
function webAclRules(context: MappingContext): Value | undefined {
  const json = context.getConfigured('rule_json');
  if (json !== undefined && json !== '') return jsonDocument(json);
  return eachBlock(context, 'rule', (block) => compact({ Name: block.name ?? undefined, Priority: block.priority ?? undefined }));
}

/** WAFv2: `aws` provider types and their CloudFormation shape. */
export const mappings: ServiceMappings = {
  resources: {
    aws_wafv2_web_acl: {
      cloudFormationType: 'AWS::WAFv2::WebACL',
      properties: (context) => compact({ Name: context.get('name'), Scope: context.get('scope'), Rules: webAclRules(context) }),
    },
    aws_wafv2_web_acl_logging_configuration: {
      cloudFormationType: 'AWS::WAFv2::LoggingConfiguration',
      properties: (context) => compact({ ResourceArn: context.link('resource_arn'), LogDestinationConfigs: context.links('log_destination_configs') }),
    },
  },
  merges: {
    // A rule group added to a web ACL outside it: one more rule of the web ACL.
    aws_wafv2_web_acl_rule_group_association: {
      ownerTypes: ['aws_wafv2_web_acl'],
      owner: 'web_acl_arn',
      ownerKey: 'arn',
      merge(owner, context) {
        append(owner, 'Rules', compact({ Name: context.get('rule_name'), Priority: context.get('priority') }));
      },
    },
  },
};
