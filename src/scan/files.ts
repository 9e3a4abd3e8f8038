import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';

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
 * are stable; hidden folders and dependency folders are skipped. A directory holding `.tf`
 * files is a Terraform root module, unless another scanned module uses it as a local module
 * (it is then scanned through its caller, with the caller's inputs).
 */
export function discoverInputs(paths: readonly string[], onMissing: (path: string, message: string) => void): DiscoveredInput[] {
  const found: DiscoveredInput[] = [];
  const walk = (directory: string): void => {
    let entries: string[];
    try {
      entries = readdirSync(directory).sort();
    } catch (error) {
      onMissing(directory, `cannot read directory: ${(error as Error).message}`);
      return;
    }
    if (entries.some((name) => name.endsWith('.tf'))) found.push({ path: directory, kind: 'terraform', explicit: false });
    for (const name of entries) {
      const path = join(directory, name);
      let isDirectory: boolean;
      try {
        isDirectory = statSync(path).isDirectory();
      } catch {
        continue;
      }
      if (isDirectory) {
        if (!name.startsWith('.') && !SKIPPED_DIRECTORIES.has(name)) walk(path);
      } else if (DOCUMENT_EXTENSIONS.has(extname(name).toLowerCase())) {
        found.push({ path, kind: 'file', explicit: false });
      }
    }
  };
  for (const path of paths) {
    let stats;
    try {
      stats = statSync(path);
    } catch {
      onMissing(path, 'no such file or directory');
      continue;
    }
    if (stats.isDirectory()) walk(path);
    else if (path.endsWith('.tf')) found.push({ path: dirname(path), kind: 'terraform', explicit: true });
    else found.push({ path, kind: 'file', explicit: true });
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
