import type { ScanProblem } from './evaluation.js';
import type { ResourceGraph } from './graph.js';
import type { InputFormat, Locator } from './resource.js';

/** One input after its adapter ran: the resource graph plus a way back to source lines. */
export interface ScanDocument {
  file: string;
  format: InputFormat;
  graph: ResourceGraph;
  locate: Locator;
  /** Problems found while reading it; an `error` means part or all of it could not be read. */
  problems: ScanProblem[];
  /** Sensitive values of the input (Terraform `sensitive`): scrubbed from every message. */
  secrets?: string[];
}
