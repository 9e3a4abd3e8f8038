/**
 * The JSONPath subset SSM Automation selectors use (`$`, `$.Vpcs[0].State`, `$.FlowLogs[*].FlowLogId`,
 * `$['key']`). A restricted evaluator of our own rather than jsonpath-plus: selectors come from
 * documents, and a general JSONPath engine with script filters has had code-execution advisories.
 * Filters, recursive descent and slices are refused when the document is validated.
 */

export type Segment = { kind: 'key'; key: string } | { kind: 'index'; index: number } | { kind: 'wildcard' };

export interface ParsedSelector {
  segments: Segment[];
  error?: string;
}

/** Parses a selector; `error` says what is wrong (and `segments` is then empty). */
export function parseSelector(selector: string): ParsedSelector {
  const fail = (why: string): ParsedSelector => ({ segments: [], error: `selector ${JSON.stringify(selector)}: ${why}` });
  if (!selector.startsWith('$')) return fail('must start with $');
  const segments: Segment[] = [];
  let i = 1;
  while (i < selector.length) {
    const c = selector[i];
    if (c === '.') {
      if (selector[i + 1] === '.') return fail('recursive descent (..) is not supported');
      if (selector[i + 1] === '*') {
        segments.push({ kind: 'wildcard' });
        i += 2;
        continue;
      }
      const match = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(selector.slice(i + 1));
      if (!match) return fail(`expected a member name at position ${i + 1}`);
      segments.push({ kind: 'key', key: match[0] });
      i += 1 + match[0].length;
    } else if (c === '[') {
      const close = selector.indexOf(']', i);
      if (close < 0) return fail('unclosed [');
      const inner = selector.slice(i + 1, close).trim();
      if (inner === '*') segments.push({ kind: 'wildcard' });
      else if (/^\d+$/.test(inner)) segments.push({ kind: 'index', index: Number(inner) });
      else if (/^'[^']*'$/.test(inner) || /^"[^"]*"$/.test(inner)) segments.push({ kind: 'key', key: inner.slice(1, -1) });
      else return fail(`unsupported [${inner}] (supported: [0], [*], ['name'])`);
      i = close + 1;
    } else return fail(`unexpected "${c}" at position ${i}`);
  }
  return { segments };
}

export interface Selection {
  found: boolean;
  value?: unknown;
}

/**
 * Applies a selector to a response. Without a wildcard the result is the one value (or not found);
 * with one it is the list of every value matched (found even when empty, as SSM returns []).
 */
export function select(value: unknown, selector: string): Selection {
  const { segments, error } = parseSelector(selector);
  if (error) throw new Error(error);
  const wildcard = segments.some((segment) => segment.kind === 'wildcard');
  let current: unknown[] = [value];
  for (const segment of segments) {
    const next: unknown[] = [];
    for (const item of current) {
      if (segment.kind === 'key') {
        if (item !== null && typeof item === 'object' && !Array.isArray(item) && Object.prototype.hasOwnProperty.call(item, segment.key)) next.push((item as Record<string, unknown>)[segment.key]);
      } else if (segment.kind === 'index') {
        if (Array.isArray(item) && segment.index < item.length) next.push(item[segment.index]);
      } else if (Array.isArray(item)) next.push(...item);
      else if (item !== null && typeof item === 'object') next.push(...Object.values(item));
    }
    current = next;
  }
  if (wildcard) return { found: true, value: current };
  return current.length === 0 || current[0] === undefined ? { found: false } : { found: true, value: current[0] };
}
