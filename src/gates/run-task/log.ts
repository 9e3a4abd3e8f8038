/**
 * Structured logs: one JSON object per line. Callers never pass tokens, keys or signatures; as a
 * second line of defence every secret the process knows (the HMAC key, the access tokens of recent
 * jobs) is masked in each line before it is written.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface Logger {
  log(level: LogLevel, message: string, fields?: Record<string, unknown>): void;
  /** Masks this value in every later line (bounded: the most recent secrets are kept). */
  addSecret(value: string): void;
  /** Writes a line another logger formatted (the worker thread's), masked here too. */
  forward(line: string): void;
}

const MAX_SECRETS = 1000;
const MASK = '[redacted]';

const RANK: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3 };

/**
 * Lines written together once per turn of the event loop: stderr on a pipe is a synchronous write
 * on Linux, and one system call per line cost a tenth of the server's time under load. Pending
 * lines are written before the process exits.
 */
export function batchedWriter(write: (text: string) => void): (line: string) => void {
  let pending: string[] = [];
  const flush = (): void => {
    if (pending.length === 0) return;
    const text = pending.join('');
    pending = [];
    write(text);
  };
  process.once('exit', flush);
  return (line) => {
    if (pending.length === 0) setImmediate(flush);
    pending.push(line);
  };
}

/** `minLevel` defaults to TOSEI_LOG_LEVEL, else `info`. */
export function createLogger(write: (line: string) => void, minLevel: LogLevel = logLevelFromEnv(), now: () => Date = () => new Date()): Logger {
  const secrets = new SecretIndex();
  const masked = (line: string): string => secrets.mask(line);
  return {
    log(level, message, fields = {}) {
      if (RANK[level] < RANK[minLevel]) return;
      write(`${masked(JSON.stringify({ time: now().toISOString(), level, msg: message, ...fields }))}\n`);
    },
    forward(line) {
      write(masked(line));
    },
    addSecret(value) {
      // Short values would mask ordinary words; every real token and key is long.
      if (value.length < 8) return;
      secrets.add(value);
      if (secrets.size > MAX_SECRETS) secrets.removeOldest();
    },
  };
}

/**
 * The ways a secret can be written into a log line, a stored error or a saved result: as is,
 * JSON-escaped (once, and twice for an error message inside a JSON value logged as JSON),
 * URL-encoded, and base64 (standard and URL-safe; inside a longer base64 text the secret can start
 * at any of three byte offsets, so each offset's characters that depend only on the secret).
 */
export function secretForms(secret: string): string[] {
  const once = JSON.stringify(secret).slice(1, -1);
  const forms = new Set([secret, once, JSON.stringify(once).slice(1, -1), encodeURIComponent(secret)]);
  const bytes = Buffer.from(secret, 'utf8');
  for (let offset = 0; offset < 3; offset += 1) {
    const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString('base64');
    const whole = Math.floor((offset + bytes.length) / 3) * 4;
    const core = encoded.slice(offset === 0 ? 0 : 4, whole);
    // Too short a core would mask ordinary text.
    if (core.length >= 8) for (const form of [core, core.replace(/\+/g, '-').replace(/\//g, '_')]) forms.add(form);
  }
  return [...forms].filter((form) => form.length >= 8);
}

/** Forms are looked up by their first characters, so masking a line costs about its length, however many secrets. */
const PREFIX = 8;

/**
 * The secrets a logger masks, each with all its forms, indexed by the forms' first characters: a
 * position of the line whose first two characters start no form costs two reads and one lookup.
 */
class SecretIndex {
  /** Secret -> its forms, oldest first. */
  private readonly secrets = new Map<string, readonly string[]>();
  /** First PREFIX characters -> forms starting with them (with how many secrets have each form). */
  private readonly byPrefix = new Map<string, Map<string, number>>();
  /** The first two characters' codes of every form -> how many forms start with them. */
  private readonly starts = new Map<number, number>();

  get size(): number {
    return this.secrets.size;
  }

  add(secret: string): void {
    const known = this.secrets.get(secret);
    if (known) {
      // Most recent last: a repeated secret moves, its forms are not computed again.
      this.secrets.delete(secret);
      this.secrets.set(secret, known);
      return;
    }
    const forms = secretForms(secret);
    this.secrets.set(secret, forms);
    for (const form of forms) {
      const key = form.slice(0, PREFIX);
      const entries = this.byPrefix.get(key) ?? new Map<string, number>();
      entries.set(form, (entries.get(form) ?? 0) + 1);
      this.byPrefix.set(key, entries);
      const start = startCode(form, 0);
      this.starts.set(start, (this.starts.get(start) ?? 0) + 1);
    }
  }

  removeOldest(): void {
    const [secret, forms] = this.secrets.entries().next().value as [string, readonly string[]];
    this.secrets.delete(secret);
    for (const form of forms) {
      const key = form.slice(0, PREFIX);
      const entries = this.byPrefix.get(key);
      const count = (entries?.get(form) ?? 1) - 1;
      if (count > 0) entries?.set(form, count);
      else entries?.delete(form);
      if (entries?.size === 0) this.byPrefix.delete(key);
      const start = startCode(form, 0);
      const starting = (this.starts.get(start) ?? 1) - 1;
      if (starting > 0) this.starts.set(start, starting);
      else this.starts.delete(start);
    }
  }

  mask(line: string): string {
    if (this.secrets.size === 0) return line;
    let out = '';
    let copied = 0;
    for (let position = 0; position <= line.length - PREFIX; position++) {
      if (!this.starts.has(startCode(line, position))) continue;
      const entries = this.byPrefix.get(line.slice(position, position + PREFIX));
      if (!entries) continue;
      let longest = '';
      for (const form of entries.keys()) if (form.length > longest.length && line.startsWith(form, position)) longest = form;
      if (!longest) continue;
      out += `${line.slice(copied, position)}${MASK}`;
      position += longest.length - 1;
      copied = position + 1;
    }
    return copied === 0 ? line : out + line.slice(copied);
  }
}

function startCode(text: string, position: number): number {
  return text.charCodeAt(position) * 0x10000 + text.charCodeAt(position + 1);
}

/** `text` with every form of `secret` masked. */
export function maskSecret(text: string, secret: string): string {
  return maskForms(text, secretForms(secret));
}

function maskForms(text: string, forms: readonly string[]): string {
  for (const form of forms) if (text.includes(form)) text = text.split(form).join(MASK);
  return text;
}

function logLevelFromEnv(): LogLevel {
  const level = process.env.TOSEI_LOG_LEVEL;
  return level === 'debug' || level === 'info' || level === 'warn' || level === 'error' ? level : 'info';
}

/** The message of an error, without a stack (stacks of fetch errors can hold URLs with tokens in the query). */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as Error & { cause?: unknown }).cause;
    return cause instanceof Error ? `${error.message}: ${cause.message}` : error.message;
  }
  return String(error);
}
