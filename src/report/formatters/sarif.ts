import { frameworkEntries, frameworkTitle } from '../../frameworks/index.js';
import type { Evaluation, ScanProblem, Severity, Suppression } from '../../model/evaluation.js';
import type { RuleMeta } from '../../rules/types.js';
import type { FormatContext, Formatter, ScanReport } from '../types.js';
import { fingerprintOf, identityInFile } from '../fingerprint.js';
import { compareStrings, isAbsolutePath, isReported, relativePath, SEVERITY_LEVEL, wellFormed } from './shared.js';

const INFORMATION_URI = 'https://github.com/tosei-dev/tosei';
const SRCROOT = '%SRCROOT%';

/** What GitHub code scanning reads to rank security alerts (CVSS-like, 0.0–10.0). */
const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0', info: '1.0' };

const SUPPRESSION_KIND: Record<Suppression['kind'], 'inSource' | 'external'> = {
  metadata: 'inSource',
  'guard-metadata': 'inSource',
  comment: 'inSource',
  config: 'external',
  baseline: 'external',
  foreign: 'inSource',
};

type Json = Record<string, unknown>;

/**
 * SARIF 2.1.0, one run. Results for violations (`fail` at the severity's level), rule errors
 * (`fail`, `error`) and undecided evaluations (`review`; the spec requires level `none` for any
 * kind but `fail`). Suppressed results are kept with their suppression; problems become notifications.
 */
export const formatSarif: Formatter = (report, context) => {
  const ruleIndex = ruleIndexOf(report.rules);
  const results = report.evaluations.filter(isReported).map((evaluation) => result(evaluation, ruleIndex, context));
  return `${JSON.stringify(sarifDocument(report, context, ruleIndex, results), null, 2)}\n`;
};

/** Stands in for the results in the skeleton of a streamed report (see JSON's placeholder). */
const RESULTS_PLACEHOLDER = '\u0000results\u0000';
/** Results sit in `runs[0].results`: three levels deep. */
const RESULTS_INDENT = '        ';

/**
 * The SARIF report in pieces while a run goes: `result` gives each evaluation's text (empty for
 * one SARIF does not report), to be written after `head`, which needs the run's problems and so is
 * made last; then `tail`. head + results + tail is formatSarif's text of the same report.
 */
export class SarifReportWriter {
  private readonly ruleIndex: Map<string, number>;
  private count = 0;

  constructor(
    private readonly rules: ScanReport['rules'],
    private readonly context: FormatContext,
  ) {
    this.ruleIndex = ruleIndexOf(rules);
  }

  result(evaluation: Evaluation): string {
    if (!isReported(evaluation)) return '';
    const text = JSON.stringify(result(evaluation, this.ruleIndex, this.context), null, 2).replaceAll('\n', `\n${RESULTS_INDENT}`);
    return `${this.count++ ? ',\n' : '[\n'}${RESULTS_INDENT}${text}`;
  }

  /** The text before the results: `report` is the finished run (its problems), its results being the ones written. */
  head(report: ScanReport): string {
    return this.skeleton(report)[0];
  }

  tail(report: ScanReport): string {
    return `${this.count ? '\n      ]' : '[]'}${this.skeleton(report)[1]}`;
  }

  private skeleton(report: ScanReport): [string, string] {
    const text = `${JSON.stringify(sarifDocument({ ...report, rules: this.rules }, this.context, this.ruleIndex, RESULTS_PLACEHOLDER), null, 2)}\n`;
    const placeholder = JSON.stringify(RESULTS_PLACEHOLDER);
    const at = text.indexOf(placeholder);
    return [text.slice(0, at), text.slice(at + placeholder.length)];
  }
}

function ruleIndexOf(rules: ScanReport['rules']): Map<string, number> {
  return new Map(Object.keys(rules).sort(compareStrings).map((id, index) => [id, index]));
}

/** The whole document; `results` stands for its results (the list, or a placeholder). */
function sarifDocument(report: ScanReport, context: FormatContext, ruleIndex: Map<string, number>, results: unknown): Json {
  const rules = [...ruleIndex.keys()].map((id) => descriptor(report.rules[id] as RuleMeta, context));
  const notifications = report.problems.map((problem) => notification(problem, ruleIndex, context));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: report.tool.name, version: report.tool.version, informationUri: INFORMATION_URI, rules } },
        invocations: [
          {
            executionSuccessful: report.problems.every((problem) => problem.level !== 'error'),
            ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}),
          },
        ],
        originalUriBaseIds: { [SRCROOT]: { uri: fileUri(`${context.cwd.replace(/[\\/]+$/, '')}/`) } },
        results,
      },
    ],
  };
}

function descriptor(meta: RuleMeta, context: FormatContext): Json {
  const url = context.ruleUrl(meta.id);
  const entries = frameworkEntries(meta.frameworks);
  const frameworks = entries.map(([id]) => id);
  const mappings = entries.map(([id, controls]) => `- ${frameworkTitle(id)}: ${controls.join(', ')}`);
  const markdown = [meta.remediation, ...(mappings.length > 0 ? ['', '**Frameworks**', '', ...mappings] : []), '', `[Documentation](${url})`].join('\n');
  return {
    id: meta.id,
    name: meta.id,
    shortDescription: { text: meta.title },
    fullDescription: { text: meta.description },
    help: { text: meta.remediation, markdown },
    helpUri: url,
    defaultConfiguration: { level: SEVERITY_LEVEL[meta.severity] },
    properties: {
      tags: ['security', ...frameworks],
      'security-severity': SECURITY_SEVERITY[meta.severity],
      severity: meta.severity,
      resourceTypes: [...meta.resourceTypes],
      ...(meta.frameworks ? { frameworks: meta.frameworks } : {}),
    },
  };
}

function result(evaluation: Evaluation, ruleIndex: Map<string, number>, context: FormatContext): Json {
  const { resource, location } = evaluation;
  const file = relativePath(location.file, context.cwd);
  const index = ruleIndex.get(evaluation.ruleId);
  const physical = physicalLocation(location.file, location.line, location.column, context);
  return {
    ruleId: evaluation.ruleId,
    ...(index === undefined ? {} : { ruleIndex: index }),
    kind: evaluation.status === 'INSUFFICIENT_DATA' ? 'review' : 'fail',
    level: evaluation.status === 'INSUFFICIENT_DATA' ? 'none' : evaluation.status === 'ERROR' ? 'error' : SEVERITY_LEVEL[evaluation.severity],
    message: { text: evaluation.message },
    locations: [
      {
        ...(physical ? { physicalLocation: physical } : {}),
        logicalLocations: [{ name: resource.id, kind: 'resource', fullyQualifiedName: resource.address ?? resource.constructPath ?? resource.id }],
      },
    ],
    partialFingerprints: { 'toseiFinding/v1': fingerprintOf(identityInFile(evaluation, file)) },
    ...(evaluation.suppressed
      ? { suppressions: [{ kind: SUPPRESSION_KIND[evaluation.suppressed.kind], status: 'accepted', justification: evaluation.suppressed.reason }] }
      : {}),
    properties: {
      status: evaluation.status,
      severity: evaluation.severity,
      resourceType: resource.type,
      source: resource.source,
      propertyPath: location.path,
      ...(resource.arn === undefined ? {} : { arn: resource.arn }),
      ...(resource.constructPath === undefined ? {} : { constructPath: resource.constructPath }),
    },
  };
}

function notification(problem: ScanProblem, ruleIndex: Map<string, number>, context: FormatContext): Json {
  const physical = physicalLocation(problem.file, problem.line, problem.column, context);
  const index = problem.ruleId === undefined ? undefined : ruleIndex.get(problem.ruleId);
  return {
    level: problem.level,
    message: { text: problem.message },
    ...(physical ? { locations: [{ physicalLocation: physical }] } : {}),
    ...(problem.ruleId === undefined ? {} : { associatedRule: { id: problem.ruleId, ...(index === undefined ? {} : { index }) } }),
  };
}

function physicalLocation(file: string, line: number | undefined, column: number | undefined, context: FormatContext): Json | undefined {
  if (file === '') return undefined;
  const path = relativePath(file, context.cwd);
  const artifactLocation = isAbsolutePath(path) ? { uri: fileUri(path) } : { uri: encodePath(path), uriBaseId: SRCROOT };
  const region = line !== undefined && line >= 1 ? { startLine: line, ...(column !== undefined && column >= 1 ? { startColumn: column } : {}) } : undefined;
  return { artifactLocation, ...(region ? { region } : {}) };
}

/** A `file://` URI for an absolute POSIX or Windows path. */
function fileUri(path: string): string {
  const slashed = path.replace(/\\/g, '/');
  return `file://${slashed.startsWith('/') ? '' : '/'}${encodePath(slashed)}`;
}

/** Percent-encodes what a URI path may not hold; `/` and a drive's `:` stay. */
function encodePath(path: string): string {
  return encodeURI(wellFormed(path)).replace(/[?#]/g, (char) => encodeURIComponent(char));
}
