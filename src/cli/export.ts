import { writeFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { exportConfigTemplate } from '../remediate/export.js';
import { exportConformancePack, MAX_RULES_PER_PACK } from '../remediate/conformance-pack.js';
import { FRAMEWORK_IDS } from '../frameworks/index.js';
import { builtinRules } from '../rules/index.js';
import { selectRules } from '../scan/index.js';
import { didYouMean } from '../text/suggest.js';
import { TOOL, VERSION } from '../version.js';
import type { CliEnvironment } from './main.js';
import { frameworkOption, parse, parseParamOptions, plainMessage, prepareOutput, splitList, UsageError } from './common.js';

const USAGE = `Usage: tosei export config [options]
       tosei export conformance-pack --framework ID [options]

Writes a CloudFormation template for AWS Config: an AWS::Config::ConfigRule per rule (the managed
rule where the Tosei rule is one, else the Tosei Config-rule Lambda), the built-in remediation
runbooks as AWS::SSM::Document, their AWS::Config::RemediationConfiguration and least-privilege roles.

Or an AWS Config conformance pack for a framework (conformance-pack --framework ID): a Config rule
for every rule deciding one of its controls, AWS's managed rule with its parameters (as pack
parameters) where there is one, else the Tosei Config-rule Lambda (its ToseiRuleFunctionArn a pack
parameter; allow config.amazonaws.com to invoke it). AWS Config takes at most 130 rules per pack.

  --framework ID              the framework (${FRAMEWORK_IDS.join(', ')}); conformance-pack only
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
      framework: { type: 'string' },
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
  const target = positionals[0];
  if ((target !== 'config' && target !== 'conformance-pack') || positionals.length > 1) {
    throw new UsageError(`export takes one target: \`tosei export config\` or \`tosei export conformance-pack\`${target && target !== 'config' && target !== 'conformance-pack' ? didYouMean(target, ['config', 'conformance-pack']) : ''}`, USAGE);
  }
  const format = values.format ?? 'yaml';
  if (format !== 'yaml' && format !== 'json') throw new UsageError(`unknown format "${format}" (expected yaml or json)`, USAGE);
  const framework = target === 'conformance-pack' ? frameworkOption(values.framework) : undefined;
  if (target === 'conformance-pack' && !framework) throw new UsageError('export conformance-pack needs --framework ID', USAGE);
  if (target === 'config' && values.framework !== undefined) throw new UsageError('--framework goes with `tosei export conformance-pack`', USAGE);
  let rules;
  try {
    const ruleSet = values['rules-set'];
    rules = selectRules(builtinRules, { only: splitList(values.only), skip: splitList(values.skip), parameters: parseParamOptions(values.param ?? []), ...(framework ? { ruleSet: framework } : ruleSet ? { ruleSet } : {}) });
  } catch (error) {
    throw new UsageError((error as Error).message, USAGE);
  }
  // A pack holds exactly the framework's rules: not one the options name outside it.
  if (framework) rules = rules.filter((active) => (active.rule.meta.frameworks?.[framework]?.length ?? 0) > 0);
  const parameters = Object.fromEntries(rules.map((active) => [active.rule.meta.id, active.params]));
  const generator = `${TOOL.name} ${VERSION}`;
  const template = framework
    ? exportConformancePack(
        framework,
        rules.map((active) => active.rule),
        { parameters, generator },
      )
    : exportConfigTemplate(
        rules.map((active) => active.rule),
        { parameters, generator },
      );
  if (framework && rules.length > MAX_RULES_PER_PACK) {
    io.stderr(`tosei: ${framework} has ${rules.length} rules; AWS Config takes at most ${MAX_RULES_PER_PACK} per conformance pack: deploy it as two packs (--only/--skip)\n`);
  }
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

