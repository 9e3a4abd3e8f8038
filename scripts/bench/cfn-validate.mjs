// Peer runner for the benchmark: validates every template given on the command line with
// @aws/cloudformation-validate (built-in rules only) in this process, so the benchmark can measure
// its wall time and peak RSS on their own. The engine is CEL (CelEngine, the faster of the two it
// ships) unless `--engine rego` asks for RegoEngine; both give the same diagnostics.
//
//   node scripts/bench/cfn-validate.mjs [--engine cel|rego] FILE...
//
// Prints one JSON line to stdout: { files, ok, incomplete, errors, diagnostics, rules, engine, version }.
// Exit status, like a linter: 0 no diagnostics, 1 diagnostics, 2 a file could not be validated.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let validate;
try {
  validate = require('@aws/cloudformation-validate');
} catch (e) {
  console.error(`@aws/cloudformation-validate is not installed: ${e.message}`);
  process.exit(3);
}
const { CelEngine, RegoEngine, TemplateFile, version } = validate;

const args = process.argv.slice(2);
let engineName = 'cel';
if (args[0] === '--engine') {
  engineName = args[1];
  args.splice(0, 2);
}
if (engineName !== 'cel' && engineName !== 'rego') {
  console.error(`--engine cel or --engine rego, not ${engineName}`);
  process.exit(3);
}
const files = args;
const engine = engineName === 'cel' ? new CelEngine() : new RegoEngine();
const summary = { files: 0, ok: 0, incomplete: 0, errors: 0, diagnostics: 0, rules: 0, engine: engine.engineName(), version: version() };
try {
  summary.rules = engine.listRules().length;
  for (const file of files) {
    summary.files++;
    try {
      const report = engine.validateStandard(new TemplateFile(file));
      summary.diagnostics += report.diagnostics.length;
      if (report.status === 'OK') summary.ok++;
      else if (report.status === 'ANALYSIS_INCOMPLETE') summary.incomplete++;
      else summary.errors++;
    } catch (e) {
      summary.errors++;
      console.error(`${file}: ${e?.message ?? e}`);
    }
  }
} finally {
  engine.free();
}
console.log(JSON.stringify(summary));
process.exitCode = summary.errors > 0 ? 2 : summary.diagnostics > 0 ? 1 : 0;
