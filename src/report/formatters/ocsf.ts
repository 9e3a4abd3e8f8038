import type { Evaluation, Status } from '../../model/evaluation.js';
import type { FormatContext, Formatter, ScanReport } from '../types.js';
import { findingEvaluations, findingFingerprint, findingScope, requirements, SEVERITY_ORDER, whenGenerated } from './findings.js';
import { relativePath } from './shared.js';

/** The OCSF schema version the events follow. */
export const OCSF_VERSION = '1.3.0';

const SEVERITY_NAMES = ['Unknown', 'Informational', 'Low', 'Medium', 'High', 'Critical'] as const;

/** OCSF compliance status: 1 Pass, 3 Fail; what could not be decided is 0 Unknown, not a pass. */
const COMPLIANCE: Record<Exclude<Status, 'NOT_APPLICABLE'>, { status_id: number; status: string }> = {
  COMPLIANT: { status_id: 1, status: 'Pass' },
  NON_COMPLIANT: { status_id: 3, status: 'Fail' },
  INSUFFICIENT_DATA: { status_id: 0, status: 'Unknown' },
  ERROR: { status_id: 0, status: 'Unknown' },
};

/**
 * OCSF Compliance Finding events (class 2003, activity Create) as a JSON list, one per
 * evaluation but NOT_APPLICABLE. Live resources name their cloud account and region; template
 * resources do only when the run was given them (`--account-id`, `--region`).
 */
export const formatOcsf: Formatter = (report, context) => {
  const time = whenGenerated(context, 'ocsf').getTime();
  return `${JSON.stringify(findingEvaluations(report.evaluations).map((evaluation) => event(evaluation, report, context, time)), null, 2)}\n`;
};

function event(evaluation: Evaluation, report: ScanReport, context: FormatContext, time: number): Record<string, unknown> {
  const meta = report.rules[evaluation.ruleId];
  const { resource, location } = evaluation;
  const severityId = SEVERITY_ORDER[evaluation.severity];
  const standards = Object.keys(meta?.frameworks ?? {});
  const scope = optionalScope(evaluation, context);
  return {
    activity_id: 1,
    activity_name: 'Create',
    category_uid: 2,
    category_name: 'Findings',
    class_uid: 2003,
    class_name: 'Compliance Finding',
    type_uid: 200301,
    type_name: 'Compliance Finding: Create',
    severity_id: severityId,
    severity: SEVERITY_NAMES[severityId],
    status_id: evaluation.suppressed ? 3 : 1,
    status: evaluation.suppressed ? 'Suppressed' : 'New',
    ...(evaluation.suppressed ? { status_detail: `${evaluation.suppressed.kind}: ${evaluation.suppressed.reason}` } : {}),
    time,
    message: evaluation.message,
    metadata: { version: OCSF_VERSION, product: { name: 'Tosei', vendor_name: 'Tosei', version: report.tool.version } },
    finding_info: {
      uid: findingFingerprint(evaluation, context),
      title: meta?.title ?? evaluation.ruleId,
      ...(meta ? { desc: meta.description } : {}),
      types: [evaluation.ruleId],
      created_time: time,
    },
    compliance: {
      ...COMPLIANCE[evaluation.status as Exclude<Status, 'NOT_APPLICABLE'>],
      control: evaluation.ruleId,
      standards: standards.length > 0 ? standards : ['Tosei'],
      requirements: requirements(meta),
    },
    resources: [
      {
        uid: resource.arn ?? resource.key ?? resource.address ?? resource.id,
        name: resource.address ?? resource.id,
        type: resource.type,
        ...(scope ? { region: scope.region, cloud_partition: scope.partition } : {}),
        data: { file: relativePath(location.file, context.cwd), ...(location.line !== undefined ? { line: location.line } : {}), path: location.path },
      },
    ],
    ...(scope ? { cloud: { provider: 'AWS', region: scope.region, account: { uid: scope.accountId, type: 'AWS Account', type_id: 10 } } } : {}),
    ...(meta ? { remediation: { desc: meta.remediation, references: [context.ruleUrl(evaluation.ruleId)] } } : {}),
  };
}

/** OCSF does not require a cloud: a template finding without an account simply has none. */
function optionalScope(evaluation: Evaluation, context: FormatContext) {
  try {
    return findingScope(evaluation, context, 'ocsf');
  } catch {
    return undefined;
  }
}
