import type { ResourceGraph } from '../../model/graph.js';
import type { Resource } from '../../model/resource.js';
import type { TemplateFix } from '../autofix/edits.js';
import { flagPath, unhandledVerdict } from './shared.js';

/**
 * `StorageEncrypted: true` on the instance or cluster that holds the storage. An Aurora instance's
 * storage is its cluster's, so the edit goes to the cluster of this template it names.
 */
export const fix: TemplateFix = {
  ruleId: 'RDS_STORAGE_ENCRYPTED',
  fix(resource, verdicts, { graph }) {
    const unhandled = unhandledVerdict(verdicts, ['notEncrypted'], 'the KMS key of encrypted storage is a choice for you');
    if (unhandled) return unhandled;
    const [verdict] = verdicts;
    if (!verdict) return { notFixable: 'no finding' };
    const link = verdict.path?.[0];
    let holder: Resource | undefined = resource;
    let path = flagPath(verdict, 'StorageEncrypted');
    if (link === 'DBClusterIdentifier') {
      holder = clusterOf(resource, graph);
      path = ['StorageEncrypted'];
    } else if (link !== undefined && link !== 'StorageEncrypted') {
      return { notFixable: `the storage comes from the source named by ${link}; encrypt that one` };
    }
    if (!holder) return { notFixable: 'the cluster holding the storage is not in this template' };
    return {
      description: `set StorageEncrypted to true on ${holder.id}`,
      replacement: `StorageEncrypted can not change on existing storage: CloudFormation replaces ${holder.id} (restore an encrypted snapshot copy to keep the data)`,
      edits: [{ kind: 'setProperty', resource: holder.id, path, value: true }],
    };
  },
};

function clusterOf(instance: Resource, graph: ResourceGraph): Resource | undefined {
  const value = instance.properties.DBClusterIdentifier;
  const referenced = graph.target(value);
  if (referenced) return referenced.type === 'AWS::RDS::DBCluster' ? referenced : undefined;
  if (typeof value !== 'string') return undefined;
  return graph.ofType('AWS::RDS::DBCluster').find((cluster) => {
    const identifier = cluster.properties.DBClusterIdentifier;
    return typeof identifier === 'string' && identifier.toLowerCase() === value.toLowerCase();
  });
}
