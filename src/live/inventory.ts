import type { ScanDocument } from '../model/document.js';
import type { ScanProblem } from '../model/evaluation.js';
import { completeAccounts } from '../model/account.js';
import { collectEdges, ResourceGraph } from '../model/graph.js';
import type { Edge, Resource } from '../model/resource.js';
import { deployedLinks, stackTagLinks } from '../model/resource-key.js';
import { AccountSession, type LiveAccess } from './clients.js';
import { describeFailure } from './errors.js';
import { createLimiter, type Limiter } from './limiter.js';
import { isGlobalType, readerFor } from './readers/index.js';
import type { LiveResource, ReadContext } from './types.js';

export interface LiveProgress {
  done: number;
  total: number;
  /** What just finished, e.g. `eu-west-1 AWS::EC2::VPC`. */
  task: string;
}

export interface LiveInventoryOptions extends LiveAccess {
  regions: readonly string[];
  /** CloudFormation types to read (see `typesToRead`). */
  types: readonly string[];
  /** Most AWS calls in flight at once (default 8). */
  concurrency?: number;
  onProgress?: (progress: LiveProgress) => void;
  /** Waits between credential report polls (default: real time). */
  sleep?: (ms: number) => Promise<void>;
  /**
   * Neighbour types whose absence a rule would read as "none" (flow logs of a VPC, scaling targets
   * of a table: `referencedBy` relations), with the subject types that depend on them. When such a
   * type can not be read in a region, the subjects there are unresolved (INSUFFICIENT_DATA).
   */
  dependents?: ReadonlyMap<string, readonly string[]>;
}

/** What a live scan read from one account. */
export interface LiveInventory {
  /** Undefined when the account could not be reached at all (see `problems`). */
  accountId?: string;
  /** One document per region, plus `global` for IAM; each file is `aws://ACCOUNT/REGION`. */
  documents: ScanDocument[];
  /** Regions or types that could not be read, with why; the rest was read. */
  problems: ScanProblem[];
}

const DEFAULT_CONCURRENCY = 8;
const GLOBAL = 'global';

export function liveFile(accountId: string, region: string): string {
  return `aws://${accountId}/${region}`;
}

/**
 * Reads an account's resources of `types` in `regions`, CloudFormation-shaped, each with its
 * account, region and ARN. A region or type that can not be read (access denied, not supported,
 * still throttled after retries) becomes an error problem naming it; the others are read.
 */
export async function readLiveInventory(options: LiveInventoryOptions): Promise<LiveInventory> {
  const problems: ScanProblem[] = [];
  const firstRegion = options.regions[0];
  if (firstRegion === undefined) throw new Error('readLiveInventory needs at least one region');
  let session: AccountSession;
  try {
    session = await AccountSession.open(options, firstRegion);
  } catch (error) {
    const failure = describeFailure(error);
    const who = options.roleArn ? `role ${options.roleArn}` : options.profile ? `profile ${options.profile}` : 'the default credentials';
    problems.push({ level: 'error', file: 'aws://', message: `${who}: cannot reach the account: ${failure.reason} (${failure.code})${credentialsHint(failure.code, options)}` });
    return { documents: [], problems };
  }
  try {
    const limit = createLimiter(options.concurrency ?? DEFAULT_CONCURRENCY);
    const tasks: { region: string; type: string; documentRegion: string }[] = [];
    for (const type of options.types) {
      if (isGlobalType(type)) tasks.push({ region: firstRegion, type, documentRegion: GLOBAL });
      else for (const region of options.regions) tasks.push({ region, type, documentRegion: region });
    }
    const byDocument = new Map<string, LiveResource[]>();
    const unreadable = new Map<string, string[]>();
    let done = 0;
    await Promise.all(
      tasks.map(async ({ region, type, documentRegion }) => {
        const file = liveFile(session.accountId, documentRegion);
        const context = readContext(session, region, limit, file, problems, options.sleep);
        try {
          const resources = await readerFor(type).list(context);
          const list = byDocument.get(documentRegion) ?? [];
          // Not push(...): a type may have more resources in a region than a call takes arguments.
          for (const resource of resources) list.push(resource);
          byDocument.set(documentRegion, list);
        } catch (error) {
          const failure = describeFailure(error);
          problems.push({ level: 'error', file, message: `region ${region}, type ${type}: ${failure.reason} (${failure.code})` });
          if (options.dependents?.has(type)) unreadable.set(documentRegion, [...(unreadable.get(documentRegion) ?? []), `${type} (${failure.code})`]);
        }
        done += 1;
        options.onProgress?.({ done, total: tasks.length, task: `${region} ${type}` });
      }),
    );
    const order = [...options.regions, GLOBAL];
    const documents = [...byDocument.entries()]
      .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
      .map(([region, resources]) => liveDocument(session.accountId, region, resources, []));
    for (const document of documents) unresolveDependents(document, unreadable.get(document.file.slice(document.file.lastIndexOf('/') + 1)) ?? [], options.dependents);
    return { accountId: session.accountId, documents, problems: sortProblems(problems) };
  } finally {
    session.destroy();
  }
}

/** Subjects whose `referencedBy` neighbours could not be read in their region: judged as not known, never as having none. */
function unresolveDependents(document: ScanDocument, unreadable: readonly string[], dependents: ReadonlyMap<string, readonly string[]> | undefined): void {
  for (const failed of unreadable) {
    const type = failed.slice(0, failed.indexOf(' ('));
    for (const subjectType of dependents?.get(type) ?? []) {
      for (const resource of document.graph.ofType(subjectType)) resource.unresolved ??= `the ${failed} resources that may refer to it could not be read`;
    }
  }
}

/** What to do when the SDK found no credentials: the ways to give them. */
function credentialsHint(code: string, options: LiveInventoryOptions): string {
  if (code !== 'CredentialsProviderError') return '';
  if (options.profile) return `. Is "${options.profile}" a profile of ~/.aws/config or ~/.aws/credentials (\`aws configure list-profiles\`)?`;
  return '. Name a profile with --profile NAME (or AWS_PROFILE), set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or sign in with `aws sso login`';
}

export interface LiveResourceOptions extends LiveAccess {
  region: string;
  sleep?: (ms: number) => Promise<void>;
}

export interface LiveResourceRead {
  /** The resource and what its rules need beside it (a VPC's flow logs), ready for `evaluateDocument`. */
  document: ScanDocument;
  /** Undefined when it does not exist or could not be read (see `problems`). */
  resource?: Resource;
  problems: ScanProblem[];
}

/**
 * Reads one resource again, e.g. after a remediation, with the resources its rules follow: a VPC
 * with the flow logs that target it, a security group with its rules, a bucket with its encryption,
 * public access block, logging and policy, a queue with its attributes and policy. Other types
 * are read with Cloud Control GetResource. `identifier` is Cloud Control's primary identifier
 * (VpcId, GroupId, bucket name, queue URL, ...).
 */
export async function readLiveResource(type: string, identifier: string, options: LiveResourceOptions): Promise<LiveResourceRead> {
  const problems: ScanProblem[] = [];
  let session: AccountSession;
  try {
    session = await AccountSession.open(options, options.region);
  } catch (error) {
    const failure = describeFailure(error);
    problems.push({ level: 'error', file: 'aws://', message: `cannot reach the account: ${failure.reason} (${failure.code})` });
    return { document: liveDocument('unknown', options.region, [], problems), problems };
  }
  const file = liveFile(session.accountId, options.region);
  let resources: LiveResource[] = [];
  try {
    const context = readContext(session, options.region, createLimiter(DEFAULT_CONCURRENCY), file, problems, options.sleep);
    resources = await readerFor(type).get(context, identifier);
  } catch (error) {
    const failure = describeFailure(error);
    problems.push({ level: 'error', file, message: `region ${options.region}, type ${type}, ${identifier}: ${failure.reason} (${failure.code})` });
  } finally {
    session.destroy();
  }
  const document = liveDocument(session.accountId, options.region, resources, problems);
  const resource = document.graph.resources.find((candidate) => candidate.type === type && candidate.id === identifier) ?? document.graph.ofType(type)[0];
  return resource ? { document, resource, problems } : { document, problems };
}

function readContext(session: AccountSession, region: string, limit: Limiter, file: string, problems: ScanProblem[], sleep?: (ms: number) => Promise<void>): ReadContext {
  return {
    ...(sleep ? { sleep } : {}),
    clients: session.forRegion(region),
    accountId: session.accountId,
    region,
    limit,
    report: (problem) => problems.push({ ...problem, file }),
  };
}

/**
 * A document of live resources: resource ids are the physical ids, and physical ids and ARNs are
 * graph aliases, so a flow log's `ResourceId: vpc-0abc` finds the VPC the way a `!Ref` would.
 */
export function liveDocument(accountId: string, region: string, live: readonly LiveResource[], problems: ScanProblem[]): ScanDocument {
  const file = liveFile(accountId, region);
  const resources = new Map<string, Resource>();
  const aliases = new Map<string, string>();
  for (const item of live) {
    if (resources.has(item.id)) continue;
    const source: Resource['source'] = { file, format: 'cloud-control', account: accountId, region: item.arn?.split(':')[3] || region };
    if (item.arn) source.arn = item.arn;
    // What CloudFormation created carries its stack's tags: the link to the template's resource.
    const links = [...stackTagLinks(item.properties.Tags, { account: accountId, region: source.region }), ...deployedLinks(item.type, item.id)];
    if (links.length > 0) source.links = links;
    const resource: Resource = { id: item.id, type: item.type, properties: item.properties, source };
    if (item.observed) resource.observed = item.observed;
    if (item.unresolved) resource.unresolved = item.unresolved;
    resources.set(item.id, resource);
    for (const alias of [item.id, item.arn, ...(item.aliases ?? [])]) if (alias) aliases.set(alias, item.id);
  }
  // The account read in the region lists the trails, detectors, hubs and analyzers read beside it.
  completeAccounts(resources, true);
  const edges: Edge[] = [];
  for (const resource of resources.values()) collectEdges(resource.id, resource.properties, [], resources, aliases, edges);
  const graph = new ResourceGraph([...resources.values()], edges, aliases);
  return { file, format: 'cloud-control', graph, locate: () => undefined, problems };
}

function sortProblems(problems: ScanProblem[]): ScanProblem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.message.localeCompare(b.message));
}
