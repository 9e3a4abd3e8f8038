import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ParseArgsConfig } from 'node:util';
import { ConfigError } from '../config/config.js';
import { findRuleSet, isRecommended, ruleSetNames, type RuleSet } from '../engine/rule-sets.js';
import { didYouMean } from '../text/suggest.js';
import { renderRuleDoc, renderRuleIndex, renderRuleText } from '../docs/rule-docs.js';
import { SEVERITIES, type ScanProblem } from '../model/evaluation.js';
import { BaselineError } from '../report/baseline.js';
import { PEER_RULES, UNMAPPED_TOOLS, unmappedPeerRules } from '../suppressions/peer-rules.js';
import { FORMATS } from '../report/index.js';
import { builtinRules } from '../rules/index.js';
import { assignResourceKeys } from '../model/resource-key.js';
import { FRAMEWORK_IDS, frameworkEntries, parseFrameworkId } from '../frameworks/index.js';
import type { AnyRule } from '../rules/types.js';
import { reportRules, scan, type ScanOptions } from '../scan/index.js';
import { DOCS_BASE_URL, TOOL, VERSION } from '../version.js';
import {
  emitReport,
  EXIT,
  makeFolders,
  parse,
  progressBar,
  REPORT_OPTIONS,
  reportContext,
  reportSettings,
  ReportWriteError,
  splitList,
  templateInputsFromOptions,
  UsageError,
  usageErrorText,
  type CliEnvironment,
  type ReportOptionValues,
  type ReportSettings,
} from './common.js';
import { StreamedReport, streamsReport } from './report-stream.js';
import { loadGuardRules } from '../guard/load.js';
import { guardRuleMeta } from '../guard/evaluations.js';

export { EXIT, UsageError, loadConfig, rulesFromOptions, templateInputsFromOptions, type CliEnvironment } from './common.js';

const USAGE = `Usage: tosei <command> [options]

Commands:
  scan PATH...          scan CloudFormation/SAM templates, Terraform directories and plan JSON
  rules                 list the rules
  rules docs DIR        write one Markdown page per rule into DIR
  scan aws              scan a live AWS account (tosei scan aws --help)
  history RESOURCE      compliance history of a resource from the evaluation store
  report --since WHEN   compliance over time from the evaluation store (e.g. --since 7d)
  report --framework ID compliance with a framework, control by control (from a JSON report, a live scan or the store)
  config-rule invoke    run the AWS Config rule handler on a saved event (--event FILE)
  serve                 serve the HCP Terraform run task endpoint (tosei serve --help)
  hook invoke --event F run the CloudFormation hook handler on a saved request
  fix PATH...           fix CloudFormation templates in place (--dry-run prints a diff)
  guard validate|test   run CloudFormation Guard rules (cfn-guard 3.x compatible; \`tosei guard --help\`)
  export config         write a CloudFormation template with the rules for AWS Config and their remediations
  lsp                   a Language Server for editors on stdio (diagnostics, hover, quick fixes)
  remediate             fix NON_COMPLIANT resources with SSM Automation runbooks (dry run unless --apply)
  completion bash|zsh|fish  print a shell completion script
  --version             print the version

Run \`tosei scan --help\` for the scan options.
`;

const COMMANDS = ['scan', 'fix', 'rules', 'history', 'report', 'config-rule', 'serve', 'hook', 'guard', 'remediate', 'export', 'lsp', 'completion', 'version', 'help'];

const SCAN_USAGE = `Usage: tosei scan PATH... [options]

  --format FORMAT             ${FORMATS.join(' | ')} (default text)
  --output FILE               write the report to FILE instead of stdout
  --report FORMAT=FILE        also write the report in FORMAT to FILE (repeatable: one scan, several reports)
  --rules-set NAME            recommended (default: no contradictions, no organisation-specific
                              values) or all; \`tosei rules\` lists the set
  --framework ID              run exactly the rules that decide a control of this framework
                              (${FRAMEWORK_IDS.join(', ')}); \`tosei report --framework\` reads the result
  --only ID,...               run only these rules
  --skip ID,...               do not run these rules
  --param RULE_ID.name=value  set a rule parameter (repeatable; runs the rule even outside the set)
  --config FILE               settings file (default: .tosei.yml or .tosei.yaml if present)
  --parameters FILE           template parameter values (CLI JSON list or {"Key": "Value"})
  --region REGION             value of AWS::Region (and AWS::Partition, AWS::URLSuffix)
  --account-id ID             value of AWS::AccountId
  --stack-name NAME           the stack the templates deploy as: resources are keyed by stack and
                              logical id (resource.key in JSON), as the CloudFormation hook keys them
  --var NAME=VALUE            Terraform variable for HCL directories (repeatable)
  --var-file FILE             Terraform variable file (.tfvars or .tfvars.json; repeatable)
  --severity-threshold LEVEL  only failures at or above LEVEL fail the run (${SEVERITIES.join(', ')})
  --soft-fail                 exit 0 even when rules fail (read errors still exit 2)
  --no-color                  no colours in text output (NO_COLOR is honoured too)
  --show-suppressed           list suppressed findings with their reasons in text output
  --ignore-foreign-suppressions
                              do not honour suppressions written for cfn_nag, checkov, tfsec or
                              trivy (\`tosei rules --suppression-map\` lists what they suppress)
  -q, --quiet                 text output: only failing findings, read errors and the summary (no
                              undecided or suppressed findings, warnings or how to fix)
  --baseline FILE             accept the findings recorded in FILE: only new ones fail; those no
                              longer found are reported as fixed
  --write-baseline FILE       record today's non-compliant findings in FILE (then exit 0)
  --rules PATH                Guard rule files or directories (.guard) to run beside the built-in rules (repeatable)
  --skip-other-files          named files that are not templates, plans or snapshots are skipped, and
                              nothing to scan is not an error (for hooks that pass every changed file)

Exit status: 0 no failing verdicts, 1 failing verdicts, 2 an input could not be read or bad usage.

A live AWS account: tosei scan aws --help
`;

const SCAN_OPTIONS = {
  ...REPORT_OPTIONS,
  parameters: { type: 'string' },
  region: { type: 'string' },
  'account-id': { type: 'string' },
  'stack-name': { type: 'string' },
  var: { type: 'string', multiple: true },
  'var-file': { type: 'string', multiple: true },
  rules: { type: 'string', multiple: true },
  'skip-other-files': { type: 'boolean' },
} satisfies ParseArgsConfig['options'];

const RULES_USAGE = `Usage: tosei rules [--format text|json] [--rules-set NAME] [--framework ID]
       tosei rules show ID [--format text|json]
       tosei rules docs DIR

       tosei rules --suppression-map [--format text|json]

Lists the rules and the set each belongs to: recommended (runs by default) or all only.
  --suppression-map  the other scanners' checks (cfn_nag, checkov, tfsec/trivy) whose suppressions
                     Tosei honours, the Tosei rules each maps to, and the ids that map to none
  --rules-set NAME   only the rules of this set (${ruleSetNames().join(' | ')})
  --framework ID     only the rules that decide a control of this framework (${FRAMEWORK_IDS.join(' | ')})
`;

/** Runs the CLI and returns the exit code; never calls process.exit. */
export async function main(argv: readonly string[], io: CliEnvironment): Promise<number> {
  const [command, ...rest] = argv;
  try {
    // Each command's module is loaded when it runs: a command does not pay (in start time and
    // memory) for the servers, stores and diff of the others. `return await`, so that a command's
    // UsageError is caught below.
    switch (command) {
      case 'scan':
        return await runScan(rest, io);
      case 'fix':
        return await (await import('./fix.js')).runFix(rest, io);
      case 'rules':
        return runRules(rest, io);
      case 'history':
        return await (await import('./history.js')).runHistory(rest, io);
      case 'report':
        // `report --framework ID` is compliance by framework; `report --since` compliance over time.
        if (rest.some((arg) => arg === '--framework' || arg.startsWith('--framework='))) return await (await import('./framework-report.js')).runFrameworkReport(rest, io);
        return await (await import('./history.js')).runReport(rest, io);
      case 'config-rule':
        return await (await import('./config-rule.js')).runConfigRule(rest, io);
      case 'serve':
        return await (await import('./serve.js')).runServe(rest, io);
      case 'hook':
        return await (await import('./hook.js')).runHook(rest, io);
      case 'guard':
        return await (await import('./guard.js')).runGuard(rest, io);
      case 'remediate':
        return await (await import('./remediate.js')).runRemediate(rest, io);
      case 'export':
        return await (await import('./export.js')).runExport(rest, io);
      case 'lsp':
        return await (await import('./lsp.js')).runLsp(rest, io);
      case 'completion':
        return await (await import('./completion.js')).runCompletion(rest, io, main);
      case '--version':
      case '-v':
      case 'version':
        io.stdout(`${VERSION}\n`);
        return EXIT.ok;
      case undefined:
        // A command is missing: a misuse, so the usage goes where errors go.
        io.stderr(USAGE);
        return EXIT.error;
      case 'help':
      case '--help':
      case '-h':
        io.stdout(USAGE);
        return EXIT.ok;
      default:
        throw new UsageError(`unknown command "${command}"${didYouMean(command, COMMANDS)}`, USAGE);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(usageErrorText(error));
      return EXIT.error;
    }
    if (error instanceof ConfigError || error instanceof BaselineError) {
      io.stderr(`tosei: ${error.message}\n`);
      return EXIT.error;
    }
    throw error;
  }
}

async function runScan(args: readonly string[], io: CliEnvironment): Promise<number> {
  // The AWS SDK is loaded only for a live scan: a file scan starts without it.
  if (args[0] === 'aws') return (await import('./scan-aws.js')).runScanAws(args.slice(1), io);
  const { values, positionals } = parse(args, SCAN_OPTIONS, SCAN_USAGE);
  if (values.help) {
    io.stdout(SCAN_USAGE);
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new UsageError('scan needs at least one PATH (try `tosei scan .`)', SCAN_USAGE);
  const guard = values.rules ? loadGuardRules(values.rules.map((path) => resolve(io.cwd, path))) : undefined;
  // Guard rules are chosen by name with --only and --skip, as the built-in rules are.
  const guardIds = guard ? new Set(Object.keys(guardRuleMeta(guard.ruleSet))) : undefined;
  const settings = reportSettings(values, io, guardIds);
  const only = splitList(values.only);
  const skip = splitList(values.skip);
  const inputs = templateInputsFromOptions(values, io);

  const terraform: { vars?: Record<string, string>; varFiles?: string[] } = {};
  if (values.var) terraform.vars = parseVarOptions(values.var);
  if (values['var-file']) terraform.varFiles = values['var-file'].map((file) => resolve(io.cwd, file));
  const paths = positionals.map((path) => resolve(io.cwd, path));
  const progress = progressBar(io);
  const options: ScanOptions = {
    ...(progress ? { onProgress: progress.update } : {}),
    ...(values['ignore-foreign-suppressions'] ? { ignoreForeignSuppressions: true } : {}),
    ...(guard ? { guardRules: guard.ruleSet, guardRuleSelected: (id: string) => !values.framework && (only.length === 0 || only.includes(id)) && !skip.includes(id) } : {}),
    terraform,
    ...(values['skip-other-files'] ? { skipOtherFiles: true } : {}),
    paths,
    rules: settings.rules,
    inputs,
    tool: TOOL,
    ...(settings.config ? { config: settings.config } : {}),
    ...(settings.configFile ? { configFile: settings.configFile } : {}),
    ...(settings.configDirectory ? { configDirectory: settings.configDirectory } : {}),
  };
  if (streamsReport(settings)) return streamScan(options, settings, values, io, guard?.problems ?? [], progress);
  const report = await scan(options);
  progress?.done();
  if (guard) report.problems.unshift(...guard.problems);
  if (values['stack-name']) assignResourceKeys(report.evaluations, { stack: values['stack-name'] });
  return emitReport(report, settings, values, io, paths);
}

/** `scan` with a JSON or SARIF report written while the scan goes (see report-stream.ts); the exit status as emitReport gives it. */
async function streamScan(
  options: ScanOptions,
  settings: ReportSettings,
  values: ReportOptionValues & { 'stack-name'?: string | undefined },
  io: CliEnvironment,
  guardProblems: readonly ScanProblem[],
  progress: ReturnType<typeof progressBar>,
): Promise<number> {
  let stream: StreamedReport | undefined;
  try {
    stream = new StreamedReport(settings, reportContext(settings, values, io, []), { tool: options.tool, rules: reportRules(options) }, io, {
      output: values.output,
      stack: values['stack-name'],
    });
    const report = await scan({ ...options, onEvaluation: stream.add });
    progress?.done();
    report.problems.unshift(...guardProblems);
    stream.finish(report);
    if (report.problems.some((problem) => problem.level === 'error')) return EXIT.error;
    return stream.failing > 0 && !values['soft-fail'] ? EXIT.failing : EXIT.ok;
  } catch (error) {
    stream?.discard();
    if (!(error instanceof ReportWriteError)) throw error;
    io.stderr(`tosei: ${error.message}\n`);
    return EXIT.error;
  }
}

function runRules(args: readonly string[], io: CliEnvironment): number {
  const { values, positionals } = parse(
    args,
    { format: { type: 'string' }, 'rules-set': { type: 'string' }, framework: { type: 'string' }, 'suppression-map': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    RULES_USAGE,
  );
  if (values.help) {
    io.stdout(RULES_USAGE);
    return EXIT.ok;
  }
  if (values['suppression-map']) return printSuppressionMap(values.format, io);
  if (positionals[0] === 'docs') {
    const directory = positionals[1];
    if (!directory) throw new UsageError('rules docs needs a directory', RULES_USAGE);
    const target = resolve(io.cwd, directory);
    makeFolders(target);
    for (const rule of builtinRules) writeFileSync(join(target, `${rule.meta.id}.md`), renderRuleDoc(rule));
    writeFileSync(join(target, 'README.md'), renderRuleIndex(builtinRules));
    io.stderr(`wrote ${builtinRules.length} rule pages and README.md to ${directory}\n`);
    return EXIT.ok;
  }
  if (positionals[0] === 'show') {
    const id = positionals[1];
    if (!id) throw new UsageError('rules show needs a rule id (`tosei rules` lists them)', RULES_USAGE);
    const rule = builtinRules.find((candidate) => candidate.meta.id === id);
    if (!rule) throw new UsageError(`unknown rule "${id}"${didYouMean(id, builtinRules.map((candidate) => candidate.meta.id))} (see \`tosei rules\`)`, RULES_USAGE);
    if (values.format === 'json') io.stdout(`${JSON.stringify({ ...rule.meta, recommended: isRecommended(rule.meta) }, null, 2)}\n`);
    else io.stdout(renderRuleText(rule, `${DOCS_BASE_URL}/${id}.md`));
    return EXIT.ok;
  }
  if (positionals.length > 0) throw new UsageError(`unknown rules subcommand "${positionals[0]}"${didYouMean(positionals[0] as string, ['docs', 'show'])}`, RULES_USAGE);
  let listed = builtinRules;
  if (values['rules-set'] !== undefined) {
    const set = ruleSetByName(values['rules-set']);
    listed = builtinRules.filter((rule) => set.includes(rule.meta));
  }
  if (values.framework !== undefined) {
    const framework = rulesOfFramework(values.framework);
    listed = listed.filter((rule) => framework.includes(rule));
  }
  if (values.format === 'json') {
    const list = listed.map(({ meta }) => ({
      id: meta.id,
      title: meta.title,
      severity: meta.severity,
      recommended: isRecommended(meta),
      resourceTypes: meta.resourceTypes,
      frameworks: meta.frameworks ?? {},
      managedRule: meta.managedRule ?? null,
      parameters: meta.parameters ?? {},
    }));
    io.stdout(`${JSON.stringify(list, null, 2)}\n`);
    return EXIT.ok;
  }
  if (values.format !== undefined && values.format !== 'text') throw new UsageError(`unknown format "${values.format}" (expected text or json)`);
  const rows = listed.map(({ meta }) => [
    meta.id,
    isRecommended(meta) ? 'yes' : 'no',
    meta.severity,
    meta.resourceTypes.join(', '),
    frameworkEntries(meta.frameworks)
      .map(([framework, controls]) => `${framework} ${controls.join('/')}`)
      .join('; '),
  ]);
  const header = ['RULE', 'RECOMMENDED', 'SEVERITY', 'RESOURCE TYPES', 'FRAMEWORKS'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]): string => cells.map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column] ?? 0))).join('  ').trimEnd();
  const recommended = listed.filter((rule) => isRecommended(rule.meta)).length;
  io.stdout(
    `${[line(header), ...rows.map(line)].join('\n')}\n${listed.length} rules, ${recommended} in the recommended set that runs by default; ` +
      `the others run with --rules-set all, or when named (--only) or configured (--param, .tosei.yml). \`tosei rules show ID\` says why.\n`,
  );
  return EXIT.ok;
}

/** `tosei rules --suppression-map`: the peer table, then what maps to nothing. */
function printSuppressionMap(format: string | undefined, io: CliEnvironment): number {
  const mapped = PEER_RULES.filter((rule) => rule.tosei.length > 0);
  const unmapped = unmappedPeerRules();
  if (format === 'json') {
    io.stdout(`${JSON.stringify({ mapped, unmapped, unmappedTools: UNMAPPED_TOOLS }, null, 2)}\n`);
    return EXIT.ok;
  }
  if (format !== undefined && format !== 'text') throw new UsageError(`unknown format "${format}" (expected text or json)`);
  const rows = mapped.map((rule) => [rule.tool, [rule.id, ...(rule.aliases ?? [])].join(' / '), rule.tosei.join(', '), rule.title]);
  const header = ['TOOL', 'ID', 'TOSEI RULES', 'TITLE'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]): string => cells.map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column] ?? 0))).join('  ').trimEnd();
  const unmappedLines = [
    ...unmapped.map((rule) => `  ${rule.tool} ${rule.id}: ${rule.title}`),
    ...Object.entries(UNMAPPED_TOOLS).map(([tool, what]) => `  ${tool}: ${what}`),
  ];
  io.stdout(
    `${[line(header), ...rows.map(line)].join('\n')}\n\n` +
      `A suppression of one of these ids (Metadata.cfn_nag.rules_to_suppress, Metadata.checkov.skip, #checkov:skip=, #tfsec:ignore:, #trivy:ignore:) ` +
      `suppresses the Tosei rules beside it; --ignore-foreign-suppressions turns this off. Other ids suppress nothing in Tosei.\n` +
      `Unmapped:\n${unmappedLines.join('\n')}\n`,
  );
  return EXIT.ok;
}

/** A rule set named on the command line; a usage error naming the sets there are otherwise. */
function ruleSetByName(name: string): RuleSet {
  try {
    return findRuleSet(name);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** The built-in rules that decide a control of the framework `--framework` names. */
function rulesOfFramework(text: string): readonly AnyRule[] {
  const id = parseFrameworkId(text);
  if (!id) throw new UsageError(`unknown framework "${text}" (expected one of ${FRAMEWORK_IDS.join(', ')})`);
  return builtinRules.filter((rule) => (rule.meta.frameworks?.[id]?.length ?? 0) > 0);
}

/** `--var NAME=VALUE`, repeatable. */
function parseVarOptions(values: readonly string[]): Record<string, string> {
  const result: Record<string, string> = {};
  for (const value of values) {
    const separator = value.indexOf('=');
    if (separator <= 0) throw new UsageError(`--var expects NAME=VALUE, got "${value}"`);
    result[value.slice(0, separator)] = value.slice(separator + 1);
  }
  return result;
}

