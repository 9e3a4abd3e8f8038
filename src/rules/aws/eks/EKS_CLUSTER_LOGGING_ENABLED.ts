import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import { isUnknown } from '../../../model/unknown.js';
import { getPath, isObject } from '../../../model/value.js';

const ENABLED_TYPES = ['Logging', 'ClusterLogging', 'EnabledTypes'];

export default defineRule<{ logTypes?: string[] }>({
  meta: {
    id: 'EKS_CLUSTER_LOGGING_ENABLED',
    title: 'EKS clusters export control plane logs',
    description:
      'Checks that an Amazon EKS cluster sends the required control plane log types (by default api, audit and authenticator) to CloudWatch Logs. Without them there is no record of who called the Kubernetes API.',
    severity: 'medium',
    resourceTypes: ['AWS::EKS::Cluster'],
    managedRule: 'eks-cluster-logging-enabled',
    frameworks: { FSBP: ['EKS.8'] },
    parameters: {
      logTypes: {
        type: 'string-list',
        description:
          'Control plane log types that must be enabled: api, audit, authenticator, controllerManager, scheduler. Give all five to match the AWS Config rule, which requires every type.',
        default: ['api', 'audit', 'authenticator'],
      },
    },
    messages: {
      enabled: 'Cluster {{id}} exports the {{required}} control plane logs.',
      disabled: 'Cluster {{id}} exports no control plane logs (required: {{required}}).',
      missing: 'Cluster {{id}} does not export the {{missing}} control plane logs.',
      unknownTypes: 'The control plane logs of cluster {{id}} are not known before deployment ({{reason}}); {{missing}} may be missing.',
    },
    remediation: 'Add `Logging.ClusterLogging.EnabledTypes` with a `Type` entry for each required log type (api, audit, authenticator, ...).',
    examples: {
      noncompliant: [
        {
          cloudformation:
            'Resources:\n  Cluster:\n    Type: AWS::EKS::Cluster\n    Properties:\n      RoleArn: arn:aws:iam::111122223333:role/eks-cluster\n      ResourcesVpcConfig:\n        SubnetIds: [subnet-0a1b2c3d, subnet-4e5f6a7b]\n      Logging:\n        ClusterLogging:\n          EnabledTypes:\n            - Type: api\n',
        },
      ],
      compliant: [
        {
          cloudformation:
            'Resources:\n  Cluster:\n    Type: AWS::EKS::Cluster\n    Properties:\n      RoleArn: arn:aws:iam::111122223333:role/eks-cluster\n      ResourcesVpcConfig:\n        SubnetIds: [subnet-0a1b2c3d, subnet-4e5f6a7b]\n      Logging:\n        ClusterLogging:\n          EnabledTypes:\n            - Type: api\n            - Type: audit\n            - Type: authenticator\n',
        },
      ],
    },
  },
  check(cluster, { params }) {
    const required = params.logTypes ?? [];
    const requiredText = required.join(', ');
    const enabledTypes = getPath(cluster.properties, ENABLED_TYPES);
    if (isUnknown(enabledTypes)) {
      return insufficientData('unknownTypes', { reason: enabledTypes.reason, missing: requiredText }, firstUnknownPath(cluster.properties));
    }
    const entries = Array.isArray(enabledTypes) ? enabledTypes : [];
    const known = new Set<string>();
    let unknownEntries = 0;
    let unknownReason = '';
    for (const entry of entries) {
      const type = isObject(entry) ? entry.Type : entry;
      if (isUnknown(type)) {
        unknownEntries += 1;
        unknownReason ||= type.reason;
      } else if (typeof type === 'string') {
        known.add(type.toLowerCase());
      }
    }
    if (entries.length === 0 && required.length > 0) {
      return nonCompliant('disabled', { required: requiredText }, enabledTypes === undefined ? [] : ENABLED_TYPES);
    }
    const missing = required.filter((type) => !known.has(type.toLowerCase()));
    if (missing.length === 0) return compliant('enabled', { required: requiredText || 'required' }, ENABLED_TYPES);
    // Each unresolved entry is one log type: it may cover one missing type, never more.
    if (missing.length <= unknownEntries) {
      return insufficientData('unknownTypes', { reason: unknownReason, missing: missing.join(', ') }, ENABLED_TYPES);
    }
    return nonCompliant('missing', { missing: missing.join(', ') }, ENABLED_TYPES);
  },
});

/** The shallowest path of the logging configuration that is unresolved. */
function firstUnknownPath(properties: Parameters<typeof getPath>[0]): string[] {
  for (let depth = 1; depth <= ENABLED_TYPES.length; depth++) {
    const path = ENABLED_TYPES.slice(0, depth);
    if (isUnknown(getPath(properties, path))) return path;
  }
  return ENABLED_TYPES;
}
