import { isUnknown } from '../../model/unknown.js';
import { getPath, isObject } from '../../model/value.js';
import type { TemplateFix } from '../autofix/edits.js';
import { stringList } from './shared.js';

const ENABLED_TYPES = ['Logging', 'ClusterLogging', 'EnabledTypes'];

/** Adds a `Type` entry to `Logging.ClusterLogging.EnabledTypes` for each required log type missing. */
export const fix: TemplateFix = {
  ruleId: 'EKS_CLUSTER_LOGGING_ENABLED',
  fix(cluster, _verdicts, { params }) {
    const required = stringList(params.logTypes);
    const enabled = getPath(cluster.properties, ENABLED_TYPES);
    if (isUnknown(enabled)) return { notFixable: `the enabled log types are not known before deployment (${enabled.reason})` };
    const entries = Array.isArray(enabled) ? enabled : [];
    const known = new Set<string>();
    for (const entry of entries) {
      const type = isObject(entry) ? entry.Type : entry;
      if (typeof type !== 'string') return { notFixable: 'an EnabledTypes entry is not a literal log type' };
      known.add(type.toLowerCase());
    }
    const missing = required.filter((type) => !known.has(type.toLowerCase()));
    return {
      description: `enable the ${missing.join(', ')} control plane logs`,
      edits: [{ kind: 'appendToList', resource: cluster.id, path: ENABLED_TYPES, items: missing.map((type) => ({ Type: type })) }],
    };
  },
};
