// Recursive-descent parser for Guard 3.x rule files; grammar per shared/reference/iac-anchors.md §4.2–4.5.
import {
  DEFAULT_RULE_NAME,
  GuardFloat,
  GuardRange,
  GuardRegex,
  UNARY_OPERATORS,
  type BinaryOperator,
  type Block,
  type Clause,
  type Conjunction,
  type Expression,
  type GuardRule,
  type GuardRuleFile,
  type LetBinding,
  type Position,
  type Query,
  type QueryPart,
  type UnaryOperator,
} from './ast.js';
import { GuardParseError, tokenize, type Token } from './lexer.js';

/** Names the evaluator implements as functions (a call to any other name is a parameterised rule). */
export const FUNCTION_NAMES = new Set([
  'count',
  'json_parse',
  'regex_replace',
  'join',
  'substring',
  'to_upper',
  'to_lower',
  'url_decode',
  'parse_int',
  'parse_float',
  'parse_string',
  'parse_boolean',
  'parse_char',
  'parse_epoch',
  'now',
]);

const BOOLEAN_WORDS: Record<string, boolean> = { true: true, True: true, TRUE: true, false: false, False: false, FALSE: false };
const NULL_WORDS = new Set(['null', 'NULL']);
const NOT_WORDS = new Set(['not', 'NOT']);
const OR_WORDS = new Set(['or', 'OR']);
const SOME_WORDS = new Set(['some', 'SOME']);
const THIS_WORDS = new Set(['this', 'THIS']);
const KEYS_WORDS = new Set(['keys', 'KEYS']);
const WHEN_WORDS = new Set(['when', 'WHEN']);

function unaryOperator(word: string): UnaryOperator | undefined {
  const lower = word.toLowerCase();
  // Only the all-lower or all-upper spellings are keywords.
  if (word !== lower && word !== word.toUpperCase()) return undefined;
  return (UNARY_OPERATORS as readonly string[]).includes(lower) ? (lower as UnaryOperator) : undefined;
}

/** Parses one rule file; throws GuardParseError (file:line:column) on bad syntax. */
export function parseGuard(text: string, file: string): GuardRuleFile {
  const parser = new Parser(text, file);
  try {
    return parser.parseFile();
  } catch (error) {
    // The parser descends by recursion: nesting deeper than the stack reaches is refused where it stands.
    if (error instanceof RangeError) parser.tooDeep();
    throw error;
  }
}

class Parser {
  private readonly tokens: Token[];
  private index = 0;

  constructor(
    private readonly source: string,
    private readonly file: string,
  ) {
    this.tokens = tokenize(source, file);
  }

  private peek(offset = 0): Token {
    return this.tokens[Math.min(this.index + offset, this.tokens.length - 1)]!;
  }
  private next(): Token {
    const token = this.peek();
    if (this.index < this.tokens.length - 1) this.index++;
    return token;
  }
  private isPunct(text: string, offset = 0): boolean {
    const token = this.peek(offset);
    return token.kind === 'punct' && token.text === text;
  }
  private isWord(words: Set<string>, offset = 0): boolean {
    const token = this.peek(offset);
    return token.kind === 'ident' && words.has(token.text);
  }
  /** Nested deeper than the parser reaches: a parse error at the token it had come to. */
  tooDeep(): never {
    this.fail('nested too deeply to read');
  }
  private fail(message: string, token = this.peek()): never {
    throw new GuardParseError(this.file, token.line, token.column, message);
  }
  private describe(token: Token): string {
    return token.kind === 'eof' ? 'end of file' : `"${token.text}"`;
  }
  private expectPunct(text: string, context: string): Token {
    if (!this.isPunct(text)) this.fail(`expected "${text}" ${context}, found ${this.describe(this.peek())}`);
    return this.next();
  }
  private position(token: Token): Position {
    return { line: token.line, column: token.column };
  }
  private textFrom(start: Token): string {
    const previous = this.tokens[this.index - 1] ?? start;
    return this.source.slice(start.offset, previous.end).replace(/\s+/g, ' ');
  }

  parseFile(): GuardRuleFile {
    const lets: LetBinding[] = [];
    const rules: GuardRule[] = [];
    const defaultClauses: Conjunction = [];
    let defaultStart: Token | undefined;
    while (this.peek().kind !== 'eof') {
      if (this.isWord(new Set(['let']))) {
        lets.push(this.parseLet());
      } else if (this.isWord(new Set(['rule'])) && this.peek(1).kind === 'ident') {
        rules.push(this.parseRule());
      } else {
        defaultStart ??= this.peek();
        this.parseDisjunctionInto(defaultClauses, { inWhen: false });
      }
    }
    if (defaultStart) {
      rules.push({ name: DEFAULT_RULE_NAME, body: { lets: [], clauses: defaultClauses }, position: this.position(defaultStart), file: this.file });
    }
    return { file: this.file, lets, rules };
  }

  private parseLet(): LetBinding {
    const start = this.next();
    const name = this.next();
    if (name.kind !== 'ident') this.fail(`expected a variable name after "let", found ${this.describe(name)}`, name);
    if (!this.isPunct('=') && !this.isPunct(':=')) this.fail(`expected "=" or ":=" after "let ${name.text}", found ${this.describe(this.peek())}`);
    this.next();
    const some = this.isWord(SOME_WORDS);
    if (some) this.next();
    const value = this.parseExpression('the value of a let');
    return { name: name.text, value, some, position: this.position(start) };
  }

  private parseRule(): GuardRule {
    const start = this.next();
    const name = this.next();
    let parameters: string[] | undefined;
    if (this.isPunct('(')) {
      this.next();
      parameters = [];
      while (!this.isPunct(')')) {
        const parameter = this.next();
        if (parameter.kind !== 'ident') this.fail(`expected a parameter name in rule ${name.text}, found ${this.describe(parameter)}`, parameter);
        parameters.push(parameter.text);
        if (this.isPunct(',')) this.next();
        else if (!this.isPunct(')')) this.fail(`expected "," or ")" in the parameters of rule ${name.text}, found ${this.describe(this.peek())}`);
      }
      this.next();
    }
    let conditions: Conjunction | undefined;
    if (this.isWord(WHEN_WORDS)) {
      this.next();
      conditions = this.parseConditions();
    }
    const bodyStart = this.peek();
    const body = this.parseBlock(`the body of rule ${name.text}`);
    if (body.clauses.length === 0) this.fail(`rule ${name.text} has no clauses`, bodyStart);
    const rule: GuardRule = { name: name.text, body, position: this.position(start), file: this.file };
    if (parameters) rule.parameters = parameters;
    if (conditions) rule.conditions = conditions;
    return rule;
  }

  /** `when` conditions: clauses up to the opening brace of the body. */
  private parseConditions(): Conjunction {
    const conditions: Conjunction = [];
    while (!this.isPunct('{')) {
      if (this.peek().kind === 'eof') this.fail('expected "{" after the when conditions, found end of file');
      this.parseDisjunctionInto(conditions, { inWhen: true });
    }
    if (conditions.length === 0) this.fail('expected at least one condition after "when"');
    return conditions;
  }

  private parseBlock(context: string): Block {
    this.expectPunct('{', `to open ${context}`);
    const block: Block = { lets: [], clauses: [] };
    while (!this.isPunct('}')) {
      if (this.peek().kind === 'eof') this.fail(`expected "}" to close ${context}, found end of file`);
      if (this.isWord(new Set(['let'])) && this.peek(1).kind === 'ident' && (this.isPunct('=', 2) || this.isPunct(':=', 2))) block.lets.push(this.parseLet());
      else this.parseDisjunctionInto(block.clauses, { inWhen: false });
    }
    this.next();
    return block;
  }

  /** One clause and any clauses joined to it with `or`. */
  private parseDisjunctionInto(target: Conjunction, context: { inWhen: boolean }): void {
    const disjunction = [this.parseClause(context)];
    while (this.isWord(OR_WORDS)) {
      this.next();
      disjunction.push(this.parseClause(context));
    }
    target.push(disjunction);
  }

  private parseMessage(): string | undefined {
    if (this.peek().kind === 'message') return this.next().text;
    return undefined;
  }

  private parseClause(context: { inWhen: boolean }): Clause {
    const start = this.peek();
    if (this.isWord(WHEN_WORDS) && !this.isPunct('.', 1)) {
      this.next();
      const conditions = this.parseConditions();
      const body = this.parseBlock('a when block');
      return { kind: 'when', conditions, body, position: this.position(start) };
    }
    if (start.kind === 'ident' && start.text.includes('::') && !this.isPunct('.', 1)) return this.parseTypeBlock();
    let some = false;
    if (this.isWord(SOME_WORDS) && !this.isPunct('.', 1)) {
      this.next();
      some = true;
    }
    if ((this.isWord(NOT_WORDS) || this.isPunct('!')) && !some) {
      const negator = this.next();
      const inner = this.parseClause(context);
      if (inner.kind === 'ruleRef') return { ...inner, not: !inner.not, position: this.position(negator) };
      if (inner.kind === 'unary' || inner.kind === 'binary') return { ...inner, not: !inner.not };
      this.fail('"not" can only negate a rule reference or a comparison', negator);
    }
    // Rule reference or parameterised rule call.
    if (start.kind === 'ident' && !FUNCTION_NAMES.has(start.text) && this.isPunct('(', 1) && !this.peek(1).spaceBefore) {
      this.next();
      const args = this.parseArguments(start.text);
      const clause: Clause = { kind: 'ruleCall', name: start.text, args, position: this.position(start) };
      const message = this.parseMessage();
      if (message !== undefined) clause.message = message;
      return clause;
    }
    // As cfn-guard: a quoted name leading a clause is a key of the data ('Fn::GetAtt' { ... }), not a string.
    const lhs: Expression = start.kind === 'string' ? { kind: 'query', query: this.parseQuery() } : this.parseExpression('the left-hand side of a clause');
    if (lhs.kind === 'query' && this.isPunct('{') && !context.inWhen) {
      return { kind: 'block', query: lhs.query, some, notEmpty: false, body: this.parseBlock(`the block of ${lhs.query.text}`), position: this.position(start) };
    }
    const operator = this.parseOperator();
    if (!operator) {
      if (lhs.kind === 'query' && lhs.query.parts.length === 1 && lhs.query.parts[0]!.kind === 'key' && start.kind === 'ident') {
        const clause: Clause = { kind: 'ruleRef', name: start.text, not: false, position: this.position(start) };
        const message = this.parseMessage();
        if (message !== undefined) clause.message = message;
        return clause;
      }
      this.fail(`expected an operator (==, !=, <, <=, >, >=, IN, EXISTS, EMPTY, IS_STRING, ...) or "{" after ${JSON.stringify(this.textFrom(start))}, found ${this.describe(this.peek())}`);
    }
    if (operator.unary) {
      if (operator.operator === 'empty' && operator.not && lhs.kind === 'query' && this.isPunct('{') && !context.inWhen) {
        return { kind: 'block', query: lhs.query, some, notEmpty: true, body: this.parseBlock(`the block of ${lhs.query.text}`), position: this.position(start) };
      }
      const clause: Clause = { kind: 'unary', lhs, operator: operator.operator, not: operator.not, some, position: this.position(start), text: this.textFrom(start) };
      const message = this.parseMessage();
      if (message !== undefined) clause.message = message;
      return clause;
    }
    const rhs = this.parseExpression(`the right-hand side of ${operator.operator}`);
    const clause: Clause = { kind: 'binary', lhs, operator: operator.operator, not: operator.not, rhs, some, position: this.position(start), text: this.textFrom(start) };
    const message = this.parseMessage();
    if (message !== undefined) clause.message = message;
    return clause;
  }

  private parseTypeBlock(): Clause {
    const start = this.next();
    const type = start.text.replace(/::MODULE$/, '');
    let conditions: Conjunction | undefined;
    if (this.isWord(WHEN_WORDS)) {
      this.next();
      conditions = this.parseConditions();
    }
    let body: Block;
    if (this.isPunct('{')) {
      body = this.parseBlock(`the block of ${start.text}`);
    } else {
      // Type-clause form: `AWS::EC2::Instance Properties.X == y`.
      const clauses: Conjunction = [];
      this.parseDisjunctionInto(clauses, { inWhen: false });
      body = { lets: [], clauses };
    }
    const clause: Clause = { kind: 'typeBlock', type, body, position: this.position(start) };
    if (conditions) clause.conditions = conditions;
    return clause;
  }

  private parseOperator(): { unary: true; operator: UnaryOperator; not: boolean } | { unary: false; operator: BinaryOperator; not: boolean } | undefined {
    const token = this.peek();
    if (token.kind === 'punct') {
      switch (token.text) {
        case '==':
        case '<':
        case '<=':
        case '>':
        case '>=':
          this.next();
          return { unary: false, operator: token.text, not: false };
        case '!=':
          this.next();
          return { unary: false, operator: '==', not: true };
        case '!': {
          const after = this.peek(1);
          if (after.kind !== 'ident' || after.spaceBefore) return undefined;
          const operator = this.wordOperator(after.text);
          if (!operator) return undefined;
          this.next();
          this.next();
          return { ...operator, not: true };
        }
        default:
          return undefined;
      }
    }
    if (token.kind !== 'ident') return undefined;
    if (NOT_WORDS.has(token.text)) {
      const operator = this.peek(1).kind === 'ident' ? this.wordOperator(this.peek(1).text) : undefined;
      if (!operator) return undefined;
      this.next();
      this.next();
      return { ...operator, not: true };
    }
    const operator = this.wordOperator(token.text);
    if (!operator) return undefined;
    this.next();
    return { ...operator, not: false };
  }

  private wordOperator(word: string): { unary: true; operator: UnaryOperator } | { unary: false; operator: BinaryOperator } | undefined {
    if (word === 'in' || word === 'IN') return { unary: false, operator: 'in' };
    const unary = unaryOperator(word);
    return unary ? { unary: true, operator: unary } : undefined;
  }

  private parseArguments(name: string): Expression[] {
    this.expectPunct('(', `after ${name}`);
    const args: Expression[] = [];
    while (!this.isPunct(')')) {
      args.push(this.parseExpression(`an argument of ${name}`));
      if (this.isPunct(',')) this.next();
      else if (!this.isPunct(')')) this.fail(`expected "," or ")" in the arguments of ${name}, found ${this.describe(this.peek())}`);
    }
    this.next();
    return args;
  }

  /** A query, a literal or a function call. */
  private parseExpression(context: string): Expression {
    const token = this.peek();
    const position = this.position(token);
    if (token.kind === 'ident' && this.isPunct('(', 1) && !this.peek(1).spaceBefore) {
      if (!FUNCTION_NAMES.has(token.text)) this.fail(`unknown function ${token.text}`);
      this.next();
      return { kind: 'call', name: token.text, args: this.parseArguments(token.text), position };
    }
    if (token.kind === 'ident' && token.text in BOOLEAN_WORDS) {
      this.next();
      return { kind: 'literal', value: BOOLEAN_WORDS[token.text], position };
    }
    if (token.kind === 'ident' && NULL_WORDS.has(token.text)) {
      this.next();
      return { kind: 'literal', value: null, position };
    }
    if (token.kind === 'variable' || token.kind === 'ident') return { kind: 'query', query: this.parseQuery() };
    if (token.kind === 'punct' && token.text === '!') this.fail(`expected ${context}, found "!"`);
    return { kind: 'literal', value: this.parseLiteral(context), position };
  }

  private parseLiteral(context: string): unknown {
    const token = this.next();
    switch (token.kind) {
      case 'string':
        return token.text;
      case 'int':
        return Number.parseInt(token.text, 10);
      case 'float':
        return new GuardFloat(Number.parseFloat(token.text));
      case 'regex':
        try {
          return new GuardRegex(token.text);
        } catch (error) {
          return this.fail(`invalid regular expression /${token.text}/: ${(error as Error).message}`, token);
        }
      case 'range':
        return this.parseRange(token);
      case 'ident':
        if (token.text in BOOLEAN_WORDS) return BOOLEAN_WORDS[token.text];
        if (NULL_WORDS.has(token.text)) return null;
        break;
      case 'punct':
        if (token.text === '[') {
          const items: unknown[] = [];
          while (!this.isPunct(']')) {
            items.push(this.parseLiteral('a list item'));
            if (this.isPunct(',')) this.next();
            else if (!this.isPunct(']')) this.fail(`expected "," or "]" in a list, found ${this.describe(this.peek())}`);
          }
          this.next();
          return items;
        }
        if (token.text === '{') {
          const map: Record<string, unknown> = {};
          while (!this.isPunct('}')) {
            const key = this.next();
            if (key.kind !== 'string' && key.kind !== 'ident') this.fail(`expected a key in a map, found ${this.describe(key)}`, key);
            this.expectPunct(':', `after the map key ${key.text}`);
            map[key.text] = this.parseLiteral('a map value');
            if (this.isPunct(',')) this.next();
            else if (!this.isPunct('}')) this.fail(`expected "," or "}" in a map, found ${this.describe(this.peek())}`);
          }
          this.next();
          return map;
        }
        break;
      default:
        break;
    }
    return this.fail(`expected ${context}, found ${this.describe(token)}`, token);
  }

  private parseRange(open: Token): GuardRange {
    const bound = (): number | string => {
      const value = this.parseLiteral('a range bound');
      if (value instanceof GuardFloat) return value.value;
      if (typeof value === 'number' || typeof value === 'string') return value;
      return this.fail('a range bound must be a number or a string', open);
    };
    const lower = bound();
    this.expectPunct(',', 'between the bounds of a range');
    const upper = bound();
    const close = this.next();
    if (close.kind !== 'punct' || (close.text !== ']' && close.text !== ')')) this.fail(`expected "]" or ")" to close a range, found ${this.describe(close)}`, close);
    return new GuardRange(lower, upper, open.text === '[', close.text === ']');
  }

  private parseQuery(): Query {
    const start = this.peek();
    const parts: QueryPart[] = [];
    const first = this.next();
    if (first.kind === 'variable') parts.push({ kind: 'variable', name: first.text });
    else if (first.kind === 'ident' && THIS_WORDS.has(first.text)) parts.push({ kind: 'this' });
    else if (first.kind === 'ident' || first.kind === 'string') parts.push({ kind: 'key', name: first.text });
    else this.fail(`expected a query, found ${this.describe(first)}`, first);
    for (;;) {
      const token = this.peek();
      if (token.kind === 'punct' && token.text === '.' && !token.spaceBefore) {
        this.next();
        parts.push(this.parseDotPart());
      } else if (token.kind === 'punct' && token.text === '[' && !token.newlineBefore) {
        this.next();
        parts.push(this.parseBracketPart());
      } else {
        break;
      }
    }
    return { parts, position: this.position(start), text: this.textFrom(start) };
  }

  private parseDotPart(): QueryPart {
    const token = this.next();
    if (token.kind === 'punct' && token.text === '*') return { kind: 'allValues' };
    if (token.kind === 'ident' || token.kind === 'string') return { kind: 'key', name: token.text };
    if (token.kind === 'variable') return { kind: 'variableKey', name: token.text };
    if (token.kind === 'int') return { kind: 'index', index: Number.parseInt(token.text, 10) };
    return this.fail(`expected a key, "*" or %variable after ".", found ${this.describe(token)}`, token);
  }

  private parseBracketPart(): QueryPart {
    const token = this.peek();
    const closing = this.peek(1);
    const closes = closing.kind === 'punct' && closing.text === ']';
    if (closes && token.kind === 'punct' && token.text === '*') {
      this.index += 2;
      return { kind: 'allIndices' };
    }
    if (closes && token.kind === 'int') {
      this.index += 2;
      return { kind: 'index', index: Number.parseInt(token.text, 10) };
    }
    if (closes && token.kind === 'string') {
      this.index += 2;
      return { kind: 'key', name: token.text };
    }
    if (closes && token.kind === 'ident' && !THIS_WORDS.has(token.text)) {
      this.index += 2;
      return { kind: 'bind', name: token.text };
    }
    if (token.kind === 'ident' && KEYS_WORDS.has(token.text)) {
      this.next();
      const operator = this.parseOperator();
      if (!operator || operator.unary) this.fail('expected a comparison after "keys" in a filter');
      const rhs = this.parseExpression(`the right-hand side of keys ${operator.operator}`);
      this.expectPunct(']', 'to close the keys filter');
      return { kind: 'keysFilter', not: operator.not, op: operator.operator, rhs };
    }
    if (token.kind === 'ident' && this.isPunct('|', 1)) this.index += 2; // `[ name | clauses ]`
    const clauses: Conjunction = [];
    while (!this.isPunct(']')) {
      if (this.peek().kind === 'eof') this.fail('expected "]" to close the filter, found end of file');
      this.parseDisjunctionInto(clauses, { inWhen: false });
    }
    this.next();
    if (clauses.length === 0) this.fail('empty filter "[]"', token);
    return { kind: 'filter', clauses };
  }
}
