import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { BatchedWriter, fileWriter } from '../src/cli/output.js';

describe('fileWriter', () => {
  const directory = mkdtempSync(join(tmpdir(), 'tosei-output-'));
  after(() => rmSync(directory, { recursive: true, force: true }));

  it('writes every text as UTF-8, long and short, one after another through its kept buffer', () => {
    const file = join(directory, 'texts');
    const texts = [
      'plain',
      'é依存 «sec» \u{1F600} emoji',
      'a lone surrogate \uD800 and \uDC00 end',
      'x'.repeat(200_000),
      'é依'.repeat(100_000), // two and three bytes a character: the buffer's room counts bytes, not characters
      'short after long',
      '\u{1F600}'.repeat(3_000_000), // longer than the kept buffer: written from a buffer of its own
      'last',
    ];
    const write = fileWriter(file);
    for (const text of texts) write(text);
    write.close();
    assert.ok(readFileSync(file).equals(Buffer.from(texts.join(''))));
  });

  it('gives the same bytes through a BatchedWriter', () => {
    const file = join(directory, 'batched');
    const out = new BatchedWriter(fileWriter(file));
    const pieces = Array.from({ length: 5_000 }, (_, index) => `{"n": ${index}, "text": "ü\u{1F600}${'z'.repeat(index % 97)}"}\n`);
    for (const piece of pieces) out.write(piece);
    out.end();
    assert.equal(readFileSync(file, 'utf8'), pieces.join(''));
  });
});
