// The GitHub Action's scan step (action.yml): one `tosei scan` run writes the annotations to the
// log (`--format github`), the SARIF file for code scanning, and a JSON and a Markdown report;
// the JSON report gives the step's outputs and the Markdown report its job summary. Inputs come
// as INPUT_* variables, results go to the runner's files ($GITHUB_OUTPUT, $GITHUB_STEP_SUMMARY).
// Plain Node.js, no dependencies: it runs before anything is installed but tosei itself.
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const input = (name) => (process.env[`INPUT_${name}`] ?? '').trim();
const words = (text) => text.split(/[\s]+/).filter(Boolean);
const list = (text) => text.split(/[\s,]+/).filter(Boolean);

const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
// TOSEI_BIN: a tosei script run with this node (tests, a checkout of tosei); else `tosei` on PATH.
const command = process.env.TOSEI_BIN ? [process.execPath, process.env.TOSEI_BIN] : ['tosei'];

function tosei(args, options = {}) {
  const result = spawnSync(command[0], [...command.slice(1), ...args], { cwd: workspace, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, ...options });
  if (result.error) fail(`cannot run tosei: ${result.error.message}`);
  return result;
}

function fail(message) {
  process.stderr.write(`::error title=tosei::${message}\n`);
  process.exit(2);
}

/** The rule ids a framework needs, from `tosei rules --framework ID`. */
function frameworkRules(framework) {
  const result = tosei(['rules', '--framework', framework, '--rules-set', 'all', '--format', 'json']);
  if (result.status !== 0) fail(result.stderr.trim() || `tosei rules --framework ${framework} failed`);
  const ids = JSON.parse(result.stdout).map((rule) => rule.id);
  if (ids.length === 0) fail(`no rule decides a control of ${framework}`);
  return ids;
}

function selectedRules() {
  const only = list(input('ONLY'));
  const framework = input('FRAMEWORK');
  if (!framework) return only;
  const ids = frameworkRules(framework);
  if (only.length === 0) return ids;
  const chosen = ids.filter((id) => only.includes(id));
  if (chosen.length === 0) fail(`none of the rules in \`only\` decides a control of ${framework}`);
  return chosen;
}

const scratch = mkdtempSync(join(process.env.RUNNER_TEMP || tmpdir(), 'tosei-action-'));
const jsonReport = join(scratch, 'tosei.json');
const markdownReport = join(scratch, 'tosei.md');
const sarifFile = resolve(workspace, input('SARIF_FILE') || 'tosei.sarif');

const args = ['scan', ...(words(input('PATHS')).length > 0 ? words(input('PATHS')) : ['.'])];
args.push('--format', 'github', '--report', `json=${jsonReport}`, '--report', `markdown=${markdownReport}`, '--report', `sarif=${sarifFile}`);
if (input('FORMAT')) {
  if (!input('OUTPUT')) fail('the `format` input needs `output`, the file to write it to');
  args.push('--report', `${input('FORMAT')}=${input('OUTPUT')}`);
}
const only = selectedRules();
if (only.length > 0) args.push('--only', only.join(','));
if (input('SKIP')) args.push('--skip', list(input('SKIP')).join(','));
if (input('RULES_SET')) args.push('--rules-set', input('RULES_SET'));
for (const path of words(input('GUARD_RULES'))) args.push('--rules', path);
if (input('CONFIG')) args.push('--config', input('CONFIG'));
if (input('BASELINE')) args.push('--baseline', input('BASELINE'));
if (input('SEVERITY_THRESHOLD')) args.push('--severity-threshold', input('SEVERITY_THRESHOLD'));
if (input('SOFT_FAIL') === 'true') args.push('--soft-fail');

const scan = tosei(args, { stdio: ['ignore', 'inherit', 'inherit'] });
const exitCode = scan.status ?? 2;

const outputs = { 'exit-code': String(exitCode), 'sarif-file': existsSync(sarifFile) ? sarifFile : '' };
if (existsSync(jsonReport)) {
  const { summary } = JSON.parse(readFileSync(jsonReport, 'utf8'));
  Object.assign(outputs, {
    failed: String(summary.failing),
    'non-compliant': String(summary.byStatus.NON_COMPLIANT),
    compliant: String(summary.byStatus.COMPLIANT),
    'insufficient-data': String(summary.byStatus.INSUFFICIENT_DATA),
    suppressed: String(summary.suppressed),
    errors: String(summary.errors),
  });
}
if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, Object.entries(outputs).map(([name, value]) => `${name}=${value}\n`).join(''));
if (process.env.GITHUB_STEP_SUMMARY && existsSync(markdownReport)) appendFileSync(process.env.GITHUB_STEP_SUMMARY, `${readFileSync(markdownReport, 'utf8')}\n`);
rmSync(scratch, { recursive: true, force: true });
process.exit(exitCode);
