import { createReadStream, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, normalize, relative, isAbsolute } from 'node:path';
import { Transform } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { Unpack } from 'tar';
import type { ToseiConfig } from '../../config/config.js';
import type { ActiveRule } from '../../engine/run.js';
import type { GuardRuleSet } from '../../guard/load.js';
import type { Evaluation, Severity } from '../../model/evaluation.js';
import { assignResourceKeys } from '../../model/resource-key.js';
import { scan } from '../../scan/index.js';
import { TOOL } from '../../version.js';
import { JobAborted, PermanentError, TransientError } from './errors.js';
import { fetchAllowed, OutboundRefused, type OutboundPolicy } from './outbound.js';
import { taskResultFromReport } from './outcomes.js';
import type { RunTaskJobRequest, TaskResult } from './protocol.js';
import { evaluateInSandbox, type SandboxLimits } from './sandbox.js';
import { jobDirectoryPrefix } from './temp.js';

export { JobAborted, PermanentError, TransientError };

export interface EvaluationSettings {
  rules: readonly ActiveRule[];
  config?: ToseiConfig;
  /** Guard rules run on the plan JSON as is (post_plan); HCL (pre_plan) is not given to them, as in `tosei scan`. */
  guardRules?: GuardRuleSet;
  /** Failing findings below this severity do not fail the task. */
  threshold: Severity;
  policy: OutboundPolicy;
  limits?: Partial<DownloadLimits>;
  /**
   * Extract and scan in a thread of their own, under a time budget and a memory limit (`tosei
   * serve`): one hostile job cannot stall or exhaust the others. The thread rebuilds its rules from
   * data — the built-in pack selected by `config`, plus the Guard rules at `guardRulePaths` — so
   * `rules` and `guardRules` must be exactly those.
   */
  sandbox?: SandboxLimits & { guardRulePaths?: readonly string[] };
}

export interface DownloadLimits {
  /** Plan JSON (a 50,000-resource plan is about 110 MB). */
  planBytes: number;
  /** Configuration version tarball, compressed. */
  archiveBytes: number;
  /** The archive's decompressed tar stream (what extraction can write is less). */
  extractedBytes: number;
  extractedEntries: number;
  /** Decompressed bytes per compressed byte, checked past the first 16 MiB (source code compresses about 10:1). */
  extractedRatio: number;
  /** Time extraction may take. */
  extractMs: number;
  /** Each download, from the request to the last byte. */
  timeoutMs: number;
}

export const DEFAULT_LIMITS: DownloadLimits = {
  planBytes: 128 * 1024 * 1024,
  archiveBytes: 64 * 1024 * 1024,
  extractedBytes: 256 * 1024 * 1024,
  extractedEntries: 20_000,
  extractedRatio: 100,
  extractMs: 30_000,
  timeoutMs: 30_000,
};

/** Bytes of decompressed stream before the ratio is checked: small archives of tiny files compress very well. */
const RATIO_FLOOR = 16 * 1024 * 1024;

export interface RunTaskEvaluation {
  result: TaskResult;
  evaluations: Evaluation[];
}

/** A downloaded input, ready to extract (pre_plan) and scan: what crosses into the sandbox. */
export interface FilesTask {
  stage: RunTaskJobRequest['stage'];
  /** The job's temporary directory; paths in the result are shown relative to it. */
  root: string;
  /** The configuration tarball (pre_plan) or the plan JSON. */
  file: string;
  workingDirectory?: string;
  organization?: string;
  workspace?: string;
  threshold: Severity;
  limits: DownloadLimits;
}

/**
 * Downloads what the stage needs (plan JSON, or for `pre_plan` the configuration version), scans it
 * with the same adapters and engine as `tosei scan`, and builds the callback's answer.
 */
export async function evaluateRunTask(request: RunTaskJobRequest, token: string, settings: EvaluationSettings, signal?: AbortSignal): Promise<RunTaskEvaluation> {
  const limits = { ...DEFAULT_LIMITS, ...settings.limits };
  const root = mkdtempSync(join(tmpdir(), jobDirectoryPrefix()));
  try {
    const preplan = request.stage === 'pre_plan';
    const url = (preplan ? request.configurationVersionUrl : request.planJsonUrl) as string;
    const what = preplan ? 'configuration version' : 'plan JSON';
    const body = await download(url, token, settings.policy, preplan ? limits.archiveBytes : limits.planBytes, limits.timeoutMs, what, signal);
    const file = join(root, preplan ? 'configuration.tar.gz' : 'plan.json');
    writeFileSync(file, body);
    const task: FilesTask = {
      stage: request.stage,
      root,
      file,
      ...(request.workingDirectory ? { workingDirectory: request.workingDirectory } : {}),
      ...(request.organizationName ? { organization: request.organizationName } : {}),
      ...(request.workspaceName ? { workspace: request.workspaceName } : {}),
      threshold: settings.threshold,
      limits,
    };
    if (!settings.sandbox) return await evaluateFiles(task, settings);
    const { guardRulePaths, ...budget } = settings.sandbox;
    return await evaluateInSandbox({ files: task, ...(settings.config ? { config: settings.config } : {}), ...(guardRulePaths ? { guardRulePaths } : {}) }, budget, signal);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** Extracts (pre_plan) and scans a downloaded input: the part of a job that a hostile input can make expensive. */
export async function evaluateFiles(task: FilesTask, rules: Pick<EvaluationSettings, 'rules' | 'config' | 'guardRules'>): Promise<RunTaskEvaluation> {
  let target = task.file;
  if (task.stage === 'pre_plan') {
    const source = join(task.root, 'configuration');
    await extractArchive(task.file, source, task.limits);
    target = workingDirectory(source, task.workingDirectory);
  }
  const subject = task.stage === 'pre_plan' ? 'configuration' : 'plan';
  let report;
  try {
    report = await scan({
      paths: [target],
      rules: rules.rules,
      tool: TOOL,
      ...(rules.config ? { config: rules.config } : {}),
      ...(rules.guardRules ? { guardRules: rules.guardRules } : {}),
    });
  } catch (error) {
    // scan() reports bad inputs itself; what reaches here is a fault of ours (e.g. the HCL grammar missing from a bundle).
    throw new PermanentError(`internal error while scanning the ${subject}: ${(error as Error).message}`);
  }
  // Keyed by workspace and address, not by the temporary folder: the store links this run to the next.
  const { organization, workspace } = task;
  if (organization && workspace) assignResourceKeys(report.evaluations, { terraform: { organization, workspace } });
  return { evaluations: report.evaluations, result: taskResultFromReport(report, { threshold: task.threshold, root: task.root, subject }) };
}

async function download(url: string, token: string, policy: OutboundPolicy, maxBytes: number, timeoutMs: number, what: string, signal?: AbortSignal): Promise<Buffer> {
  let response;
  try {
    response = await fetchAllowed(url, policy, { token, maxBytes, timeoutMs, headers: { 'content-type': 'application/vnd.api+json' }, ...(signal ? { signal } : {}) });
  } catch (error) {
    if (signal?.aborted) throw new JobAborted('the server is stopping');
    if (error instanceof OutboundRefused) throw new PermanentError(`could not download the ${what}: ${error.message}`);
    if ((error as Error).name === 'TimeoutError') throw new TransientError(`could not download the ${what}: no complete answer within ${Math.round(timeoutMs / 1000)} s`);
    throw new TransientError(`could not download the ${what}: ${(error as Error).message}`);
  }
  if (response.status === 200) return response.body;
  // 204: the plan has not finished yet (§B.5); a server error may pass too.
  const message = `could not download the ${what}: HTTP ${response.status}`;
  if (response.status === 204 || response.status === 429 || response.status >= 500) throw new TransientError(message);
  throw new PermanentError(message);
}

class Refused extends Error {}

/**
 * Extracts a configuration version (tar.gz) without trusting it: only files and directories (no
 * links, devices or FIFOs), no absolute paths or `..` (tar's default, kept strict). Bounded as it
 * is decompressed, not after: the decompressed bytes, their ratio to the archive's size, the
 * entries (and each entry's declared size, before it is written) and the time taken. Past any bound
 * the stream is torn down at once, so a compression bomb costs no more than the bound.
 */
export async function extractArchive(
  file: string,
  directory: string,
  limits: Pick<DownloadLimits, 'extractedBytes' | 'extractedEntries'> & Partial<Pick<DownloadLimits, 'extractedRatio' | 'extractMs'>>,
): Promise<void> {
  mkdirSync(directory, { recursive: true });
  const ratio = limits.extractedRatio ?? DEFAULT_LIMITS.extractedRatio;
  const extractMs = limits.extractMs ?? DEFAULT_LIMITS.extractMs;
  const compressed = Math.max(1, statSync(file).size);
  const started = Date.now();
  let inflated = 0;
  let entries = 0;
  let declared = 0;
  const source = createReadStream(file);
  const gunzip = createGunzip();
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      // A tar stream starting with gzip's magic number is a second layer this meter would not see into.
      if (inflated === 0 && chunk[0] === 0x1f && chunk[1] === 0x8b) return done(new Refused('it is compressed twice'));
      inflated += chunk.length;
      if (inflated > limits.extractedBytes) return done(new Refused(`more than ${limits.extractedBytes} bytes when decompressed`));
      if (inflated > RATIO_FLOOR && inflated / compressed > ratio) return done(new Refused(`it decompresses to more than ${ratio} times its size`));
      if (Date.now() - started > extractMs) return done(new Refused(`extracting it took more than ${Math.round(extractMs / 1000)} s`));
      done(null, chunk);
    },
  });
  let stop: (error: Error) => void = () => undefined;
  const unpack = new Unpack({
    cwd: directory,
    strict: true,
    preservePaths: false,
    preserveOwner: false,
    chmod: false,
    maxDepth: 64,
    filter: (path, entry) => {
      const type = 'type' in entry ? entry.type : 'File';
      entries += 1;
      declared += 'size' in entry ? Number(entry.size) : 0;
      if (entries > limits.extractedEntries) stop(new Refused(`more than ${limits.extractedEntries} entries`));
      else if (declared > limits.extractedBytes) stop(new Refused(`more than ${limits.extractedBytes} bytes when extracted`));
      const normalized = normalize(path);
      if (isAbsolute(normalized) || normalized.split(/[\\/]/).includes('..')) stop(new Refused(`entry "${path}" leaves the archive's directory`));
      return type === 'File' || type === 'OldFile' || type === 'Directory';
    },
  });
  try {
    await new Promise<void>((resolve, reject) => {
      let settled = false;
      const fail = (error: Error): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        source.destroy();
        gunzip.destroy();
        meter.destroy();
        reject(error);
      };
      stop = fail;
      // The meter checks time per chunk; this catches a stream that stalls between chunks.
      const timer = setTimeout(() => fail(new Refused(`extracting it took more than ${Math.round(extractMs / 1000)} s`)), extractMs);
      for (const stream of [source, gunzip, meter]) stream.on('error', fail);
      unpack.on('error', fail);
      unpack.on('close', () => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve();
      });
      source.pipe(gunzip).pipe(meter).pipe(unpack as unknown as NodeJS.WritableStream);
    });
  } catch (error) {
    if (error instanceof Refused) throw new PermanentError(`the configuration version was refused: ${error.message}`);
    throw new PermanentError(`the configuration version is not a valid tar.gz archive: ${(error as Error).message}`);
  }
}

/** The workspace's working directory inside the configuration (§B.1), never outside it. */
function workingDirectory(source: string, directory: string | undefined): string {
  if (!directory) return source;
  const candidate = join(source, normalize(directory.replace(/^[\\/]+/, '')));
  const inside = relative(source, candidate);
  if (inside.startsWith('..') || isAbsolute(inside)) throw new PermanentError(`workspace_working_directory "${directory}" leaves the configuration`);
  return existsSync(candidate) ? candidate : source;
}
