// Generates the shape tables the adapters check values against (src/inputs/shapes/):
// - cloudformation.json: the property types of every CloudFormation type Tosei names in its rules
//   and mappings, from the CloudFormation resource schemas (@aws-cdk/aws-service-spec, offline);
// - config.json: the configuration property types AWS Config records for the types Tosei maps,
//   from the AWS Config resource schema (awslabs/aws-config-resource-schema, under TOSEI_CORPORA).
// Run: TOSEI_CORPORA=<corpora folder> node scripts/generate-shapes.mjs
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);
const corpora = process.env.TOSEI_CORPORA;
if (!corpora) throw new Error('set TOSEI_CORPORA to the corpora folder (config-resource-schema)');

/** Every `AWS::Service::Type` named in the TypeScript files under `folder`. */
function namedTypes(folder) {
  const names = new Set();
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts') || entry.name.includes('fixtures')) continue;
    const text = readFileSync(join(entry.parentPath, entry.name), 'utf8');
    for (const match of text.matchAll(/'(AWS::[A-Za-z0-9]+::[A-Za-z0-9]+)'/g)) names.add(match[1]);
  }
  return names;
}

// CloudFormation: s string, i integer, n number, b boolean, j JSON, d date-time, t tag;
// ['a', T] list, ['m', T] map, ['u', T…] any of, '#id' an object type of `defs`.
const database = JSON.parse(gunzipSync(readFileSync(require.resolve('@aws-cdk/aws-service-spec/db.json.gz')))).schema;
const definitions = Object.fromEntries(Object.values(database.typeDefinition.entities).map((type) => [type.$id, type]));
const PRIMITIVE = { string: 's', integer: 'i', number: 'n', boolean: 'b', json: 'j', 'date-time': 'd', tag: 't' };
const defs = {};
const encode = (type) => {
  if (PRIMITIVE[type.type]) return PRIMITIVE[type.type];
  if (type.type === 'array') return ['a', encode(type.element)];
  if (type.type === 'map') return ['m', encode(type.element)];
  if (type.type === 'union') return ['u', ...type.types.map(encode)];
  if (type.type === 'ref') {
    const id = type.reference.$ref;
    if (!defs[id]) {
      defs[id] = {};
      defs[id] = properties(definitions[id]?.properties);
    }
    return `#${id}`;
  }
  throw new Error(`unknown type ${JSON.stringify(type)}`);
};
/** A property that changed type accepts its previous types too (old templates stay valid). */
const properties = (props) => Object.fromEntries(Object.entries(props ?? {}).map(([name, property]) => {
  const all = [property.type, ...(property.previousTypes ?? [])].map(encode);
  const unique = [...new Map(all.map((type) => [JSON.stringify(type), type])).values()];
  return [name, unique.length === 1 ? unique[0] : ['u', ...unique]];
}));
// SAM types are expanded into CloudFormation's before they are checked.
const wanted = new Set([...namedTypes('src/rules'), ...namedTypes('src/inputs')].filter((type) => !type.startsWith('AWS::Serverless::')));
const types = {};
for (const resource of Object.values(database.resource.entities).sort((a, b) => a.cloudFormationType.localeCompare(b.cloudFormationType))) {
  if (wanted.has(resource.cloudFormationType)) types[resource.cloudFormationType] = properties(resource.properties);
}
writeFileSync('src/inputs/shapes/cloudformation.json', `${JSON.stringify({ types, defs })}\n`);
console.log(`cloudformation: ${Object.keys(types).length} types, ${Object.keys(defs).length} object types`);

// AWS Config: the dotted `configuration.` paths of each type, with Config's own type names
// (string, integer, float, boolean, date, cidr_block, ip); lists are not marked (Config flattens them).
const folder = join(corpora, 'config-resource-schema/config/properties/resource-types');
const configTypes = {};
const mapped = namedTypes('src/inputs/config/mapping');
for (const name of readdirSync(folder).sort()) {
  const type = name.replace(/\.properties\.json$/, '');
  if (!mapped.has(type)) continue;
  const all = JSON.parse(readFileSync(join(folder, name), 'utf8'));
  configTypes[type] = Object.fromEntries(Object.entries(all).filter(([path]) => path.startsWith('configuration.')).map(([path, kind]) => [path.slice('configuration.'.length), kind]));
}
writeFileSync('src/inputs/shapes/config.json', `${JSON.stringify(configTypes)}\n`);
console.log(`config: ${Object.keys(configTypes).length} types`);
