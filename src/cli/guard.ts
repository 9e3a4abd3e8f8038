// `tosei guard validate` and `tosei guard test`: cfn-guard's commands and exit codes on Tosei's Guard engine.
import { readFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { ScanProblem } from '../model/evaluation.js';
import { FormatError, FORMATS, formatters, JsonReportWriter, type FormatName } from '../report/index.js';
import type { FormatContext, ScanReport } from '../report/types.js';
import { evaluateGuard, type GuardRuleResult, type GuardStatus } from '../guard/index.js';
import { guardResultsToEvaluations, guardRuleMeta } from '../guard/evaluations.js';
import { DATA_EXTENSIONS, listFiles, loadGuardRules, readGuardData, type GuardRuleSet } from '../guard/load.js';
import { DOCS_BASE_URL, TOOL } from '../version.js';
import { parse, prepareOutput, UsageError, usageErrorText } from './common.js';
import { BatchedWriter, fileWriter } from './output.js';
import { didYouMean } from '../text/suggest.js';
import type { CliEnvironment } from './main.js';

/** cfn-guard's exit codes. */
export const GUARD_EXIT = { ok: 0, error: 5, testFailure: 7, validationFailure: 19 } as const;

const USAGE = `Usage: tosei guard validate -r RULES... -d DATA... [--format FORMAT] [--output FILE] [--show-summary all|fail|none]
       tosei guard test -r RULES -t TESTS [--format text|json]
       tosei guard test -d DIR [--format text|json]

validate  evaluates Guard rule files (.guard, .ruleset; directories are walked) against JSON or
          YAML data files (.yaml .yml .json .jsn .template; CloudFormation short-form tags allowed).
          --format text (cfn-guard-style summary, default) or a Tosei report: ${FORMATS.join(', ')}.
test      runs cfn-guard unit-test files (a list of {name, input, expectations: {rules: {RULE: PASS|FAIL|SKIP}}}).
          With -d, every rule file is tested against the files in the tests/ folder beside it whose
          names start with the rule file's name.

Exit status (as cfn-guard): 0 pass, 19 a rule failed (validate), 7 an expectation was not met (test),
5 a rule or data file could not be read or evaluated, or bad usage.
`;

function problemText(problem: ScanProblem): string {
  const where = problem.line !== undefined ? `${problem.file}:${problem.line}:${problem.column ?? 1}` : problem.file;
  return `${where}: ${problem.message}\n`;
}

/** Runs `tosei guard ...`; returns cfn-guard's exit code. */
export async function runGuard(args: readonly string[], io: CliEnvironment): Promise<number> {
  const [subcommand, ...rest] = args;
  try {
    if (subcommand === 'validate') return runValidate(rest, io);
    if (subcommand === 'test') return runTest(rest, io);
    if (subcommand === undefined || subcommand === '--help' || subcommand === '-h' || subcommand === 'help') {
      io.stdout(USAGE);
      return subcommand === undefined ? GUARD_EXIT.error : GUARD_EXIT.ok;
    }
    io.stderr(`tosei guard: unknown subcommand "${subcommand}"${didYouMean(subcommand, ['validate', 'test'])}\n${USAGE}`);
    return GUARD_EXIT.error;
  } catch (error) {
    io.stderr(error instanceof UsageError ? usageErrorText(error, 'tosei guard') : `tosei guard: ${(error as Error).message}\n`);
    return GUARD_EXIT.error;
  }
}

function loadRules(paths: readonly string[], io: CliEnvironment): GuardRuleSet | undefined {
  const { ruleSet, problems } = loadGuardRules(paths.map((path) => resolve(io.cwd, path)));
  for (const problem of problems) io.stderr(problemText(problem));
  return problems.some((problem) => problem.level === 'error') ? undefined : ruleSet;
}

function runValidate(args: readonly string[], io: CliEnvironment): number {
  const { values, positionals } = parse(
    args,
    {
      rules: { type: 'string', short: 'r', multiple: true },
      data: { type: 'string', short: 'd', multiple: true },
      format: { type: 'string', short: 'o' },
      output: { type: 'string' },
      'show-summary': { type: 'string', short: 'S' },
      help: { type: 'boolean', short: 'h' },
    },
    USAGE,
  );
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`, USAGE);
  if (values.help) {
    io.stdout(USAGE);
    return GUARD_EXIT.ok;
  }
  if (!values.rules?.length || !values.data?.length) throw new Error('validate needs --rules (-r) and --data (-d)');
  const format = values.format ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) throw new Error(`unknown format "${format}" (expected ${FORMATS.join(', ')})`);
  const output = values.output === undefined ? undefined : prepareOutput(values.output, io);
  // As cfn-guard: a rule file that does not parse is reported (file, line, column) and every other
  // file is still validated; the run then exits 19 when a rule failed, else 5.
  const { ruleSet, problems } = loadGuardRules(values.rules.map((path) => resolve(io.cwd, path)));
  const rulesProblems = new Set(problems);
  const unparsed = problems.some((problem) => problem.level === 'error');
  const dataFiles = listFiles(
    values.data.map((path) => resolve(io.cwd, path)),
    DATA_EXTENSIONS,
    problems,
  );
  const report: ScanReport = { tool: TOOL, files: [], evaluations: [], problems, rules: guardRuleMeta(ruleSet) };
  const context: FormatContext = { cwd: io.cwd, color: false, severityThreshold: 'info', ruleUrl: () => `${DOCS_BASE_URL}/guard.md`, generatedAt: new Date().toISOString() };
  const out = new BatchedWriter(output === undefined ? io.stdout : fileWriter(output as string));
  // Every file's every rule makes a large JSON report: it is written file by file, and each file's
  // document, results and evaluations are dropped once written.
  const json = format === 'json' ? new JsonReportWriter(context) : undefined;
  try {
    if (json) out.write(json.head(report.tool));
    const show = new Set((values['show-summary'] ?? 'fail').split(','));
    let failed = false;
    let errored = false;
    for (const file of dataFiles) {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (error) {
        problems.push({ level: 'error', file, message: `cannot read: ${(error as Error).message}` });
        continue;
      }
      const data = readGuardData(text, file, problems);
      if (data === undefined) continue;
      report.files.push(file);
      const results = evaluateGuard(ruleSet, data);
      if (results.some((result) => result.error)) errored = true;
      if (results.some((result) => result.status === 'FAIL')) failed = true;
      if (format === 'text') out.write(fileSummary(file, results, show));
      else {
        const evaluations = guardResultsToEvaluations(results, data, { file, format: 'cloudformation' });
        if (json) for (const piece of json.results(evaluations)) out.write(piece);
        else report.evaluations.push(...evaluations);
      }
    }
    // A data file that could not be read is an error of the run; a rule file that did not parse gives way to a failed rule.
    if (problems.some((problem) => problem.level === 'error' && !rulesProblems.has(problem))) errored = true;
    if (format === 'text') for (const problem of problems) io.stderr(problemText(problem));
    else {
      try {
        out.write(json ? json.tail(report) : formatters[format as FormatName](report, context));
      } catch (error) {
        if (!(error instanceof FormatError)) throw error;
        io.stderr(`tosei: ${error.message}\n`);
        return GUARD_EXIT.error;
      }
    }
    if (unparsed && !errored) return failed ? GUARD_EXIT.validationFailure : GUARD_EXIT.error;
    return errored ? GUARD_EXIT.error : failed ? GUARD_EXIT.validationFailure : GUARD_EXIT.ok;
  } finally {
    out.end();
  }
}

/** cfn-guard's single-line summary: the file's status, then the rules by status, then the failures. */
function fileSummary(file: string, results: readonly GuardRuleResult[], show: ReadonlySet<string>): string {
  const overall: GuardStatus = results.some((result) => result.status === 'FAIL') ? 'FAIL' : results.some((result) => result.status === 'PASS') ? 'PASS' : 'SKIP';
  let text = `${file} Status = ${overall}\n`;
  for (const status of ['SKIP', 'PASS', 'FAIL'] as const) {
    if (!show.has('all') && !show.has(status.toLowerCase())) continue;
    const matching = results.filter((result) => result.status === status);
    if (matching.length === 0) continue;
    text += `${status === 'FAIL' ? 'FAILED' : status} rules\n`;
    for (const result of matching) text += `${basename(result.file)}/${result.rule.replace(/^.*\//, '')}    ${status}\n`;
    text += '---\n';
  }
  for (const result of results) {
    if (result.error) text += `Rule [${result.rule}] could not be evaluated: ${result.error}\n`;
    for (const failure of result.failures) {
      text += `Rule [${result.rule}] failed at [${failure.path || '/'}] (${basename(result.file)}:${failure.clause.line}:${failure.clause.column}): ${failure.message}`;
      text += failure.customMessage ? `. Message: ${failure.customMessage}\n` : '\n';
    }
  }
  return text;
}

interface TestCase {
  name?: string;
  input: unknown;
  expectations: { rules: Record<string, string> };
}

interface TestOutcome {
  rulesFile: string;
  testFile: string;
  case: number;
  name?: string;
  rule: string;
  expected: string;
  evaluated: GuardStatus | 'ERROR';
  ok: boolean;
}

function readTestCases(file: string, problems: ScanProblem[]): TestCase[] | undefined {
  const data = readGuardData(readFileSync(file, 'utf8'), file, problems, 'test');
  if (!Array.isArray(data)) {
    if (data !== undefined) problems.push({ level: 'error', file, message: 'a test file must be a list of {name, input, expectations: {rules}}' });
    return undefined;
  }
  for (const [index, item] of data.entries()) {
    const rules = (item as { expectations?: { rules?: unknown } } | null)?.expectations?.rules;
    if (typeof rules !== 'object' || rules === null || Array.isArray(rules)) {
      problems.push({ level: 'error', file, message: `test case #${index + 1} has no expectations.rules map` });
      return undefined;
    }
  }
  return data as TestCase[];
}

/** Pairs each rule file with its test files: -r/-t as given, or the -d directory layout. */
function testPairs(values: { rules?: string; 'test-data'?: string; dir?: string }, io: CliEnvironment, problems: ScanProblem[]): Array<{ rules: string; tests: string[] }> {
  if (values.dir !== undefined) {
    const pairs: Array<{ rules: string; tests: string[] }> = [];
    for (const rules of listFiles([resolve(io.cwd, values.dir)], new Set(['.guard', '.ruleset']), problems)) {
      const stem = basename(rules, extname(rules));
      let candidates: string[] = [];
      try {
        candidates = listFiles([join(dirname(rules), 'tests')], DATA_EXTENSIONS, []);
      } catch {
        candidates = [];
      }
      const tests = candidates.filter((file) => dirname(file) === join(dirname(rules), 'tests') && basename(file).startsWith(stem));
      if (tests.length > 0) pairs.push({ rules, tests });
    }
    return pairs;
  }
  if (values.rules === undefined || values['test-data'] === undefined) throw new Error('test needs --rules-file (-r) and --test-data (-t), or --dir (-d)');
  return [{ rules: resolve(io.cwd, values.rules), tests: listFiles([resolve(io.cwd, values['test-data'])], DATA_EXTENSIONS, problems) }];
}

function runTest(args: readonly string[], io: CliEnvironment): number {
  const { values, positionals } = parse(
    args,
    {
      'rules-file': { type: 'string', short: 'r' },
      'test-data': { type: 'string', short: 't' },
      dir: { type: 'string', short: 'd' },
      format: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h' },
    },
    USAGE,
  );
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`, USAGE);
  if (values.help) {
    io.stdout(USAGE);
    return GUARD_EXIT.ok;
  }
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new Error(`unknown format "${format}" for guard test (expected text or json)`);
  const problems: ScanProblem[] = [];
  const pairs = testPairs({ rules: values['rules-file'], 'test-data': values['test-data'], dir: values.dir }, io, problems);
  const outcomes: TestOutcome[] = [];
  let text = '';
  for (const pair of pairs) {
    const ruleSet = loadRules([pair.rules], io);
    if (!ruleSet) {
      problems.push({ level: 'error', file: pair.rules, message: 'rule file not loaded' });
      continue;
    }
    for (const testFile of pair.tests) {
      const cases = readTestCases(testFile, problems);
      if (!cases) continue;
      if (pairs.length > 1 || values.dir !== undefined) text += `Testing Guard File ${pair.rules}\n`;
      cases.forEach((testCase, index) => {
        const results = evaluateGuard(ruleSet, testCase.input ?? null);
        text += `Test Case #${index + 1}\n${testCase.name ? `Name: ${testCase.name}\n` : ''}`;
        const passed: string[] = [];
        const failed: string[] = [];
        for (const [rule, expectedRaw] of Object.entries(testCase.expectations.rules)) {
          const expected = String(expectedRaw).toUpperCase();
          const result = results.find((candidate) => candidate.rule === rule || (rule === 'default' && candidate.rule.endsWith('/default')));
          // As cfn-guard: an expectation for a rule the file does not have is not asserted.
          if (!result) continue;
          const evaluated = result.error ? 'ERROR' : result.status;
          const ok = evaluated === expected;
          outcomes.push({ rulesFile: pair.rules, testFile, case: index + 1, ...(testCase.name ? { name: testCase.name } : {}), rule, expected, evaluated, ok });
          if (ok) passed.push(`    ${rule}: Expected = ${expected}`);
          else failed.push(`    ${rule}: Expected = ${expected}, Evaluated = ${evaluated}${result.error ? ` (${result.error})` : ''}`);
        }
        if (passed.length > 0) text += `  PASS Rules:\n${passed.join('\n')}\n`;
        if (failed.length > 0) text += `  FAILED Rules:\n${failed.join('\n')}\n`;
        text += '\n';
      });
    }
  }
  for (const problem of problems) io.stderr(problemText(problem));
  io.stdout(format === 'json' ? `${JSON.stringify(outcomes, null, 2)}\n` : text);
  if (problems.some((problem) => problem.level === 'error')) return GUARD_EXIT.error;
  return outcomes.every((outcome) => outcome.ok) ? GUARD_EXIT.ok : GUARD_EXIT.testFailure;
}
