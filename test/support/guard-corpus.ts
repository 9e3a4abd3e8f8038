// The Guard differential corpus: cfn-guard's own rules and data, the inputs of its unit-test
// files, and rules generated over the CloudFormation corpora (so every operator meets real templates).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { readGuardData } from '../../src/guard/load.js';
import { CORPORA, corpusFiles } from './corpora.js';

export const GUARD_RESOURCES = join(CORPORA, 'cfn-guard-resources');

/** Rule files that are meant to be broken (parse-error fixtures), left out of the verdict comparison. */
const BROKEN_RULE_FILES = new Set(['invalid_regex.guard', 'invalid_rule.guard', 'malformed-rule.guard']);

export interface GuardCorpus {
  ruleFiles: string[];
  dataFiles: string[];
  /** Path relative to the corpora root (or to the generated directory), for reports. */
  label(path: string): string;
}

function isRulesFile(path: string): boolean {
  return path.endsWith('.guard') && !BROKEN_RULE_FILES.has(basename(path));
}

/** Writes each test case's `input` of cfn-guard's unit-test files as one JSON data file. */
function extractTestInputs(target: string): string[] {
  const specs = corpusFiles(['cfn-yaml', 'other-yaml', 'other-json', 'guard-test']).filter(
    (file) => file.corpus === 'cfn-guard-resources' && (/-tests\.yaml$/.test(file.path) || /test-command\/(data-dir|dir\/tests)\//.test(file.path)),
  );
  const written: string[] = [];
  for (const spec of specs) {
    const cases = readGuardData(readFileSync(spec.path, 'utf8'), spec.path, [], 'test');
    if (!Array.isArray(cases)) continue;
    cases.forEach((testCase: { input?: unknown }, index) => {
      const file = join(target, `${basename(spec.path).replace(/\.\w+$/, '')}-case${index + 1}.json`);
      writeFileSync(file, JSON.stringify(testCase?.input ?? {}));
      written.push(file);
    });
  }
  return written;
}

/** CloudFormation templates from the template corpora, a stable sample. */
export function cloudFormationSample(limit: number): string[] {
  return corpusFiles(['cfn-yaml', 'cfn-json'])
    .filter((file) => (file.corpus === 'aws-cloudformation-templates' || file.corpus === 'awslabs-cloudformation-templates-2023') && file.bytes < 150_000)
    .map((file) => file.path)
    .sort()
    .slice(0, limit);
}

interface Observed {
  /** Property name -> a scalar string value seen, and how often the property occurs. */
  properties: Map<string, { count: number; value?: string }>;
  count: number;
}

function observe(templates: readonly unknown[]): Map<string, Observed> {
  const types = new Map<string, Observed>();
  for (const template of templates) {
    const resources = (template as { Resources?: unknown } | null)?.Resources;
    if (typeof resources !== 'object' || resources === null) continue;
    for (const resource of Object.values(resources as Record<string, unknown>)) {
      const { Type: type, Properties: properties } = (resource ?? {}) as { Type?: unknown; Properties?: unknown };
      if (typeof type !== 'string') continue;
      const seen = types.get(type) ?? { properties: new Map(), count: 0 };
      seen.count++;
      if (typeof properties === 'object' && properties !== null && !Array.isArray(properties)) {
        for (const [name, value] of Object.entries(properties)) {
          const entry = seen.properties.get(name) ?? { count: 0 };
          entry.count++;
          if (entry.value === undefined && typeof value === 'string' && /^[\w .:/-]{1,40}$/.test(value)) entry.value = value;
          seen.properties.set(name, entry);
        }
      }
      types.set(type, seen);
    }
  }
  return types;
}

const quote = (text: string): string => `'${text.replace(/'/g, '')}'`;

/** One rule file per common resource type, each rule a different construct of §4.2–4.6. */
export function generateRules(templates: readonly unknown[], typeLimit: number): Array<{ name: string; text: string }> {
  const types = [...observe(templates).entries()].sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0])).slice(0, typeLimit);
  const files: Array<{ name: string; text: string }> = [];
  for (const [type, seen] of types) {
    const props = [...seen.properties.entries()].sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]));
    const [p1, e1] = props[0] ?? ['Name', { count: 0 }];
    const [p2] = props[1] ?? ['Description', { count: 0 }];
    const valued = props.find(([, entry]) => entry.value !== undefined);
    const pv = valued?.[0] ?? p1;
    const v = valued?.[1].value ?? e1.value ?? 'x';
    const id = type.replace(/::/g, '_');
    const text = `# generated for ${type}
let sel = Resources.*[ Type == ${quote(type)} ]
let sel_with = Resources.*[ Type == ${quote(type)}
                            Properties.${pv} exists ]

rule ${id}_exists when %sel !empty {
    %sel.Properties.${p1} exists
}
rule ${id}_eq {
    Resources.*[ Type == ${quote(type)} ].Properties.${pv} == ${quote(v)}
}
rule ${id}_some_eq {
    some %sel.Properties.${pv} == ${quote(v)}
}
rule ${id}_neq when %sel_with !empty {
    %sel_with.Properties.${pv} != ${quote(v)} << ${pv} must not be ${v} >>
}
rule ${id}_in {
    %sel.Properties.${pv} IN [${quote(v)}, 'other-value']
}
rule ${id}_not_in when %sel !empty {
    %sel.Properties.${pv} not in ['other-value']
}
rule ${id}_regex {
    %sel_with.Properties.${pv} == /^[A-Za-z0-9]/
}
rule ${id}_is_string {
    %sel.Properties.${pv} is_string
}
rule ${id}_is_struct_or_string {
    %sel.Properties.${p1} is_struct or
    %sel.Properties.${p1} is_string or
    %sel.Properties.${p1} is_list
}
rule ${id}_not_exists {
    %sel.Properties.${p2} not exists
}
rule ${id}_empty {
    %sel.Properties empty
}
rule ${id}_tags_empty {
    %sel.Properties.Tags !empty
}
rule ${id}_type_block when Resources exists {
    ${type} {
        Properties.${p1} exists
        Properties !empty
    }
}
rule ${id}_type_block_when when Resources exists {
    ${type} when Properties.${pv} exists {
        Properties.${pv} is_string or Properties.${pv}.Ref exists or Properties.${pv}.'Fn::Sub' exists
    }
}
rule ${id}_block {
    %sel {
        Properties exists
        Properties.* !empty
    }
}
rule ${id}_some_block {
    some %sel[*] {
        Properties.${p2} exists
    }
}
rule ${id}_not_empty_block {
    %sel !empty {
        Type == ${quote(type)}
    }
}
rule ${id}_keys {
    %sel.Properties[ keys == /Name/ ] !empty
}
rule ${id}_keys_in when %sel !empty {
    %sel.Properties[ keys in [${quote(p1)}, ${quote(p2)}] ] exists
}
rule ${id}_count when %sel !empty {
    let n = count(%sel)
    %n >= 1
    %n < 1000
}
rule ${id}_tags when %sel !empty {
    %sel.Properties.Tags[*].Key != /^aws:/
}
rule ${id}_tags_some when %sel !empty {
    some %sel.Properties.Tags[*] {
        Key exists
        Value exists
    }
}
rule ${id}_refs when ${id}_exists {
    ${id}_exists
    not ${id}_not_exists or ${id}_empty
}
rule ${id}_depends_on {
    %sel.DependsOn exists or %sel.Condition exists
}
rule ${id}_lower when %sel_with !empty {
    let lowered = to_lower(%sel_with.Properties.${pv})
    %lowered == /^[a-z0-9]/
}
`;
    files.push({ name: `${id}.guard`, text });
  }
  files.push({
    name: 'template_shape.guard',
    text: `rule parameters_typed {
    Parameters.*.Type IN ['String', 'Number', 'CommaDelimitedList', 'List<Number>', /^AWS::/, /^List</]
}
rule outputs_have_values when Outputs exists {
    Outputs.*.Value exists
}
rule every_resource_has_type {
    Resources.*.Type exists
    Resources.*.Type is_string
}
rule no_deletion_policy_delete {
    Resources.*.DeletionPolicy != 'Delete'
}
rule some_retained {
    some Resources.*.DeletionPolicy == 'Retain'
}
rule description_short when Description exists {
    Description is_string
}
rule version_fixed {
    AWSTemplateFormatVersion == '2010-09-09'
}
rule metadata_interface {
    Metadata.'AWS::CloudFormation::Interface'.ParameterGroups[*].Parameters !empty
}
rule conditions_use_functions when Conditions exists {
    Conditions.* is_struct
}
rule getatt_pairs {
    Resources.*.Properties.*.'Fn::GetAtt' is_list or Resources.*.Properties.*.'Fn::GetAtt' is_string
}
`,
  });
  return files;
}

/** The whole corpus; generated rules and extracted inputs are written under `work`. */
export function buildGuardCorpus(work: string, templateLimit: number, typeLimit: number): GuardCorpus {
  const generatedRules = join(work, 'rules');
  const inputs = join(work, 'inputs');
  mkdirSync(generatedRules, { recursive: true });
  mkdirSync(inputs, { recursive: true });
  const guardFiles = corpusFiles(['guard-rules']).filter((file) => file.corpus === 'cfn-guard-resources' && isRulesFile(file.path));
  const ownData = corpusFiles(['cfn-yaml', 'cfn-json']).filter((file) => file.corpus === 'cfn-guard-resources' && !/-tests\.yaml$/.test(file.path) && !/test-command\/(data-dir|dir\/tests)\//.test(file.path));
  const templates = cloudFormationSample(templateLimit);
  const parsed = templates.map((file) => readGuardData(readFileSync(file, 'utf8'), file, []));
  const ruleFiles = guardFiles.map((file) => file.path);
  for (const rule of generateRules(parsed, typeLimit)) {
    const path = join(generatedRules, rule.name);
    writeFileSync(path, rule.text);
    ruleFiles.push(path);
  }
  return {
    ruleFiles,
    dataFiles: [...ownData.map((file) => file.path), ...extractTestInputs(inputs), ...templates],
    label: (path) => (path.startsWith(work) ? `generated/${relative(work, path)}` : relative(CORPORA, path)),
  };
}
