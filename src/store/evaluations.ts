/**
 * Evaluations and their history: every evaluation of every run (live scan, Config rule handler,
 * run task, hook, remediation re-check) is kept; the latest status of each (rule, resource) is
 * kept up to date beside it, and each change of status is written to a history of changes, so
 * "what is non-compliant now" and "what changed since Monday" are single indexed queries.
 *
 * Usage from any gate:
 *
 *   const db = await openStore({ url: env.DATABASE_URL, file: 'tosei.db' });
 *   await recordRun(db, { source: 'config-rule', evaluations, metadata: { resultToken } });
 */
import { randomUUID } from 'node:crypto';
import type { Evaluation, Severity, Status } from '../model/evaluation.js';
import { linkKeysOf, resourceKey } from '../model/resource-key.js';
import type { Dialect, SqlExecutor, SqlParameter } from './database.js';
import { inChunks, LINK_MIGRATIONS, linkedKeys, recordLinks } from './links.js';
import { AUTO_ID, type Migration } from './migrate.js';

/** Where a run's evaluations came from. */
export type RunSource = 'scan' | 'live' | 'config-rule' | 'run-task' | 'hook' | 'remediation' | 'api';
export const RUN_SOURCES: readonly RunSource[] = ['scan', 'live', 'config-rule', 'run-task', 'hook', 'remediation', 'api'];

// Area 0200-0299 of the store (see migrate.ts).
export const EVALUATION_MIGRATIONS: readonly Migration[] = [
  {
    id: '0200_evaluations',
    statements: (dialect) => [
      `CREATE TABLE evaluation_runs (id TEXT PRIMARY KEY, source TEXT NOT NULL, started_at TEXT NOT NULL, recorded_at TEXT NOT NULL, metadata TEXT NOT NULL DEFAULT '{}')`,
      `CREATE TABLE evaluations (
        id ${AUTO_ID[dialect]},
        run_id TEXT NOT NULL REFERENCES evaluation_runs (id) ON DELETE CASCADE,
        rule_id TEXT NOT NULL, resource_key TEXT NOT NULL, resource_type TEXT NOT NULL, resource_id TEXT NOT NULL,
        resource_arn TEXT, account TEXT, region TEXT,
        status TEXT NOT NULL, severity TEXT NOT NULL, message TEXT NOT NULL, suppressed INTEGER NOT NULL DEFAULT 0,
        recorded_at TEXT NOT NULL)`,
      `CREATE TABLE evaluation_latest (
        rule_id TEXT NOT NULL, resource_key TEXT NOT NULL, resource_type TEXT NOT NULL, resource_id TEXT NOT NULL,
        resource_arn TEXT, account TEXT, region TEXT,
        status TEXT NOT NULL, severity TEXT NOT NULL, message TEXT NOT NULL, suppressed INTEGER NOT NULL DEFAULT 0,
        run_id TEXT NOT NULL, since TEXT NOT NULL, recorded_at TEXT NOT NULL,
        PRIMARY KEY (rule_id, resource_key))`,
      `CREATE TABLE evaluation_changes (
        id ${AUTO_ID[dialect]},
        run_id TEXT NOT NULL REFERENCES evaluation_runs (id) ON DELETE CASCADE,
        rule_id TEXT NOT NULL, resource_key TEXT NOT NULL, resource_type TEXT NOT NULL, resource_id TEXT NOT NULL, resource_arn TEXT,
        previous_status TEXT, status TEXT NOT NULL, message TEXT NOT NULL, changed_at TEXT NOT NULL)`,
    ],
  },
  {
    id: '0201_evaluation_indexes',
    statements: indexes(),
  },
  {
    // Recording a run looks up the latest status of its resources by key alone; the primary key
    // (rule_id, resource_key) cannot serve that, and without this every run scanned the table.
    id: '0202_evaluation_latest_key',
    statements: ['CREATE INDEX evaluation_latest_key ON evaluation_latest (resource_key)'],
  },
  {
    // Run tasks used to key resources by their temporary download folder, so every run was a
    // "first seen" and a failing resource was listed once per run. Their rows get the workspace key
    // (terraform:<organization>/<workspace>/<address>, from the run's metadata); of the latest
    // statuses that now share a key, the newest stays.
    id: '0203_run_task_resource_keys',
    statements: (dialect) => runTaskKeyStatements(dialect),
  },
  ...LINK_MIGRATIONS,
];

/** See migration 0203. `resource_id` is the Terraform address (or a companion's `<address>#<suffix>`). */
function runTaskKeyStatements(dialect: Dialect): string[] {
  const field = (alias: string, name: string): string => (dialect === 'sqlite' ? `json_extract(${alias}.metadata, '$.${name}')` : `(${alias}.metadata::json ->> '${name}')`);
  const runTaskRuns = `SELECT r.id FROM evaluation_runs r WHERE r.source = 'run-task' AND ${field('r', 'organization')} IS NOT NULL AND ${field('r', 'workspace')} IS NOT NULL`;
  const newKey = (table: string): string =>
    `(SELECT 'terraform:' || ${field('r', 'organization')} || '/' || ${field('r', 'workspace')} || '/' || ${table}.resource_id FROM evaluation_runs r WHERE r.id = ${table}.run_id)`;
  const rekey = (table: string): string => `UPDATE ${table} SET resource_key = ${newKey(table)} WHERE run_id IN (${runTaskRuns}) AND resource_key NOT LIKE 'terraform:%'`;
  return [
    `DELETE FROM evaluation_latest WHERE run_id IN (${runTaskRuns}) AND resource_key NOT LIKE 'terraform:%' AND EXISTS (
      SELECT 1 FROM evaluation_latest newer
        JOIN evaluation_runs newer_run ON newer_run.id = newer.run_id
        JOIN evaluation_runs this_run ON this_run.id = evaluation_latest.run_id
      WHERE newer_run.source = 'run-task' AND newer.rule_id = evaluation_latest.rule_id AND newer.resource_id = evaluation_latest.resource_id
        AND ${field('newer_run', 'organization')} = ${field('this_run', 'organization')} AND ${field('newer_run', 'workspace')} = ${field('this_run', 'workspace')}
        AND (newer.recorded_at > evaluation_latest.recorded_at OR (newer.recorded_at = evaluation_latest.recorded_at AND newer.resource_key > evaluation_latest.resource_key)))`,
    rekey('evaluation_latest'),
    rekey('evaluations'),
    rekey('evaluation_changes'),
  ];
}

function indexes(): string[] {
  return [
    'CREATE INDEX evaluations_run ON evaluations (run_id)',
    'CREATE INDEX evaluations_resource ON evaluations (resource_key, recorded_at)',
    'CREATE INDEX evaluation_runs_started ON evaluation_runs (started_at)',
    'CREATE INDEX evaluation_latest_status ON evaluation_latest (status)',
    'CREATE INDEX evaluation_latest_resource ON evaluation_latest (resource_id)',
    'CREATE INDEX evaluation_changes_resource ON evaluation_changes (resource_key, changed_at)',
    'CREATE INDEX evaluation_changes_resource_id ON evaluation_changes (resource_id, changed_at)',
    'CREATE INDEX evaluation_changes_time ON evaluation_changes (changed_at)',
  ];
}

/** A resource as the store knows it: a stable key plus what it is and where. */
export interface StoredResource {
  /** See model/resource-key.ts: the gate's key (Terraform workspace + address, stack + logical id), else the ARN, else `<file>#<address or id>`. */
  key: string;
  type: string;
  id: string;
  arn?: string;
  account?: string;
  region?: string;
}

/** The store's key and place of an evaluated resource (account and region from its ARN or `aws://ACCOUNT/REGION` file). */
export function storedResource(evaluation: Evaluation): StoredResource {
  const { resource, location } = evaluation;
  const key = resourceKey(evaluation);
  const stored: StoredResource = { key, type: resource.type, id: resource.id };
  if (resource.arn) stored.arn = resource.arn;
  const arnParts = resource.arn?.split(':');
  const live = /^aws:\/\/([^/]+)\/([^/#]+)/.exec(location.file);
  const account = arnParts?.[4] || live?.[1];
  const region = arnParts?.[3] || (live?.[2] === 'global' ? undefined : live?.[2]);
  if (account) stored.account = account;
  if (region) stored.region = region;
  return stored;
}

export interface RecordRunInput {
  source: RunSource;
  evaluations: readonly Evaluation[];
  /** When the run started (default: now). */
  startedAt?: Date;
  /** Anything worth keeping about the run (account, regions, run task id, ...); stored as JSON. */
  metadata?: Record<string, unknown>;
  /** Clock, for tests. */
  now?: Date;
}

export interface RecordedRun {
  runId: string;
  recorded: number;
  /** Evaluations whose status differs from the latest one recorded (first evaluations included). */
  changed: number;
}

/** Rows per multi-row statement: well under both dialects' limits on bound parameters. */
const ROWS_PER_STATEMENT = 200;

const EVALUATION_COLUMNS = ['run_id', 'rule_id', 'resource_key', 'resource_type', 'resource_id', 'resource_arn', 'account', 'region', 'status', 'severity', 'message', 'suppressed', 'recorded_at'];
const CHANGE_COLUMNS = ['run_id', 'rule_id', 'resource_key', 'resource_type', 'resource_id', 'resource_arn', 'previous_status', 'status', 'message', 'changed_at'];
const LATEST_COLUMNS = ['rule_id', 'resource_key', 'resource_type', 'resource_id', 'resource_arn', 'account', 'region', 'status', 'severity', 'message', 'suppressed', 'run_id', 'since', 'recorded_at'];
const LATEST_UPDATE = LATEST_COLUMNS.filter((column) => column !== 'rule_id' && column !== 'resource_key')
  .map((column) => `${column} = excluded.${column}`)
  .join(', ');

/** `INSERT INTO table (columns) VALUES (...), (...)` in chunks, with `suffix` (e.g. ON CONFLICT) after each. */
async function insertRows(tx: SqlExecutor, table: string, columns: readonly string[], rows: readonly SqlParameter[][], suffix = ''): Promise<void> {
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(start, start + ROWS_PER_STATEMENT);
    const values = chunk.map((_, row) => `(${columns.map((__, column) => `$${row * columns.length + column + 1}`).join(', ')})`).join(', ');
    await tx.run(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values}${suffix}`, chunk.flat());
  }
}

/** The latest status and its start of every (rule, resource) among `keys`, by `rule_id resource_key`. */
async function latestStatuses(tx: SqlExecutor, keys: readonly string[]): Promise<Map<string, { status: string; since: string }>> {
  const found = new Map<string, { status: string; since: string }>();
  for (let start = 0; start < keys.length; start += ROWS_PER_STATEMENT) {
    const chunk = keys.slice(start, start + ROWS_PER_STATEMENT);
    const rows = await tx.query<{ rule_id: string; resource_key: string; status: string; since: string }>(
      `SELECT rule_id, resource_key, status, since FROM evaluation_latest WHERE resource_key IN (${chunk.map((_, index) => `$${index + 1}`).join(', ')})`,
      chunk,
    );
    for (const row of rows) found.set(`${row.rule_id} ${row.resource_key}`, { status: row.status, since: row.since });
  }
  return found;
}

/**
 * Records a run and its evaluations in one transaction: every evaluation, the latest status per
 * (rule, resource), and a history row for each status that changed. A (rule, resource) evaluated
 * twice in one run keeps the last. Statements are multi-row, so a run of thousands of
 * evaluations is a few dozen round trips to PostgreSQL.
 */
export async function recordRun(db: { transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> }, input: RecordRunInput): Promise<RecordedRun> {
  if (!RUN_SOURCES.includes(input.source)) throw new Error(`unknown run source "${input.source}" (expected ${RUN_SOURCES.join(', ')})`);
  const now = (input.now ?? new Date()).toISOString();
  const runId = randomUUID();
  const stored = input.evaluations.map((evaluation) => ({ evaluation, resource: storedResource(evaluation), suppressed: evaluation.suppressed !== undefined }));
  const lastOfEach = new Map(stored.map((entry) => [`${entry.evaluation.ruleId} ${entry.resource.key}`, entry]));
  return db.transaction(async (tx) => {
    await tx.run('INSERT INTO evaluation_runs (id, source, started_at, recorded_at, metadata) VALUES ($1, $2, $3, $4, $5)', [
      runId,
      input.source,
      (input.startedAt ?? input.now ?? new Date()).toISOString(),
      now,
      JSON.stringify(input.metadata ?? {}),
    ]);
    await insertRows(
      tx,
      'evaluations',
      EVALUATION_COLUMNS,
      stored.map(({ evaluation, resource, suppressed }) => [runId, evaluation.ruleId, resource.key, resource.type, resource.id, resource.arn, resource.account, resource.region, evaluation.status, evaluation.severity, evaluation.message, suppressed, now]),
    );
    const previous = await latestStatuses(tx, [...new Set(stored.map((entry) => entry.resource.key))]);
    const changes: SqlParameter[][] = [];
    const latest: SqlParameter[][] = [];
    for (const [pair, { evaluation, resource, suppressed }] of lastOfEach) {
      const before = previous.get(pair);
      const changed = before?.status !== evaluation.status;
      if (changed) changes.push([runId, evaluation.ruleId, resource.key, resource.type, resource.id, resource.arn, before?.status ?? null, evaluation.status, evaluation.message, now]);
      latest.push([evaluation.ruleId, resource.key, resource.type, resource.id, resource.arn, resource.account, resource.region, evaluation.status, evaluation.severity, evaluation.message, suppressed, runId, changed ? now : (before?.since ?? now), now]);
    }
    await insertRows(tx, 'evaluation_changes', CHANGE_COLUMNS, changes);
    await insertRows(tx, 'evaluation_latest', LATEST_COLUMNS, latest, ` ON CONFLICT (rule_id, resource_key) DO UPDATE SET ${LATEST_UPDATE}`);
    await recordLinks(tx, [...linkKeysByResource(stored).values()], now);
    return { runId, recorded: input.evaluations.length, changed: changes.length };
  });
}

/** Each resource's keys at every gate (model/resource-key.ts), by its resource key: the union over its evaluations. */
function linkKeysByResource(stored: readonly { evaluation: Evaluation; resource: StoredResource }[]): Map<string, string[]> {
  const byResource = new Map<string, Set<string>>();
  for (const { evaluation, resource } of stored) {
    let keys = byResource.get(resource.key);
    if (!keys) byResource.set(resource.key, (keys = new Set()));
    // Beyond its links, an evaluation's keys follow from the resource key: read once per resource.
    if (keys.size === 0 || evaluation.resource.links) for (const key of linkKeysOf(evaluation, resource.key)) keys.add(key);
  }
  return new Map([...byResource].map(([key, keys]) => [key, [...keys]]));
}

/** One change of a (rule, resource)'s status. */
export interface StatusChange {
  ruleId: string;
  resource: StoredResource;
  /** null for the first evaluation of this rule on this resource. */
  previousStatus: Status | null;
  status: Status;
  message: string;
  runId: string;
  source: RunSource;
  changedAt: string;
}

/** The latest status of one (rule, resource). */
export interface LatestStatus {
  ruleId: string;
  resource: StoredResource;
  status: Status;
  severity: Severity;
  message: string;
  suppressed: boolean;
  /** When it entered this status. */
  since: string;
  /** When it was last evaluated. */
  recordedAt: string;
  runId: string;
}

export interface ResourceHistory {
  /**
   * Every key linked to the one asked for: the resource's key at each gate, its ARN, its `cfn:`,
   * `tf:` and `physical:` keys (see model/resource-key.ts). Empty for a pattern with `*`.
   */
  keys: string[];
  /** The current status of each (rule, resource) that matched. */
  latest: LatestStatus[];
  /** Every change of status, oldest first. */
  changes: StatusChange[];
  /** Every evaluation of what matched, oldest first, with the gate (source) that made it: the newest TIMELINE_LIMIT. */
  timeline: TimelineEntry[];
}

/** One evaluation in a resource's timeline. */
export interface TimelineEntry {
  at: string;
  source: RunSource;
  runId: string;
  ruleId: string;
  status: Status;
  severity: Severity;
  message: string;
  /** The key the gate recorded it under. */
  resourceKey: string;
  resourceId: string;
}

/** Evaluations a timeline lists at most (the newest). */
export const TIMELINE_LIMIT = 1000;

/**
 * The history of the resources `resource` names: any of its keys at any gate (a resource key, an
 * ARN, `cfn:<stack>/<logical id>`, `tf:<organization>/<workspace>/<address>`, a physical id) or a
 * resource id (`vpc-0abc`, a logical id), with everything linked to it; or a pattern where `*` is
 * a wildcard (`arn:aws:s3:::logs-*`), which matches resource keys and ids only.
 */
export async function resourceHistory(db: SqlExecutor, resource: string, options: { ruleId?: string; timelineLimit?: number } = {}): Promise<ResourceHistory> {
  const limit = Math.trunc(options.timelineLimit ?? TIMELINE_LIMIT);
  if (resource.includes('*')) return patternHistory(db, resource, options.ruleId, limit);
  const keys = await linkedKeys(db, resource);
  // The rule, when asked for, is bound after the chunk's keys.
  const ruleOf = (column: string, chunk: readonly string[]): { clause: string; params: SqlParameter[] } =>
    options.ruleId ? { clause: ` AND ${column} = $${chunk.length + 1}`, params: [...chunk, options.ruleId] } : { clause: '', params: [...chunk] };
  const latest = await inChunks(keys, (placeholders, chunk) => {
    const { clause, params } = ruleOf('rule_id', chunk);
    return db.query(`SELECT * FROM evaluation_latest WHERE resource_key IN (${placeholders})${clause}`, params);
  });
  const changes = await inChunks(keys, (placeholders, chunk) => {
    const { clause, params } = ruleOf('c.rule_id', chunk);
    return db.query(`SELECT c.*, r.source FROM evaluation_changes c JOIN evaluation_runs r ON r.id = c.run_id WHERE c.resource_key IN (${placeholders})${clause}`, params);
  });
  const timeline = await inChunks(keys, (placeholders, chunk) => {
    const { clause, params } = ruleOf('e.rule_id', chunk);
    return db.query(`${TIMELINE_SELECT} WHERE e.resource_key IN (${placeholders})${clause} ORDER BY e.recorded_at DESC, e.id DESC LIMIT ${limit}`, params);
  });
  return {
    keys,
    latest: latest.map(toLatest).sort((a, b) => a.resource.key.localeCompare(b.resource.key) || a.ruleId.localeCompare(b.ruleId)),
    changes: changes.sort((a, b) => String(a.changed_at).localeCompare(String(b.changed_at)) || Number(a.id) - Number(b.id)).map(toChange),
    timeline: newestTimeline(timeline, limit),
  };
}

const TIMELINE_SELECT = 'SELECT e.id, e.recorded_at, r.source, e.run_id, e.rule_id, e.status, e.severity, e.message, e.resource_key, e.resource_id FROM evaluations e JOIN evaluation_runs r ON r.id = e.run_id';

async function patternHistory(db: SqlExecutor, resource: string, ruleId: string | undefined, limit: number): Promise<ResourceHistory> {
  const params: SqlParameter[] = [likePattern(resource)];
  if (ruleId) params.push(ruleId);
  const where = (table: string): string => {
    const match = `(${table}.resource_key LIKE $1 ESCAPE '\\' OR ${table}.resource_id LIKE $1 ESCAPE '\\')`;
    return ruleId ? `${match} AND ${table}.rule_id = $2` : match;
  };
  const latest = await db.query(`SELECT * FROM evaluation_latest l WHERE ${where('l')} ORDER BY l.resource_key, l.rule_id`, params);
  const changes = await db.query(`SELECT c.*, r.source FROM evaluation_changes c JOIN evaluation_runs r ON r.id = c.run_id WHERE ${where('c')} ORDER BY c.changed_at, c.id`, params);
  const timeline = await db.query(`${TIMELINE_SELECT} WHERE ${where('e')} ORDER BY e.recorded_at DESC, e.id DESC LIMIT ${limit}`, params);
  return { keys: [], latest: latest.map(toLatest), changes: changes.map(toChange), timeline: newestTimeline(timeline, limit) };
}

/** The newest `limit` of rows gathered newest first (from one query or several), oldest first. */
function newestTimeline(rows: Record<string, unknown>[], limit: number): TimelineEntry[] {
  const newestFirst = rows.sort((a, b) => String(b.recorded_at).localeCompare(String(a.recorded_at)) || Number(b.id) - Number(a.id)).slice(0, limit);
  return newestFirst.reverse().map((row) => ({
    at: String(row.recorded_at),
    source: row.source as RunSource,
    runId: String(row.run_id),
    ruleId: String(row.rule_id),
    status: row.status as Status,
    severity: row.severity as Severity,
    message: String(row.message),
    resourceKey: String(row.resource_key),
    resourceId: String(row.resource_id),
  }));
}

export interface RunSummary {
  id: string;
  source: RunSource;
  startedAt: string;
  metadata: Record<string, unknown>;
  counts: Partial<Record<Status, number>>;
}

export interface ComplianceReport {
  since: string;
  /** Runs started since then, oldest first, with their evaluations counted by status. */
  runs: RunSummary[];
  /** Changes of status since then, oldest first. */
  changes: StatusChange[];
  /** The latest status of everything the store knows, counted by status. */
  current: Partial<Record<Status, number>>;
  /** What is failing now (NON_COMPLIANT or ERROR, not suppressed), worst severity first. */
  failing: LatestStatus[];
}

/** Compliance over time: the runs and changes since `since`, and where things stand now. */
export async function complianceSince(db: SqlExecutor, since: Date): Promise<ComplianceReport> {
  const from = since.toISOString();
  const runs = await db.query<{ id: string; source: RunSource; started_at: string; metadata: string }>('SELECT id, source, started_at, metadata FROM evaluation_runs WHERE started_at >= $1 ORDER BY started_at, id', [from]);
  const counts = await db.query<{ run_id: string; status: Status; n: number }>(
    'SELECT e.run_id, e.status, COUNT(*) AS n FROM evaluations e JOIN evaluation_runs r ON r.id = e.run_id WHERE r.started_at >= $1 GROUP BY e.run_id, e.status',
    [from],
  );
  const byRun = new Map<string, Partial<Record<Status, number>>>();
  for (const row of counts) {
    const tally = byRun.get(row.run_id) ?? {};
    tally[row.status] = Number(row.n);
    byRun.set(row.run_id, tally);
  }
  const changes = await db.query('SELECT c.*, r.source FROM evaluation_changes c JOIN evaluation_runs r ON r.id = c.run_id WHERE c.changed_at >= $1 ORDER BY c.changed_at, c.id', [from]);
  const current: Partial<Record<Status, number>> = {};
  for (const row of await db.query<{ status: Status; n: number }>('SELECT status, COUNT(*) AS n FROM evaluation_latest GROUP BY status')) current[row.status] = Number(row.n);
  const failing = await db.query(`SELECT * FROM evaluation_latest WHERE status IN ('NON_COMPLIANT', 'ERROR') AND suppressed = 0 ORDER BY resource_key, rule_id`);
  return {
    since: from,
    runs: runs.map((run) => ({ id: run.id, source: run.source, startedAt: run.started_at, metadata: parseMetadata(run.metadata), counts: byRun.get(run.id) ?? {} })),
    changes: changes.map(toChange),
    current,
    failing: failing.map(toLatest).sort((a, b) => SEVERITY_ORDER.indexOf(b.severity) - SEVERITY_ORDER.indexOf(a.severity)),
  };
}

/** The latest status of every resource for these rules (what `tosei report --framework` judges controls by). */
export async function latestOfRules(db: SqlExecutor, ruleIds: readonly string[]): Promise<LatestStatus[]> {
  if (ruleIds.length === 0) return [];
  const placeholders = ruleIds.map((_, index) => `$${index + 1}`).join(', ');
  const rows = await db.query(`SELECT * FROM evaluation_latest WHERE rule_id IN (${placeholders}) ORDER BY rule_id, resource_key`, [...ruleIds]);
  return rows.map(toLatest);
}

const SEVERITY_ORDER: readonly Severity[] = ['info', 'low', 'medium', 'high', 'critical'];

/** `7d`, `12h`, `30m`, `2w` before `now`, or an ISO-8601 date/time; undefined when it is neither. */
export function parseSince(text: string, now = new Date()): Date | undefined {
  const duration = /^(\d+)\s*([mhdw])$/.exec(text.trim());
  if (duration) {
    const unit = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 }[duration[2] as 'm' | 'h' | 'd' | 'w'];
    return new Date(now.getTime() - Number(duration[1]) * unit);
  }
  if (!/^\d{4}-\d{2}-\d{2}/.test(text.trim())) return undefined;
  const date = new Date(text.trim());
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function likePattern(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`).replace(/\*/g, '%');
}

function parseMetadata(text: string): Record<string, unknown> {
  try {
    const value = JSON.parse(text) as unknown;
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function resourceOf(row: Record<string, unknown>): StoredResource {
  const resource: StoredResource = { key: String(row.resource_key), type: String(row.resource_type), id: String(row.resource_id) };
  if (row.resource_arn) resource.arn = String(row.resource_arn);
  if (row.account) resource.account = String(row.account);
  if (row.region) resource.region = String(row.region);
  return resource;
}

function toLatest(row: Record<string, unknown>): LatestStatus {
  return {
    ruleId: String(row.rule_id),
    resource: resourceOf(row),
    status: row.status as Status,
    severity: row.severity as Severity,
    message: String(row.message),
    suppressed: Number(row.suppressed) === 1,
    since: String(row.since),
    recordedAt: String(row.recorded_at),
    runId: String(row.run_id),
  };
}

function toChange(row: Record<string, unknown>): StatusChange {
  return {
    ruleId: String(row.rule_id),
    resource: resourceOf(row),
    previousStatus: (row.previous_status ?? null) as Status | null,
    status: row.status as Status,
    message: String(row.message),
    runId: String(row.run_id),
    source: row.source as RunSource,
    changedAt: String(row.changed_at),
  };
}
