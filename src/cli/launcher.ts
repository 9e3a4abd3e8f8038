/**
 * The `tosei` command's entry (dist/cli.js): runs the CLI bundle (dist/cli.cjs) with a V8 code cache.
 *
 * A scan is short, and a short run spends much of its time compiling: the bundle's top level at
 * start, then every function the first time it is called. Node 20 keeps no compile cache of its
 * own (that came in Node 22), so Tosei ships one: the build runs the CLI once over `examples/` and
 * keeps the code V8 made, functions included (dist/cli-HASH-nodeVERSION-ARCH.v8cache). On the
 * CloudFormation corpus this takes about a tenth off a scan's wall time.
 *
 * Under another Node version the shipped cache does not fit: the first scan leaves one in the
 * user's cache (`$TOSEI_CACHE_DIR`, else `$XDG_CACHE_HOME/tosei`, else `~/.cache/tosei`, readable by
 * the user only; `TOSEI_CACHE_DIR=off` turns that off). Caches are named by the bundle's content
 * hash, Node's version and the architecture (V8 itself checks only a cache's source length and
 * flags), so a rebuilt or upgraded Tosei never runs another build's code. V8 refuses a cache made
 * under other flags (`--max-old-space-size`) or damaged: the bundle is then compiled as usual. A
 * cache that cannot be read or written is no error either. `TOSEI_CODE_CACHE_DEBUG=1` says which
 * cache a run used.
 *
 * V8 optimizes a function once it has run a budget of bytecode (`--interrupt-budget`, 66 KiB by
 * default). That suits a long-lived server; a scan of a few hundred templates is over before much of
 * that optimized code pays for its compiling, which on the CloudFormation corpus was over 40 % of all
 * the instructions the process ran. A larger budget optimizes only what stays hot: measured on that
 * corpus, a quarter less CPU time and about a seventh less wall time on two cores (under a single core,
 * 1.0 s to 0.73 s), with 100,000-item inventories no slower. Set before the bundle is compiled, as the
 * code cache is checked against the flags it was made under (the build's training run sets the same);
 * a budget given to Node itself is left alone.
 */
import { isAscii } from 'node:buffer';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';

/** Set by the build: the SHA-256 of dist/cli.cjs (the bundle beside this file). */
declare const __TOSEI_CLI_HASH__: string;

/** See above: bytecode a function runs before it is optimized. */
const INTERRUPT_BUDGET = 250_000;
if (!givenToNode('interrupt-budget')) setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);

const CACHE_PREFIX = 'cli-';
/** Another build's cache unused for this long is removed when a cache is written. */
const STALE_MS = 30 * 24 * 3600 * 1000;
const bundle = fileURLToPath(new URL('./cli.cjs', import.meta.url));
// The build keeps the bundle to ASCII: read as Latin-1 it needs no decoding, and V8 keeps it at one byte a character.
const bundleBytes = readFileSync(bundle);
const source = isAscii(bundleBytes) ? bundleBytes.toString('latin1') : bundleBytes.toString('utf8');
const cacheName = `${CACHE_PREFIX}${__TOSEI_CLI_HASH__.slice(0, 16)}-node${process.versions.node}-${process.arch}.v8cache`;
const shipped = join(dirname(bundle), cacheName);
/** Set by the build only: the folder to write the cache its training run makes. */
const training = process.env.TOSEI_BUILD_CODE_CACHE ? join(process.env.TOSEI_BUILD_CODE_CACHE, cacheName) : undefined;
const userCache = training ? undefined : userCachePath();
const cached = training ? undefined : (readIfPresent(shipped) ?? (userCache ? readIfPresent(userCache) : undefined));
// The CommonJS module wrapper, as Node's own loader puts it around a file.
const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
  filename: bundle,
  ...(cached ? { cachedData: cached.data } : {}),
});
// A user's cache is made by a scan (the command whose start matters), so it holds the code a scan runs.
const target = training ?? (cached?.path === shipped || process.argv[2] !== 'scan' ? undefined : userCache);
if (target && (!cached || script.cachedDataRejected)) process.once('exit', () => saveCache(target, training ? 0o644 : 0o600));
if (process.env.TOSEI_CODE_CACHE_DEBUG) process.stderr.write(`tosei: code cache ${cached ? `${cached.path} ${script.cachedDataRejected ? 'rejected' : 'accepted'}` : 'none'}\n`);
const require = createRequire(bundle);
const module = { exports: {}, id: bundle, filename: bundle, loaded: false, children: [], paths: [] };
(script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, require, module, bundle, dirname(bundle));

/** Whether Node was started with V8 flag `name` on its command line (`-` and `_` alike; NODE_OPTIONS cannot carry V8 flags). */
function givenToNode(name: string): boolean {
  const pattern = new RegExp(`^--${name.replace(/-/g, '[-_]')}(=|$)`);
  return process.execArgv.some((flag) => pattern.test(flag));
}

function readIfPresent(path: string): { path: string; data: Buffer } | undefined {
  try {
    return { path, data: readFileSync(path) };
  } catch {
    return undefined;
  }
}

function userCachePath(): string | undefined {
  const setting = process.env.TOSEI_CACHE_DIR;
  if (setting === 'off') return undefined;
  let home = '';
  try {
    home = homedir();
  } catch {
    // No home directory: no user cache.
  }
  const directory = setting || (process.env.XDG_CACHE_HOME ? join(process.env.XDG_CACHE_HOME, 'tosei') : home ? join(home, '.cache', 'tosei') : '');
  return directory && ownedByUser(directory) ? join(directory, cacheName) : undefined;
}

/**
 * Code from a cache runs as Tosei: a folder someone else owns or may write to is not used (another
 * user could put a cache there). A folder that does not exist yet is made by `saveCache`, the user's only.
 */
function ownedByUser(directory: string): boolean {
  try {
    const folder = statSync(directory);
    return (process.getuid === undefined || folder.uid === process.getuid()) && (folder.mode & 0o022) === 0;
  } catch {
    return true;
  }
}

/** Writes the cache (whole or not at all: a temporary file renamed; the shipped one readable by all, a user's by the user), and drops other builds' stale caches. */
function saveCache(file: string, mode: number): void {
  try {
    const directory = dirname(file);
    mkdirSync(directory, { recursive: true, mode: 0o700 });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, script.createCachedData(), { mode });
    renameSync(temporary, file);
    const mine = file.slice(directory.length + 1);
    for (const name of readdirSync(directory)) {
      if (!name.startsWith(CACHE_PREFIX) || !name.endsWith('.v8cache') || name === mine) continue;
      if (statSync(join(directory, name)).mtimeMs < Date.now() - STALE_MS) rmSync(join(directory, name), { force: true });
    }
  } catch {
    // A cache is an optimisation: a read-only or full disk only means the next run compiles again.
  }
}
