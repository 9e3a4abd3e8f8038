// Tokeniser for the Guard DSL (cfn-guard 3.x); spec: shared/reference/iac-anchors.md §4.1.

export class GuardParseError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly detail: string,
  ) {
    super(`${file}:${line}:${column}: ${detail}`);
    this.name = 'GuardParseError';
  }
}

export type TokenKind =
  | 'ident' // names, keywords, and CloudFormation type names such as AWS::S3::Bucket
  | 'variable' // %name
  | 'string'
  | 'int'
  | 'float'
  | 'regex'
  | 'message' // << ... >>
  | 'range' // r[ or r( : the bracket is in text
  | 'punct'
  | 'eof';

export interface Token {
  kind: TokenKind;
  text: string;
  line: number;
  column: number;
  /** A newline separates this token from the previous one. */
  newlineBefore: boolean;
  /** Whitespace or a comment separates this token from the previous one. */
  spaceBefore: boolean;
  /** Source offsets [offset, end). */
  offset: number;
  end: number;
}

const PUNCT_2 = new Set(['==', '!=', '<=', '>=', ':=']);
const PUNCT_1 = new Set(['{', '}', '[', ']', '(', ')', ',', '.', ':', '*', '=', '<', '>', '!', '|']);

function isIdentStart(ch: string): boolean {
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch === '_';
}
function isIdentPart(ch: string): boolean {
  return isIdentStart(ch) || (ch >= '0' && ch <= '9');
}
function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

export function tokenize(text: string, file: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  let line = 1;
  let lineStart = 0;
  let newlineBefore = false;
  let spaceBefore = false;
  const fail = (message: string, at = index): never => {
    const before = text.slice(0, at);
    const errLine = before.split('\n').length;
    throw new GuardParseError(file, errLine, at - before.lastIndexOf('\n'), message);
  };
  const push = (kind: TokenKind, value: string, start: number, startLine: number, startLineStart: number): void => {
    tokens.push({ kind, text: value, line: startLine, column: start - startLineStart + 1, newlineBefore, spaceBefore, offset: start, end: index });
    newlineBefore = false;
    spaceBefore = false;
  };
  const advanceOver = (from: number, to: number): void => {
    for (let i = from; i < to; i++) {
      if (text[i] === '\n') {
        line++;
        lineStart = i + 1;
      }
    }
  };

  while (index < text.length) {
    const ch = text[index]!;
    if (ch === '\n') {
      line++;
      index++;
      lineStart = index;
      newlineBefore = true;
      spaceBefore = true;
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\f' || ch === '\v' || ch === '\uFEFF') {
      index++;
      spaceBefore = true;
      continue;
    }
    if (ch === '#') {
      while (index < text.length && text[index] !== '\n') index++;
      spaceBefore = true;
      continue;
    }
    const start = index;
    const startLine = line;
    const startLineStart = lineStart;
    if (ch === '<' && text[index + 1] === '<') {
      const end = text.indexOf('>>', index + 2);
      if (end < 0) fail('unterminated custom message: missing ">>"');
      advanceOver(index, end + 2);
      index = end + 2;
      push('message', text.slice(start + 2, end).trim(), start, startLine, startLineStart);
      continue;
    }
    if (ch === '"' || ch === "'") {
      let value = '';
      index++;
      for (;;) {
        if (index >= text.length) fail(`unterminated string: missing ${ch}`, start);
        const c = text[index]!;
        if (c === '\\' && (text[index + 1] === ch || text[index + 1] === '\\')) {
          // Only the quote and the backslash itself are escapes; `\w` stays as written (regex strings).
          value += text[index + 1] === ch ? ch : '\\\\';
          index += 2;
          continue;
        }
        if (c === ch) break;
        value += c;
        index++;
      }
      advanceOver(start, index);
      index++;
      push('string', value, start, startLine, startLineStart);
      continue;
    }
    if (ch === '/') {
      let value = '';
      index++;
      for (;;) {
        if (index >= text.length || text[index] === '\n') fail('unterminated regular expression: missing "/"', start);
        const c = text[index]!;
        if (c === '\\' && text[index + 1] === '/') {
          value += '/';
          index += 2;
          continue;
        }
        // cfn-guard ends a regex only at a slash not preceded by a backslash, so `\\/` is `\/`.
        if (c === '\\' && text[index + 1] === '\\' && text[index + 2] === '/') {
          value += '\\/';
          index += 3;
          continue;
        }
        if (c === '\\' && index + 1 < text.length) {
          value += c + text[index + 1];
          index += 2;
          continue;
        }
        if (c === '/') break;
        value += c;
        index++;
      }
      index++;
      push('regex', value, start, startLine, startLineStart);
      continue;
    }
    if (ch === '%') {
      index++;
      if (!isIdentStart(text[index] ?? '')) fail('expected a variable name after "%"');
      while (index < text.length && isIdentPart(text[index]!)) index++;
      push('variable', text.slice(start + 1, index), start, startLine, startLineStart);
      continue;
    }
    if (isDigit(ch) || (ch === '-' && isDigit(text[index + 1]))) {
      index++;
      while (isDigit(text[index])) index++;
      let kind: TokenKind = 'int';
      if (text[index] === '.' && isDigit(text[index + 1])) {
        kind = 'float';
        index++;
        while (isDigit(text[index])) index++;
      }
      if ((text[index] === 'e' || text[index] === 'E') && (isDigit(text[index + 1]) || ((text[index + 1] === '-' || text[index + 1] === '+') && isDigit(text[index + 2])))) {
        kind = 'float';
        index += 2;
        while (isDigit(text[index])) index++;
      }
      push(kind, text.slice(start, index), start, startLine, startLineStart);
      continue;
    }
    if (ch === 'r' && (text[index + 1] === '[' || text[index + 1] === '(') && !isIdentPart(text[index - 1] ?? ' ') && text[index - 1] !== '.') {
      index += 2;
      push('range', text[start + 1]!, start, startLine, startLineStart);
      continue;
    }
    if (isIdentStart(ch)) {
      index++;
      for (;;) {
        while (index < text.length && isIdentPart(text[index]!)) index++;
        // CloudFormation type names: AWS::S3::Bucket, Custom::Thing, AWS::X::Y::MODULE
        if (text[index] === ':' && text[index + 1] === ':' && isIdentStart(text[index + 2] ?? '')) {
          index += 2;
          continue;
        }
        break;
      }
      push('ident', text.slice(start, index), start, startLine, startLineStart);
      continue;
    }
    if (ch === '|' && text.startsWith('|OR|', index)) {
      index += 4;
      push('ident', 'OR', start, startLine, startLineStart);
      continue;
    }
    const two = text.slice(index, index + 2);
    if (PUNCT_2.has(two)) {
      index += 2;
      push('punct', two, start, startLine, startLineStart);
      continue;
    }
    if (PUNCT_1.has(ch)) {
      index++;
      push('punct', ch, start, startLine, startLineStart);
      continue;
    }
    fail(`unexpected character ${JSON.stringify(ch)}`);
  }
  tokens.push({ kind: 'eof', text: '', line, column: index - lineStart + 1, newlineBefore: true, spaceBefore: true, offset: index, end: index });
  return tokens;
}
