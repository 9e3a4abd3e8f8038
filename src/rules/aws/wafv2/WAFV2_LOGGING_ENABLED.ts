import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import type { ResourceGraph } from '../../../model/graph.js';
import type { Resource } from '../../../model/resource.js';
import { existence } from '../../lib/certainty.js';
import { listSetting } from '../../lib/settings.js';
import { allOf } from '../../lib/tristate.js';
import { isUnknown, unknown, type Unknown } from '../../../model/unknown.js';
import { WEB_ACL } from './examples.js';

const LOGGING = 'AWS::WAFv2::LoggingConfiguration';

/** Inputs that list every logging configuration there is (a template, a plan, a live scan that reads them beside the web ACLs). */
const COMPLETE_INPUTS = new Set(['cloudformation', 'terraform-plan', 'terraform-hcl', 'hook-request', 'cloud-control']);

export default defineRule<{ KinesisFirehoseDeliveryStreamArns?: string[] }>({
  meta: {
    id: 'WAFV2_LOGGING_ENABLED',
    title: 'WAFv2 web ACLs have logging enabled',
    description:
      'Checks that an AWS::WAFv2::LoggingConfiguration logs each AWS WAFv2 web ACL (regional or CloudFront) and, when KinesisFirehoseDeliveryStreamArns is given, delivers to one of those destinations. WAF logs record each inspected request and the rule that matched it. AWS Config does not record logging configurations: from configuration items alone the rule can not decide.',
    severity: 'medium',
    resourceTypes: ['AWS::WAFv2::WebACL'],
    managedRule: 'wafv2-logging-enabled',
    frameworks: {
      'NIST-800-53-r5': ['AC-4(26)', 'AU-10', 'AU-12', 'AU-2', 'AU-3', 'AU-6(3)', 'AU-6(4)', 'CA-7', 'SC-7(10)', 'SC-7(9)', 'SI-7(8)'],
      'PCI-DSS-v3.2.1': ['10.1', '10.3.1', '10.3.2', '10.3.3', '10.3.4', '10.3.5', '10.3.6', '10.5.4'],
    },
    parameters: {
      KinesisFirehoseDeliveryStreamArns: { type: 'string-list', description: 'Log destination ARNs (Amazon Data Firehose streams) the logs must go to (any destination when absent).' },
    },
    related: [{ type: LOGGING, relation: 'referencedBy', property: 'ResourceArn' }],
    messages: {
      enabled: 'Web ACL {{id}} is logged by {{logging}}.',
      noLogging: 'No AWS::WAFv2::LoggingConfiguration in this input logs web ACL {{id}}.',
      otherDestination: 'Web ACL {{id}} is logged to {{found}}, none of which is in KinesisFirehoseDeliveryStreamArns.',
      unknownLogging: 'Whether {{logging}} logs web ACL {{id}}{{what}} is not known before deployment ({{reason}}).',
      notRecorded: 'Whether web ACL {{id}} is logged is not known: AWS Config does not record WAF logging configurations, and none was read with this web ACL.',
    },
    remediation: 'Add an `AWS::WAFv2::LoggingConfiguration` with `ResourceArn: !GetAtt WebAcl.Arn` and `LogDestinationConfigs` naming a Firehose stream, log group or bucket whose name starts with `aws-waf-logs-`.',
    examples: {
      noncompliant: [{ cloudformation: `${WEB_ACL}      Rules: []\n` }],
      compliant: [
        {
          cloudformation: `${WEB_ACL}      Rules: []
  Logging:
    Type: AWS::WAFv2::LoggingConfiguration
    Properties:
      ResourceArn: !GetAtt Edge.Arn
      LogDestinationConfigs: [arn:aws:logs:us-east-1:123456789012:log-group:aws-waf-logs-edge]
`,
        },
      ],
    },
  },
  check(acl, { params, graph }) {
    const allowed = params.KinesisFirehoseDeliveryStreamArns;
    const what = allowed === undefined ? '' : ' to an allowed destination';
    const found: string[] = [];
    const maybe: { logging: string; reason: string }[] = [];
    for (const logging of loggingThatMayTarget(acl, graph)) {
      const targets = relate(logging, acl, graph);
      if (targets === false) continue;
      const delivers = allowed === undefined ? true : deliversTo(logging, allowed, found);
      const logs = allOf([targets, delivers, existence(logging)]);
      if (logs === true) return compliant('enabled', { logging: logging.id }, []);
      if (isUnknown(logs)) maybe.push({ logging: logging.id, reason: logs.reason });
    }
    if (maybe.length > 0) return maybe.map(({ logging, reason }) => insufficientData('unknownLogging', { logging, reason, what }, []));
    if (found.length > 0) return nonCompliant('otherDestination', { found: found.join(', ') }, []);
    if (!COMPLETE_INPUTS.has(acl.source.format)) return insufficientData('notRecorded', {}, []);
    return nonCompliant('noLogging', {}, []);
  },
});

/** Whether `logging` delivers to one of `allowed`; the destinations it has are added to `found`. */
function deliversTo(logging: Resource, allowed: readonly string[], found: string[]): boolean | Unknown {
  const destinations = listSetting(logging, ['LogDestinationConfigs']);
  if (destinations === undefined) return unknown(`malformed: ${logging.id} has no LogDestinationConfigs`);
  if (isUnknown(destinations)) return destinations;
  if (destinations.some((destination) => typeof destination === 'string' && allowed.includes(destination))) return true;
  found.push(...destinations.filter((destination): destination is string => typeof destination === 'string'));
  return destinations.find(isUnknown) ?? false;
}

/**
 * Logging configurations that may log `acl`: those whose ResourceArn refers to it, plus those whose
 * web ACL can not be told (indexed once per graph, so large plans stay linear).
 */
function loggingThatMayTarget(acl: Resource, graph: ResourceGraph): readonly Resource[] {
  const index = graph.memo('WAFV2_LOGGING_ENABLED/logging-by-web-acl', (all) => {
    const byTarget = new Map<string, Resource[]>();
    const undecided: Resource[] = [];
    for (const logging of all.ofType(LOGGING)) {
      const target = all.target(logging.properties.ResourceArn);
      if (target !== undefined && !logging.unresolved) {
        const list = byTarget.get(target.id);
        if (list) list.push(logging);
        else byTarget.set(target.id, [logging]);
      } else if (logging.unresolved || isUnknown(logging.properties.ResourceArn)) undecided.push(logging);
      // A literal ARN of a web ACL the input does not hold logs that one, not this.
    }
    return { byTarget, undecided };
  });
  return [...(index.byTarget.get(acl.id) ?? []), ...index.undecided];
}

/** Whether `logging` logs `acl`: its ResourceArn is (a reference to) the web ACL, or may be. */
function relate(logging: Resource, acl: Resource, graph: ResourceGraph): boolean | Unknown {
  if (logging.unresolved) return unknown(logging.unresolved);
  const arn = logging.properties.ResourceArn;
  const target = graph.target(arn);
  if (target === acl) return true;
  if (target !== undefined) return false;
  return isUnknown(arn) ? unknown(`ResourceArn is ${arn.reason}`) : false;
}
