// The Guard rule file as a tree, every node with its position (file:line:column).

export interface Position {
  line: number;
  column: number;
}

export type QueryPart =
  | { kind: 'key'; name: string } // .Name, ['Name'], .'Quoted'
  | { kind: 'variable'; name: string } // %name (first part only)
  | { kind: 'this' }
  | { kind: 'variableKey'; name: string } // .%name: the variable's string values as keys
  | { kind: 'allValues' } // .*
  | { kind: 'allIndices' } // [*]
  | { kind: 'index'; index: number } // [N] or .N
  | { kind: 'bind'; name: string } // [name]: all values, the key bound to name
  | { kind: 'filter'; clauses: Conjunction } // [ clauses ]
  | { kind: 'keysFilter'; not: boolean; op: BinaryOperator; rhs: Expression }; // [ keys == /re/ ]

export interface Query {
  parts: QueryPart[];
  position: Position;
  /** The source text, for messages. */
  text: string;
}

export class GuardRegex {
  readonly regex: RegExp;
  constructor(readonly source: string) {
    this.regex = compileRustRegex(source);
  }
  toString(): string {
    return `/${this.source}/`;
  }
}

/**
 * Rust's `regex` syntax mapped to JavaScript. Inline flag groups such as `(?i)` become flags of
 * the whole expression (JavaScript on Node 20 has no scoped inline flags), `\A`/`\z` anchors.
 */
export function compileRustRegex(source: string): RegExp {
  let flags = '';
  const body = source
    .replace(/\(\?([imsxU]+)\)/g, (_all, inline: string) => {
      for (const flag of inline) if ('ims'.includes(flag) && !flags.includes(flag)) flags += flag;
      return '';
    })
    .replace(/\\A/g, '^')
    .replace(/\\z/g, '$');
  try {
    return new RegExp(body, `${flags}u`);
  } catch {
    return new RegExp(body, flags);
  }
}

export class GuardRange {
  constructor(
    readonly lower: number | string,
    readonly upper: number | string,
    readonly lowerInclusive: boolean,
    readonly upperInclusive: boolean,
  ) {}
  contains(value: unknown): boolean {
    if (typeof value !== typeof this.lower) return false;
    const v = value as number | string;
    const aboveLower = this.lowerInclusive ? v >= this.lower : v > this.lower;
    const belowUpper = this.upperInclusive ? v <= this.upper : v < this.upper;
    return aboveLower && belowUpper;
  }
  toString(): string {
    return `r${this.lowerInclusive ? '[' : '('}${String(this.lower)},${String(this.upper)}${this.upperInclusive ? ']' : ')'}`;
  }
}

/** A float literal written with a decimal point, kept apart from integers for is_int/is_float. */
export class GuardFloat {
  constructor(readonly value: number) {}
  /** In JSON (reports, extracted test inputs) the number itself. */
  toJSON(): number {
    return this.value;
  }
}

export type Expression =
  | { kind: 'query'; query: Query }
  | { kind: 'literal'; value: unknown; position: Position }
  | { kind: 'call'; name: string; args: Expression[]; position: Position };

export const UNARY_OPERATORS = ['exists', 'empty', 'is_string', 'is_list', 'is_struct', 'is_bool', 'is_int', 'is_float', 'is_null'] as const;
export type UnaryOperator = (typeof UNARY_OPERATORS)[number];
export type BinaryOperator = '==' | '<' | '<=' | '>' | '>=' | 'in';

export type Clause =
  | {
      kind: 'unary';
      lhs: Expression;
      operator: UnaryOperator;
      not: boolean;
      some: boolean;
      message?: string;
      position: Position;
      text: string;
    }
  | {
      kind: 'binary';
      lhs: Expression;
      operator: BinaryOperator;
      /** `!=`, `not in`, `!in`. */
      not: boolean;
      rhs: Expression;
      some: boolean;
      message?: string;
      position: Position;
      text: string;
    }
  | { kind: 'ruleRef'; name: string; not: boolean; message?: string; position: Position }
  | { kind: 'ruleCall'; name: string; args: Expression[]; message?: string; position: Position }
  | { kind: 'block'; query: Query; some: boolean; notEmpty: boolean; body: Block; position: Position }
  | { kind: 'when'; conditions: Conjunction; body: Block; position: Position }
  | { kind: 'typeBlock'; type: string; conditions?: Conjunction; body: Block; position: Position };

/** CNF: every disjunction must hold; a disjunction holds when one of its clauses does. */
export type Conjunction = Clause[][];

export interface LetBinding {
  name: string;
  value: Expression;
  /** `let x = some q`. */
  some: boolean;
  position: Position;
}

export interface Block {
  lets: LetBinding[];
  clauses: Conjunction;
}

export interface GuardRule {
  name: string;
  parameters?: string[];
  conditions?: Conjunction;
  body: Block;
  position: Position;
  file: string;
}

export interface GuardRuleFile {
  file: string;
  lets: LetBinding[];
  /** Named rules, in file order; bare top-level clauses become the rule `default`. */
  rules: GuardRule[];
}

export const DEFAULT_RULE_NAME = 'default';
