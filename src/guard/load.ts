// Reading Guard rule files and data files from disk.
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { TreeWalker, type WalkHandlers } from '../scan/walk.js';
import type { GuardRuleFile } from './ast.js';
import { GuardParseError } from './lexer.js';
import { parseGuard } from './parser.js';
import type { ScanProblem } from '../model/evaluation.js';
import { parseTemplateText, startsLikeJson } from '../inputs/cloudformation/yaml.js';
import { loadGuardYaml } from './yaml-data.js';

/** The parsed rule files of one run. */
export interface GuardRuleSet {
  files: GuardRuleFile[];
}

/** The extensions cfn-guard reads from a rules directory. */
export const RULE_EXTENSIONS = new Set(['.guard', '.ruleset']);
/** The extensions cfn-guard reads from a data directory. */
export const DATA_EXTENSIONS = new Set(['.yaml', '.yml', '.json', '.jsn', '.template']);

/** Files under `paths` (files as given, directories walked in sorted order) with one of `extensions`. */
export function listFiles(paths: readonly string[], extensions: ReadonlySet<string>, problems: ScanProblem[]): string[] {
  const found: string[] = [];
  // By real path: a symbolic link loop is reported once, not followed until the path is too long.
  const walker = new TreeWalker((problem) => problems.push(problem));
  const handlers: WalkHandlers = {
    file: (path, name) => {
      if (extensions.has(extname(name).toLowerCase())) found.push(path);
    },
  };
  for (const path of paths) {
    try {
      if (statSync(path).isDirectory()) walker.walk(path, handlers);
      else if (walker.firstVisit(path)) found.push(path);
    } catch (error) {
      problems.push({ level: 'error', file: path, message: `cannot read: ${(error as Error).message}` });
    }
  }
  return found;
}

/** Parses one rule file's text; a syntax error becomes a problem naming file, line and column. */
export function parseGuardText(text: string, file: string, problems: ScanProblem[]): GuardRuleFile | undefined {
  try {
    return parseGuard(text, file);
  } catch (error) {
    if (!(error instanceof GuardParseError)) throw error;
    problems.push({ level: 'error', file, line: error.line, column: error.column, message: error.detail });
    return undefined;
  }
}

/**
 * Loads `.guard`/`.ruleset` files (directories are walked). Files that cannot be read or parsed
 * are reported in `problems` (file:line:column) and left out; the others still load.
 */
export function loadGuardRules(paths: readonly string[]): { ruleSet: GuardRuleSet; problems: ScanProblem[] } {
  const problems: ScanProblem[] = [];
  const files: GuardRuleFile[] = [];
  for (const file of listFiles(paths, RULE_EXTENSIONS, problems)) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      problems.push({ level: 'error', file, message: `cannot read: ${(error as Error).message}` });
      continue;
    }
    const parsed = parseGuardText(text, file, problems);
    if (parsed) files.push(parsed);
  }
  return { ruleSet: { files }, problems };
}

/**
 * Reads a JSON or YAML data file as cfn-guard does (yaml-data.ts: its scalars and short-form tags;
 * `test` for a unit-test file); undefined and a problem (file:line:column) when it cannot be parsed.
 */
export function readGuardData(text: string, file: string, problems: ScanProblem[], kind: 'data' | 'test' = 'data'): unknown {
  if (startsLikeJson(text)) {
    // Strict JSON first (fast); a file that is not strict JSON may still be YAML, as it is to cfn-guard.
    const parsed = parseTemplateText(text, file);
    if (!parsed.problems.some((problem) => problem.level === 'error')) return parsed.value ?? null;
  }
  try {
    return loadGuardYaml(text, kind);
  } catch (error) {
    const mark = (error as { mark?: { line: number; column: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? (error as Error).message;
    problems.push({ level: 'error', file, ...(mark ? { line: mark.line + 1, column: mark.column + 1 } : {}), message: `invalid YAML/JSON: ${reason}` });
    return undefined;
  }
}
