import { openDatabase, type Database, type OpenOptions } from './database.js';
import { EVALUATION_MIGRATIONS } from './evaluations.js';
import { migrate, type Migration } from './migrate.js';
import { RUN_TASK_JOB_MIGRATIONS } from './run-task-jobs.js';
import { REMEDIATION_MIGRATIONS, REMEDIATION_QUEUE_MIGRATIONS } from './remediation.js';
import { DASHBOARD_MIGRATIONS } from './dashboard.js';

export { openDatabase, DEFAULT_SQLITE_FILE, type Database, type Dialect, type OpenOptions, type SqlExecutor, type SqlParameter } from './database.js';
export { AUTO_ID, migrate, type Migration } from './migrate.js';
export { recordRun, resourceHistory, complianceSince, latestOfRules, parseSince, storedResource, RUN_SOURCES, type RunSource, type RecordRunInput, type RecordedRun, type ResourceHistory, type ComplianceReport, type StatusChange, type LatestStatus, type RunSummary, type StoredResource, type TimelineEntry } from './evaluations.js';
export { linkedKeys } from './links.js';

/**
 * Every area's migrations, in one list. Each area of the store (run-task jobs, evaluations,
 * remediation executions) adds its own module's list here.
 */
export const MIGRATIONS: readonly Migration[] = [...RUN_TASK_JOB_MIGRATIONS, ...EVALUATION_MIGRATIONS, ...DASHBOARD_MIGRATIONS, ...REMEDIATION_MIGRATIONS, ...REMEDIATION_QUEUE_MIGRATIONS];

/** Opens the store's database (DATABASE_URL or the SQLite file) and brings its schema up to date. */
export async function openStore(options: OpenOptions = {}): Promise<Database> {
  const db = await openDatabase(options);
  try {
    await migrate(db, MIGRATIONS);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
