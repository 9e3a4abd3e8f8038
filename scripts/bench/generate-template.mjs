// CloudFormation templates of N resources built from the resources of real templates
// (../shared/corpora/aws-cloudformation-templates and awslabs-cloudformation-templates-2023), for
// the `cfn-scale` section of scripts/bench.mjs. CloudFormation itself takes at most 500 resources
// per template; these are a stress shape, like the single template a nested-stack or CDK app
// would make once flattened.
//
// Every resource of the corpora whose type a rule of the pack judges is a shape; copies of the
// shapes, round robin, get logical ids of their own. What a copy refers to (Ref, Fn::GetAtt,
// ${Name} in Fn::Sub, DependsOn) becomes one shared resource per referenced type, itself the real
// resource the first shape named: so every function's role is the one role, every instance's
// security group the one group, every bucket's key the one key, a fan-in of thousands. The
// parameters, conditions and mappings of each source template are kept once, under a prefix of
// their template. The text is written as JSON (indented one space, as CDK writes it) or as YAML
// with the short intrinsic tags (`!Ref`, `!GetAtt`, `!Sub`...).
//
//   import { templateShapes, generateTemplate } from './generate-template.mjs'
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = ['aws-cloudformation-templates', 'awslabs-cloudformation-templates-2023'];
/** Different shapes kept per resource type: variety without one type's many copies in the corpora taking over. */
const VARIANTS_PER_TYPE = 3;

const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);

/** The CloudFormation JSON templates of the source corpora (SAM ones left out: their resources are not CloudFormation's), in index order. */
function sourceTemplates(corporaDir) {
  const templates = [];
  for (const corpus of SOURCES) {
    const index = join(corporaDir, corpus, '_index.tsv');
    if (!existsSync(index)) continue;
    const [head, ...lines] = readFileSync(index, 'utf8').split('\n').filter(Boolean);
    const cols = head.split('\t');
    for (const line of lines) {
      const cells = line.split('\t');
      if (cells[cols.indexOf('kind')] !== 'cfn-json') continue;
      try {
        const template = JSON.parse(readFileSync(join(corporaDir, corpus, cells[cols.indexOf('path')]), 'utf8'));
        if (isObject(template) && isObject(template.Resources) && template.Transform === undefined) templates.push({ name: `${corpus}/${cells[cols.indexOf('path')]}`, template });
      } catch {
        // a file of the corpus that does not read as JSON is no shape
      }
    }
  }
  return templates;
}

/**
 * The shapes: resources of the types in `judged`, up to VARIANTS_PER_TYPE per type, each with the
 * index of its source template. Null when no source corpus is there.
 */
export function templateShapes(corporaDir, judged) {
  const sources = sourceTemplates(corporaDir);
  if (sources.length === 0) return null;
  const shapes = [];
  const perType = new Map();
  sources.forEach(({ template }, source) => {
    for (const [logicalId, declaration] of Object.entries(template.Resources)) {
      if (!isObject(declaration) || typeof declaration.Type !== 'string' || !judged.has(declaration.Type)) continue;
      const count = perType.get(declaration.Type) ?? 0;
      if (count >= VARIANTS_PER_TYPE) continue;
      perType.set(declaration.Type, count + 1);
      shapes.push({ source, logicalId, declaration });
    }
  });
  return { sources, shapes, types: perType.size };
}

const alnum = (text) => text.replace(/[^A-Za-z0-9]/g, '');

/**
 * Builds the template's parts as it goes: the shared resources by type, and the parameters,
 * conditions and mappings of the sources the copies came from.
 */
class TemplateBuilder {
  constructor(sources) {
    this.sources = sources;
    this.shared = new Map(); // type -> { logicalId, declaration }
    this.parameters = {};
    this.conditions = {};
    this.mappings = {};
    this.keptSources = new Set();
  }

  prefix(source) {
    return `S${source}`;
  }

  /** Keeps a source template's parameters, conditions and mappings, prefixed, the first time one of its resources is used. */
  keepSource(source) {
    if (this.keptSources.has(source)) return;
    this.keptSources.add(source);
    const { template } = this.sources[source];
    const p = this.prefix(source);
    for (const [name, value] of Object.entries(isObject(template.Parameters) ? template.Parameters : {})) this.parameters[`${p}${alnum(name)}`] = value;
    for (const [name, value] of Object.entries(isObject(template.Mappings) ? template.Mappings : {})) this.mappings[`${p}${alnum(name)}`] = value;
    for (const [name, value] of Object.entries(isObject(template.Conditions) ? template.Conditions : {})) this.conditions[`${p}${alnum(name)}`] = this.rewrite(value, source);
  }

  /** The logical id of the one shared resource of `logicalId`'s type in `source`; made the first time from that resource. */
  sharedFor(source, logicalId) {
    const declaration = this.sources[source].template.Resources[logicalId];
    if (!isObject(declaration) || typeof declaration.Type !== 'string') return null;
    const existing = this.shared.get(declaration.Type);
    if (existing) return existing.logicalId;
    const entry = { logicalId: `Shared${alnum(declaration.Type.replace(/^AWS::/, ''))}`, declaration: null };
    // Set before rewriting: a shared resource that names its own type names itself.
    this.shared.set(declaration.Type, entry);
    entry.declaration = this.declaration(declaration, source);
    return entry.logicalId;
  }

  /** A name used in `source` as it is in the built template: a shared resource, a prefixed parameter, or a pseudo parameter. */
  rename(name, source) {
    if (name.startsWith('AWS::')) return name;
    const { template } = this.sources[source];
    if (isObject(template.Resources) && Object.hasOwn(template.Resources, name)) return this.sharedFor(source, name) ?? name;
    this.keepSource(source);
    return `${this.prefix(source)}${alnum(name)}`;
  }

  /** A value of `source` with its names rewritten (see `rename`); conditions and mappings keep their prefix. */
  rewrite(value, source) {
    if (Array.isArray(value)) return value.map((item) => this.rewrite(item, source));
    if (!isObject(value)) return value;
    const keys = Object.keys(value);
    if (keys.length === 1) {
      const [key] = keys;
      const argument = value[key];
      if (key === 'Ref' && typeof argument === 'string') return { Ref: this.rename(argument, source) };
      if (key === 'Fn::GetAtt') {
        const [name, ...attribute] = typeof argument === 'string' ? argument.split('.') : Array.isArray(argument) ? argument : [];
        if (typeof name === 'string') return { 'Fn::GetAtt': [this.rename(name, source), ...attribute.map((a) => this.rewrite(a, source))] };
      }
      if (key === 'Condition' && typeof argument === 'string') return { Condition: this.conditionName(argument, source) };
      if (key === 'Fn::If' && Array.isArray(argument) && typeof argument[0] === 'string') return { 'Fn::If': [this.conditionName(argument[0], source), ...argument.slice(1).map((a) => this.rewrite(a, source))] };
      if (key === 'Fn::FindInMap' && Array.isArray(argument) && typeof argument[0] === 'string') return { 'Fn::FindInMap': [this.mappingName(argument[0], source), ...argument.slice(1).map((a) => this.rewrite(a, source))] };
      if (key === 'Fn::Sub') return { 'Fn::Sub': this.sub(argument, source) };
    }
    const out = {};
    for (const key of keys) out[key] = this.rewrite(value[key], source);
    return out;
  }

  /** Fn::Sub's `${Name}` and `${Name.Attribute}` renamed, its own variables (the second argument) left as they are. */
  sub(argument, source) {
    const text = typeof argument === 'string' ? argument : Array.isArray(argument) ? argument[0] : undefined;
    if (typeof text !== 'string') return this.rewrite(argument, source);
    const local = Array.isArray(argument) && isObject(argument[1]) ? argument[1] : {};
    const renamed = text.replace(/\$\{([^!}][^}]*)\}/g, (whole, inner) => {
      const [name, ...attribute] = inner.split('.');
      if (Object.hasOwn(local, inner) || Object.hasOwn(local, name)) return whole;
      return `\${${[this.rename(name, source), ...attribute].join('.')}}`;
    });
    return Array.isArray(argument) ? [renamed, this.rewrite(local, source), ...argument.slice(2)] : renamed;
  }

  conditionName(name, source) {
    this.keepSource(source);
    return `${this.prefix(source)}${alnum(name)}`;
  }

  mappingName(name, source) {
    this.keepSource(source);
    return `${this.prefix(source)}${alnum(name)}`;
  }

  /** A resource declaration of `source` as it is in the built template. */
  declaration(declaration, source) {
    const out = {};
    for (const [key, value] of Object.entries(declaration)) {
      if (key === 'Condition' && typeof value === 'string') out.Condition = this.conditionName(value, source);
      else if (key === 'DependsOn') {
        const names = (Array.isArray(value) ? value : [value]).filter((name) => typeof name === 'string').map((name) => this.rename(name, source));
        if (names.length) out.DependsOn = [...new Set(names)];
      } else out[key] = this.rewrite(value, source);
    }
    return out;
  }
}

/** YAML text of a JSON value with the short intrinsic tags, block style, strings double-quoted (JSON's escapes are YAML's). */
const SHORT_TAGS = new Map(
  ['Ref', 'Condition', 'Fn::GetAtt', 'Fn::Sub', 'Fn::Join', 'Fn::If', 'Fn::Select', 'Fn::Split', 'Fn::FindInMap', 'Fn::Base64', 'Fn::GetAZs', 'Fn::ImportValue', 'Fn::Equals', 'Fn::Not', 'Fn::And', 'Fn::Or', 'Fn::Cidr'].map((key) => [key, `!${key.replace(/^Fn::/, '')}`]),
);

function yamlScalar(value) {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/**
 * Lines of `value` at `indent` spaces; the first line continues its key (`key:` or `- `). A node has
 * one tag, so an intrinsic right inside a tagged one is written in its long form (`!Base64` over `Fn::Sub:`).
 */
function yamlLines(value, indent, tagged = false) {
  const pad = ' '.repeat(indent);
  if (Array.isArray(value)) {
    if (value.length === 0) return [' []'];
    return ['', ...value.flatMap((item) => {
      const [first, ...rest] = yamlLines(item, indent + 2);
      return [`${pad}-${first}`, ...rest];
    })];
  }
  if (isObject(value)) {
    const keys = Object.keys(value);
    if (keys.length === 0) return [' {}'];
    const tag = keys.length === 1 && !tagged ? SHORT_TAGS.get(keys[0]) : undefined;
    if (tag) {
      const argument = keys[0] === 'Fn::GetAtt' && Array.isArray(value[keys[0]]) && value[keys[0]].every((part) => typeof part === 'string') ? value[keys[0]].join('.') : value[keys[0]];
      const [first, ...rest] = yamlLines(argument, indent, true);
      return [` ${tag}${first}`, ...rest];
    }
    return ['', ...keys.flatMap((key) => {
      const [first, ...rest] = yamlLines(value[key], indent + 2);
      return [`${pad}${JSON.stringify(key)}:${first}`, ...rest];
    })];
  }
  return [` ${yamlScalar(value)}`];
}

function yamlEntry(key, value, indent) {
  const [first, ...rest] = yamlLines(value, indent + 2);
  return [`${' '.repeat(indent)}${key}:${first}`, ...rest].join('\n') + '\n';
}

function jsonEntry(key, value, indent, first) {
  const text = JSON.stringify(value, null, 1).replace(/\n/g, `\n${' '.repeat(indent)}`);
  return `${first ? '' : ',\n'}${' '.repeat(indent)}${JSON.stringify(key)}: ${text}`;
}

/**
 * Writes a template of `count` resources (copies of the shapes, then the shared resources they
 * name) to `file` as a stream, in `format` 'json' or 'yaml'. Returns the shared resources with
 * how many copies name each, and how many source templates were used.
 */
export async function generateTemplate({ sources, shapes }, count, file, format) {
  const builder = new TemplateBuilder(sources);
  const out = createWriteStream(file);
  const write = (text) => (out.write(text) ? Promise.resolve() : new Promise((resolveDrain) => out.once('drain', resolveDrain)));
  const fanIn = new Map();
  const yaml = format === 'yaml';
  await write(yaml ? 'AWSTemplateFormatVersion: "2010-09-09"\nDescription: "tosei bench: a stress shape (CloudFormation takes 500 resources a template)"\nResources:\n' : '{\n "AWSTemplateFormatVersion": "2010-09-09",\n "Description": "tosei bench: a stress shape (CloudFormation takes 500 resources a template)",\n "Resources": {\n');
  let written = 0;
  // The shared resources are only known once the copies named them: copies first, up to `count` with them.
  for (let i = 0; written + builder.shared.size < count; i++) {
    const shape = shapes[i % shapes.length];
    const declaration = builder.declaration(shape.declaration, shape.source);
    const logicalId = `R${i}${alnum(shape.logicalId)}`.slice(0, 255);
    await write(yaml ? yamlEntry(JSON.stringify(logicalId), declaration, 2) : jsonEntry(logicalId, declaration, 2, written === 0));
    written += 1;
    for (const name of referencedNames(declaration)) fanIn.set(name, (fanIn.get(name) ?? 0) + 1);
  }
  for (const { logicalId, declaration } of builder.shared.values()) {
    await write(yaml ? yamlEntry(JSON.stringify(logicalId), declaration, 2) : jsonEntry(logicalId, declaration, 2, written === 0));
    written += 1;
  }
  const sections = [
    ['Parameters', builder.parameters],
    ['Conditions', builder.conditions],
    ['Mappings', builder.mappings],
  ].filter(([, entries]) => Object.keys(entries).length > 0);
  if (yaml) {
    for (const [name, entries] of sections) {
      await write(`${name}:\n`);
      for (const [key, value] of Object.entries(entries)) await write(yamlEntry(JSON.stringify(key), value, 2));
    }
  } else {
    await write('\n }');
    for (const [name, entries] of sections) {
      await write(`,\n ${JSON.stringify(name)}: {\n`);
      let first = true;
      for (const [key, value] of Object.entries(entries)) {
        await write(jsonEntry(key, value, 2, first));
        first = false;
      }
      await write('\n }');
    }
    await write('\n}\n');
  }
  await new Promise((resolveEnd) => out.end(resolveEnd));
  const shared = [...builder.shared.entries()].map(([type, { logicalId }]) => ({ type, logicalId, namedBy: fanIn.get(logicalId) ?? 0 })).sort((a, b) => b.namedBy - a.namedBy);
  return { resources: written, shared, sourcesUsed: builder.keptSources.size };
}

/** The logical ids a declaration names through Ref, Fn::GetAtt, ${Name} of Fn::Sub or DependsOn, once each. */
function referencedNames(declaration) {
  const names = new Set();
  const visit = (value) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (typeof value === 'string') {
      for (const match of value.matchAll(/\$\{([^!}.][^}.]*)/g)) names.add(match[1]);
      return;
    }
    if (!isObject(value)) return;
    if (typeof value.Ref === 'string') names.add(value.Ref);
    if (Array.isArray(value['Fn::GetAtt']) && typeof value['Fn::GetAtt'][0] === 'string') names.add(value['Fn::GetAtt'][0]);
    Object.values(value).forEach(visit);
  };
  visit(declaration.Properties);
  for (const name of declaration.DependsOn ?? []) names.add(name);
  return names;
}
