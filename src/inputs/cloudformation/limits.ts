/**
 * Bounds on reading one template, YAML or JSON, wherever it comes from (a scanned file, a hook
 * request, Guard data, a runbook). Each sits far above what real templates reach: over the 3,667
 * CloudFormation/SAM files of the corpora the deepest nests 22 levels, the largest has 3,337
 * nodes, and none uses an alias (CloudFormation itself refuses aliases); its own limit on a
 * template is 1 MB.
 */
export interface TemplateLimits {
  /** Characters of template text. */
  readonly bytes: number;
  /** Objects and arrays nested in one another, counted after aliases are expanded. */
  readonly depth: number;
  /** Nodes (scalars, objects, arrays, mapping keys) the reader builds. */
  readonly nodes: number;
  /** Alias nodes (`*name`). */
  readonly aliases: number;
  /** Nodes that aliases add when expanded: a "billion laughs" file stops here, before it is expanded. */
  readonly aliasNodes: number;
}

export const TEMPLATE_LIMITS: TemplateLimits = {
  bytes: 64 * 1024 * 1024,
  depth: 128,
  nodes: 4_000_000,
  aliases: 10_000,
  aliasNodes: 100_000,
};

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
