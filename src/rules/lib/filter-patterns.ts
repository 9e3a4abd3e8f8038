/**
 * CloudWatch Logs JSON filter patterns (`{ ($.eventName = CreateTrail) || ... }`), read far enough
 * to answer one question soundly: does a metric filter's pattern match at least every event a
 * required pattern (a CIS benchmark pattern) matches?
 *
 * A pattern is read into conjunctive normal form: clauses ANDed, each an OR of atoms
 * (`$.eventName = CreateTrail`). Atoms compare equal whatever the whitespace and quoting
 * (`"Root"` and `Root` are the same value), and clauses whatever their order. A filter F covers a
 * required pattern P when every clause of F contains all atoms of some clause of P: then whatever
 * P matches, F matches too. So reordered terms, extra parentheses, extra alternatives (`||` more
 * event names) and fewer conditions pass; a filter that drops an event name, or adds a condition
 * P does not have, does not. The check is sound, not complete: a filter that covers P only through
 * wildcards or different atoms is not recognised (it counts as not covering, never as covering).
 *
 * Where `&&` and `||` are mixed without parentheses, CloudWatch's grouping is not documented, so
 * both readings (`&&` binding tighter, and left to right) must cover.
 */

export interface Atom {
  /** `$.userIdentity.type` */
  selector: string;
  /** `=`, `!=`, `<`, `<=`, `>`, `>=`, `NOT EXISTS`, `IS TRUE`, `IS FALSE`, `IS NULL`, `EXISTS` */
  operator: string;
  /** The value without quotes; '' for operators without one. */
  value: string;
}

/** Clauses ANDed, each an OR of atoms, each atom as its canonical text. */
export type Cnf = readonly (readonly string[])[];

type Node = { atom: Atom } | { and: Node[] } | { or: Node[] };

/** Above this many clauses a pattern is not expanded (it is not recognised, never passed). */
const MAX_CLAUSES = 512;

type Token = { kind: 'open' | 'close' | 'and' | 'or' } | { kind: 'atom'; atom: Atom };

const atomText = (atom: Atom): string => `${atom.selector} ${atom.operator} ${atom.value}`.trim();

function tokenize(text: string): Token[] | undefined {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{') || !trimmed.endsWith('}')) return undefined;
  const body = trimmed.slice(1, -1);
  const tokens: Token[] = [];
  let index = 0;
  const skip = () => {
    while (index < body.length && /\s/.test(body[index] as string)) index++;
  };
  while (true) {
    skip();
    if (index >= body.length) return tokens;
    const rest = body.slice(index);
    if (rest.startsWith('(')) {
      tokens.push({ kind: 'open' });
      index++;
    } else if (rest.startsWith(')')) {
      tokens.push({ kind: 'close' });
      index++;
    } else if (rest.startsWith('&&')) {
      tokens.push({ kind: 'and' });
      index += 2;
    } else if (rest.startsWith('||')) {
      tokens.push({ kind: 'or' });
      index += 2;
    } else if (rest.startsWith('$.') || rest.startsWith('$[')) {
      const selector = /^\$[^\s=!<>()&|]*/.exec(rest)?.[0] as string;
      index += selector.length;
      skip();
      const keyword = /^(NOT\s+EXISTS|EXISTS|IS\s+(TRUE|FALSE|NULL))\b/i.exec(body.slice(index));
      if (keyword) {
        index += keyword[0].length;
        tokens.push({ kind: 'atom', atom: { selector, operator: keyword[0].toUpperCase().replace(/\s+/g, ' '), value: '' } });
        continue;
      }
      const operator = /^(!=|>=|<=|=|>|<)/.exec(body.slice(index))?.[0];
      if (!operator) return undefined;
      index += operator.length;
      skip();
      const value = readValue(body, index);
      if (!value) return undefined;
      index = value.end;
      tokens.push({ kind: 'atom', atom: { selector, operator, value: value.text } });
    } else return undefined;
  }
}

function readValue(body: string, start: number): { text: string; end: number } | undefined {
  if (body[start] === '"') {
    let text = '';
    for (let index = start + 1; index < body.length; index++) {
      const char = body[index] as string;
      if (char === '\\' && index + 1 < body.length) {
        text += body[++index];
        continue;
      }
      if (char === '"') return { text, end: index + 1 };
      text += char;
    }
    return undefined;
  }
  const bare = /^[^\s()&|]+/.exec(body.slice(start))?.[0];
  return bare === undefined ? undefined : { text: bare, end: start + bare.length };
}

/** Recursive descent; `tight`: `&&` binds tighter than `||`, else mixed operators group left to right. */
function parse(tokens: readonly Token[], tight: boolean): Node | undefined {
  let position = 0;
  const primary = (): Node | undefined => {
    const token = tokens[position];
    if (!token) return undefined;
    if (token.kind === 'atom') {
      position++;
      return { atom: token.atom };
    }
    if (token.kind !== 'open') return undefined;
    position++;
    const inner = expression();
    if (!inner || tokens[position]?.kind !== 'close') return undefined;
    position++;
    return inner;
  };
  const sequence = (): { operands: Node[]; operators: ('and' | 'or')[] } | undefined => {
    const first = primary();
    if (!first) return undefined;
    const operands = [first];
    const operators: ('and' | 'or')[] = [];
    for (let token = tokens[position]; token && (token.kind === 'and' || token.kind === 'or'); token = tokens[position]) {
      position++;
      const next = primary();
      if (!next) return undefined;
      operators.push(token.kind);
      operands.push(next);
    }
    return { operands, operators };
  };
  const expression = (): Node | undefined => {
    const parts = sequence();
    if (!parts) return undefined;
    const { operands, operators } = parts;
    if (tight) {
      const disjuncts: Node[] = [];
      let conjuncts: Node[] = [operands[0] as Node];
      operators.forEach((operator, index) => {
        if (operator === 'or') {
          disjuncts.push(conjuncts.length === 1 ? (conjuncts[0] as Node) : { and: conjuncts });
          conjuncts = [];
        }
        conjuncts.push(operands[index + 1] as Node);
      });
      disjuncts.push(conjuncts.length === 1 ? (conjuncts[0] as Node) : { and: conjuncts });
      return disjuncts.length === 1 ? (disjuncts[0] as Node) : { or: disjuncts };
    }
    let node = operands[0] as Node;
    operators.forEach((operator, index) => {
      node = operator === 'and' ? { and: [node, operands[index + 1] as Node] } : { or: [node, operands[index + 1] as Node] };
    });
    return node;
  };
  const tree = expression();
  return tree && position === tokens.length ? tree : undefined;
}

function toCnf(node: Node): string[][] | undefined {
  if ('atom' in node) return [[atomText(node.atom)]];
  const parts: string[][][] = [];
  for (const child of 'and' in node ? node.and : node.or) {
    const cnf = toCnf(child);
    if (!cnf) return undefined;
    parts.push(cnf);
  }
  if ('and' in node) {
    const clauses = parts.flat();
    return clauses.length > MAX_CLAUSES ? undefined : clauses;
  }
  // (A1 ∧ A2) ∨ (B1 ∧ B2) = (A1 ∨ B1) ∧ (A1 ∨ B2) ∧ (A2 ∨ B1) ∧ (A2 ∨ B2)
  let product: string[][] = [[]];
  for (const cnf of parts) {
    const next: string[][] = [];
    for (const left of product) for (const right of cnf) next.push([...new Set([...left, ...right])]);
    if (next.length > MAX_CLAUSES) return undefined;
    product = next;
  }
  return product;
}

/**
 * The readings of a pattern as CNF: one, or two where mixed `&&`/`||` could group either way.
 * Undefined when it is not a JSON filter pattern this reader understands.
 */
export function readFilterPattern(text: string): Cnf[] | undefined {
  const tokens = tokenize(text);
  if (!tokens || tokens.length === 0) return undefined;
  const readings: Cnf[] = [];
  const seen = new Set<string>();
  for (const tight of [true, false]) {
    const tree = parse(tokens, tight);
    const cnf = tree && toCnf(tree);
    if (!cnf) return undefined;
    const key = JSON.stringify(cnf.map((clause) => [...clause].sort()).sort());
    if (!seen.has(key)) {
      seen.add(key);
      readings.push(cnf);
    }
  }
  return readings;
}

/** Whether every event `required` matches is matched by `filter` (under every reading of each). */
export function patternCovers(filter: string, required: readonly Cnf[]): boolean {
  const readings = readFilterPattern(filter);
  if (!readings) return false;
  return readings.every((cnf) => required.every((wanted) => cnf.every((clause) => wanted.some((needed) => needed.every((atom) => clause.includes(atom))))));
}
