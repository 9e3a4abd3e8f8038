import { writeFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { exportConfigTemplate } from '../remediate/export.js';
import { builtinRules } from '../rules/index.js';
import { selectRules } from '../scan/index.js';
import { didYouMean } from '../text/suggest.js';
import { TOOL, VERSION } from '../version.js';
import type { CliEnvironment } from './main.js';
import { parse, parseParamOptions, plainMessage, prepareOutput, splitList, UsageError } from './common.js';

const USAGE = `Usage: tosei export config [options]

Writes a CloudFormation template for AWS Config: an AWS::Config::ConfigRule per rule (the managed
rule where the Tosei rule is one, else the Tosei Config-rule Lambda), the built-in remediation
runbooks as AWS::SSM::Document, their AWS::Config::RemediationConfiguration and least-privilege roles.

  --rules-set NAME            the rules to export: recommended (default) or all
  --only ID,...               export only these rules
  --skip ID,...               leave these rules out
  --param RULE_ID.name=value  a rule parameter (repeatable)
  --format FORMAT             yaml (default) or json
  --output FILE               write the template to FILE instead of stdout
`;

export async function runExport(args: readonly string[], io: CliEnvironment): Promise<number> {
  const { values, positionals } = parse(
    args,
    {
      only: { type: 'string', multiple: true },
      skip: { type: 'string', multiple: true },
      param: { type: 'string', multiple: true },
      'rules-set': { type: 'string' },
      format: { type: 'string' },
      output: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h' },
    },
    USAGE,
  );
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (positionals[0] !== 'config' || positionals.length > 1) throw new UsageError(`export takes one target: \`tosei export config\`${positionals[0] && positionals[0] !== 'config' ? didYouMean(positionals[0], ['config']) : ''}`, USAGE);
  const format = values.format ?? 'yaml';
  if (format !== 'yaml' && format !== 'json') throw new UsageError(`unknown format "${format}" (expected yaml or json)`, USAGE);
  let rules;
  try {
    const ruleSet = values['rules-set'];
    rules = selectRules(builtinRules, { only: splitList(values.only), skip: splitList(values.skip), parameters: parseParamOptions(values.param ?? []), ...(ruleSet ? { ruleSet } : {}) });
  } catch (error) {
    throw new UsageError((error as Error).message, USAGE);
  }
  const template = exportConfigTemplate(
    rules.map((active) => active.rule),
    { parameters: Object.fromEntries(rules.map((active) => [active.rule.meta.id, active.params])), generator: `${TOOL.name} ${VERSION}` },
  );
  const text = format === 'json' ? `${JSON.stringify(template, null, 2)}\n` : stringify(template, { lineWidth: 0 });
  if (values.output) {
    try {
      writeFileSync(prepareOutput(values.output, io), text);
    } catch (error) {
      throw error instanceof UsageError ? error : new UsageError(`cannot write --output ${values.output}: ${plainMessage(error)}`);
    }
    io.stderr(`wrote ${Object.keys(template.Resources).length} resources for ${rules.length} rules to ${values.output}\n`);
  } else io.stdout(text);
  return 0;
}

