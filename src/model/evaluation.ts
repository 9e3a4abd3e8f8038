import type { InputFormat, PropertyPath } from './resource.js';

export const STATUSES = ['COMPLIANT', 'NON_COMPLIANT', 'NOT_APPLICABLE', 'INSUFFICIENT_DATA', 'ERROR'] as const;
/**
 * AWS Config's vocabulary, plus ERROR for a rule that crashed (never a pass).
 */
export type Status = (typeof STATUSES)[number];

export const SEVERITIES = ['info', 'low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

export interface Suppression {
  /**
   * Where the suppression was declared: Tosei's own metadata or comment, cfn-guard's metadata, a
   * `.tosei.yml` exception, a finding recorded in the `--baseline` file, or a suppression written
   * for another scanner whose check decides the same control (cfn_nag, checkov, tfsec, trivy).
   */
  kind: 'metadata' | 'guard-metadata' | 'config' | 'comment' | 'baseline' | 'foreign';
  reason: string;
}

export interface Evaluation {
  ruleId: string;
  status: Status;
  severity: Severity;
  message: string;
  resource: {
    type: string;
    id: string;
    source: InputFormat;
    address?: string;
    arn?: string;
    /** The resource's identity across runs and gates (see model/resource-key.ts), when the gate knows it. */
    key?: string;
    /** Other keys that name the resource at other gates (`cfn:`, `physical:`, an ARN; see model/resource-key.ts). */
    links?: string[];
    /** An AWS CDK app's construct path (`aws:cdk:path` metadata), e.g. `App/Storage/Logs/Resource`. */
    constructPath?: string;
  };
  location: {
    file: string;
    line?: number;
    column?: number;
    path: PropertyPath;
  };
  suppressed?: Suppression;
}

/** A file that could not be read or parsed, a bad suppression, a rule that crashed. */
export interface ScanProblem {
  level: 'error' | 'warning';
  file: string;
  line?: number;
  column?: number;
  message: string;
  ruleId?: string;
}

/** An evaluation counts as failing when it is not suppressed and is NON_COMPLIANT or ERROR. */
export function isFailing(evaluation: Evaluation): boolean {
  return !evaluation.suppressed && (evaluation.status === 'NON_COMPLIANT' || evaluation.status === 'ERROR');
}
