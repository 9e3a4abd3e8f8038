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

/** `minLevel` defaults to TOSEI_LOG_LEVEL, else `info`. */
export function createLogger(write: (line: string) => void, minLevel: LogLevel = logLevelFromEnv(), now: () => Date = () => new Date()): Logger {
  // Each secret with every form of it that can reach a line (see secretForms).
  const secrets = new Map<string, readonly string[]>();
  const masked = (line: string): string => {
    for (const forms of secrets.values()) line = maskForms(line, forms);
    return line;
  };
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
      secrets.delete(value);
      secrets.set(value, secretForms(value));
      if (secrets.size > MAX_SECRETS) secrets.delete(secrets.keys().next().value as string);
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
