/**
 * Link groups: the keys under which the gates know one resource (its resource key at each gate, its
 * ARN, `cfn:<stack>/<logical id>`, `tf:<organization>/<workspace>/<address>`, `physical:<type>/<id>`;
 * see model/resource-key.ts), each mapped to one group. Groups are built when a run is recorded:
 * an evaluation's keys join the groups they already belong to, merging them. Reading a resource's
 * history is then two indexed lookups: its group, and the group's keys.
 */
import { randomUUID } from 'node:crypto';
import { physicalIdOf } from '../model/resource-key.js';
import type { SqlExecutor, SqlParameter } from './database.js';
import type { Migration } from './migrate.js';

// Area 0200-0299 of the store (see migrate.ts): after the evaluation (0200-0203) and dashboard (0210-0211) migrations.
export const LINK_MIGRATIONS: readonly Migration[] = [
  {
    id: '0220_resource_links',
    statements: [
      'CREATE TABLE resource_links (link_key TEXT PRIMARY KEY, group_id TEXT NOT NULL, physical_id TEXT, linked_at TEXT NOT NULL)',
      'CREATE INDEX resource_links_group ON resource_links (group_id)',
      'CREATE INDEX resource_links_physical ON resource_links (physical_id)',
    ],
  },
];

/** Keys per `IN (...)` list: well under both dialects' limits on bound parameters. */
const KEYS_PER_STATEMENT = 200;
/** Keys one lookup gathers at most: a resource id shared by very many resources is not followed further. */
const MAX_LINKED_KEYS = 2000;
// An arbitrary constant: PostgreSQL advisory lock that keeps two servers from splitting one group.
const LINK_LOCK = 7_412_310;

/** Runs `work` on `keys` in chunks of bound placeholders `$1…`, concatenating what it returns. */
async function inChunks<T>(keys: readonly string[], work: (placeholders: string, chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const results: T[] = [];
  for (let start = 0; start < keys.length; start += KEYS_PER_STATEMENT) {
    const chunk = keys.slice(start, start + KEYS_PER_STATEMENT);
    results.push(...(await work(chunk.map((_, index) => `$${index + 1}`).join(', '), chunk)));
  }
  return results;
}

/**
 * Puts each resource's keys (`resources`: one list per resource of the run) into one link group, in
 * the run's transaction. Keys already grouped bring their groups along: groups that now share a
 * resource are merged. One lookup of the run's keys, one update per merged group (by its indexed
 * id), and multi-row inserts: linear in the run's keys.
 */
export async function recordLinks(tx: SqlExecutor, resources: readonly (readonly string[])[], now: string): Promise<void> {
  const keys = [...new Set(resources.flat())];
  if (keys.length === 0) return;
  // Two servers recording runs of one resource at once would each start a group of its own.
  if (tx.dialect === 'postgres') await tx.query('SELECT pg_advisory_xact_lock($1)', [LINK_LOCK]);
  const groupOf = new Map<string, string>();
  const found = await inChunks(keys, (placeholders, chunk) => tx.query<{ link_key: string; group_id: string }>(`SELECT link_key, group_id FROM resource_links WHERE link_key IN (${placeholders})`, chunk));
  for (const row of found) groupOf.set(row.link_key, row.group_id);

  // Groups merged during this run, each pointing at the group it went into.
  const mergedInto = new Map<string, string>();
  const root = (group: string): string => {
    let current = group;
    for (let next = mergedInto.get(current); next !== undefined; next = mergedInto.get(current)) current = next;
    return current;
  };
  const added: string[] = [];
  for (const resourceKeys of resources) {
    const groups = [...new Set(resourceKeys.flatMap((key) => (groupOf.has(key) ? [root(groupOf.get(key) as string)] : [])))].sort();
    const target = groups[0] ?? randomUUID();
    for (const other of groups.slice(1)) mergedInto.set(other, target);
    for (const key of resourceKeys) {
      if (groupOf.has(key)) continue;
      groupOf.set(key, target);
      added.push(key);
    }
  }
  for (const group of mergedInto.keys()) await tx.run('UPDATE resource_links SET group_id = $1 WHERE group_id = $2', [root(group), group]);
  const rows: SqlParameter[][] = added.map((key) => [key, root(groupOf.get(key) as string), physicalIdOf(key) ?? null, now]);
  const columns = 4;
  for (let start = 0; start < rows.length; start += KEYS_PER_STATEMENT) {
    const chunk = rows.slice(start, start + KEYS_PER_STATEMENT);
    const values = chunk.map((_, row) => `(${[1, 2, 3, 4].map((column) => `$${row * columns + column}`).join(', ')})`).join(', ');
    await tx.run(`INSERT INTO resource_links (link_key, group_id, physical_id, linked_at) VALUES ${values} ON CONFLICT (link_key) DO NOTHING`, chunk.flat());
  }
}

/**
 * Every key linked to `query`: a key of any gate, an ARN, a physical id, or a resource id that
 * evaluations were recorded under (a logical id, `vpc-0abc`). The query itself is among them, so
 * a key recorded before links were kept still finds its own evaluations. Indexed lookups only.
 */
export async function linkedKeys(db: SqlExecutor, query: string): Promise<string[]> {
  const groups = new Set((await db.query<{ group_id: string }>('SELECT group_id FROM resource_links WHERE link_key = $1 UNION SELECT group_id FROM resource_links WHERE physical_id = $1', [query])).map((row) => row.group_id));
  const named = await db.query<{ resource_key: string }>(`SELECT DISTINCT resource_key FROM evaluation_latest WHERE resource_id = $1 LIMIT ${MAX_LINKED_KEYS}`, [query]);
  const keys = new Set([query, ...named.map((row) => row.resource_key)]);
  const namedGroups = await inChunks(
    named.map((row) => row.resource_key),
    (placeholders, chunk) => db.query<{ group_id: string }>(`SELECT DISTINCT group_id FROM resource_links WHERE link_key IN (${placeholders})`, chunk),
  );
  for (const row of namedGroups) groups.add(row.group_id);
  const linked = await inChunks([...groups], (placeholders, chunk) => db.query<{ link_key: string }>(`SELECT link_key FROM resource_links WHERE group_id IN (${placeholders}) LIMIT ${MAX_LINKED_KEYS}`, chunk));
  for (const row of linked) {
    if (keys.size >= MAX_LINKED_KEYS) break;
    keys.add(row.link_key);
  }
  return [...keys].sort();
}

export { inChunks };
