import type { Evaluation, ScanProblem } from '../../model/evaluation.js';
import { isFailing } from '../../model/evaluation.js';
import type { FormatContext, Formatter } from '../types.js';
import { summarize } from '../types.js';
import { compareEvaluations, compareProblems, relativePath, resourceLabel, SEVERITY_LEVEL, standaloneProblems, summaryLine, verdictLine, withoutControlChars } from './shared.js';

type Command = 'error' | 'warning' | 'notice';

const COMMAND: Record<'error' | 'warning' | 'note', Command> = { error: 'error', warning: 'warning', note: 'notice' };

/**
 * GitHub Actions workflow commands: an annotation per failing evaluation (level from severity;
 * rule errors are errors), a notice per undecided evaluation, one per problem; then the summary.
 */
export const formatGithub: Formatter = (report, context) => {
  const lines: string[] = [];
  for (const evaluation of [...report.evaluations].sort(compareEvaluations)) {
    if (evaluation.suppressed) continue;
    if (isFailing(evaluation)) {
      const command = evaluation.status === 'ERROR' ? 'error' : COMMAND[SEVERITY_LEVEL[evaluation.severity]];
      lines.push(evaluationCommand(command, evaluation, '', context));
    } else if (evaluation.status === 'INSUFFICIENT_DATA') {
      lines.push(evaluationCommand('notice', evaluation, 'insufficient data: ', context));
    }
  }
  for (const problem of standaloneProblems(report).sort(compareProblems)) lines.push(problemCommand(problem, report.tool.name, context));
  const summary = summarize(report, context.severityThreshold);
  lines.push(summaryLine(report, summary), verdictLine(summary, context.severityThreshold));
  return `${lines.join('\n')}\n`;
};

function evaluationCommand(command: Command, evaluation: Evaluation, prefix: string, context: FormatContext): string {
  const { location } = evaluation;
  const properties = locationProperties(location.file, location.line, location.column, context);
  return workflowCommand(command, { ...properties, title: evaluation.ruleId }, `${prefix}${resourceLabel(evaluation.resource)}: ${evaluation.message}`);
}

function problemCommand(problem: ScanProblem, toolName: string, context: FormatContext): string {
  const properties = locationProperties(problem.file, problem.line, problem.column, context);
  return workflowCommand(problem.level, { ...properties, title: problem.ruleId ?? toolName }, problem.message);
}

function locationProperties(file: string, line: number | undefined, column: number | undefined, context: FormatContext): Record<string, string> {
  const properties: Record<string, string> = {};
  if (file !== '') properties.file = relativePath(file, context.cwd);
  if (line !== undefined) properties.line = String(line);
  if (line !== undefined && column !== undefined) properties.col = String(column);
  return properties;
}

/** `::command key=value,…::message`, escaped as the Actions runner unescapes it. */
function workflowCommand(command: Command, properties: Record<string, string>, message: string): string {
  const list = Object.entries(properties).map(([key, value]) => `${key}=${escapeProperty(value)}`);
  return `::${command}${list.length > 0 ? ` ${list.join(',')}` : ''}::${escapeData(message)}`;
}

function escapeData(value: string): string {
  return withoutControlChars(value).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
