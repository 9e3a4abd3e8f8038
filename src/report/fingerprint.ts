// A finding's identity across runs and Tosei versions. Pure: no node imports, no process.
import type { Evaluation } from '../model/evaluation.js';
import type { PropertyPath } from '../model/resource.js';
import { fnv1a64, FNV64_START, fnv64Hex, fnv64Update, relativePath, type Fnv64State } from './formatters/shared.js';

/** What a fingerprint is made of; a baseline stores these beside the fingerprint for people to read. */
export interface FindingIdentity {
  ruleId: string;
  /** The source file relative to the scan root, `/`-separated; a Terraform module's directory; `aws://ACCOUNT/REGION` when live. */
  file: string;
  /** The resource ARN when live, else the logical id or Terraform address. */
  resource: string;
  /** The property path that decided the finding. */
  path: PropertyPath;
}

/**
 * The identity of an evaluation, with paths relative to `root` (the directory Tosei runs in, which
 * SARIF calls %SRCROOT%). No line, column or Tosei version: moving, reformatting or editing
 * elsewhere in the file keeps it. A Terraform resource is named by its module's directory, since
 * its address is unique there and blocks move between the module's `.tf` files.
 */
export function findingIdentity(evaluation: Evaluation, root: string): FindingIdentity {
  return identityInFile(evaluation, relativePath(evaluation.location.file, root));
}

/** findingIdentity, the evaluation's file already made relative to the root. */
export function identityInFile(evaluation: Evaluation, file: string): FindingIdentity {
  const { resource, location } = evaluation;
  return {
    ruleId: evaluation.ruleId,
    file: resource.source === 'terraform-hcl' ? posixDirname(file) : file,
    resource: resource.arn ?? resource.id,
    path: location.path,
  };
}

/** 64-bit FNV-1a (16 hex digits) of the JSON array [ruleId, file, resource, path]. */
export function fingerprintOf(identity: FindingIdentity): string {
  return fnv1a64(JSON.stringify([identity.ruleId, identity.file, identity.resource, identity.path]));
}

/**
 * fingerprintOf(identityInFile(evaluation, file)) for the many results of one report. The hashed
 * text starts with the rule and the file, which a report has few of, so the hash of that start is
 * kept (by rule, then file) and only the resource and path are hashed per result.
 */
export class ReportFingerprints {
  private readonly starts = new Map<string, Map<string, Fnv64State>>();
  /** The last resource named and its JSON: a resource's results come one after another. */
  private lastResource: unknown;
  private lastResourceJson = 'null';

  of(evaluation: Evaluation, file: string): string {
    const { resource, location } = evaluation;
    const identityFile = resource.source === 'terraform-hcl' ? posixDirname(file) : file;
    let byFile = this.starts.get(evaluation.ruleId);
    if (!byFile) this.starts.set(evaluation.ruleId, (byFile = new Map()));
    let start = byFile.get(identityFile);
    // JSON.stringify of the identity's array, which has no spaces: its elements' JSON joined by commas.
    if (!start) byFile.set(identityFile, (start = fnv64Update(FNV64_START, `[${elementJson(evaluation.ruleId)},${elementJson(identityFile)},`)));
    const name = resource.arn ?? resource.id;
    if (name !== this.lastResource || typeof name !== 'string') {
      this.lastResource = name;
      this.lastResourceJson = elementJson(name);
    }
    const path = Array.isArray(location.path) && location.path.length === 0 ? '[]' : elementJson(location.path);
    return fnv64Hex(fnv64Update(start, `${this.lastResourceJson},${path}]`));
  }
}

/** A value's JSON as an element of an array: where JSON.stringify gives nothing (undefined, a function), an array holds null. */
function elementJson(value: unknown): string {
  return JSON.stringify(value) ?? 'null';
}

export function fingerprint(evaluation: Evaluation, root: string): string {
  return fingerprintOf(findingIdentity(evaluation, root));
}

function posixDirname(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '.' : slash === 0 ? '/' : path.slice(0, slash);
}
