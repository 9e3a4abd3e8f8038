import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import type { ScanProblem } from '../model/evaluation.js';
import { cloudAssemblyTemplates, isCloudAssembly } from './cloud-assembly.js';
import { TreeWalker, type WalkHandlers } from './walk.js';

/** Extensions a CloudFormation template, a Terraform plan JSON or a file of Config items (`.json.gz`) may have. */
const DOCUMENT_EXTENSIONS = new Set(['.yaml', '.yml', '.json', '.template', '.gz']);
/** Folders never worth descending into. */
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', '.terraform', '.venv', '__pycache__']);

export interface DiscoveredInput {
  path: string;
  /** A file (template, plan JSON) or a Terraform module directory. */
  kind: 'file' | 'terraform';
  /** Given by name on the command line: a file that is not a template is then an error. */
  explicit: boolean;
}

/**
 * Expands command-line paths into inputs. Directories are walked in sorted order so reports
 * are stable, by real path (a symbolic link loop is reported once and not followed; a file
 * reached twice is scanned once); hidden folders and dependency folders are skipped. A
 * directory holding `.tf` files is a Terraform root module, unless another scanned module uses
 * it as a local module (it is then scanned through its caller, with the caller's inputs).
 * With `skipOtherFiles`, a file named on the command line that is not an input is skipped quietly,
 * as in a folder, instead of being an error.
 * `report` receives errors (a missing path, an unreadable folder) and warnings (a loop).
 */
export function discoverInputs(paths: readonly string[], report: (problem: ScanProblem) => void, options: { skipOtherFiles?: boolean } = {}): DiscoveredInput[] {
  const found: DiscoveredInput[] = [];
  const walker = new TreeWalker(report);
  const handlers: WalkHandlers = {
    enter: (directory, names) => {
      if (names.some((name) => name.endsWith('.tf'))) found.push({ path: directory, kind: 'terraform', explicit: false });
    },
    descend: (name) => !name.startsWith('.') && !SKIPPED_DIRECTORIES.has(name),
    file: (path, name) => {
      if (DOCUMENT_EXTENSIONS.has(extname(name).toLowerCase())) found.push({ path, kind: 'file', explicit: false });
    },
  };
  for (const path of paths) {
    let stats;
    try {
      stats = statSync(path);
    } catch {
      report({ level: 'error', file: path, message: 'no such file or directory' });
      continue;
    }
    // A CDK cloud assembly (cdk.out): its manifest names the templates; the assets beside them are not inputs.
    if (stats.isDirectory() && isCloudAssembly(path)) {
      for (const template of cloudAssemblyTemplates(path, report)) if (walker.firstVisit(template)) found.push({ path: template, kind: 'file', explicit: true });
    } else if (stats.isDirectory()) walker.walk(path, handlers);
    else if (path.endsWith('.tf')) found.push({ path: dirname(path), kind: 'terraform', explicit: true });
    else if (options.skipOtherFiles) {
      // Named by a tool that passes every changed file (a pre-commit hook): judged as if found in a folder.
      if (DOCUMENT_EXTENSIONS.has(extname(path).toLowerCase()) && walker.firstVisit(path)) found.push({ path, kind: 'file', explicit: false });
    } else if (walker.firstVisit(path)) found.push({ path, kind: 'file', explicit: true });
  }
  const calledModules = localModuleDirectories(found.filter((input) => input.kind === 'terraform').map((input) => input.path));
  const seen = new Set<string>();
  return found.filter((input) => {
    if (input.kind !== 'terraform') return true;
    const key = resolve(input.path);
    if (seen.has(key) || (!input.explicit && calledModules.has(key))) return false;
    seen.add(key);
    return true;
  });
}

const LOCAL_MODULE_SOURCE = /^\s*source\s*=\s*"(\.\.?\/[^"]*)"/gm;

/** Directories that scanned modules call as local modules (`source = "./modules/x"`). */
function localModuleDirectories(directories: readonly string[]): Set<string> {
  const called = new Set<string>();
  for (const directory of directories) {
    let names: string[];
    try {
      names = readdirSync(directory).filter((name) => name.endsWith('.tf'));
    } catch {
      continue;
    }
    for (const name of names) {
      let text: string;
      try {
        text = readFileSync(join(directory, name), 'utf8');
      } catch {
        continue;
      }
      for (const match of text.matchAll(LOCAL_MODULE_SOURCE)) called.add(resolve(directory, match[1] as string));
    }
  }
  return called;
}
