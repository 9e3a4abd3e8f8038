import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

/** Extensions a CloudFormation template may have. */
const TEMPLATE_EXTENSIONS = new Set(['.yaml', '.yml', '.json', '.template']);
/** Folders never worth descending into. */
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', '.terraform', '.venv', '__pycache__']);

export interface DiscoveredInput {
  path: string;
  /** Given by name on the command line: a file that is not a template is then an error. */
  explicit: boolean;
}

/**
 * Expands command-line paths into input files. Directories are walked in sorted order so
 * reports are stable; hidden folders and dependency folders are skipped.
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
      } else if (TEMPLATE_EXTENSIONS.has(extname(name).toLowerCase())) {
        found.push({ path, explicit: false });
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
    else found.push({ path, explicit: true });
  }
  return found;
}
