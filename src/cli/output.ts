// Output written in pieces: large reports go out as they are made, never as one string.
import { closeSync, openSync, writeSync } from 'node:fs';

/** Output is written in pieces of about this many characters. */
const WRITE_BATCH = 1 << 16;

/** The largest buffer a file writer keeps for its writes (see fileWriter). */
const MAX_KEPT_BYTES = 1 << 22;

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
  // Batches are encoded into one buffer, kept from write to write: a new Buffer for each batch of
  // a gigabyte report cost twice what encoding into a kept one does.
  let kept = Buffer.allocUnsafe(0);
  const write = (text: string): void => {
    // A UTF-16 code unit is at most three bytes of UTF-8: room for that, and the whole text fits.
    // A text far longer than a batch gets a buffer of its own, not kept.
    const room = text.length * 3;
    let bytes: Buffer;
    if (room > MAX_KEPT_BYTES) bytes = Buffer.from(text);
    else {
      if (kept.length < room) kept = Buffer.allocUnsafe(Math.max(room, 3 * WRITE_BATCH));
      bytes = kept.subarray(0, kept.write(text, 0, 'utf8'));
    }
    // writeSync may write less than asked: go on until every byte is out.
    for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
  };
  return Object.assign(write, { close: () => closeSync(fd) });
}
