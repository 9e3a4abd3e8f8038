import { readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PREFIX = 'tosei-run-task-';

/** A job's temporary directory is named after the process working on it, so leftovers can be told from live work. */
export function jobDirectoryPrefix(): string {
  return `${PREFIX}${process.pid}-`;
}

/**
 * Removes the job directories a crashed server left behind: those of processes that no longer
 * exist, and this process's own (at start it has none yet — a restarted container often gets the
 * same pid). Directories of other running servers on the machine are left alone. Returns the names removed.
 */
export function removeLeftoverJobDirectories(directory = tmpdir()): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(directory);
  } catch {
    return removed;
  }
  for (const name of names) {
    const match = new RegExp(`^${PREFIX}(\\d+)-`).exec(name);
    if (!match) continue;
    const pid = Number(match[1]);
    if (pid !== process.pid && isAlive(pid)) continue;
    try {
      rmSync(join(directory, name), { recursive: true, force: true });
      removed.push(name);
    } catch {
      // Not ours to remove (another user's): left as it is.
    }
  }
  return removed;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
