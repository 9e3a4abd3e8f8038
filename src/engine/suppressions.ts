import { isAbsolute, relative } from 'node:path';
import type { Evaluation, ScanProblem, Suppression } from '../model/evaluation.js';
import type { Resource } from '../model/resource.js';
import { isObject } from '../model/value.js';
import { foreignSuppression } from '../suppressions/foreign.js';

/** An exception from `.tosei.yml`: a rule not enforced on resources matching a pattern. */
export interface Exception {
  rule: string;
  /** Glob over the resource id / Terraform address; `*` matches any run of characters. */
  resource: string;
  /**
   * Optional glob over the file path, relative to the directory of the settings file
   * (`templates/old/**`); at the hook, over the stack name.
   */
  file?: string;
  reason?: string;
  /** ISO date (YYYY-MM-DD); the exception stops applying after that day. */
  expires?: string;
}

interface TrackedException {
  exception: Exception;
  resourcePattern: RegExp;
  filePattern?: RegExp;
  used: number;
  expiredReported: boolean;
}

export interface SuppressionOptions {
  /** Where the exceptions were read from, for the warnings about them. */
  configFile?: string;
  /** File globs match paths relative to this directory (the settings file's); absent: paths as given. */
  baseDirectory?: string;
  now?: Date;
  /** Suppressions written for other scanners (cfn_nag, checkov, tfsec, trivy) are not honoured. */
  ignoreForeign?: boolean;
}

/**
 * Decides whether an evaluation is suppressed: by the resource's own metadata
 * (`Metadata.tosei.skip`, cfn-guard's `Metadata.guard.SuppressedRules`, other scanners'
 * suppressions of a check that decides the same control) or by a config
 * exception. Remembers which suppressions were used so unused ones can be reported.
 */
export class Suppressions {
  private readonly exceptions: TrackedException[];
  private readonly today: string;
  private readonly configFile: string;
  private readonly baseDirectory: string | undefined;
  private readonly ignoreForeign: boolean;
  readonly problems: ScanProblem[] = [];

  constructor(exceptions: readonly Exception[] = [], options: SuppressionOptions = {}) {
    this.configFile = options.configFile ?? '.tosei.yml';
    this.baseDirectory = options.baseDirectory;
    this.ignoreForeign = options.ignoreForeign ?? false;
    this.today = (options.now ?? new Date()).toISOString().slice(0, 10);
    this.exceptions = exceptions.map((exception) => {
      const tracked: TrackedException = { exception, resourcePattern: globToRegExp(exception.resource), used: 0, expiredReported: false };
      if (exception.file) tracked.filePattern = globToRegExp(exception.file);
      if (!exception.reason) {
        this.problems.push({ level: 'warning', file: this.configFile, ruleId: exception.rule, message: `exception for ${exception.rule} on "${exception.resource}" has no reason` });
      }
      return tracked;
    });
  }

  /** Suppression from a resource's metadata; reports metadata entries without a reason. */
  fromMetadata(resource: Resource, ruleId: string, problems: ScanProblem[]): Suppression | undefined {
    const metadata = resource.metadata;
    if (!metadata) return undefined;
    const tosei = metadata.tosei;
    if (isObject(tosei) && Array.isArray(tosei.skip)) {
      for (const entry of tosei.skip) {
        const id = isObject(entry) ? entry.id : entry;
        if (id !== ruleId) continue;
        const reason = isObject(entry) && typeof entry.reason === 'string' ? entry.reason.trim() : '';
        if (!reason) {
          problems.push({ level: 'warning', file: resource.source.file, ...resource.source.position, ruleId, message: `suppression of ${ruleId} on ${resource.id} has no reason` });
        }
        return { kind: 'metadata', reason: reason || '(no reason given)' };
      }
    }
    const guard = metadata.guard;
    if (isObject(guard) && Array.isArray(guard.SuppressedRules) && guard.SuppressedRules.includes(ruleId)) {
      return { kind: 'guard-metadata', reason: 'listed in Metadata.guard.SuppressedRules' };
    }
    // Unused foreign suppressions are not reported: they are the other tool's to judge.
    return this.ignoreForeign ? undefined : foreignSuppression(metadata, ruleId);
  }

  /**
   * Suppression from a config exception; an expired exception is reported and does not apply.
   * `file` is the scanned input (a template, a Terraform directory); a file glob also matches the
   * resource's own file (the `.tf` file declaring it).
   */
  fromConfig(resource: Resource, ruleId: string, file: string): Suppression | undefined {
    let files: string[] | undefined;
    for (const tracked of this.exceptions) {
      const { exception } = tracked;
      if (exception.rule !== ruleId && exception.rule !== '*') continue;
      const name = resource.source.address ?? resource.id;
      if (!tracked.resourcePattern.test(name) && !tracked.resourcePattern.test(resource.id)) continue;
      if (tracked.filePattern) {
        files ??= [...new Set([file, resource.source.file].filter(Boolean).map((path) => this.relativeToConfig(path)))];
        const pattern = tracked.filePattern;
        if (!files.some((path) => pattern.test(path))) continue;
      }
      if (exception.expires && exception.expires < this.today) {
        if (!tracked.expiredReported) {
          tracked.expiredReported = true;
          this.problems.push({ level: 'warning', file: this.configFile, ruleId, message: `exception for ${exception.rule} on "${exception.resource}" expired on ${exception.expires}` });
        }
        continue;
      }
      tracked.used += 1;
      return { kind: 'config', reason: exception.reason ?? '(no reason given)' };
    }
    return undefined;
  }

  /**
   * `.tosei.yml` exceptions on a Guard verdict, at every gate as in `tosei scan`: by rule name and resource (a
   * verdict on the document as a whole names no resource, so no exception matches it). Metadata is left to the
   * Guard rules themselves, which read `Metadata.guard.SuppressedRules` when they want to.
   */
  onGuardVerdict(evaluation: Evaluation, resource: Resource | undefined, file: string): Evaluation {
    if (evaluation.status === 'COMPLIANT' || evaluation.status === 'NOT_APPLICABLE' || !resource) return evaluation;
    const suppressed = this.fromConfig(resource, evaluation.ruleId, file);
    return suppressed ? { ...evaluation, suppressed } : evaluation;
  }

  /** An absolute path as the settings file's directory sees it (`templates/old/a.yaml`), with `/` separators. */
  private relativeToConfig(path: string): string {
    if (!this.baseDirectory || !isAbsolute(path)) return path.replace(/\\/g, '/');
    return relative(this.baseDirectory, path).replace(/\\/g, '/');
  }

  /** Warnings for config exceptions that suppressed nothing in the whole run. */
  unused(): ScanProblem[] {
    return this.exceptions
      .filter((tracked) => tracked.used === 0 && !tracked.expiredReported)
      .map((tracked) => ({
        level: 'warning' as const,
        file: this.configFile,
        ruleId: tracked.exception.rule,
        message: `exception for ${tracked.exception.rule} on "${tracked.exception.resource}" matched nothing`,
      }));
  }
}

// `*` is any run of characters but `/`, `**` any run including `/` (and `**/` also none at all, so
// `**/old/*.yaml` matches `old/a.yaml`), `?` one character.
export function globToRegExp(glob: string): RegExp {
  let pattern = '';
  for (let index = 0; index < glob.length; index++) {
    const char = glob[index] as string;
    if (char === '*') {
      if (glob[index + 1] === '*') {
        if (glob[index + 2] === '/') {
          pattern += '(?:.*/)?';
          index += 2;
        } else {
          pattern += '.*';
          index++;
        }
      } else pattern += '[^/]*';
    } else if (char === '?') pattern += '.';
    else pattern += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${pattern}$`);
}
