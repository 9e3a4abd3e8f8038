// Generates src/inputs/terraform/mapping/awscc-names.json from the CloudFormation resource
// specification (@aws-cdk/aws-service-spec, offline): every resource type name, and the exact
// property names (nested ones too) of the types the rule pack covers, so `awscc_*` Terraform
// resources map mechanically onto CloudFormation names (`sse_algorithm` → `SSEAlgorithm`).
// Run: npm run build && node scripts/generate-awscc-names.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gunzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);
const { builtinRules } = await import('../dist/index.js');
const database = JSON.parse(gunzipSync(readFileSync(require.resolve('@aws-cdk/aws-service-spec/db.json.gz')))).schema;
const resources = Object.values(database.resource.entities);
const typeDefinitions = Object.fromEntries(Object.values(database.typeDefinition.entities).map((type) => [type.$id, type]));

const flat = (name) => name.toLowerCase().replace(/[^a-z0-9]/g, '');
const types = {};
for (const resource of resources) {
  const [, service, name] = resource.cloudFormationType.split('::');
  types[`awscc_${flat(service)}_${snake(name)}`] = resource.cloudFormationType;
}

const covered = new Set(builtinRules.flatMap((rule) => rule.meta.resourceTypes));
const properties = {};
for (const resource of resources) {
  if (!covered.has(resource.cloudFormationType)) continue;
  const names = {};
  const seen = new Set();
  const visit = (props) => {
    for (const [name, property] of Object.entries(props ?? {})) {
      names[flat(name)] ??= name;
      visitType(property.type);
      for (const previous of property.previousTypes ?? []) visitType(previous);
    }
  };
  const visitType = (type) => {
    if (!type) return;
    if (type.type === 'ref' && !seen.has(type.reference.$ref)) {
      seen.add(type.reference.$ref);
      visit(typeDefinitions[type.reference.$ref]?.properties);
    }
    if (type.element) visitType(type.element);
    for (const inner of type.inner ?? []) visitType(inner);
  };
  visit(resource.properties);
  properties[resource.cloudFormationType] = Object.fromEntries(Object.entries(names).sort());
}

/** `VPCCidrBlock` → `vpc_cidr_block`, as the awscc provider names resources. */
function snake(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2').toLowerCase();
}

const sorted = Object.fromEntries(Object.entries(types).sort());
writeFileSync('src/inputs/terraform/mapping/awscc-names.json', `${JSON.stringify({ types: sorted, properties }, null, 0)}\n`);
console.log(`${Object.keys(sorted).length} types, property names for ${Object.keys(properties).length} types`);
