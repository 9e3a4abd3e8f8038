import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const besideRepository = process.env.TOSEI_CORPORA ?? join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'corpora');
/**
 * `../shared/corpora` beside the repository, as CI and every developer has it; its real path, since
 * cfn-guard names data files by their resolved path when `../shared` is a symbolic link.
 */
export const CORPORA = existsSync(besideRepository) ? realpathSync(besideRepository) : besideRepository;

export interface CorpusFile {
  corpus: string;
  path: string;
  kind: string;
  bytes: number;
}

/** Files of the given kinds (a list, or a test on the kind) listed in every corpus's `_index.tsv`. */
export function corpusFiles(kinds: readonly string[] | ((kind: string) => boolean)): CorpusFile[] {
  const wanted = typeof kinds === 'function' ? kinds : (kind: string) => kinds.includes(kind);
  if (!existsSync(CORPORA)) throw new Error(`the corpora are missing: expected them at ${CORPORA}`);
  const files: CorpusFile[] = [];
  for (const corpus of readdirSync(CORPORA).sort()) {
    const index = join(CORPORA, corpus, '_index.tsv');
    if (!existsSync(index)) continue;
    for (const line of readFileSync(index, 'utf8').split('\n').slice(1)) {
      const [path, kind, bytes] = line.split('\t');
      if (path && kind && wanted(kind)) files.push({ corpus, path: join(CORPORA, corpus, path), kind, bytes: Number(bytes) });
    }
  }
  return files;
}
