import { readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { ParseArgsConfig } from 'node:util';
import { createTwoFilesPatch } from 'diff';
import picocolors from 'picocolors';
import { Suppressions } from '../engine/suppressions.js';
import type { ScanProblem } from '../model/evaluation.js';
import { fixTemplate, type TemplateFixResult } from '../remediate/autofix/fix-template.js';
import { builtinFixes } from '../remediate/fixes/index.js';
import { discoverInputs } from '../scan/files.js';
import { loadInput } from '../scan/index.js';
import { EXIT, UsageError, loadConfig, parse, rulesFromOptions, templateInputsFromOptions, wantsColor, type CliEnvironment } from './common.js';

const FIX_USAGE = `Usage: tosei fix PATH... [options]

Rewrites CloudFormation and SAM templates (YAML or JSON) in place for the findings that have a
mechanical fix; everything else in the file stays byte for byte as it was. Terraform
configurations and plans are not rewritten (\`tosei scan\` reports their findings).

  --dry-run                   print a unified diff instead of writing the files (coloured on a terminal)
  --no-color                  no colours in the diff (NO_COLOR is honoured too)
  --rules-set NAME            recommended (default) or all, as for \`tosei scan\`
  --only ID,...               evaluate (and fix) only these rules
  --skip ID,...               do not evaluate these rules
  --param RULE_ID.name=value  set a rule parameter (repeatable)
  --config FILE               settings file (default: .tosei.yml or .tosei.yaml if present)
  --parameters FILE           template parameter values (CLI JSON list or {"Key": "Value"})
  --region REGION             value of AWS::Region
  --account-id ID             value of AWS::AccountId

Rules with a fix: ${[...builtinFixes.keys()].join(', ')}.

Exit status: 0 every finding with a fix was fixed, 1 NON_COMPLIANT findings remain that could
not be fixed automatically, 2 a file could not be read, no template was found, or bad usage.
`;

const FIX_OPTIONS = {
  'dry-run': { type: 'boolean' },
  'no-color': { type: 'boolean' },
  'rules-set': { type: 'string' },
  only: { type: 'string', multiple: true },
  skip: { type: 'string', multiple: true },
  param: { type: 'string', multiple: true },
  config: { type: 'string' },
  parameters: { type: 'string' },
  region: { type: 'string' },
  'account-id': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} satisfies ParseArgsConfig['options'];

/** `tosei fix`: fixes templates in place, or prints the diff with `--dry-run`. */
export async function runFix(args: readonly string[], io: CliEnvironment): Promise<number> {
  const { values, positionals } = parse(args, FIX_OPTIONS, FIX_USAGE);
  if (values.help) {
    io.stdout(FIX_USAGE);
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new UsageError('fix needs at least one PATH (try `tosei fix --dry-run .`)', FIX_USAGE);
  const { config, configFile, configDirectory } = loadConfig(values.config, io);
  const rules = rulesFromOptions(values, config);
  const inputs = templateInputsFromOptions(values, io);
  const color = !values['no-color'] && wantsColor(io);
  const suppressions = new Suppressions(config?.exceptions ?? [], { ...(configFile ? { configFile } : {}), ...(configDirectory ? { baseDirectory: configDirectory } : {}) });

  const errors: ScanProblem[] = [];
  const warnings: ScanProblem[] = [];
  const results: TemplateFixResult[] = [];
  const discovered = discoverInputs(
    positionals.map((path) => resolve(io.cwd, path)),
    (problem) => (problem.level === 'error' ? errors : warnings).push(problem),
  );
  // Terraform configurations and plans are read by `tosei scan`, not rewritten: counted to say so.
  let terraform = 0;
  for (const input of discovered) {
    if (input.kind !== 'file') {
      terraform += 1;
      continue;
    }
    // The scan's reader decides what is a template (and reports unreadable ones); plans and other files are passed over.
    const problems: ScanProblem[] = [];
    const document = loadInput(input.path, input.explicit, inputs, problems);
    errors.push(...problems.filter((problem) => problem.level === 'error'));
    if (document?.format === 'terraform-plan') terraform += 1;
    if (!document || document.format !== 'cloudformation') continue;
    if (document.problems.some((problem) => problem.level === 'error')) {
      errors.push(...document.problems.filter((problem) => problem.level === 'error'));
      continue;
    }
    const text = readFileSync(input.path, 'utf8');
    const result = fixTemplate(text, input.path, { rules, inputs, suppressions });
    results.push(result);
    const name = relative(io.cwd, input.path) || input.path;
    if (values['dry-run']) io.stdout(dryRunReport(name, result, color));
    else {
      if (result.output !== result.original) writeFileSync(input.path, result.output);
      io.stdout(fixReport(name, result));
    }
  }
  for (const error of [...warnings, ...errors]) {
    const where = [relative(io.cwd, error.file) || error.file, error.line, error.column].filter((part) => part !== undefined).join(':');
    io.stderr(`${where}: ${error.message}\n`);
  }
  const terraformNote = `${terraform} Terraform configuration${terraform === 1 ? '' : 's'} or plan${terraform === 1 ? '' : 's'}`;
  if (results.length === 0 && errors.length === 0) {
    io.stderr(
      terraform > 0
        ? `tosei: nothing to fix: tosei fix rewrites CloudFormation and SAM templates (YAML or JSON), and found only ${terraformNote}, which it does not rewrite; \`tosei scan\` reports their findings\n`
        : 'tosei: nothing to fix: no CloudFormation or SAM template (YAML or JSON) here\n',
    );
    return EXIT.error;
  }
  const fixed = results.reduce((sum, result) => sum + result.fixed.length, 0);
  const notFixed = results.reduce((sum, result) => sum + result.notFixed.length, 0);
  const withoutFix = results.reduce((sum, result) => sum + result.withoutFix.length, 0);
  const verb = values['dry-run'] ? 'would fix' : 'fixed';
  io.stdout(
    `${verb} ${fixed} finding${fixed === 1 ? '' : 's'} in ${results.filter((result) => result.fixed.length > 0).length} of ${results.length} template${results.length === 1 ? '' : 's'}; ` +
      `${notFixed} not fixable automatically; ${withoutFix} finding${withoutFix === 1 ? '' : 's'} of rules without a fix (see \`tosei scan\`)\n` +
      (terraform > 0 ? `${terraformNote} passed over: autofix rewrites CloudFormation templates only (see \`tosei scan\`)\n` : ''),
  );
  if (errors.length > 0) return EXIT.error;
  return notFixed > 0 ? EXIT.failing : EXIT.ok;
}

function findingLines(result: TemplateFixResult, prefix: string): string[] {
  return [
    ...result.fixed.map((finding) => {
      const replacement = finding.replacement ? `\n${prefix}    REPLACEMENT: ${finding.replacement}` : '';
      return `${prefix}  fixed ${finding.ruleId} on ${finding.resource}: ${finding.description}${replacement}`;
    }),
    ...result.notFixed.map((finding) => `${prefix}  not fixed ${finding.ruleId} on ${finding.resource}: ${finding.reason}`),
  ];
}

function fixReport(name: string, result: TemplateFixResult): string {
  const lines = findingLines(result, '');
  return lines.length === 0 ? '' : `${name}\n${lines.join('\n')}\n`;
}

/**
 * The notes (what, and which edits replace resources) as `#` lines above the patch, which patch
 * tools skip. On a terminal the patch is coloured as `git diff` colours it.
 */
function dryRunReport(name: string, result: TemplateFixResult, color: boolean): string {
  const notes = findingLines(result, '#');
  if (notes.length === 0) return '';
  const patch = result.output === result.original ? '' : createTwoFilesPatch(`a/${name}`, `b/${name}`, result.original, result.output, undefined, undefined, { context: 3 });
  const text = `# ${name}\n${notes.join('\n')}\n${patch}`;
  return color ? colourDiff(text) : text;
}

function colourDiff(text: string): string {
  const colors = picocolors.createColors(true);
  return text
    .split('\n')
    .map((line) => {
      if (line.startsWith('#')) return colors.dim(line);
      if (line.startsWith('+++') || line.startsWith('---') || line.startsWith('Index:') || line.startsWith('====')) return colors.bold(line);
      if (line.startsWith('@@')) return colors.cyan(line);
      if (line.startsWith('+')) return colors.green(line);
      if (line.startsWith('-')) return colors.red(line);
      return line;
    })
    .join('\n');
}
