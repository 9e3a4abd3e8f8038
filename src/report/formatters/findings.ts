// What the findings formats (ASFF, OCSF) share: which evaluations become findings, a finding's
// stable id, the account, region and partition it belongs to, and its framework requirements.
import type { Evaluation, Severity } from '../../model/evaluation.js';
import type { RuleMeta } from '../../rules/types.js';
import { fingerprint } from '../fingerprint.js';
import { FormatError, type FormatContext } from '../types.js';

/** NOT_APPLICABLE says nothing about a resource: Security Hub archives such findings, so they are not sent. */
export function findingEvaluations(evaluations: readonly Evaluation[]): Evaluation[] {
  return evaluations.filter((evaluation) => evaluation.status !== 'NOT_APPLICABLE');
}

/** The baseline's and SARIF's fingerprint: a finding keeps its id across runs and edits elsewhere. */
export function findingFingerprint(evaluation: Evaluation, context: FormatContext): string {
  return fingerprint(evaluation, context.cwd);
}

export interface FindingScope {
  accountId: string;
  region: string;
  partition: string;
}

const ARN = /^arn:([^:]+):[^:]*:([^:]*):(\d{12})?:/;
/** A live scan's document: `aws://ACCOUNT/REGION`, or `aws://ACCOUNT/global` for IAM. */
const LIVE_DOCUMENT = /^aws:\/\/(\d{12})\/([a-z0-9-]+)$/;

/**
 * The account and region of a finding: from the resource's ARN where it says, else from the live
 * scan's document, else from the run (`--account-id`, `--region`). A finding that belongs nowhere cannot be imported: FormatError.
 */
export function findingScope(evaluation: Evaluation, context: FormatContext, format: string): FindingScope {
  const arn = evaluation.resource.arn ? ARN.exec(evaluation.resource.arn) : null;
  const live = LIVE_DOCUMENT.exec(evaluation.location.file);
  const liveRegion = live?.[2] === 'global' ? undefined : live?.[2];
  const accountId = arn?.[3] || live?.[1] || context.aws?.accountId;
  // Global resources (IAM) are reported in the run's region, else in us-east-1, where AWS keeps them.
  const region = arn?.[2] || liveRegion || context.aws?.region || (live ? 'us-east-1' : undefined);
  const partition = arn?.[1] || context.aws?.partition || 'aws';
  if (!accountId || !/^\d{12}$/.test(accountId) || !region) {
    const where = evaluation.resource.arn ?? evaluation.resource.id;
    throw new FormatError(`${format} needs the account and region of every finding; ${where} has ${accountId ? 'no region' : 'no account'}: give --account-id and --region`);
  }
  return { accountId, region, partition };
}

/** `FSBP S3.5`, `NIST-800-53-r5 AC-3`: each framework control the rule decides. */
export function requirements(meta: RuleMeta | undefined): string[] {
  return Object.entries(meta?.frameworks ?? {}).flatMap(([framework, controls]) => (controls ?? []).map((control) => `${framework} ${control}`));
}

export function whenGenerated(context: FormatContext, format: string): Date {
  const time = context.generatedAt === undefined ? Number.NaN : Date.parse(context.generatedAt);
  if (Number.isNaN(time)) throw new FormatError(`${format} needs the time the report was made`);
  return new Date(time);
}

export function truncate(text: string, limit: number): string {
  const chars = [...text];
  return chars.length <= limit ? text : `${chars.slice(0, limit - 1).join('')}…`;
}

export const SEVERITY_ORDER: Record<Severity, number> = { info: 1, low: 2, medium: 3, high: 4, critical: 5 };
