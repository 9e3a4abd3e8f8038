import type { ResourceGraph } from '../../model/graph.js';
import type { Resource } from '../../model/resource.js';
import { isUnknown, type Unknown } from '../../model/unknown.js';
import { insufficientData, nonCompliant, notApplicable } from '../define.js';
import type { Verdict } from '../types.js';
import { boundaryUser, declaredPolicyDocuments, recordedBoundaryUse, statementLabel, unlessBoundary, unlessRecordedBoundary } from './iam.js';
import { identityPolicyStatements, type Statement } from './policy.js';

/**
 * One judgement of the statements of the permission policies a resource declares itself (see
 * `declaredPolicyDocuments`): a statement `test` finds is NON_COMPLIANT `fail` (data `policy`,
 * `statement`); one it can not decide, or a document that can not be read, is INSUFFICIENT_DATA
 * `unknown` (data `what`: the statement and policy, or the policy; `reason`). An unknown stays
 * inside its statement: the others are still judged.
 */
export function statementVerdicts<M extends string>(resource: Resource, test: (statement: Statement) => boolean | Unknown, ids: { fail: M; unknown: M }): Verdict<M>[] {
  const verdicts: Verdict<M>[] = [];
  for (const { label, document, path } of declaredPolicyDocuments(resource)) {
    const statements = identityPolicyStatements(document, path);
    if (isUnknown(statements)) {
      verdicts.push(insufficientData(ids.unknown, { what: label, reason: statements.reason }, path));
      continue;
    }
    for (const statement of statements) {
      const found = test(statement);
      if (found === true) verdicts.push(nonCompliant(ids.fail, { policy: label, statement: statementLabel(statement) }, statement.path));
      else if (isUnknown(found)) verdicts.push(insufficientData(ids.unknown, { what: `${statementLabel(statement)} of ${label}`, reason: found.reason }, statement.path));
    }
  }
  return verdicts;
}

/** Messages every customer managed policy rule with `excludePermissionBoundaryPolicy` gives. */
export const BOUNDARY_MESSAGES = {
  boundary: 'Managed policy {{id}} is the permissions boundary of {{principal}} and is not evaluated (excludePermissionBoundaryPolicy).',
  maybeBoundary: 'Managed policy {{id}} fails, but it is the permissions boundary of {{principal}}, which is not evaluated (excludePermissionBoundaryPolicy), if that is created ({{reason}}).',
} as const;

/**
 * The verdicts of a customer managed policy under `excludePermissionBoundaryPolicy`: NOT_APPLICABLE
 * when a role or user certainly uses it as its permissions boundary (in the template, or as AWS
 * Config counts it); a failure becomes INSUFFICIENT_DATA when that use is not certain.
 */
export function unlessExcludedBoundary<M extends string>(
  policy: Resource,
  graph: ResourceGraph,
  exclude: boolean | undefined,
  judge: () => Verdict<M>[],
): Verdict<M | keyof typeof BOUNDARY_MESSAGES>[] {
  if (exclude !== true) return judge();
  const boundaryOf = boundaryUser(policy, graph);
  if (boundaryOf && boundaryOf.conditional === undefined) return [notApplicable('boundary', { principal: boundaryOf.id }, [])];
  const recordedUse = recordedBoundaryUse(policy);
  if (typeof recordedUse === 'number' && recordedUse > 0) return [notApplicable('boundary', { principal: `${recordedUse} role(s) or user(s)` }, [])];
  const verdicts: Verdict<M | 'maybeBoundary'>[] = judge();
  return unlessRecordedBoundary(unlessBoundary(verdicts, boundaryOf, 'maybeBoundary'), recordedUse, 'maybeBoundary');
}
