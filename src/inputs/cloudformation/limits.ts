/**
 * Bounds on reading one template, YAML or JSON, wherever it comes from (a scanned file, a hook
 * request, Guard data, a runbook). Each sits far above what real templates reach: over the 3,667
 * CloudFormation/SAM files of the corpora the deepest nests 22 levels, the largest has 3,337
 * nodes, and none uses an alias (CloudFormation itself refuses aliases); its own limit on a
 * template is 1 MB.
 */
export const TEMPLATE_LIMITS = {
  /** Characters of template text. */
  bytes: 64 * 1024 * 1024,
  /** Objects and arrays nested in one another, counted after aliases are expanded. */
  depth: 128,
  /** Nodes (scalars, objects, arrays, mapping keys) the reader builds, counted after aliases are expanded. */
  nodes: 4_000_000,
  /** Alias nodes (`*name`). */
  aliases: 10_000,
  /** Nodes that aliases add when expanded: a "billion laughs" file stops here, before it is expanded. */
  aliasNodes: 100_000,
} as const;

/** A template past one of the limits: the reader stops and reports it on a line. */
export class TemplateLimitError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
  }
}
