import { unknown, type Unknown } from '../model/unknown.js';
import type { Value, ValueObject } from '../model/value.js';

/**
 * A template that writes JSON around unknown interpolations — a Terraform heredoc policy with
 * `"Resource": "${aws_sqs_queue.q.arn}"`, a CloudFormation `!Sub` policy with `${Queue.Arn}` — decodes to that JSON with each unknown in its place:
 * a whole JSON string that is one interpolation is that Unknown (its reference kept), a string
 * partly interpolated is an Unknown string, an interpolation standing for a whole JSON value is
 * that value (`${jsonencode(local.statements)}`'s structure when it has one). Undefined when the
 * text around the interpolations is not JSON.
 */
export function decodeJsonTemplate(pieces: readonly (string | Unknown)[]): Value | undefined {
  const first = pieces.find((piece): piece is string => typeof piece === 'string' && piece.trim() !== '');
  if (first === undefined || !/^\s*[[{]/.test(first)) return undefined;
  let text = '';
  let inString = false;
  let escaped = false;
  const unknowns: Unknown[] = [];
  for (const piece of pieces) {
    if (typeof piece === 'string') {
      if (MARKERS.test(piece)) return undefined;
      for (const char of piece) {
        if (escaped) escaped = false;
        else if (inString && char === '\\') escaped = true;
        else if (char === '"') inString = !inString;
      }
      text += piece;
      continue;
    }
    unknowns.push(piece);
    const mark = `${INSIDE}${unknowns.length - 1}${END}`;
    // Inside a JSON string the interpolation is part of the string; outside it stands for a value.
    text += inString ? mark : `"${WHOLE}${unknowns.length - 1}${END}"`;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  return restore(parsed, unknowns);
}

/** Private-use characters: a template that already holds them is not decoded. */
const INSIDE = '\uE000';
const WHOLE = '\uE001';
const END = '\uE002';
const MARKERS = /[\uE000-\uE002]/;
const ONE_MARK = /^[\uE000\uE001](\d+)\uE002$/;
const ANY_MARK = /[\uE000\uE001](\d+)\uE002/g;

function restore(value: unknown, unknowns: readonly Unknown[]): Value {
  if (typeof value === 'string') {
    if (!MARKERS.test(value)) return value;
    const whole = ONE_MARK.exec(value);
    if (whole) {
      const piece = unknowns[Number(whole[1])] as Unknown;
      return value.startsWith(WHOLE) && piece.json !== undefined ? piece.json : piece;
    }
    const reasons = [...value.matchAll(ANY_MARK)].map((match) => (unknowns[Number(match[1])] as Unknown).reason);
    return unknown(`a string built from ${reasons.join(', ')}`);
  }
  if (Array.isArray(value)) return value.map((item) => restore(item, unknowns));
  if (value !== null && typeof value === 'object') {
    const object: ValueObject = {};
    for (const [key, item] of Object.entries(value)) {
      if (MARKERS.test(key)) return unknown(`an object whose keys are built from ${[...key.matchAll(ANY_MARK)].map((match) => (unknowns[Number(match[1])] as Unknown).reason).join(', ')}`);
      Object.defineProperty(object, key, { value: restore(item, unknowns), enumerable: true, writable: true, configurable: true });
    }
    return object;
  }
  return value as Value;
}
