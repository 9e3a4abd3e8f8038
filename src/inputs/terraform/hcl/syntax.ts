import type { SourcePosition } from '../../../model/resource.js';
import type { Value } from '../../../model/value.js';

/** HCL syntax tree: what the parser produces and the evaluator reads. */
export type Expr =
  | { kind: 'literal'; value: Value; at: SourcePosition }
  | { kind: 'template'; parts: TemplatePart[]; at: SourcePosition }
  | { kind: 'tuple'; items: Expr[]; at: SourcePosition }
  | { kind: 'object'; items: { key: Expr; value: Expr }[]; at: SourcePosition }
  | { kind: 'variable'; name: string; at: SourcePosition }
  | { kind: 'getattr'; target: Expr; name: string; at: SourcePosition }
  | { kind: 'index'; target: Expr; key: Expr; at: SourcePosition }
  /** `source[*].a.b` or `source.*.a`: `steps` apply to each element. */
  | { kind: 'splat'; source: Expr; steps: SplatStep[]; at: SourcePosition }
  | { kind: 'call'; name: string; args: Expr[]; expandFinal: boolean; at: SourcePosition }
  | { kind: 'conditional'; condition: Expr; then: Expr; otherwise: Expr; at: SourcePosition }
  | { kind: 'binary'; operator: string; left: Expr; right: Expr; at: SourcePosition }
  | { kind: 'unary'; operator: string; operand: Expr; at: SourcePosition }
  | { kind: 'for'; keyVar?: string; valueVar: string; collection: Expr; key?: Expr; value: Expr; condition?: Expr; object: boolean; group: boolean; at: SourcePosition };

export type SplatStep = { kind: 'getattr'; name: string } | { kind: 'index'; key: Expr };

export type TemplatePart =
  | { kind: 'text'; text: string }
  | { kind: 'interpolation'; expr: Expr }
  | { kind: 'if'; condition: Expr; then: TemplatePart[]; otherwise: TemplatePart[] }
  | { kind: 'for'; keyVar?: string; valueVar: string; collection: Expr; body: TemplatePart[] };

export interface Attribute {
  name: string;
  expr: Expr;
  at: SourcePosition;
}

export interface Block {
  type: string;
  labels: string[];
  body: Body;
  at: SourcePosition;
  /** Last line of the block, for comments inside it. */
  endLine: number;
}

export interface Body {
  attributes: Attribute[];
  blocks: Block[];
}

export interface Comment {
  text: string;
  line: number;
}

export interface ParsedFile {
  file: string;
  body: Body;
  comments: Comment[];
}

export function attribute(body: Body, name: string): Attribute | undefined {
  return body.attributes.find((item) => item.name === name);
}
