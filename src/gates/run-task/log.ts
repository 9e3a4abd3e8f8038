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
  const secrets = new Set<string>();
  const masked = (line: string): string => {
    for (const secret of secrets) if (line.includes(secret)) line = line.split(secret).join(MASK);
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
      secrets.add(value);
      if (secrets.size > MAX_SECRETS) secrets.delete(secrets.values().next().value as string);
    },
  };
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
