import type { Evaluation, ScanProblem } from '../../model/evaluation.js';
import { isFailing } from '../../model/evaluation.js';
import type { FormatContext, Formatter } from '../types.js';
import { compareEvaluations, compareProblems, compareStrings, position, relativePath, resourceLabel, STATUS_LABELS, wellFormed, withoutControlChars } from './shared.js';

interface TestCase {
  classname: string;
  name: string;
  outcome?: { element: 'failure'; message: string; type: string; body: string } | { element: 'skipped'; message: string };
}

/**
 * JUnit XML: one suite per rule, one test case per evaluation. Unsuppressed violations and rule
 * errors fail; not applicable, undecided and suppressed evaluations are skipped. Error problems
 * fail in a `tosei.errors` suite.
 */
export const formatJunit: Formatter = (report, context) => {
  const byRule = new Map<string, Evaluation[]>();
  for (const evaluation of [...report.evaluations].sort(compareEvaluations)) {
    const list = byRule.get(evaluation.ruleId);
    if (list) list.push(evaluation);
    else byRule.set(evaluation.ruleId, [evaluation]);
  }
  const suites = [...byRule.entries()]
    .sort(([a], [b]) => compareStrings(a, b))
    .map(([ruleId, evaluations]) => ({ name: ruleId, cases: evaluations.map((evaluation) => evaluationCase(evaluation, context)) }));
  const errors = report.problems.filter((problem) => problem.level === 'error').sort(compareProblems);
  if (errors.length > 0) suites.push({ name: 'tosei.errors', cases: errors.map((problem) => problemCase(problem, context)) });

  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="${attribute(report.tool.name)}" ${counts(suites.flatMap((suite) => suite.cases))}>`];
  for (const suite of suites) {
    lines.push(`  <testsuite name="${attribute(suite.name)}" ${counts(suite.cases)}>`);
    for (const testCase of suite.cases) lines.push(...caseXml(testCase));
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return `${lines.join('\n')}\n`;
};

function evaluationCase(evaluation: Evaluation, context: FormatContext): TestCase {
  const testCase: TestCase = { classname: relativePath(evaluation.location.file, context.cwd), name: resourceLabel(evaluation.resource) };
  if (evaluation.suppressed) {
    testCase.outcome = { element: 'skipped', message: `suppressed (${evaluation.suppressed.kind}): ${evaluation.suppressed.reason}` };
  } else if (isFailing(evaluation)) {
    const { resource, location } = evaluation;
    const body = [
      `${STATUS_LABELS[evaluation.status]}: ${evaluation.message}`,
      `Rule: ${evaluation.ruleId} (${evaluation.severity})`,
      `Resource: ${resource.type} ${resource.address ?? resource.id}`,
      `Location: ${testCase.classname}:${position(location.line, location.column)}`,
      `Help: ${context.ruleUrl(evaluation.ruleId)}`,
    ].join('\n');
    testCase.outcome = { element: 'failure', message: evaluation.message, type: evaluation.severity, body };
  } else if (evaluation.status !== 'COMPLIANT') {
    testCase.outcome = { element: 'skipped', message: `${STATUS_LABELS[evaluation.status]}: ${evaluation.message}` };
  }
  return testCase;
}

function problemCase(problem: ScanProblem, context: FormatContext): TestCase {
  const file = relativePath(problem.file, context.cwd);
  const where = `${file}:${position(problem.line, problem.column)}`;
  const body = problem.ruleId === undefined ? where : `${where}\nRule: ${problem.ruleId}`;
  return { classname: file, name: where, outcome: { element: 'failure', message: problem.message, type: 'error', body } };
}

function caseXml(testCase: TestCase): string[] {
  const open = `    <testcase classname="${attribute(testCase.classname)}" name="${attribute(testCase.name)}"`;
  const { outcome } = testCase;
  if (!outcome) return [`${open}/>`];
  const inner =
    outcome.element === 'failure'
      ? `      <failure message="${attribute(outcome.message)}" type="${attribute(outcome.type)}">${text(outcome.body)}</failure>`
      : `      <skipped message="${attribute(outcome.message)}"/>`;
  return [`${open}>`, inner, '    </testcase>'];
}

function counts(cases: readonly TestCase[]): string {
  const failures = cases.filter((testCase) => testCase.outcome?.element === 'failure').length;
  const skipped = cases.filter((testCase) => testCase.outcome?.element === 'skipped').length;
  return `tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}"`;
}

/** Character data: markup escaped, characters XML 1.0 forbids removed. */
function text(value: string): string {
  return xmlChars(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Attribute values also keep their quotes, tabs and line breaks (which parsers would otherwise normalise). */
function attribute(value: string): string {
  return text(value).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

/** Only characters XML 1.0 allows (and no C1 controls, which it discourages). */
function xmlChars(value: string): string {
  return withoutControlChars(wellFormed(value)).replace(/[\ufffe\uffff]/g, '');
}
