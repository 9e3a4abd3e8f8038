// Runner for the config-real benchmark's live-scan row: the live scan's adapter (liveDocument, as
// `tosei scan aws` builds a region's document from what Cloud Control and the describe readers
// return) and the whole pack as live data. Prints one JSON line.
//
//   node scripts/bench/live-runner.mjs prepare SNAPSHOT RESOURCES   (untimed: the resources a snapshot's items map to)
//   node scripts/bench/live-runner.mjs RESOURCES                    (timed)
//
// The resources are those a snapshot file's items map to (CloudFormation shapes, as the live
// readers give them), one a line with its properties as a JSON string, the way Cloud Control's
// GetResource answers them; so nothing is fetched. The timed run reads them line by line, as the
// readers' pages arrive, and holds what a live scan holds: the resources and their document, not
// the configuration snapshot they were made from (its adapter is what the `adapter + pack` row measures).
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { builtinRules, evaluateDocument, isUnknown, loadConfigItemsFile, selectRules, Unknown } from '../../dist/index.js';
import { liveDocument } from '../../dist/live.js';

// A value the snapshot's adapter could not know (AWS Config did not record it) stays unknown across
// the file, so the live row judges exactly what the adapter row judges.
const UNKNOWN_KEY = '$toseiBenchUnknown';
// A replacer sees what toJSON made of a value (an Unknown writes itself as text); the holder has the value itself.
function keepUnknowns(key, value) {
  const held = this[key];
  return isUnknown(held) ? { [UNKNOWN_KEY]: [held.reason, held.ref ?? null, held.mayBeAbsent, held.json === undefined ? null : JSON.parse(JSON.stringify(held.json, keepUnknowns))] } : value;
}
const reviveUnknowns = (_key, value) => {
  const held = value && typeof value === 'object' && !Array.isArray(value) ? value[UNKNOWN_KEY] : undefined;
  if (!held) return value;
  const [reason, ref, mayBeAbsent, json] = held;
  return new Unknown(reason, ref ?? undefined, mayBeAbsent, json ?? undefined);
};

if (process.argv[2] === 'prepare') {
  const items = await loadConfigItemsFile(process.argv[3]);
  const out = createWriteStream(process.argv[4]);
  for (const resource of items.graph.resources) {
    const line = JSON.stringify({ id: resource.id, type: resource.type, properties: JSON.stringify(resource.properties, keepUnknowns), ...(resource.source.arn ? { arn: resource.source.arn } : {}) });
    if (!out.write(`${line}\n`)) await new Promise((resolveDrain) => out.once('drain', resolveDrain));
  }
  await new Promise((resolveEnd) => out.end(resolveEnd));
  process.exit(0);
}

const started = performance.now();
const live = [];
for await (const line of createInterface({ input: createReadStream(process.argv[2]), crlfDelay: Infinity })) {
  if (!line) continue;
  const read = JSON.parse(line);
  live.push({ ...read, properties: JSON.parse(read.properties, reviveUnknowns) });
}
const readMs = performance.now() - started;
const document = liveDocument('123456789012', 'us-east-1', live, []);
live.length = 0; // the readers' lists are dropped once the region's document is made
const adapted = performance.now() - started - readMs;
// Evaluations are counted as they are made, not kept, as the CLI's streamed reports do.
const byStatus = {};
let evaluations = 0;
const count = (evaluation) => {
  evaluations += 1;
  byStatus[evaluation.status] = (byStatus[evaluation.status] ?? 0) + 1;
};
const { problems } = evaluateDocument(document, selectRules(builtinRules, { ruleSet: 'all' }), { live: true, onEvaluation: count });
console.log(
  JSON.stringify({ resources: document.graph.resources.length, readMs: Math.round(readMs), adapterMs: Math.round(adapted), evaluateMs: Math.round(performance.now() - started - readMs - adapted), evaluations, byStatus, problems: problems.length }),
);
