import type { ResourceGraph } from '../../model/graph.js';
import type { Resource } from '../../model/resource.js';
import { isUnknown, unknown, type Unknown } from '../../model/unknown.js';
import { getPath } from '../../model/value.js';
import { existence } from './certainty.js';
import { numberSetting } from './settings.js';

/**
 * DynamoDB capacity scaled by Application Auto Scaling: which `AWS::ApplicationAutoScaling::
 * ScalableTarget`s (ServiceNamespace `dynamodb`, ResourceId `table/<name>` or
 * `table/<name>/index/<index>`) and which scaling policies act on a table, indexed once per graph.
 * A target whose table can not be told (a ResourceId known only at deployment that refers to no
 * table) may scale any table, so it keeps an otherwise missing scaling unknown.
 */

const TARGET = 'AWS::ApplicationAutoScaling::ScalableTarget';
const POLICY = 'AWS::ApplicationAutoScaling::ScalingPolicy';
const TABLE = 'AWS::DynamoDB::Table';

type Capacity = 'read' | 'write';

interface TargetEntry {
  target: Resource;
  /** The capacity it scales; unknown when its ScalableDimension is. */
  capacity: Capacity | Unknown;
  /** The index it scales, undefined for the table itself. */
  index: string | Unknown | undefined;
}

interface ScalingIndex {
  byTable: Map<string, TargetEntry[]>;
  byTableName: Map<string, TargetEntry[]>;
  /** DynamoDB targets whose table can not be told. */
  undecided: Resource[];
  /** Policies by the target they act on (resource id), or by `ResourceId|ScalableDimension` text. */
  policiesByTarget: Map<string, Resource[]>;
  policiesByKey: Map<string, Resource[]>;
  /** Policies whose target can not be told. */
  undecidedPolicies: Resource[];
}

/** A capacity a table must scale, with the settings the rule's parameters require. */
export interface CapacityNeed {
  capacity: Capacity;
  /** The global secondary index, undefined for the table. */
  index: string | Unknown | undefined;
  min?: number | undefined;
  max?: number | undefined;
  utilization?: number | undefined;
}

export type Coverage =
  | { kind: 'ok'; what: string }
  | { kind: 'missing'; what: string }
  | { kind: 'wrong'; what: string; problem: string }
  | { kind: 'unknown'; what: string; reason: string };

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const DIMENSION = /^dynamodb:(table|index):(Read|Write)CapacityUnits$/;
const RESOURCE_ID = /^table\/([^/]+)(?:\/index\/(.+))?$/;

function buildIndex(graph: ResourceGraph): ScalingIndex {
  const index: ScalingIndex = { byTable: new Map(), byTableName: new Map(), undecided: [], policiesByTarget: new Map(), policiesByKey: new Map(), undecidedPolicies: [] };
  for (const target of graph.ofType(TARGET)) {
    const namespace = target.properties.ServiceNamespace;
    const dimension = target.properties.ScalableDimension;
    if (typeof namespace === 'string' && namespace !== 'dynamodb') continue;
    if (typeof dimension === 'string' && !dimension.startsWith('dynamodb:')) continue;
    const parsed = typeof dimension === 'string' ? DIMENSION.exec(dimension) : null;
    // A namespace known only at deployment (or malformed) leaves the target's capacity open.
    const capacity: Capacity | Unknown =
      namespace !== 'dynamodb'
        ? unknown(`the ServiceNamespace of ${target.id} is ${isUnknown(namespace) ? namespace.reason : JSON.stringify(namespace)}`)
        : parsed
          ? parsed[2] === 'Read'
            ? 'read'
            : 'write'
          : unknown(`the ScalableDimension of ${target.id} is ${isUnknown(dimension) ? dimension.reason : JSON.stringify(dimension)}`);
    const resourceId = target.properties.ResourceId;
    const literal = typeof resourceId === 'string' ? RESOURCE_ID.exec(resourceId.trim()) : null;
    if (literal) {
      push(index.byTableName, literal[1] as string, { target, capacity, index: literal[2] });
      continue;
    }
    const table = graph.referencesFrom(target.id).find((edge) => edge.path[0] === 'ResourceId' && graph.get(edge.to)?.type === TABLE);
    if (table) {
      const onIndex = parsed ? parsed[1] === 'index' : undefined;
      const indexName = onIndex === false ? undefined : unknown(`the index named in the ResourceId of ${target.id} is not known before deployment`);
      push(index.byTable, table.to, { target, capacity, index: indexName });
      continue;
    }
    index.undecided.push(target);
  }
  for (const policy of graph.ofType(POLICY)) {
    const reference = policy.properties.ScalingTargetId ?? policy.properties.ResourceId;
    const target = graph.target(reference);
    if (target?.type === TARGET) {
      push(index.policiesByTarget, target.id, policy);
      continue;
    }
    const resourceId = policy.properties.ResourceId;
    const dimension = policy.properties.ScalableDimension;
    if (typeof resourceId === 'string' && typeof dimension === 'string') push(index.policiesByKey, `${resourceId.trim()}|${dimension}`, policy);
    else index.undecidedPolicies.push(policy);
  }
  return index;
}

function describe(need: CapacityNeed): string {
  const of = need.index === undefined ? '' : ` of index ${isUnknown(need.index) ? '(not known before deployment)' : need.index}`;
  return `its ${need.capacity} capacity${of}`;
}

/** Whether one target meets the required minimum, maximum and target utilization. */
function settingsOf(entry: TargetEntry, need: CapacityNeed, scaling: ScalingIndex): true | { problem: string } | Unknown {
  const target = entry.target;
  for (const [property, wanted] of [['MinCapacity', need.min], ['MaxCapacity', need.max]] as const) {
    if (wanted === undefined) continue;
    const actual = numberSetting(target, [property]);
    if (isUnknown(actual)) return actual;
    if (actual !== wanted) return { problem: `${target.id} has ${property} ${actual ?? 'not set'}, not ${wanted}` };
  }
  const resourceId = target.properties.ResourceId;
  const dimension = target.properties.ScalableDimension;
  const policies = [...(scaling.policiesByTarget.get(target.id) ?? []), ...(typeof resourceId === 'string' && typeof dimension === 'string' ? (scaling.policiesByKey.get(`${resourceId.trim()}|${dimension}`) ?? []) : [])];
  if (policies.length === 0) {
    if (scaling.undecidedPolicies.length > 0) return unknown(`the target of scaling policy ${scaling.undecidedPolicies[0]?.id} is not known before deployment`);
    return { problem: `no scaling policy acts on ${target.id}` };
  }
  let open: Unknown | undefined;
  for (const policy of policies) {
    const exists = existence(policy);
    if (need.utilization === undefined) {
      if (exists === true) return true;
      open ??= exists;
      continue;
    }
    const value = getPath(policy.properties, ['TargetTrackingScalingPolicyConfiguration', 'TargetValue']);
    const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    if (isUnknown(number)) open ??= number;
    else if (number === need.utilization) {
      if (exists === true) return true;
      open ??= exists;
    }
  }
  return open ?? { problem: `no target tracking policy on ${target.id} has TargetValue ${need.utilization}` };
}

function matches(entry: TargetEntry, need: CapacityNeed): boolean | Unknown {
  if (isUnknown(entry.capacity)) return entry.capacity;
  if (entry.capacity !== need.capacity) return false;
  if (need.index === undefined || entry.index === undefined) return need.index === entry.index;
  if (isUnknown(need.index)) return need.index;
  if (isUnknown(entry.index)) return entry.index;
  return entry.index === need.index;
}

function coverOne(entries: readonly TargetEntry[], need: CapacityNeed, scaling: ScalingIndex): Coverage {
  const what = describe(need);
  let problem: string | undefined;
  let open: Unknown | undefined;
  for (const entry of entries) {
    const match = matches(entry, need);
    if (match === false) continue;
    const settings = settingsOf(entry, need, scaling);
    const exists = existence(entry.target);
    if (match === true && settings === true && exists === true) return { kind: 'ok', what };
    if (match === true && exists === true && !isUnknown(settings) && settings !== true) {
      problem ??= settings.problem;
      continue;
    }
    open ??= isUnknown(match) ? match : isUnknown(exists) ? exists : isUnknown(settings) ? settings : undefined;
  }
  if (open === undefined && scaling.undecided.length > 0) open = unknown(`the table scaled by ${scaling.undecided[0]?.id} is not known before deployment`);
  if (open) return { kind: 'unknown', what, reason: open.reason };
  if (problem) return { kind: 'wrong', what, problem };
  return { kind: 'missing', what };
}

/**
 * Whether every capacity of `table` in `needs` is scaled: a missing one decides (NON_COMPLIANT),
 * then a wrongly configured one, then an unknown one.
 */
export function capacityCoverage(table: Resource, needs: readonly CapacityNeed[], graph: ResourceGraph): Coverage {
  const scaling = graph.memo('autoscaling/dynamodb-targets', buildIndex);
  const name = table.properties.TableName;
  const seen = new Set<Resource>();
  const entries: TargetEntry[] = [];
  for (const entry of [...(scaling.byTable.get(table.id) ?? []), ...(typeof name === 'string' ? (scaling.byTableName.get(name) ?? []) : [])]) {
    if (seen.has(entry.target)) continue;
    seen.add(entry.target);
    entries.push(entry);
  }
  const results = needs.map((need) => coverOne(entries, need, scaling));
  const first = (kind: Coverage['kind']) => results.find((result) => result.kind === kind);
  const missing = first('missing') ?? first('wrong') ?? first('unknown');
  if (missing) return missing;
  const indexes = needs.filter((need) => need.index !== undefined).length / 2;
  return { kind: 'ok', what: indexes > 0 ? `its read and write capacity and that of its ${indexes} global secondary index(es)` : 'its read and write capacity' };
}
