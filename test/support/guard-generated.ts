// Rule/data pairs for the generated Guard differential test: small CloudFormation-like YAML
// documents and rule files over the constructs cfn-guard and Tosei have disagreed on (filters over
// maps missing the queried key, short-form tags in YAML data, variables as keys, keyed filters on
// lists, quoted keys, re-cased keys) and their neighbours (not exists / !empty on partial paths,
// some, this, regexes in IN lists).
import fc from 'fast-check';

const TYPES = ['AWS::RDS::DBInstance', 'AWS::ElasticLoadBalancingV2::LoadBalancer'] as const;

const METADATA = [
  '{guard: {SuppressedRules: [R1]}}',
  '{guard: {SuppressedRules: [R2, R3]}}',
  '{guard: {SuppressedRules: []}}',
  '{guard: {Other: 1}}',
  '{cfn_nag: {rules_to_suppress: [{id: W1, reason: r}]}}',
  '{"AWS::CloudFormation::Authentication": {S3Creds: {type: S3}}}',
  '{"AWS::CloudFormation::Init": {config: {}}}',
  '{}',
  '5',
];

/** Property values as YAML written on one line: short-form tags, long forms, scalars of every kind. */
const VALUES = [
  '!Ref Pw',
  '!Ref Name',
  '{Ref: Pw}',
  '!Ref [Pw]',
  '!Sub "${Pw}-x"',
  '!Sub [a, {}]',
  '!GetAtt Db.Endpoint.Address',
  '!GetAtt [Db, Arn]',
  '{"Fn::GetAtt": [Db, Arn]}',
  '!Join ["", [a, b]]',
  '!Cidr [a, 1, 2]',
  '!Base64 abc',
  '!If [c, !Ref Pw, !Ref "AWS::NoValue"]',
  '"{{resolve:secretsmanager:s}}"',
  'plain',
  "'true'",
  'true',
  'True',
  'yes',
  '0',
  '12',
  '1.5',
  "''",
  '',
  '[a, b]',
  '[]',
  '{}',
  '{a: 1}',
];

const ATTRIBUTE_KEYS = ['routing.http.drop_invalid_header_fields.enabled', 'deletion_protection.enabled', 'other'];
const ATTRIBUTE_VALUES = ["'true'", "'false'", 'true', 'false', "''"];
const PROPERTY_NAMES = ['MasterUserPassword', 'Name', 'Port'];

const yamlAttribute = fc.record({ key: fc.constantFrom(...ATTRIBUTE_KEYS), value: fc.constantFrom(...ATTRIBUTE_VALUES), keyless: fc.boolean() }).map(({ key, value, keyless }) => (keyless ? `{Value: ${value}}` : `{Key: ${key}, Value: ${value}}`));

const resource = fc.record(
  {
    type: fc.constantFrom(...TYPES),
    metadata: fc.option(fc.constantFrom(...METADATA), { nil: undefined }),
    values: fc.uniqueArray(fc.tuple(fc.constantFrom(...PROPERTY_NAMES), fc.constantFrom(...VALUES)), { maxLength: 3, selector: ([name]) => name }),
    attributes: fc.option(fc.array(yamlAttribute, { maxLength: 3 }), { nil: undefined }),
    tags: fc.option(fc.array(fc.constantFrom('{Key: env, Value: prod}', '{Key: "aws:x", Value: y}', '{Key: team}'), { maxLength: 2 }), { nil: undefined }),
    noProperties: fc.boolean(),
  },
  { requiredKeys: ['type', 'values', 'noProperties'] },
);

const parameter = fc.constantFrom('{Type: String, NoEcho: true}', "{Type: String, NoEcho: 'true'}", '{Type: String, NoEcho: false}', '{Type: String}', '{Type: Number, Default: 5}');

/** One YAML data document. */
export const guardDocument: fc.Arbitrary<string> = fc
  .record({ pw: fc.option(parameter, { nil: undefined }), name: fc.option(parameter, { nil: undefined }), resources: fc.array(resource, { minLength: 1, maxLength: 5 }) })
  .map(({ pw, name, resources }) => {
    let text = '';
    if (pw !== undefined || name !== undefined) {
      text += 'Parameters:\n';
      if (pw !== undefined) text += `  Pw: ${pw}\n`;
      if (name !== undefined) text += `  Name: ${name}\n`;
    }
    text += resources.length === 0 ? 'Resources: {}\n' : 'Resources:\n';
    resources.forEach((each, index) => {
      text += `  R${index}:\n    Type: ${each.type}\n`;
      if (each.metadata !== undefined) text += `    Metadata: ${each.metadata}\n`;
      if (each.noProperties) return;
      text += '    Properties:\n';
      for (const [property, value] of each.values) text += `      ${property}: ${value}\n`;
      if (each.attributes !== undefined) text += `      LoadBalancerAttributes: [${each.attributes.join(', ')}]\n`;
      if (each.tags !== undefined) text += `      Tags: [${each.tags.join(', ')}]\n`;
      if (each.values.length === 0 && each.attributes === undefined && each.tags === undefined) text += '      Other: 1\n';
    });
    return text;
  });

/** Filters over a resource's Metadata: most query keys the map may not hold. */
const FILTERS = [
  'Metadata.guard.SuppressedRules not exists or Metadata.guard.SuppressedRules.* != "R1"',
  'Metadata.guard.SuppressedRules not exists or\n    Metadata.guard.SuppressedRules[*] not in ["R1", "R2"]',
  'Metadata.guard.SuppressedRules exists',
  'Metadata.guard.SuppressedRules !empty',
  'Metadata.guard not exists',
  "Metadata.'AWS::CloudFormation::Authentication' exists",
  'Metadata."AWS::CloudFormation::Authentication".S3Creds.type == "S3"',
  'Metadata.cfn_nag.rules_to_suppress[*].id != "W1"',
  'some Metadata.guard.SuppressedRules[*] == "R2"',
  'Metadata exists',
  'Properties exists',
  "Properties.MasterUserPassword.'!Ref' exists",
  'Properties.LoadBalancerAttributes[ Key == /drop_invalid/ ].Value == "true"',
  'Properties.Name is_string',
  'this.Properties.Port exists',
  'Properties.Tags[*] { Key == "env" }',
];

/** Paths below a selected resource. */
const PATHS = [
  'Properties.MasterUserPassword',
  "Properties.MasterUserPassword.'!Ref'",
  'Properties.MasterUserPassword.Ref',
  "Properties.MasterUserPassword.'Fn::Sub'",
  'Properties.masterUserPassword',
  "Properties.Name.'Fn::GetAtt'",
  "Properties.Name.'!GetAtt'",
  "Properties.Name.'Fn::GetAtt'[0]",
  "Properties.Name.'Fn::Cidr'",
  'Properties.Name',
  'Properties.Name[*]',
  'Properties.Name.*',
  'Properties.Name.a',
  'Properties.Port',
  "Properties.LoadBalancerAttributes[ Key == 'routing.http.drop_invalid_header_fields.enabled' ].Value",
  "Properties.LoadBalancerAttributes[ Key == 'deletion_protection.enabled' ]",
  'Properties.LoadBalancerAttributes[ Key == /deletion|routing/ ].Value',
  "Properties.LoadBalancerAttributes[ Key in ['other', 'deletion_protection.enabled'] ].Value",
  'Properties.LoadBalancerAttributes[*].Key',
  'Properties.LoadBalancerAttributes[0].Value',
  'Properties.Tags[*].Key',
  "Properties.Tags[ Key == 'env' ].Value",
  'Properties.Tags.Value',
  'Metadata.guard.SuppressedRules',
  'Metadata.guard',
  "Metadata.'AWS::CloudFormation::Authentication'.S3Creds",
  'Properties',
  'Type',
  'properties.name',
  "Properties.Port.'!Ref'",
  'Properties.*[ this is_string ]',
  "Properties[ keys == /^(Name|Port)$/ ]",
];

const CHECKS = [
  'exists',
  'not exists',
  'empty',
  '!empty',
  'is_string',
  'is_list',
  'is_struct',
  'is_bool',
  "== 'true'",
  '== true',
  "!= 'plain'",
  '== /^[a-z]/',
  "in ['true', /^R/, 'Pw']",
  'not in [/^a/, true]',
  "IN ['Pw', 'Name']",
  '== %refs',
];

const selection = fc.record({ type: fc.constantFrom(...TYPES), filter: fc.option(fc.constantFrom(...FILTERS), { nil: undefined, freq: 1 }) });

interface RuleParts {
  form: 'plain' | 'some' | 'block' | 'this' | 'when' | 'byVariable' | 'quotedBlock';
  path: string;
  check: string;
  variableCheck: string;
}

const ruleParts: fc.Arbitrary<RuleParts> = fc.record({
  form: fc.constantFrom('plain', 'some', 'block', 'this', 'when', 'byVariable', 'quotedBlock'),
  path: fc.constantFrom(...PATHS),
  check: fc.constantFrom(...CHECKS),
  variableCheck: fc.constantFrom('NoEcho == true', "NoEcho == 'true'", 'NoEcho exists', 'NoEcho not exists', 'Type == "String"', 'exists', '!empty'),
});

/** `let` of the references a rule may use as keys of Parameters. */
const REFS = [
  'let refs = some Resources.*.Properties.*.Ref',
  "let refs = Resources.*.Properties.MasterUserPassword.'!Ref'",
  'let refs = Resources.*.Properties.MasterUserPassword.Ref',
];

function ruleText(name: string, sel: string, parts: RuleParts): string {
  const { path, check } = parts;
  switch (parts.form) {
    case 'plain':
      return `rule ${name} when %${sel} !empty {\n  %${sel}.${path} ${check}\n}`;
    case 'some':
      return `rule ${name} {\n  some %${sel}.${path} ${check}\n}`;
    case 'block':
      return `rule ${name} when %${sel} !empty {\n  %${sel} {\n    ${path} ${check}\n  }\n}`;
    case 'this':
      return `rule ${name} {\n  %${sel}.${path} {\n    this ${check}\n  }\n}`;
    case 'when':
      return `rule ${name} {\n  %${sel} {\n    when ${path} exists {\n      ${path} ${check}\n    }\n  }\n}`;
    case 'byVariable':
      return `rule ${name} when %refs !empty {\n  ${check.startsWith('not') ? '' : 'some '}Parameters.%refs${/^[A-Z]/.test(parts.variableCheck) ? '.' : ' '}${parts.variableCheck}\n}`;
    case 'quotedBlock':
      return `rule ${name} {\n  %${sel}.Properties.Name {\n    'Fn::GetAtt' {\n      this ${check}\n    }\n  }\n  %${sel}.Metadata {\n    "AWS::CloudFormation::Authentication".S3Creds ${check}\n  }\n}`;
  }
}

/** One rule file: selections (filters), a refs variable, and rules over them. */
export const guardRuleFile: fc.Arbitrary<string> = fc
  .record({ selections: fc.array(selection, { minLength: 1, maxLength: 3 }), refs: fc.constantFrom(...REFS), rules: fc.array(fc.tuple(fc.nat(), ruleParts), { minLength: 1, maxLength: 6 }) })
  .map(({ selections, refs, rules }) => {
    const lets = selections.map(({ type, filter }, index) => `let s${index} = Resources.*[ Type == '${type}'${filter ? `\n  ${filter}` : ''} ]`);
    const body = rules.map(([which, parts], index) => ruleText(`r${index}`, `s${which % selections.length}`, parts));
    return `${lets.join('\n')}\n${refs}\n\n${body.join('\n\n')}\n`;
  });
