import { STATUSES, type Evaluation } from '../model/evaluation.js';

/** The input is not a Tosei JSON report (or list of its results); the message says where and why. */
export class ResultsError extends Error {}

/**
 * The evaluations of a Tosei JSON report (version 1, as `tosei scan --format json` and
 * `tosei scan aws --format json` write it), or of a bare list of its `results`. Each entry needs
 * ruleId, status and resource {type, id, source}; the rest is filled in as the formatter leaves it.
 */
export function evaluationsFromReport(value: unknown, file: string): Evaluation[] {
  let results: unknown;
  if (Array.isArray(value)) results = value;
  else {
    const report = value as { version?: unknown; results?: unknown } | null;
    if (report?.version !== 1 || !Array.isArray(report.results)) throw new ResultsError(`${file}: expected a Tosei JSON report (version 1) with results, or a list of results`);
    results = report.results;
  }
  return (results as unknown[]).map((result, index) => {
    const entry = result as Partial<Evaluation> | null;
    const resource = entry?.resource;
    if (!entry || typeof entry.ruleId !== 'string' || !STATUSES.includes(entry.status as Evaluation['status']) || !resource || typeof resource.type !== 'string' || typeof resource.id !== 'string' || typeof resource.source !== 'string') {
      throw new ResultsError(`${file}: results[${index}] lacks ruleId, status or resource {type, id, source}`);
    }
    for (const name of ['address', 'arn', 'key', 'constructPath'] as const) {
      if (resource[name] !== undefined && typeof resource[name] !== 'string') throw new ResultsError(`${file}: results[${index}].resource.${name} must be a string`);
    }
    if (resource.links !== undefined && !(Array.isArray(resource.links) && resource.links.every((link) => typeof link === 'string'))) {
      throw new ResultsError(`${file}: results[${index}].resource.links must be a list of strings`);
    }
    return {
      ruleId: entry.ruleId,
      status: entry.status as Evaluation['status'],
      severity: entry.severity ?? 'medium',
      message: typeof entry.message === 'string' ? entry.message : '',
      resource,
      location: { file: typeof entry.location?.file === 'string' ? entry.location.file : file, path: Array.isArray(entry.location?.path) ? entry.location.path : [] },
      ...(entry.suppressed ? { suppressed: entry.suppressed } : {}),
    } as Evaluation;
  });
}
