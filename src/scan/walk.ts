import { lstatSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import type { ScanProblem } from '../model/evaluation.js';

export interface WalkHandlers {
  /** A directory about to be walked, with its entries (sorted). */
  enter?(directory: string, names: readonly string[]): void;
  /** Whether to walk into a subdirectory (hidden and dependency folders are skipped by the caller). */
  descend?(name: string): boolean;
  /** A file seen for the first time (by its real path). */
  file?(path: string, name: string): void;
}

/**
 * Walks directory trees by real path, in sorted order: each directory and file is visited once
 * however many symbolic links lead to it, and a link back to a directory being walked (`self -> .`,
 * or two folders linking to each other) is a loop, reported once as a warning and not followed.
 * One walker serves every path of a run, so two paths to the same files scan them once.
 */
export class TreeWalker {
  private readonly directories = new Set<string>();
  private readonly files = new Set<string>();

  constructor(private readonly report: (problem: ScanProblem) => void) {}

  /** Whether this file (by real path) is seen for the first time; records it. */
  firstVisit(path: string): boolean {
    let real: string;
    try {
      real = realpathSync.native(path);
    } catch {
      return true;
    }
    if (this.files.has(real)) return false;
    this.files.add(real);
    return true;
  }

  walk(directory: string, handlers: WalkHandlers): void {
    this.walkReal(directory, handlers, new Set());
  }

  private walkReal(directory: string, handlers: WalkHandlers, ancestors: Set<string>): void {
    let real: string;
    let names: string[];
    try {
      real = realpathSync.native(directory);
      if (ancestors.has(real)) {
        this.report({ level: 'warning', file: directory, message: 'symbolic link loop: it leads back to a folder that contains it; not followed' });
        return;
      }
      if (this.directories.has(real)) return;
      this.directories.add(real);
      names = readdirSync(directory).sort();
    } catch (error) {
      this.report({ level: 'error', file: directory, message: `cannot read directory: ${(error as Error).message}` });
      return;
    }
    handlers.enter?.(directory, names);
    const inside = new Set(ancestors).add(real);
    for (const name of names) {
      const path = join(directory, name);
      let stats: Stats;
      let realPath: string;
      try {
        const link = lstatSync(path);
        // Only a link needs resolving: anything else is where its folder really is.
        if (link.isSymbolicLink()) {
          realPath = realpathSync.native(path);
          stats = statSync(path);
        } else {
          realPath = join(real, name);
          stats = link;
        }
      } catch {
        // A dangling link or an entry removed meanwhile.
        continue;
      }
      if (stats.isDirectory()) {
        if (handlers.descend?.(name) ?? true) this.walkReal(path, handlers, inside);
      } else if (!this.files.has(realPath)) {
        this.files.add(realPath);
        handlers.file?.(path, name);
      }
    }
  }
}
