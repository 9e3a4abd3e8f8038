/**
 * `tosei/cdk`: Tosei in an AWS CDK app. `ToseiValidator` is a policy validation plugin, so that
 * `new App({ policyValidationBeta1: [new ToseiValidator()] })` runs Tosei's rules (and Guard files)
 * on every stack template during `cdk synth` and fails the synth with the CDK's own report.
 * `Tosei.suppress(construct, ruleId, reason)` writes Tosei's suppression metadata on a construct.
 * aws-cdk-lib is a peer dependency: only its types are used here.
 */
import { resolve } from 'node:path';
import type { IPolicyValidationContextBeta1, IPolicyValidationPluginBeta1, PolicyValidationPluginReportBeta1, PolicyViolationBeta1 } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { evaluateDocument } from '../engine/run.js';
import { selectRules } from '../engine/select.js';
import { Suppressions } from '../engine/suppressions.js';
import { guardRuleMeta } from '../guard/evaluations.js';
import { loadGuardRules } from '../guard/load.js';
import { guardDocumentEvaluations } from '../guard/scan.js';
import { severityRank, type Evaluation, type ScanProblem, type Severity } from '../model/evaluation.js';
import { builtinRules } from '../rules/index.js';
import type { RuleMeta } from '../rules/types.js';
import { loadInput } from '../scan/index.js';
import { VERSION } from '../version.js';

export interface ToseiValidatorOptions {
  /** Run only these rules (built-in or Guard rule names). */
  only?: readonly string[];
  /** Do not run these rules. */
  skip?: readonly string[];
  /** `recommended` (default) or `all`, as `--rules-set`. */
  rulesSet?: string;
  /** Rule parameters by rule id, as `--param RULE_ID.name=value`. */
  parameters?: Record<string, Record<string, unknown>>;
  /** Guard rule files or directories run beside the built-in rules, as `--rules`. */
  guardRules?: readonly string[];
  /** Findings below this severity do not fail the synth (default: every finding does). */
  severityThreshold?: Severity;
}

/** A CDK policy validation plugin (`IPolicyValidationPluginBeta1`) that runs Tosei. */
export class ToseiValidator implements IPolicyValidationPluginBeta1 {
  readonly name = 'tosei';
  readonly version = VERSION;
  readonly ruleIds: string[];
  private readonly guard: ReturnType<typeof loadGuardRules> | undefined;

  constructor(private readonly options: ToseiValidatorOptions = {}) {
    this.guard = options.guardRules ? loadGuardRules(options.guardRules.map((path) => resolve(path))) : undefined;
    this.ruleIds = [...this.rules().map((active) => active.rule.meta.id), ...this.guardIds()];
  }

  validate(context: IPolicyValidationContextBeta1): PolicyValidationPluginReportBeta1 {
    const rules = this.rules();
    const guardIds = new Set(this.guardIds());
    const meta: Record<string, RuleMeta> = { ...(this.guard ? guardRuleMeta(this.guard.ruleSet) : {}) };
    for (const active of rules) meta[active.rule.meta.id] = active.rule.meta;
    const suppressions = new Suppressions();
    const problems: ScanProblem[] = [...(this.guard?.problems ?? [])];
    const evaluations: Evaluation[] = [];
    for (const templatePath of context.templatePaths) {
      const document = loadInput(templatePath, true, {}, problems);
      if (!document) continue;
      problems.push(...document.problems);
      evaluations.push(...evaluateDocument(document, rules, { suppressions }).evaluations);
      if (this.guard) evaluations.push(...guardDocumentEvaluations(this.guard.ruleSet, document, problems).filter((evaluation) => guardIds.has(evaluation.ruleId)));
    }
    const threshold = severityRank(this.options.severityThreshold ?? 'info');
    const failing = evaluations.filter((evaluation) => !evaluation.suppressed && (evaluation.status === 'NON_COMPLIANT' || evaluation.status === 'ERROR') && severityRank(evaluation.severity) >= threshold);
    const violations = [...violationsOf(failing, meta), ...problems.filter((problem) => problem.level === 'error').map(problemViolation)];
    return { success: violations.length === 0, violations, pluginVersion: VERSION };
  }

  private rules() {
    return selectRules(builtinRules, {
      ...(this.options.only ? { only: this.options.only } : {}),
      ...(this.options.skip ? { skip: this.options.skip } : {}),
      ...(this.options.parameters ? { parameters: this.options.parameters } : {}),
      ...(this.options.rulesSet ? { ruleSet: this.options.rulesSet } : {}),
      otherRuleIds: new Set(this.guard ? Object.keys(guardRuleMeta(this.guard.ruleSet)) : []),
    });
  }

  private guardIds(): string[] {
    if (!this.guard) return [];
    const { only, skip } = this.options;
    return Object.keys(guardRuleMeta(this.guard.ruleSet)).filter((id) => (!only || only.length === 0 || only.includes(id)) && !skip?.includes(id));
  }
}

/** One violation per rule, naming each failing resource with its construct path and property path. */
function violationsOf(failing: readonly Evaluation[], meta: Record<string, RuleMeta>): PolicyViolationBeta1[] {
  const byRule = new Map<string, Evaluation[]>();
  for (const evaluation of failing) byRule.set(evaluation.ruleId, [...(byRule.get(evaluation.ruleId) ?? []), evaluation]);
  return [...byRule].map(([ruleId, evaluations]) => {
    const rule = meta[ruleId];
    const first = evaluations[0] as Evaluation;
    return {
      ruleName: ruleId,
      description: rule?.title ?? first.message,
      ...(rule?.remediation ? { fix: rule.remediation } : {}),
      severity: first.severity,
      violatingResources: evaluations.map((evaluation) => ({
        resourceLogicalId: evaluation.resource.id,
        templatePath: evaluation.location.file,
        locations: [evaluation.location.path.length > 0 ? evaluation.location.path.join('.') : evaluation.message],
      })),
    };
  });
}

/** A template that could not be read fails the synth: never a silent pass. */
function problemViolation(problem: ScanProblem): PolicyViolationBeta1 {
  return {
    ruleName: problem.ruleId ?? 'tosei-input',
    description: problem.message,
    severity: 'high',
    violatingResources: [{ resourceLogicalId: '', templatePath: problem.file, locations: [problem.line === undefined ? problem.file : `line ${problem.line}`] }],
  };
}

interface MetadataTarget {
  getMetadata(key: string): unknown;
  addMetadata(key: string, value: unknown): void;
}

export const Tosei = {
  /**
   * Suppresses a rule on a construct's CloudFormation resource (the construct itself or its
   * default child): `Metadata.tosei.skip`, as a template would carry it. A reason is required.
   */
  suppress(construct: IConstruct, ruleId: string, reason: string): void {
    if (reason.trim() === '') throw new Error(`Tosei.suppress(${construct.node.path}, ${ruleId}): give a reason`);
    const target = (construct.node.defaultChild ?? construct) as Partial<MetadataTarget>;
    if (typeof target.addMetadata !== 'function' || typeof target.getMetadata !== 'function') {
      throw new Error(`Tosei.suppress: ${construct.node.path} is not a CloudFormation resource and has none as its default child`);
    }
    const existing = target.getMetadata('tosei') as { skip?: unknown } | undefined;
    const skip = Array.isArray(existing?.skip) ? existing.skip : [];
    target.addMetadata('tosei', { ...existing, skip: [...skip, { id: ruleId, reason }] });
  },
};
