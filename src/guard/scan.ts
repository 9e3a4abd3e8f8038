// Guard rules as a rule source of `tosei scan`: evaluated on the document each input really is.
import { readFileSync } from 'node:fs';
import type { ScanDocument } from '../model/document.js';
import type { Evaluation, ScanProblem } from '../model/evaluation.js';
import { guardResultsToEvaluations } from './evaluations.js';
import { evaluateGuard } from './index.js';
import { readGuardData, type GuardRuleSet } from './load.js';

export { guardRuleMeta } from './evaluations.js';
export type { GuardRuleSet } from './load.js';

/**
 * Guard evaluations for one scanned document. Guard rules see the input as cfn-guard would: a
 * template as parsed data (short forms in long form, nothing resolved), a plan JSON as is.
 * Terraform HCL directories have no such document and are not given to Guard rules.
 */
export function guardDocumentEvaluations(ruleSet: GuardRuleSet, document: ScanDocument, problems: ScanProblem[]): Evaluation[] {
  if (document.format !== 'cloudformation' && document.format !== 'terraform-plan') return [];
  let data: unknown;
  try {
    data = readGuardData(readFileSync(document.file, 'utf8'), document.file, []);
  } catch (error) {
    problems.push({ level: 'error', file: document.file, message: `Guard rules: cannot read: ${(error as Error).message}` });
    return [];
  }
  if (data === undefined) return [];
  const results = evaluateGuard(ruleSet, data);
  for (const result of results) {
    if (result.error) problems.push({ level: 'error', file: document.file, ruleId: result.rule, message: `Guard rule ${result.rule} (${result.file}:${result.position.line}): ${result.error}` });
  }
  return guardResultsToEvaluations(results, data, { file: document.file, format: document.format, graph: document.graph });
}
