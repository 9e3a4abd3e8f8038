// Runner for the config-items benchmark: a file of configuration items through the adapter
// (streamed) and the whole pack as live data, in this process, without a report: what the CLI
// does before its formatter. Prints one JSON line: { items, evaluations, byStatus, problems }.
//
//   node scripts/bench/config-items-runner.mjs FILE
import { builtinRules, evaluateDocument, loadConfigItemsFile, selectRules } from '../../dist/index.js';

const document = await loadConfigItemsFile(process.argv[2]);
const { evaluations, problems } = evaluateDocument(document, selectRules(builtinRules, { ruleSet: 'all' }), { live: true });
const byStatus = {};
for (const evaluation of evaluations) byStatus[evaluation.status] = (byStatus[evaluation.status] ?? 0) + 1;
console.log(JSON.stringify({ items: document.origins.size, evaluations: evaluations.length, byStatus, problems: document.problems.length + problems.length }));
