/**
 * The read-only queries behind `tosei serve`'s dashboard (`/api/`): posture over time, current findings, one
 * resource across gates, and runs. Each is a few indexed statements over the evaluation store; nothing here writes.
 */
import type { RuleTally } from '../frameworks/compliance.js';
import type { Status } from '../model/evaluation.js';
import type { SqlExecutor, SqlParameter } from './database.js';
import { inChunks, linkedKeys } from './links.js';
import type { Migration } from './migrate.js';

/** The findings' order; migration 0211 indexes this very expression, so the two must stay the same text. */
const SEVERITY_ORDER = `CASE severity WHEN 'critical' THEN 0 WHEN 'high' THEN 1 WHEN 'medium' THEN 2 WHEN 'low' THEN 3 ELSE 4 END`;

const SEARCHED = 'rule_id, resource_id, message';

/**
 * SQLite: an FTS5 trigram table beside `evaluation_latest`, keyed by its rowid (contentless: the text stays in the
 * table), kept current by triggers, so whatever writes a verdict keeps the search index true without knowing it.
 */
const SQLITE_SEARCH: readonly string[] = [
  `CREATE VIRTUAL TABLE evaluation_latest_search USING fts5(${SEARCHED}, content='', contentless_delete=1, tokenize='trigram')`,
  `INSERT INTO evaluation_latest_search (rowid, ${SEARCHED}) SELECT rowid, ${SEARCHED} FROM evaluation_latest`,
  `CREATE TRIGGER evaluation_latest_search_insert AFTER INSERT ON evaluation_latest BEGIN
     INSERT INTO evaluation_latest_search (rowid, ${SEARCHED}) VALUES (new.rowid, new.rule_id, new.resource_id, new.message);
   END`,
  `CREATE TRIGGER evaluation_latest_search_delete AFTER DELETE ON evaluation_latest BEGIN
     DELETE FROM evaluation_latest_search WHERE rowid = old.rowid;
   END`,
  // A run rewrites every verdict it sees (ON CONFLICT DO UPDATE); only a changed text touches the index.
  `CREATE TRIGGER evaluation_latest_search_update AFTER UPDATE OF ${SEARCHED} ON evaluation_latest
   WHEN old.rule_id IS NOT new.rule_id OR old.resource_id IS NOT new.resource_id OR old.message IS NOT new.message BEGIN
     DELETE FROM evaluation_latest_search WHERE rowid = old.rowid;
     INSERT INTO evaluation_latest_search (rowid, ${SEARCHED}) VALUES (new.rowid, new.rule_id, new.resource_id, new.message);
   END`,
];

/**
 * PostgreSQL: pg_trgm GIN indexes on the lowered columns the query's LIKE reads. CREATE EXTENSION needs a role
 * allowed to create it; without one (or without the contrib package) the migration still applies, without the
 * indexes, and the search scans as before: \`tosei serve\` says so when it starts (see searchIndexed).
 */
const POSTGRES_SEARCH: readonly string[] = [
  `DO $$ BEGIN
     CREATE EXTENSION IF NOT EXISTS pg_trgm;
   EXCEPTION WHEN insufficient_privilege OR undefined_file OR feature_not_supported THEN
     RAISE NOTICE 'pg_trgm is not available (%): the findings search is not indexed', SQLERRM;
   END $$`,
  `DO $$ BEGIN
     IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
       CREATE INDEX evaluation_latest_rule_trgm ON evaluation_latest USING gin (LOWER(rule_id) gin_trgm_ops);
       CREATE INDEX evaluation_latest_resource_trgm ON evaluation_latest USING gin (LOWER(resource_id) gin_trgm_ops);
       CREATE INDEX evaluation_latest_message_trgm ON evaluation_latest USING gin (LOWER(message) gin_trgm_ops);
     END IF;
   END $$`,
];

/** Whether the findings search has its index: always on SQLite; on PostgreSQL when pg_trgm was there for migration 0212. */
export async function searchIndexed(db: SqlExecutor): Promise<boolean> {
  if (db.dialect === 'sqlite') return true;
  const rows = await db.query(`SELECT 1 AS found FROM pg_indexes WHERE tablename = 'evaluation_latest' AND indexname = 'evaluation_latest_message_trgm'`);
  return rows.length > 0;
}

// Area 0200-0299 of the store, with the evaluations (see migrate.ts).
export const DASHBOARD_MIGRATIONS: readonly Migration[] = [
  {
    // Posture over time groups evaluations by day: one range scan of the window, not the whole table.
    id: '0210_evaluations_time',
    statements: ['CREATE INDEX evaluations_time ON evaluations (recorded_at, status)'],
  },
  {
    // Measured on 1,000,000 evaluations (npm run bench -- --only dashboard). Each index covers its query, so a page reads
    // only index entries: posture reads the failing evaluations of the window (a few percent), not the whole window;
    // the run list counts its runs' statuses without visiting rows; findings walk the latest verdicts in the page's
    // order (severity rank, rule, resource) and stop at the page; the filters' accounts and regions come from an index.
    id: '0211_dashboard_indexes',
    statements: [
      'CREATE INDEX evaluations_failing ON evaluations (status, suppressed, recorded_at, severity, account, region, resource_key, run_id)',
      'CREATE INDEX evaluations_run_status ON evaluations (run_id, status)',
      `CREATE INDEX evaluation_latest_order ON evaluation_latest ((${SEVERITY_ORDER}), rule_id, resource_key)`,
      `CREATE INDEX evaluation_latest_status_order ON evaluation_latest (status, (${SEVERITY_ORDER}), rule_id, resource_key)`,
      'CREATE INDEX evaluation_latest_account ON evaluation_latest (account, region, status, severity, suppressed)',
      'CREATE INDEX evaluation_latest_region ON evaluation_latest (region, status, severity, suppressed)',
      'CREATE INDEX evaluation_latest_totals ON evaluation_latest (status, severity, suppressed)',
      'CREATE INDEX evaluation_runs_source ON evaluation_runs (source, started_at)',
      // A gate's latest verdicts (`run_id IN (runs of the source)`): its runs' entries only, never the rows.
      'CREATE INDEX evaluation_latest_run ON evaluation_latest (run_id, status, severity, suppressed)',
    ],
  },
  {
    // The findings search (`q`: a case-insensitive substring of the rule id, resource id or message) scanned every
    // latest verdict. Both dialects now index the three columns by trigrams, which find a substring of three
    // characters or more; the query still applies its LIKE to what the index returns, so results are exact.
    id: '0212_findings_search',
    statements: (dialect) => (dialect === 'sqlite' ? SQLITE_SEARCH : POSTGRES_SEARCH),
  },
  {
    // A framework's controls count the latest verdicts of their rules by status: index entries only, per rule.
    id: '0213_framework_counts',
    // A control's verdict list walks the same entries in resource order.
    statements: ['CREATE INDEX evaluation_latest_rule_status ON evaluation_latest (rule_id, status, suppressed, resource_key)'],
  },
  {
    // The findings of one rule narrowed by account, region, status or gate: counted from index entries (the primary
    // key has only the rule, so each of its 12,500 rows per rule on 1,000,000 evaluations was read), and a page's few
    // rows found without reading the others.
    id: '0214_findings_rule_scope',
    statements: ['CREATE INDEX evaluation_latest_rule_scope ON evaluation_latest (rule_id, account, region, status, severity, suppressed, run_id)'],
  },
];

/** Narrows every query: the account, region and gate (run source) of the evaluations. */
export interface Scope {
  account?: string;
  region?: string;
  source?: string;
}

export interface DayPosture {
  /** `YYYY-MM-DD` (UTC). */
  day: string;
  /** Distinct resources with an unsuppressed NON_COMPLIANT evaluation that day, by severity. */
  bySeverity: Record<string, number>;
}

export interface StoredFinding {
  ruleId: string;
  resourceKey: string;
  resourceType: string;
  resourceId: string;
  resourceArn?: string;
  account?: string;
  region?: string;
  status: string;
  severity: string;
  message: string;
  suppressed: boolean;
  since: string;
  recordedAt: string;
}

export interface FindingFilter extends Scope {
  status?: string;
  severity?: string;
  ruleId?: string;
  /** Case-insensitive text in the rule id, resource id or message; the total then counts up to SEARCH_COUNT_LIMIT. */
  text?: string;
  limit: number;
  offset: number;
}

export interface TimelineEntry {
  at: string;
  source: string;
  /** The key the gate recorded the evaluation under (its own name for the resource). */
  resourceKey: string;
  runId: string;
  ruleId: string;
  status: string;
  severity: string;
  message: string;
}

export interface StoredRun {
  id: string;
  source: string;
  startedAt: string;
  metadata: Record<string, unknown>;
  counts: Record<string, number>;
}


/** Placeholders `$1…` in order, as both dialects take them. */
class Conditions {
  readonly clauses: string[] = [];
  readonly params: SqlParameter[] = [];
  add(clause: (placeholder: string) => string, value: SqlParameter | undefined): void {
    if (value === undefined || value === '') return;
    this.params.push(value);
    this.clauses.push(clause(`$${this.params.length}`));
  }
  where(): string {
    return this.clauses.length > 0 ? `WHERE ${this.clauses.join(' AND ')}` : '';
  }
}

/** Non-compliant resources by severity per day, over the `days` before `now` (days without any are left out). */
export async function postureByDay(db: SqlExecutor, scope: Scope & { days: number; now?: Date }): Promise<DayPosture[]> {
  const now = scope.now ?? new Date();
  const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - (scope.days - 1))).toISOString();
  const conditions = new Conditions();
  conditions.add((p) => `e.recorded_at >= ${p}`, from);
  conditions.clauses.push(`e.status = 'NON_COMPLIANT'`, 'e.suppressed = 0');
  conditions.add((p) => `e.account = ${p}`, scope.account);
  conditions.add((p) => `e.region = ${p}`, scope.region);
  conditions.add((p) => `r.source = ${p}`, scope.source);
  const rows = await db.query<{ day: string; severity: string; resources: number | string }>(
    `SELECT substr(e.recorded_at, 1, 10) AS day, e.severity AS severity, COUNT(DISTINCT e.resource_key) AS resources
       FROM evaluations e JOIN evaluation_runs r ON r.id = e.run_id ${conditions.where()}
      GROUP BY substr(e.recorded_at, 1, 10), e.severity ORDER BY day`,
    conditions.params,
  );
  const days = new Map<string, DayPosture>();
  for (const row of rows) {
    const entry = days.get(row.day) ?? { day: row.day, bySeverity: {} };
    entry.bySeverity[row.severity] = Number(row.resources);
    days.set(row.day, entry);
  }
  return [...days.values()];
}

/** The latest verdicts (one per rule and resource), most severe first, one page of them and how many there are. */
export async function currentFindings(db: SqlExecutor, filter: FindingFilter): Promise<{ total: number; totalIsLowerBound?: true; findings: StoredFinding[] }> {
  const page = { limit: Math.trunc(filter.limit), offset: Math.trunc(filter.offset) };
  if (db.dialect !== 'sqlite') {
    // PostgreSQL's planner weighs its own statistics, trigram indexes included, for the same query; but it takes a
    // text for more common than it is and walks the page's order for it, reading a good part of the store.
    const conditions = findingConditions(filter, { indexed: true });
    const [count] = await db.query<{ total: number | string }>(
      filter.text
        ? `SELECT COUNT(*) AS total FROM (SELECT 1 FROM evaluation_latest ${conditions.where()} LIMIT ${SEARCH_COUNT_LIMIT + 1}) matches`
        : `SELECT COUNT(*) AS total FROM evaluation_latest ${conditions.where()}`,
      conditions.params,
    );
    const total = Number(count?.total ?? 0);
    if (!filter.text) {
      // Few verdicts kept by the filters: read by the filters' indexes and sorted. Left to choose, the planner walks the
      // page's order for them, reading every row of a rule to find none from a gate that never checked it.
      if (total === 0) return findingsPage(0, []);
      const sorted = !walkIsCheaper(await latestRows(db), total, page, 1);
      return findingsPage(total, (await pageOf(db, 'evaluation_latest', conditions, filter, page, false, sorted ? UNINDEXED_ORDER : undefined)).findings);
    }
    // A text in most of the first rows of the page's order has its page there; any other is read by the filters' or
    // the trigram indexes and sorted (an order the indexes do not have: `+ 0`).
    const walked = await walkedPage(db, filter, page);
    if (walked) return findingsPage(total, walked);
    return findingsPage(total, (await pageOf(db, 'evaluation_latest', conditions, filter, page, false, UNINDEXED_ORDER)).findings);
  }
  if (!filter.text) {
    const counted = findingConditions(filter, { indexed: true });
    const [count] = await db.query<{ total: number | string }>(`SELECT COUNT(*) AS total FROM evaluation_latest ${counted.where()}`, counted.params);
    const total = Number(count?.total ?? 0);
    if (total === 0) return findingsPage(0, []);
    const walk = walkIsCheaper(await latestRows(db), total, page, 1);
    const conditions = findingConditions(filter, { indexed: !walk, forPage: true });
    return findingsPage(total, (await pageOf(db, 'evaluation_latest', conditions, filter, page)).findings);
  }
  // The trigram index lists the rows that may hold a text of three characters or more (the LIKE decides); read up to
  // a bound, its list tells how common the text is. A text in few rows: its rows are read and sorted.
  const phrase = [...filter.text].length >= TRIGRAM ? ftsPhrase(filter.text) : undefined;
  const candidates = phrase ? await searchCandidates(db, phrase) : undefined;
  const rows = await latestRows(db);
  // Past the trigram index's bound, the text is in that many rows at least.
  const share = candidates === undefined || candidates > INDEXED_SEARCH_ROWS ? Math.max(await textShare(db, filter.text), candidates ? candidates / rows : 0) : candidates / rows;
  if (phrase && candidates !== undefined && candidates <= INDEXED_SEARCH_ROWS) {
    // The walk is tried where it reads fewer rows than the index gives.
    let findings = candidates > WALKED_ROWS ? await walkedPage(db, filter, page) : undefined;
    if (!findings) {
      // One pass over the index's rows gives both the page and how many match (before the page's LIMIT applies).
      const conditions = findingConditions(filter, { indexed: false, forPage: true });
      const found = await pageOf(db, searchMatches(conditions, phrase), conditions, filter, page, true);
      if (found.matches !== undefined) return findingsPage(found.matches, found.findings);
      // No match at all; or a page past the last one, then counted alone.
      if (page.offset === 0) return findingsPage(0, found.findings);
      findings = found.findings;
    }
    const counted = findingConditions(filter, { indexed: false });
    const [count] = await db.query<{ total: number | string }>(`SELECT COUNT(*) AS total FROM (SELECT 1 FROM ${searchMatches(counted, phrase)} ${counted.where()} LIMIT ${SEARCH_COUNT_LIMIT + 1}) matches`, counted.params);
    return findingsPage(Number(count?.total ?? 0), findings);
  }
  // A common text (or one too short for the index): the LIKE is tested row by row, on the rows of the page's order
  // (which stops at the page) or on those of the filters' index (then sorted), whichever reads fewer by the estimates.
  const unsearched = findingConditions({ ...filter, text: undefined }, { indexed: true });
  const [filteredCount] = unsearched.clauses.length > 0 ? await db.query<{ total: number | string }>(`SELECT COUNT(*) AS total FROM evaluation_latest ${unsearched.where()}`, unsearched.params) : [undefined];
  const filtered = filteredCount ? Number(filteredCount.total) : rows;
  // The count stops at its bound sooner from the side where matches are denser: the index's rows when the filters
  // keep most rows, the filters' rows when the text is in most of them.
  const readByFilters = Math.min(filtered, (SEARCH_COUNT_LIMIT + 1) / share);
  const readByIndex = Math.min(share * rows, ((SEARCH_COUNT_LIMIT + 1) * rows) / Math.max(1, filtered));
  const countedByIndex = phrase !== undefined && readByIndex < readByFilters;
  const counted = findingConditions(filter, { indexed: !countedByIndex });
  const [count] = await db.query<{ total: number | string }>(
    `SELECT COUNT(*) AS total FROM (SELECT 1 FROM ${countedByIndex ? searchMatches(counted, phrase) : 'evaluation_latest'} ${counted.where()} LIMIT ${SEARCH_COUNT_LIMIT + 1}) matches`,
    counted.params,
  );
  const walked = await walkedPage(db, filter, page);
  if (walked) return findingsPage(Number(count?.total ?? 0), walked);
  const walk = walkIsCheaper(rows, filtered, page, share);
  const conditions = findingConditions(filter, { indexed: !walk, forPage: true });
  return findingsPage(Number(count?.total ?? 0), (await pageOf(db, 'evaluation_latest', conditions, filter, page)).findings);
}

/**
 * The page from the first WALKED_ROWS rows of the page's order (those of the status and severity asked for),
 * when they hold all of it; else undefined. Where the text is in most of the filtered rows, that is the quickest read,
 * and where it is not, a bounded one: estimates from the whole store cannot tell, as the text and the filters often
 * go together (a status and its message).
 */
async function walkedPage(db: SqlExecutor, filter: FindingFilter, page: { limit: number; offset: number }): Promise<StoredFinding[] | undefined> {
  const wanted = page.offset + page.limit;
  if (wanted > WALKED_ROWS / 4) return undefined;
  // A text in most rows is found in a few of them: those first, as the matches found are sorted again.
  for (const rows of new Set([Math.max(4 * wanted, 200), WALKED_ROWS])) {
    // The conditions test the walked rows (a subquery with a LIMIT is not merged into the query that reads it).
    const conditions = findingConditions(filter, { indexed: true });
    const range: string[] = [];
    if (filter.status) {
      conditions.params.push(filter.status);
      range.push(`status = $${conditions.params.length}`);
    }
    if (filter.severity) range.push(`${SEVERITY_ORDER} = ${severityRank(filter.severity)}`);
    const walked = `(SELECT * FROM evaluation_latest ${range.length > 0 ? `WHERE ${range.join(' AND ')}` : ''} ORDER BY ${findingsOrder(filter)} LIMIT ${rows}) walked`;
    const { findings } = await pageOf(db, walked, conditions, filter, page);
    if (findings.length === page.limit) return findings;
  }
  return undefined;
}

/** Measured on 1,000,000 evaluations: testing this many rows for a text takes about 10 ms. */
const WALKED_ROWS = 5000;

/** SQLite: how many rows the trigram index gives for the phrase, counted up to INDEXED_SEARCH_ROWS + 1. */
async function searchCandidates(db: SqlExecutor, phrase: string): Promise<number> {
  const [probe] = await db.query<{ candidates: number | string }>(
    `SELECT COUNT(*) AS candidates FROM (SELECT rowid FROM evaluation_latest_search WHERE evaluation_latest_search MATCH $1 LIMIT ${INDEXED_SEARCH_ROWS + 1})`,
    [phrase],
  );
  return Number(probe?.candidates ?? 0);
}

/**
 * SQLite: the rows the trigram index gives for the phrase, joined to their verdicts (the conditions then decide).
 * CROSS JOIN: SQLite keeps the written order, the index's rows first, then each one's verdict by rowid.
 */
function searchMatches(conditions: Conditions, phrase: string): string {
  conditions.params.push(phrase);
  return `(SELECT rowid AS id FROM evaluation_latest_search WHERE evaluation_latest_search MATCH $${conditions.params.length}) matched
    CROSS JOIN evaluation_latest ON evaluation_latest.rowid = matched.id`;
}

/**
 * The findings' filters as conditions. `indexed: false` (SQLite) writes the columns as `+column`, which keeps SQLite
 * from choosing an index for them: the query then walks the index in the page's order (by status first when there is
 * one) and stops at the page. A severity is also its rank, the first column of that order.
 */
function findingConditions(filter: Omit<FindingFilter, 'limit' | 'offset'>, options: { indexed: boolean; forPage?: boolean }): Conditions {
  const column = (name: string) => (options.indexed ? name : `+${name}`);
  const conditions = new Conditions();
  conditions.add((p) => `status = ${p}`, filter.status);
  conditions.add((p) => `${column('severity')} = ${p}`, filter.severity);
  // A count keeps to the covering indexes of the columns themselves.
  if (filter.severity && options.forPage) conditions.clauses.push(`${SEVERITY_ORDER} = ${severityRank(filter.severity)}`);
  conditions.add((p) => `${column('rule_id')} = ${p}`, filter.ruleId);
  conditions.add((p) => `${column('account')} = ${p}`, filter.account);
  conditions.add((p) => `${column('region')} = ${p}`, filter.region);
  conditions.add((p) => `${column('run_id')} IN (SELECT id FROM evaluation_runs WHERE source = ${p})`, filter.source);
  // Last: the columns' tests are cheaper, and a row they turn away is not searched.
  const like = (p: string) => `LIKE ${p} ESCAPE '\\'`;
  conditions.add((p) => `(LOWER(rule_id) ${like(p)} OR LOWER(resource_id) ${like(p)} OR LOWER(message) ${like(p)})`, filter.text ? `%${escapeLike(filter.text.toLowerCase())}%` : undefined);
  return conditions;
}

/** One page of the verdicts `from` gives, in the page's order; `counted`: with how many there are before the page is cut. */
async function pageOf(db: SqlExecutor, from: string, conditions: Conditions, filter: FindingFilter, page: { limit: number; offset: number }, counted = false, order = findingsOrder(filter)): Promise<{ findings: StoredFinding[]; matches?: number }> {
  const rows = await db.query<LatestRow & { matches?: number | string } & Record<string, unknown>>(
    `SELECT rule_id, resource_key, resource_type, resource_id, resource_arn, account, region, status, severity, message, suppressed, since, recorded_at${counted ? ', COUNT(*) OVER () AS matches' : ''}
       FROM ${from} ${conditions.where()} ORDER BY ${order} LIMIT ${page.limit} OFFSET ${page.offset}`,
    conditions.params,
  );
  return { findings: rows.map(toFinding), ...(counted && rows[0] ? { matches: Number(rows[0].matches) } : {}) };
}

/** The page's order; under one severity, all of one rank, the rule and resource order alone (what the index gives there). */
function findingsOrder(filter: Omit<FindingFilter, 'limit' | 'offset'>): string {
  return filter.severity ? 'rule_id, resource_key' : `${SEVERITY_ORDER}, rule_id, resource_key`;
}

/** A search counts its matches up to SEARCH_COUNT_LIMIT: past it, reading every match only to count it would cost more than the page. */
function findingsPage(total: number, findings: StoredFinding[]): { total: number; totalIsLowerBound?: true; findings: StoredFinding[] } {
  if (total > SEARCH_COUNT_LIMIT) return { total: SEARCH_COUNT_LIMIT, totalIsLowerBound: true, findings };
  return { total, findings };
}

/**
 * The latest verdicts of each rule counted by status (suppressed ones apart): what a framework's controls are judged
 * from (`frameworkStates`), added up by the database from index entries instead of read row by row.
 */
export async function ruleTallies(db: SqlExecutor, ruleIds: readonly string[]): Promise<Map<string, RuleTally>> {
  const tallies = new Map<string, RuleTally>();
  if (ruleIds.length === 0) return tallies;
  const rows = await db.query<{ rule_id: string; status: string; suppressed: number | string; count: number | string }>(
    `SELECT rule_id, status, suppressed, COUNT(*) AS count FROM evaluation_latest WHERE rule_id IN (${placeholders(ruleIds.length)}) GROUP BY rule_id, status, suppressed`,
    [...ruleIds],
  );
  for (const row of rows) {
    const tally = tallies.get(row.rule_id) ?? { byStatus: {}, suppressed: 0 };
    if (Number(row.suppressed)) tally.suppressed += Number(row.count);
    else tally.byStatus[row.status as Status] = (tally.byStatus[row.status as Status] ?? 0) + Number(row.count);
    tallies.set(row.rule_id, tally);
  }
  return tallies;
}

/**
 * Changes whenever a run is recorded or removed, the only ways the latest verdicts change: a cache of counts over them
 * holds while this stays the same. Two index reads.
 */
export async function storeVersion(db: SqlExecutor): Promise<string> {
  const [row] = await db.query<{ runs: number | string; latest: string | null }>('SELECT COUNT(*) AS runs, MAX(started_at) AS latest FROM evaluation_runs');
  return `${Number(row?.runs ?? 0)} ${row?.latest ?? ''}`;
}

/** Which of a control's verdicts to list: suppressed ones only under `SUPPRESSED`, whatever their status. */
export type VerdictSelection = { statuses: readonly string[] } | 'SUPPRESSED';

/** One page of the latest verdicts of some rules (a control's), by rule and resource, and how many there are. */
export async function verdictsOfRules(db: SqlExecutor, ruleIds: readonly string[], selection: VerdictSelection, page: { limit: number; offset: number }): Promise<{ total: number; findings: StoredFinding[] }> {
  if (ruleIds.length === 0 || (selection !== 'SUPPRESSED' && selection.statuses.length === 0)) return { total: 0, findings: [] };
  const params: SqlParameter[] = [...ruleIds];
  let where = `rule_id IN (${placeholders(ruleIds.length)})`;
  if (selection === 'SUPPRESSED') where += ' AND suppressed = 1';
  else {
    where += ` AND status IN (${selection.statuses.map((_, index) => `$${ruleIds.length + index + 1}`).join(', ')}) AND suppressed = 0`;
    params.push(...selection.statuses);
  }
  const [count] = await db.query<{ total: number | string }>(`SELECT COUNT(*) AS total FROM evaluation_latest WHERE ${where}`, params);
  const rows = await db.query<LatestRow & Record<string, unknown>>(
    `SELECT rule_id, resource_key, resource_type, resource_id, resource_arn, account, region, status, severity, message, suppressed, since, recorded_at
       FROM evaluation_latest WHERE ${where} ORDER BY rule_id, resource_key LIMIT ${Math.trunc(page.limit)} OFFSET ${Math.trunc(page.offset)}`,
    params,
  );
  return { total: Number(count?.total ?? 0), findings: rows.map(toFinding) };
}

function placeholders(count: number): string {
  return Array.from({ length: count }, (_, index) => `$${index + 1}`).join(', ');
}

/** Counts of the latest verdicts by status and, for NON_COMPLIANT, by severity. */
export async function currentTotals(db: SqlExecutor, scope: Scope): Promise<{ byStatus: Record<string, number>; failingBySeverity: Record<string, number> }> {
  const conditions = new Conditions();
  conditions.add((p) => `account = ${p}`, scope.account);
  conditions.add((p) => `region = ${p}`, scope.region);
  conditions.add((p) => `run_id IN (SELECT id FROM evaluation_runs WHERE source = ${p})`, scope.source);
  const rows = await db.query<{ status: string; severity: string; suppressed: number | string; count: number | string }>(
    `SELECT status, severity, suppressed, COUNT(*) AS count FROM evaluation_latest ${conditions.where()} GROUP BY status, severity, suppressed`,
    conditions.params,
  );
  const byStatus: Record<string, number> = {};
  const failingBySeverity: Record<string, number> = {};
  for (const row of rows) {
    const status = Number(row.suppressed) ? 'SUPPRESSED' : row.status;
    byStatus[status] = (byStatus[status] ?? 0) + Number(row.count);
    if (status === 'NON_COMPLIANT') failingBySeverity[row.severity] = (failingBySeverity[row.severity] ?? 0) + Number(row.count);
  }
  return { byStatus, failingBySeverity };
}

/** The accounts, regions and gates the store has seen, for the filters. */
export async function facets(db: SqlExecutor): Promise<{ accounts: string[]; regions: string[]; sources: string[] }> {
  // The distinct values by hopping along the column's index from one value to the next greater (neither dialect
  // does that for DISTINCT): a few index probes instead of reading every row. NULLs are never a value here.
  const column = async (table: string, name: string) => {
    const sql = `WITH RECURSIVE seen (value) AS (
        SELECT MIN(${name}) FROM ${table}
        UNION ALL SELECT (SELECT MIN(${name}) FROM ${table} WHERE ${name} > seen.value) FROM seen WHERE seen.value IS NOT NULL)
      SELECT value FROM seen WHERE value IS NOT NULL ORDER BY value`;
    return (await db.query<{ value: string | null }>(sql)).map((row) => row.value).filter((value): value is string => typeof value === 'string' && value !== '');
  };
  return {
    accounts: await column('evaluation_latest', 'account'),
    regions: await column('evaluation_latest', 'region'),
    sources: await column('evaluation_runs', 'source'),
  };
}

/**
 * One resource across gates: everything linked to `key` (any of its keys, see store/links.ts), its
 * latest verdicts and every evaluation of it, newest first, with the gate that made it.
 */
export async function resourceTimeline(db: SqlExecutor, key: string, limit = 500): Promise<{ keys: string[]; latest: StoredFinding[]; timeline: TimelineEntry[] }> {
  const keys = await linkedKeys(db, key);
  const latest = await inChunks(keys, (placeholders, chunk) =>
    db.query<LatestRow & { rank: number } & Record<string, unknown>>(
      `SELECT rule_id, resource_key, resource_type, resource_id, resource_arn, account, region, status, severity, message, suppressed, since, recorded_at, ${SEVERITY_ORDER} AS rank
         FROM evaluation_latest WHERE resource_key IN (${placeholders})`,
      chunk,
    ),
  );
  const timeline = await inChunks(keys, (placeholders, chunk) =>
    db.query<{ id: number; recorded_at: string; source: string; run_id: string; rule_id: string; status: string; severity: string; message: string; resource_key: string }>(
      `SELECT e.id, e.recorded_at, r.source, e.run_id, e.rule_id, e.status, e.severity, e.message, e.resource_key
         FROM evaluations e JOIN evaluation_runs r ON r.id = e.run_id WHERE e.resource_key IN (${placeholders}) ORDER BY e.recorded_at DESC, e.rule_id LIMIT ${Math.trunc(limit)}`,
      chunk,
    ),
  );
  latest.sort((a, b) => Number(a.rank) - Number(b.rank) || a.rule_id.localeCompare(b.rule_id) || a.resource_key.localeCompare(b.resource_key));
  timeline.sort((a, b) => b.recorded_at.localeCompare(a.recorded_at) || a.rule_id.localeCompare(b.rule_id) || Number(b.id) - Number(a.id));
  return {
    keys,
    latest: latest.map(toFinding),
    timeline: timeline
      .slice(0, Math.trunc(limit))
      .map((row) => ({ at: row.recorded_at, source: row.source, resourceKey: row.resource_key, runId: row.run_id, ruleId: row.rule_id, status: row.status, severity: row.severity, message: row.message })),
  };
}

/** Runs of one gate (or all), newest first, with their evaluation counts by status. */
export async function recentRuns(db: SqlExecutor, options: { source?: string; limit: number; offset: number }): Promise<StoredRun[]> {
  const conditions = new Conditions();
  conditions.add((p) => `source = ${p}`, options.source);
  const runs = await db.query<{ id: string; source: string; started_at: string; metadata: string }>(
    `SELECT id, source, started_at, metadata FROM evaluation_runs ${conditions.where()} ORDER BY started_at DESC, id LIMIT ${Math.trunc(options.limit)} OFFSET ${Math.trunc(options.offset)}`,
    conditions.params,
  );
  if (runs.length === 0) return [];
  const placeholders = runs.map((_, index) => `$${index + 1}`).join(', ');
  const counts = await db.query<{ run_id: string; status: string; count: number | string }>(
    `SELECT run_id, status, COUNT(*) AS count FROM evaluations WHERE run_id IN (${placeholders}) GROUP BY run_id, status`,
    runs.map((run) => run.id),
  );
  return runs.map((run) => ({
    id: run.id,
    source: run.source,
    startedAt: run.started_at,
    metadata: parseObject(run.metadata),
    counts: Object.fromEntries(counts.filter((row) => row.run_id === run.id).map((row) => [row.status, Number(row.count)])),
  }));
}

interface LatestRow {
  rule_id: string;
  resource_key: string;
  resource_type: string;
  resource_id: string;
  resource_arn: string | null;
  account: string | null;
  region: string | null;
  status: string;
  severity: string;
  message: string;
  suppressed: number | string | boolean;
  since: string;
  recorded_at: string;
}

function toFinding(row: LatestRow): StoredFinding {
  return {
    ruleId: row.rule_id,
    resourceKey: row.resource_key,
    resourceType: row.resource_type,
    resourceId: row.resource_id,
    ...(row.resource_arn ? { resourceArn: row.resource_arn } : {}),
    ...(row.account ? { account: row.account } : {}),
    ...(row.region ? { region: row.region } : {}),
    status: row.status,
    severity: row.severity,
    message: row.message,
    suppressed: Boolean(Number(row.suppressed)),
    since: row.since,
    recordedAt: row.recorded_at,
  };
}

function parseObject(text: string): Record<string, unknown> {
  try {
    const value = JSON.parse(text) as unknown;
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const TRIGRAM = 3;

/** The page's order as PostgreSQL has no index for (`+ 0`): the rows are read by the filters' indexes, then sorted. */
const UNINDEXED_ORDER = `(${SEVERITY_ORDER}) + 0, rule_id, resource_key`;

/**
 * About how many latest verdicts there are, for weighing query shapes. SQLite: the largest rowid, one index probe
 * (rows removed leave gaps, so it may count more); PostgreSQL: the planner's own estimate.
 */
async function latestRows(db: SqlExecutor): Promise<number> {
  const [row] = await db.query<{ rows: number | string | null }>(
    db.dialect === 'sqlite' ? 'SELECT MAX(rowid) AS rows FROM evaluation_latest' : `SELECT reltuples AS rows FROM pg_class WHERE oid = 'evaluation_latest'::regclass`,
  );
  return Math.max(1, Number(row?.rows ?? 0));
}

/**
 * Whether walking the page's order (testing the filters on each row, stopping at the page) reads fewer rows
 * than reading the `filtered` rows the filters' index gives and sorting them. The walk reads about
 * `(offset + limit) / share of rows that match`, all of them at most; a sorted row costs SORTED_ROW_COST walked ones.
 */
function walkIsCheaper(rows: number, filtered: number, page: { limit: number; offset: number }, textShare: number): boolean {
  const matching = filtered * textShare;
  if (matching <= 0) return false;
  const walked = Math.min(rows, ((page.offset + page.limit) * rows) / matching);
  return walked < filtered * SORTED_ROW_COST;
}

/** Measured on 1,000,000 evaluations: reading a verdict by the filters' index and sorting it costs about as much as walking ten by the order index. */
const SORTED_ROW_COST = 10;

/** SQLite: the share of a sample of the latest verdicts that hold the text (one in COMMON_SAMPLE when none does). */
async function textShare(db: SqlExecutor, text: string): Promise<number> {
  const pattern = `%${escapeLike(text.toLowerCase())}%`;
  const like = `LIKE $1 ESCAPE '\\'`;
  const [sample] = await db.query<{ hits: number | string; rows: number | string }>(
    `SELECT SUM(CASE WHEN LOWER(rule_id) ${like} OR LOWER(resource_id) ${like} OR LOWER(message) ${like} THEN 1 ELSE 0 END) AS hits, COUNT(*) AS rows
       FROM (SELECT rule_id, resource_id, message FROM evaluation_latest LIMIT ${COMMON_SAMPLE}) sample`,
    [pattern],
  );
  return Math.max(1, Number(sample?.hits ?? 0)) / Math.max(1, Number(sample?.rows ?? 0));
}

const COMMON_SAMPLE = 2000;

/** The rank SEVERITY_ORDER gives a severity. */
function severityRank(severity: string): number {
  const rank = ['critical', 'high', 'medium', 'low'].indexOf(severity);
  return rank === -1 ? 4 : rank;
}

/** A search's total stops here (`totalIsLowerBound`): "1,000 or more". */
export const SEARCH_COUNT_LIMIT = 1000;

/**
 * SQLite: a search text in more rows than this is tested row by row, not read from the trigram index: reading this
 * many rows and sorting the matches takes tens of milliseconds on 1,000,000 evaluations; a text in more rows is found
 * in a page's order soon enough.
 */
export const INDEXED_SEARCH_ROWS = 40_000;

/** The text as one FTS5 phrase: with the trigram tokenizer, rows holding it as a substring of a column, in any case. */
function ftsPhrase(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** `%` and `_` match themselves in the search text. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
