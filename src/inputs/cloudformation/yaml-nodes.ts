import type { State } from 'js-yaml';
import { TemplateLimitError } from './limits.js';

/** The listener sees more of the library's state than its type declaration names. */
interface ComposeState extends State {
  tag: string | null;
  anchor: string | null;
}

export const NO_NODE = -1;

/** Kinds of node, as the library names them (`null`: an alias or an empty node). */
export const KIND = { none: 0, scalar: 1, sequence: 2, mapping: 3 } as const;
const KIND_OF: Record<string, number> = { scalar: KIND.scalar, sequence: KIND.sequence, mapping: KIND.mapping };

/**
 * Every node the YAML library composed, recorded from its `listener` events in arrays indexed by
 * node (one object per node would be most of a parse's garbage): where composing started (offset,
 * line, line start), where it ended, its kind, tag, anchor and value. A node's children are the
 * nodes composed inside it, in order: the keys and values of a mapping, the items of a sequence
 * (and, inside a scalar, attempts the library dropped, which nobody reads).
 */
export class ComposedNodes {
  count = 0;
  start = new Int32Array(256);
  line = new Int32Array(256);
  lineStart = new Int32Array(256);
  end = new Int32Array(256);
  kind = new Uint8Array(256);
  firstChild = new Int32Array(256);
  nextSibling = new Int32Array(256);
  lastChild = new Int32Array(256);
  readonly tag: (string | null)[] = [];
  readonly result: unknown[] = [];
  /** Anchors are rare: by node. */
  readonly anchor = new Map<number, string>();
  /** The first node composed at the top: the document. */
  root = NO_NODE;
  private readonly open: number[] = [];

  /** Past `maxNodes` nodes, the listener stops the library (the memory a parse takes is bounded). */
  constructor(private readonly maxNodes: number) {}

  /** The library's listener: `open` as it starts composing a node, `close` when the node is done. */
  readonly listener = (event: 'open' | 'close', state: State): void => {
    if (event === 'open') {
      if (this.count >= this.maxNodes) throw new TemplateLimitError(`more than ${this.maxNodes} nodes`, state.line + 1, state.position - state.lineStart + 1);
      const node = this.add(state.position, state.line, state.lineStart);
      const parent = this.open.length > 0 ? (this.open[this.open.length - 1] as number) : NO_NODE;
      if (parent === NO_NODE) {
        if (this.root === NO_NODE) this.root = node;
      } else {
        const last = this.lastChild[parent] as number;
        if (last === NO_NODE) this.firstChild[parent] = node;
        else this.nextSibling[last] = node;
        this.lastChild[parent] = node;
      }
      this.open.push(node);
      return;
    }
    const node = this.open.pop() as number;
    const composed = state as ComposeState;
    this.end[node] = state.position;
    this.kind[node] = composed.kind === null ? KIND.none : (KIND_OF[composed.kind] ?? KIND.none);
    this.tag[node] = composed.tag;
    this.result[node] = composed.result;
    if (composed.anchor !== null) this.anchor.set(node, composed.anchor);
  };

  /** The only child of a node, or NO_NODE. */
  single(node: number): number {
    const first = this.firstChild[node] as number;
    return first !== NO_NODE && this.nextSibling[first] === NO_NODE ? first : NO_NODE;
  }

  private add(start: number, line: number, lineStart: number): number {
    if (this.count === this.start.length) this.grow();
    const node = this.count++;
    this.start[node] = start;
    this.line[node] = line;
    this.lineStart[node] = lineStart;
    this.firstChild[node] = NO_NODE;
    this.nextSibling[node] = NO_NODE;
    this.lastChild[node] = NO_NODE;
    this.tag.push(null);
    this.result.push(undefined);
    return node;
  }

  private grow(): void {
    const size = this.start.length * 2;
    const grown = <T extends Int32Array | Uint8Array>(array: T): T => {
      const bigger = new (array.constructor as new (length: number) => T)(size);
      bigger.set(array);
      return bigger;
    };
    this.start = grown(this.start);
    this.line = grown(this.line);
    this.lineStart = grown(this.lineStart);
    this.end = grown(this.end);
    this.kind = grown(this.kind);
    this.firstChild = grown(this.firstChild);
    this.nextSibling = grown(this.nextSibling);
    this.lastChild = grown(this.lastChild);
  }
}
