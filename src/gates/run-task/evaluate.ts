import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, normalize, relative, isAbsolute } from 'node:path';
import { extract } from 'tar';
import type { ToseiConfig } from '../../config/config.js';
import type { ActiveRule } from '../../engine/run.js';
import type { GuardRuleSet } from '../../guard/load.js';
import type { Severity } from '../../model/evaluation.js';
import { assignResourceKeys } from '../../model/resource-key.js';
import type { ScanReport } from '../../report/types.js';
import { scan } from '../../scan/index.js';
import { TOOL } from '../../version.js';
import { fetchAllowed, OutboundRefused, type OutboundPolicy } from './outbound.js';
import { taskResultFromReport } from './outcomes.js';
import type { RunTaskJobRequest, TaskResult } from './protocol.js';

export interface EvaluationSettings {
  rules: readonly ActiveRule[];
  config?: ToseiConfig;
  /** Guard rules run on the plan JSON as is (post_plan); HCL (pre_plan) is not given to them, as in `tosei scan`. */
  guardRules?: GuardRuleSet;
  /** Failing findings below this severity do not fail the task. */
  threshold: Severity;
  policy: OutboundPolicy;
  limits?: Partial<DownloadLimits>;
}

export interface DownloadLimits {
  /** Plan JSON: the same limit as `tosei scan` (a 50,000-resource plan is about 110 MB). */
  planBytes: number;
  /** Configuration version tarball, compressed. */
  archiveBytes: number;
  /** Sum of the extracted files' sizes. */
  extractedBytes: number;
  extractedEntries: number;
  timeoutMs: number;
}

export const DEFAULT_LIMITS: DownloadLimits = {
  planBytes: 256 * 1024 * 1024,
  archiveBytes: 64 * 1024 * 1024,
  extractedBytes: 256 * 1024 * 1024,
  extractedEntries: 20_000,
  timeoutMs: 60_000,
};

/** A failure worth trying again later (network error, 5xx); anything else fails the task at once. */
export class TransientError extends Error {}

/** A download the task cannot do (refused URL, 4xx, bad archive): the task fails with this reason. */
export class PermanentError extends Error {}

export interface RunTaskEvaluation {
  result: TaskResult;
  report: ScanReport;
}

/**
 * Downloads what the stage needs (plan JSON, or for `pre_plan` the configuration version), scans it
 * with the same adapters and engine as `tosei scan`, and builds the callback's answer.
 */
export async function evaluateRunTask(request: RunTaskJobRequest, token: string, settings: EvaluationSettings): Promise<RunTaskEvaluation> {
  const limits = { ...DEFAULT_LIMITS, ...settings.limits };
  const root = mkdtempSync(join(tmpdir(), 'tosei-run-task-'));
  try {
    let target: string;
    let subject: string;
    if (request.stage === 'pre_plan') {
      const archive = await download(request.configurationVersionUrl as string, token, settings.policy, limits.archiveBytes, limits.timeoutMs, 'configuration version');
      const archiveFile = join(root, 'configuration.tar.gz');
      writeFileSync(archiveFile, archive);
      const source = join(root, 'configuration');
      await extractArchive(archiveFile, source, limits);
      target = workingDirectory(source, request.workingDirectory);
      subject = 'configuration';
    } else {
      const plan = await download(request.planJsonUrl as string, token, settings.policy, limits.planBytes, limits.timeoutMs, 'plan JSON');
      target = join(root, 'plan.json');
      writeFileSync(target, plan);
      subject = 'plan';
    }
    let report: ScanReport;
    try {
      report = await scan({
        paths: [target],
        rules: settings.rules,
        tool: TOOL,
        ...(settings.config ? { config: settings.config } : {}),
        ...(settings.guardRules ? { guardRules: settings.guardRules } : {}),
      });
    } catch (error) {
      // scan() reports bad inputs itself; what reaches here is a fault of ours (e.g. the HCL grammar missing from a bundle).
      throw new PermanentError(`internal error while scanning the ${subject}: ${(error as Error).message}`);
    }
    // Keyed by workspace and address, not by the temporary folder: the store links this run to the next.
    const { organizationName: organization, workspaceName: workspace } = request;
    if (organization && workspace) assignResourceKeys(report.evaluations, { terraform: { organization, workspace } });
    return { report, result: taskResultFromReport(report, { threshold: settings.threshold, root, subject }) };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

async function download(url: string, token: string, policy: OutboundPolicy, maxBytes: number, timeoutMs: number, what: string): Promise<Buffer> {
  let response;
  try {
    response = await fetchAllowed(url, policy, { token, maxBytes, timeoutMs, headers: { 'content-type': 'application/vnd.api+json' } });
  } catch (error) {
    if (error instanceof OutboundRefused) throw new PermanentError(`could not download the ${what}: ${error.message}`);
    throw new TransientError(`could not download the ${what}: ${(error as Error).message}`);
  }
  if (response.status === 200) return response.body;
  // 204: the plan has not finished yet (§B.5); a server error may pass too.
  const message = `could not download the ${what}: HTTP ${response.status}`;
  if (response.status === 204 || response.status === 429 || response.status >= 500) throw new TransientError(message);
  throw new PermanentError(message);
}

/**
 * Extracts a configuration version (tar.gz) without trusting it: only files and directories (no
 * links, devices or FIFOs), no absolute paths or `..` (tar's default, kept strict), and limits on
 * the number of entries and their total size, checked from the headers before anything is written.
 */
export async function extractArchive(file: string, directory: string, limits: Pick<DownloadLimits, 'extractedBytes' | 'extractedEntries'>): Promise<void> {
  mkdirSync(directory, { recursive: true });
  let entries = 0;
  let bytes = 0;
  let refused: string | undefined;
  try {
    await extract({
      file,
      cwd: directory,
      strict: true,
      preservePaths: false,
      preserveOwner: false,
      noChmod: true,
      maxDepth: 64,
      filter: (path, entry) => {
        const type = 'type' in entry ? entry.type : 'File';
        const size = 'size' in entry ? Number(entry.size) : 0;
        if (type !== 'File' && type !== 'OldFile' && type !== 'Directory') return false;
        entries += 1;
        bytes += size;
        if (entries > limits.extractedEntries) refused ??= `more than ${limits.extractedEntries} entries`;
        if (bytes > limits.extractedBytes) refused ??= `more than ${limits.extractedBytes} bytes when extracted`;
        const normalized = normalize(path);
        if (isAbsolute(normalized) || normalized.split(/[\\/]/).includes('..')) refused ??= `entry "${path}" leaves the archive's directory`;
        return refused === undefined;
      },
    });
  } catch (error) {
    throw new PermanentError(`the configuration version is not a valid tar.gz archive: ${(error as Error).message}`);
  }
  if (refused) throw new PermanentError(`the configuration version was refused: ${refused}`);
}

/** The workspace's working directory inside the configuration (§B.1), never outside it. */
function workingDirectory(source: string, directory: string | undefined): string {
  if (!directory) return source;
  const candidate = join(source, normalize(directory.replace(/^[\\/]+/, '')));
  const inside = relative(source, candidate);
  if (inside.startsWith('..') || isAbsolute(inside)) throw new PermanentError(`workspace_working_directory "${directory}" leaves the configuration`);
  return existsSync(candidate) ? candidate : source;
}
