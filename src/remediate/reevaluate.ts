import { evaluateDocument, type ActiveRule } from '../engine/run.js';
import { readLiveResource, type LiveResourceOptions } from '../live/index.js';
import type { ScanDocument } from '../model/document.js';
import type { Evaluation } from '../model/evaluation.js';

/**
 * How remediation sees a resource as it is now: before acting (a compliant resource is skipped, so a
 * second run changes nothing) and after (the fix is re-evaluated and the result recorded).
 */
export interface ResourceReader {
  /** The resource and the related resources its rules look at; undefined when it no longer exists. */
  read(resourceType: string, resourceId: string): Promise<ScanDocument | undefined>;
  canRead(resourceType: string): boolean;
}

/** Runs one rule on the freshly read resource: its evaluation, or undefined when the resource is gone. */
export async function reevaluate(reader: ResourceReader, rule: ActiveRule, resourceType: string, resourceId: string): Promise<Evaluation | undefined> {
  const document = await reader.read(resourceType, resourceId);
  if (!document) return undefined;
  const { evaluations } = evaluateDocument(document, [rule], { live: true });
  return evaluations.find((evaluation) => evaluation.resource.id === resourceId && evaluation.ruleId === rule.rule.meta.id);
}

/**
 * Reads through the live reader (EC2, S3 and SQS service APIs for the types remediation fixes, Cloud
 * Control for the rest). A read that fails throws, so a fix is never judged on missing data.
 */
export function liveReader(options: LiveResourceOptions): ResourceReader {
  return {
    canRead: () => true,
    async read(resourceType, resourceId) {
      const read = await readLiveResource(resourceType, resourceId, options);
      const errors = read.problems.filter((problem) => problem.level === 'error');
      if (errors.length > 0) throw new Error(`cannot read ${resourceType} ${resourceId}: ${errors.map((problem) => problem.message).join('; ')}`);
      return read.resource ? read.document : undefined;
    },
  };
}
