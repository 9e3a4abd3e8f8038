/**
 * Files of configuration items, read as a stream: a configuration snapshot or history file as
 * Config delivers it to S3 (`{"fileVersion", "configSnapshotId", "configurationItems": [...]}`,
 * often gzipped), `aws configservice select-resource-config` output (`{"Results": ["<item JSON>", ...]}`),
 * or a plain JSON array of items. Items are split out of the top-level array one by one, so a
 * large file is never held whole as text.
 */
import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';
import { ConfigDocumentBuilder, type ConfigDocument, type ItemsOptions } from './index.js';

/** Keys of a top-level object whose array holds the items. */
const ITEM_ARRAYS = new Set(['configurationItems', 'Results']);

const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * Splits the elements of one array out of JSON text given in chunks: the array of a top-level
 * object's `configurationItems` / `Results` key, or a top-level array. Each element is given
 * as its JSON text; a `Results` element (a JSON string holding an item) is given decoded.
 */
export class ItemArraySplitter {
  private depth = 0;
  private inString = false;
  private escaped = false;
  /** Depth inside the item array, once found. */
  private itemsDepth = -1;
  private itemsDone = false;
  /** Text of the element being read (across chunks), or undefined between elements. */
  private element: string | undefined;
  private elementIsString = false;
  /** The last string seen at depth 1 (a key of the top-level object), while short. */
  private key = '';
  private keyStart = -1;
  private keyParts = '';
  count = 0;

  /** Feeds a chunk; returns the element texts it completed. */
  push(chunk: string): string[] {
    const done: string[] = [];
    let start = this.element !== undefined ? 0 : -1;
    for (let index = 0; index < chunk.length; index++) {
      if (this.inString && !this.escaped) {
        // Jump to the closing quote: most of the text is inside strings. Backslashes are counted
        // from `index` on, where the string is known not to be escaped.
        let from = index;
        let quote = chunk.indexOf('"', from);
        while (quote >= 0 && backslashesBefore(chunk, quote, index) % 2 === 1) {
          from = quote + 1;
          quote = chunk.indexOf('"', from);
        }
        if (quote < 0) {
          this.escaped = backslashesBefore(chunk, chunk.length, index) % 2 === 1;
          break;
        }
        index = quote;
      }
      const code = chunk.charCodeAt(index);
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (code === QUOTE) {
          this.inString = false;
          if (this.depth === 1 && this.keyStart >= 0) {
            this.key = (this.keyParts + chunk.slice(this.keyStart, index)).slice(0, 64);
            this.keyStart = -1;
            this.keyParts = '';
          }
          if (this.elementIsString && this.depth === this.itemsDepth) {
            done.push(this.take(chunk, start, index + 1));
            start = -1;
          }
        }
        continue;
      }
      if (code === QUOTE) {
        this.inString = true;
        if (this.depth === 1 && this.itemsDepth < 0) {
          this.keyStart = index + 1;
          this.keyParts = '';
        }
        if (this.isElementStart()) {
          this.element = '';
          this.elementIsString = true;
          start = index;
        }
      } else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
        if (code === OPEN_BRACKET && this.itemsDepth < 0 && !this.itemsDone && (this.depth === 0 || (this.depth === 1 && ITEM_ARRAYS.has(this.key)))) {
          this.depth += 1;
          this.itemsDepth = this.depth;
          continue;
        }
        if (this.isElementStart()) {
          this.element = '';
          this.elementIsString = false;
          start = index;
        }
        this.depth += 1;
      } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
        this.depth -= 1;
        if (this.depth === this.itemsDepth && this.element !== undefined && !this.elementIsString) {
          done.push(this.take(chunk, start, index + 1));
          start = -1;
        } else if (this.depth === this.itemsDepth - 1 && this.itemsDepth > 0) {
          this.itemsDepth = -1;
          this.itemsDone = true;
        }
      }
    }
    if (this.element !== undefined && start >= 0) this.element += chunk.slice(start);
    if (this.inString && this.keyStart >= 0) {
      this.keyParts += chunk.slice(this.keyStart);
      this.keyStart = 0;
    }
    return done;
  }

  /** True when the text ended inside the item array or inside an element (a truncated file). */
  get truncated(): boolean {
    return this.itemsDepth > 0 || this.element !== undefined;
  }

  get found(): boolean {
    return this.itemsDone || this.itemsDepth > 0;
  }

  private isElementStart(): boolean {
    return this.itemsDepth > 0 && this.depth === this.itemsDepth && this.element === undefined;
  }

  private take(chunk: string, start: number, end: number): string {
    const text = (this.element ?? '') + chunk.slice(Math.max(start, 0), end);
    this.element = undefined;
    this.count += 1;
    return text;
  }
}

/** Backslashes right before `end` in `text`, not counting before `floor` (an odd count escapes the character at `end`). */
function backslashesBefore(text: string, end: number, floor: number): number {
  let count = 0;
  while (end - count - 1 >= floor && text.charCodeAt(end - count - 1) === BACKSLASH) count++;
  return count;
}

async function isGzip(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(2), 0, 2, 0);
    return bytesRead === 2 && buffer[0] === 0x1f && buffer[1] === 0x8b;
  } finally {
    await handle.close();
  }
}

function textStream(path: string, gzip: boolean): AsyncIterable<Buffer> {
  const file = createReadStream(path, { highWaterMark: 1 << 20 });
  if (!gzip) return file;
  const gunzip = createGunzip();
  file.on('error', (error) => gunzip.destroy(error));
  return file.pipe(gunzip);
}

/** The file's first characters (decompressed when gzipped). */
async function head(path: string, gzip: boolean, size = 8192): Promise<string> {
  const decoder = new StringDecoder('utf8');
  let text = '';
  const stream = textStream(path, gzip);
  for await (const chunk of stream) {
    text += decoder.write(chunk);
    if (text.length >= size) break;
  }
  (stream as unknown as { destroy?: () => void }).destroy?.();
  return text;
}

/** How much of a file's start the probe reads: the keys that tell items apart come within the first item. */
export const ITEMS_PROBE_CHARS = 64 * 1024;

/** select-resource-config output: `{"Results": [` and a JSON string (an item) or the list's end. */
const SELECT_RESULTS = /^\s*\{\s*"Results"\s*:\s*\[\s*(?:"|\])/;
/** After a key's closing quote: optional white space and the colon that makes it a key. */
const KEY_COLON = /\s*:/y;

/**
 * Whether text that starts a file is a Config snapshot / history file (an object with
 * `configurationItems` or `configSnapshotId`), select-resource-config output, or a JSON array of
 * items (an object with `configurationItemCaptureTime` or `configurationItemStatus`). The keys are
 * found with indexOf, not a lazy pattern that tries every character of a template's 64 KiB.
 */
export function looksLikeConfigItemsText(start: string): boolean {
  let first = 0;
  while (first < start.length && /\s/.test(start.charAt(first))) first++;
  const opening = start.charCodeAt(first);
  if (opening === 0x7b /* { */) return SELECT_RESULTS.test(start) || hasKey(start, first, ['"configurationItems"', '"configSnapshotId"']);
  if (opening !== 0x5b /* [ */) return false;
  let item = first + 1;
  while (item < start.length && /\s/.test(start.charAt(item))) item++;
  return start.charCodeAt(item) === 0x7b && hasKey(start, item, ['"configurationItemCaptureTime"', '"configurationItemStatus"']);
}

/** One of `quotedKeys` stands after `from` followed by a colon. */
function hasKey(text: string, from: number, quotedKeys: readonly string[]): boolean {
  for (const key of quotedKeys) {
    for (let at = text.indexOf(key, from); at >= 0; at = text.indexOf(key, at + 1)) {
      KEY_COLON.lastIndex = at + key.length;
      if (KEY_COLON.test(text)) return true;
    }
  }
  return false;
}

/**
 * Probes a file the scan could not read whole (gzipped, or larger than a template may be): one
 * synchronous read of its first 64 KiB, not a stream; only a gzipped file is decompressed to look.
 */
export async function looksLikeConfigItems(path: string): Promise<boolean> {
  try {
    const start = readStart(path, ITEMS_PROBE_CHARS);
    if (start[0] === 0x1f && start[1] === 0x8b) return looksLikeConfigItemsText(await head(path, true));
    return looksLikeConfigItemsText(new StringDecoder('utf8').write(start));
  } catch {
    return false;
  }
}

/** One buffer for every probe: the probe's bytes are decoded before the next. */
let probeBuffer: Buffer | undefined;

function readStart(path: string, size: number): Buffer {
  const descriptor = openSync(path, 'r');
  try {
    if (!probeBuffer || probeBuffer.length < size) probeBuffer = Buffer.allocUnsafe(size);
    return probeBuffer.subarray(0, readSync(descriptor, probeBuffer, 0, size, 0));
  } finally {
    closeSync(descriptor);
  }
}

/**
 * Reads a file of configuration items into a document, streaming. A bad item is a problem of
 * the file (with its position in the array) and the others go on; a truncated file keeps the
 * items read before the cut.
 */
export async function loadConfigItemsFile(path: string, options: ItemsOptions = {}): Promise<ConfigDocument> {
  const builder = new ConfigDocumentBuilder(path, options);
  const splitter = new ItemArraySplitter();
  const decoder = new StringDecoder('utf8');
  const add = (text: string): void => {
    let value: unknown;
    try {
      value = JSON.parse(text);
      // select-resource-config: each result is the item as a JSON string.
      if (typeof value === 'string') value = JSON.parse(value);
    } catch (error) {
      builder.problem({ level: 'error', file: path, message: `configuration item #${splitter.count}: invalid JSON: ${(error as Error).message}` });
      return;
    }
    builder.add(value);
  };
  try {
    for await (const chunk of textStream(path, await isGzip(path))) for (const text of splitter.push(decoder.write(chunk))) add(text);
    for (const text of splitter.push(decoder.end())) add(text);
  } catch (error) {
    builder.problem({ level: 'error', file: path, message: `cannot read: ${(error as Error).message}` });
  }
  if (!splitter.found) builder.problem({ level: 'error', file: path, message: 'no configurationItems, Results or top-level array of configuration items' });
  else if (splitter.truncated) builder.problem({ level: 'error', file: path, message: `the file ends inside the item array (after ${splitter.count} items): truncated?` });
  return builder.finish();
}
