// cfn-guard's second chance for a key that a map does not hold: the key re-cased seven ways
// (camel, class, kebab, pascal, snake, title, train, in that order), the first spelling the map holds
// wins and is then the only one tried for the rest of the query. This is why `'!Ref'` finds `Ref`
// (class case drops the `!`) and `FOO` finds `Foo`. Behaviour observed on cfn-guard 3.1.1; the
// re-casing follows the Rust inflection rules it uses (words split at non-alphanumerics and at a
// lower-to-upper change, ASCII letters re-cased, class case singular).

export type KeyCase = (key: string) => string;

const ALPHANUMERIC = /[\p{Alphabetic}\p{N}]/u;
const NUMERIC = /\p{N}/u;
const LOWERCASE = /\p{Lowercase}/u;
const UPPERCASE = /\p{Uppercase}/u;

const isAlphanumeric = (char: string): boolean => ALPHANUMERIC.test(char);
const asciiUpper = (char: string): string => (char >= 'a' && char <= 'z' ? char.toUpperCase() : char);
const asciiLower = (char: string): string => (char >= 'A' && char <= 'Z' ? char.toLowerCase() : char);

/** The characters of `text` up to its last alphanumeric one. */
function trimmedChars(text: string): string[] {
  const chars = [...text];
  let end = chars.length;
  while (end > 0 && !isAlphanumeric(chars[end - 1]!)) end--;
  return chars.slice(0, end);
}

interface CamelLike {
  newWord: boolean;
  firstWord: boolean;
  separator: string;
  /** Digits start a new word. */
  digitsSplit: boolean;
}

/** camelCase, PascalCase, Title Case and Train-Case: words re-joined, each word's first letter upper. */
function camelLike(text: string, options: CamelLike): string {
  let { newWord, firstWord } = options;
  let lastChar = ' ';
  let started = false;
  let result = '';
  for (const char of trimmedChars(text)) {
    const alphanumeric = isAlphanumeric(char);
    if (!alphanumeric && started) newWord = true;
    else if (!alphanumeric) continue;
    else if (options.digitsSplit && NUMERIC.test(char)) {
      started = true;
      newWord = true;
      result += char;
    } else if (newWord || (LOWERCASE.test(lastChar) && UPPERCASE.test(char))) {
      started = true;
      newWord = false;
      if (options.separator && !firstWord) result += options.separator;
      result += asciiUpper(char);
      firstWord = false;
    } else {
      started = true;
      lastChar = char;
      result += asciiLower(char);
    }
  }
  return result;
}

/** snake_case and kebab-case: lower-case words joined by `separator`. */
function snakeLike(text: string, separator: string): string {
  const all = [...text];
  let first = true;
  let result = '';
  trimmedChars(text).forEach((char, index) => {
    if (!isAlphanumeric(char)) {
      if (!first) result += separator;
      first = true;
      return;
    }
    // An upper-case (or caseless) character beside a lower-case one starts a word.
    const startsWord = !first && char === asciiUpper(char) && (LOWERCASE.test(all[index + 1] ?? 'A') || LOWERCASE.test(all[index - 1] ?? 'A'));
    first = false;
    result += (startsWord ? separator : '') + asciiLower(char);
  });
  return result;
}

const WORD = '[\\p{Alphabetic}\\p{M}\\p{Nd}\\p{Pc}\\p{Join_Control}]';
/** Plural endings, most specific first: [pattern, replacement of what follows the first group]. */
const SINGULAR_PATTERNS: ReadonlyArray<[string, string]> = [
  [`(W*(database))s$`, ''],
  [`(W*(quiz))zes$`, ''],
  [`(W*(matr))ices$`, 'ix'],
  [`(W*(vert|ind))ices$`, 'ex'],
  [`^(ox)en$`, ''],
  [`(W*(alias|status))(es)?$`, ''],
  [`(W*(octop|vir))(us|i)$`, 'us'],
  [`^(a)x[ie]s$`, 'xis'],
  [`(W*(cris|test))(is|es)$`, 'is'],
  [`(W*(shoe))s$`, ''],
  [`(W*(bus))(es)?$`, ''],
  [`(W*(m|l))ice$`, 'ouse'],
  [`(W*(x|ch|ss|sh))es$`, ''],
  [`(W*(m))ovies$`, 'ovie'],
  [`(W*(s))eries$`, 'eries'],
  [`(W*([^aeiouy]|qu))ies$`, 'y'],
  [`(W*([lr]))ves$`, 'f'],
  [`(W*(tive))s$`, ''],
  [`(W*(hive))s$`, ''],
  [`(W*([^f]))ves$`, 'fe'],
  [`(^analy)(sis|ses)$`, 'sis'],
  [`(W*((a)naly|(b)a|(d)iagno|(p)arenthe|(p)rogno|(s)ynop|(t)he))(sis|ses)$`, 'sis'],
  [`(W*([ti]))a$`, 'um'],
  [`(W*(o))es$`, ''],
  [`(W*(n))ews$`, 'ews'],
  [`(W*(ss))$`, ''],
  [`(W*)s$`, ''],
];
/**
 * Compiled on first use: Unicode property classes make these patterns costly to build, and every
 * Tosei command loads this module while only Guard's key lookups that miss ever need them.
 */
let singularRules: ReadonlyArray<[RegExp, string]> | undefined;
const compiledSingularRules = (): ReadonlyArray<[RegExp, string]> =>
  (singularRules ??= SINGULAR_PATTERNS.map(([pattern, replacement]) => [new RegExp(pattern.replace(/W\*/g, `${WORD}*`), 'u'), replacement]));

const IRREGULAR: Readonly<Record<string, string>> = { oxen: 'ox', boxes: 'box', men: 'man', women: 'woman', dice: 'die', yeses: 'yes', feet: 'foot', eaves: 'eave', geese: 'goose', teeth: 'tooth', quizzes: 'quiz' };

function singular(word: string): string {
  const irregular = IRREGULAR[word];
  if (irregular !== undefined) return irregular;
  for (const [pattern, replacement] of compiledSingularRules()) {
    const match = pattern.exec(word);
    if (match?.[1] !== undefined) return match[1] + replacement;
  }
  return word;
}

const camel: KeyCase = (key) => camelLike(key, { newWord: false, firstWord: false, separator: '', digitsSplit: true });
const pascal: KeyCase = (key) => camelLike(key, { newWord: true, firstWord: false, separator: '', digitsSplit: false });
const title: KeyCase = (key) => camelLike(key, { newWord: true, firstWord: true, separator: ' ', digitsSplit: false });
const train: KeyCase = (key) => camelLike(key, { newWord: true, firstWord: true, separator: '-', digitsSplit: true });
const kebab: KeyCase = (key) => snakeLike(key, '-');
const snake: KeyCase = (key) => snakeLike(key, '_');
/** PascalCase with its last word singular (`FooBars` -> `FooBar`). */
const klass: KeyCase = (key) => {
  const plural = pascal(key);
  let split = 0;
  [...plural].forEach((char, index) => {
    if (UPPERCASE.test(char)) split = index;
  });
  const chars = [...plural];
  return chars.slice(0, split).join('') + singular(chars.slice(split).join(''));
};

/** In cfn-guard's order of trial. */
export const KEY_CASES: readonly KeyCase[] = [camel, klass, kebab, pascal, snake, title, train];
