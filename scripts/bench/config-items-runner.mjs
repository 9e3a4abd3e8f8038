// Runner for the config-items benchmark: a file of configuration items through the adapter
// (streamed) and the whole pack as live data, in this process, without a report: what the CLI
// does besides formatting. Prints one JSON line: { items, evaluations, byStatus, problems }.
//
//   node scripts/bench/config-items-runner.mjs FILE
import { builtinRules, evaluateDocument, loadConfigItemsFile, selectRules } from '../../dist/index.js';

const document = await loadConfigItemsFile(process.argv[2]);
// Evaluations are counted as they are made, not kept, as the CLI's streamed reports do.
const byStatus = {};
let evaluations = 0;
const count = (evaluation) => {
  evaluations += 1;
  byStatus[evaluation.status] = (byStatus[evaluation.status] ?? 0) + 1;
};
const { problems } = evaluateDocument(document, selectRules(builtinRules, { ruleSet: 'all' }), { live: true, onEvaluation: count });
console.log(JSON.stringify({ items: document.origins.size, evaluations, byStatus, problems: document.problems.length + problems.length }));
