// Runner for the config-real benchmark's live-scan row: the live scan's adapter (liveDocument, as
// `tosei scan aws` builds a region's document from what Cloud Control and the describe readers
// return) and the whole pack as live data. The resources are those a snapshot file's items map to
// (CloudFormation shapes, as the live readers give them), so nothing is fetched. Prints one JSON line.
//
//   node scripts/bench/live-runner.mjs FILE
import { builtinRules, evaluateDocument, loadConfigItemsFile, selectRules } from '../../dist/index.js';
import { liveDocument } from '../../dist/live.js';

const items = await loadConfigItemsFile(process.argv[2]);
const live = items.graph.resources.map((resource) => ({ id: resource.id, type: resource.type, properties: resource.properties, ...(resource.source.arn ? { arn: resource.source.arn } : {}) }));
const started = performance.now();
const document = liveDocument('123456789012', 'us-east-1', live, []);
const adapted = performance.now() - started;
let evaluations = 0;
const { problems } = evaluateDocument(document, selectRules(builtinRules, { ruleSet: 'all' }), { live: true, onEvaluation: () => (evaluations += 1) });
console.log(JSON.stringify({ resources: live.length, adapterMs: Math.round(adapted), evaluateMs: Math.round(performance.now() - started - adapted), evaluations, problems: problems.length }));
