// Output written in pieces: large reports go out as they are made, never as one string.
import { closeSync, openSync, writeSync } from 'node:fs';

/** Output is written in pieces of about this many characters. */
const WRITE_BATCH = 1 << 16;

/** Writes text through `sink` in batches (few writes, no whole-output string); end() flushes and closes. */
export class BatchedWriter {
  private batch = '';

  constructor(private readonly sink: ((text: string) => void) & { close?: () => void }) {}

  write(text: string): void {
    this.batch += text;
    if (this.batch.length >= WRITE_BATCH) this.flush();
  }

  end(): void {
    try {
      this.flush();
    } finally {
      this.sink.close?.();
    }
  }

  private flush(): void {
    if (this.batch !== '') this.sink(this.batch);
    this.batch = '';
  }
}

/** A writer into `path` (created or truncated, as writeFileSync would). */
export function fileWriter(path: string): ((text: string) => void) & { close: () => void } {
  const fd = openSync(path, 'w');
  const write = (text: string): void => {
    const bytes = Buffer.from(text);
    // writeSync may write less than asked: go on until every byte is out.
    for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
  };
  return Object.assign(write, { close: () => closeSync(fd) });
}
