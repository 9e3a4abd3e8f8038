/**
 * The CLI runs its bundle with a V8 code cache (src/cli/launcher.ts): the build ships one that this
 * Node accepts; without it the first scan leaves one in the user's cache, readable by the user only,
 * which later runs use; a damaged cache is refused and replaced; the report never depends on it.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { neutralEnv, ROOT, workspace } from './support/cli.js';

const DIST = join(ROOT, 'dist');
const template = join(ROOT, 'examples', 'cloudformation', 'storage.yaml');
const suffix = `-node${process.versions.node}-${process.arch}.v8cache`;

function run(cli: string, args: readonly string[], cacheDir: string) {
  const result = spawnSync(process.execPath, [cli, ...args], { env: neutralEnv({ TOSEI_CACHE_DIR: cacheDir, TOSEI_CODE_CACHE_DEBUG: '1' }), encoding: 'utf8', timeout: 60_000 });
  const cache = /tosei: code cache (.*)\n/.exec(result.stderr)?.[1];
  return { ...result, cache };
}

/** The launcher and the bundle alone in a folder of their own: no shipped cache beside them. */
function bareInstall(): string {
  const directory = workspace();
  mkdirSync(join(directory, 'dist'));
  for (const name of ['cli.js', 'cli.cjs']) copyFileSync(join(DIST, name), join(directory, 'dist', name));
  return join(directory, 'dist', 'cli.js');
}

const cachesIn = (directory: string): string[] => (existsSync(directory) ? readdirSync(directory).filter((name) => name.endsWith('.v8cache')) : []);

describe('the code cache', () => {
  it('runs a bundle that is all ASCII, which the launcher reads without decoding', () => {
    const bundle = readFileSync(join(DIST, 'cli.cjs'));
    const at = bundle.findIndex((byte) => byte > 0x7f);
    const line = at < 0 ? 0 : bundle.subarray(0, at).toString('latin1').split('\n').length;
    assert.equal(at, -1, `dist/cli.cjs line ${line} is not ASCII: write that text as an escape (\\u2013) or in ASCII`);
  });

  it('ships with the build, for this Node, and V8 accepts it', () => {
    const shipped = readdirSync(DIST).filter((name) => name.startsWith('cli-') && name.endsWith(suffix));
    assert.equal(shipped.length, 1, `one cache for this Node in dist/: ${readdirSync(DIST).join(', ')}`);
    const userCache = join(workspace(), 'cache');
    const result = run(join(DIST, 'cli.js'), ['scan', template, '--format', 'json'], userCache);
    assert.equal(result.cache, `${join(DIST, shipped[0] as string)} accepted`);
    assert.deepEqual(cachesIn(userCache), [], 'nothing is written beside an accepted shipped cache');
  });

  it('without a shipped cache, the first scan leaves one for the user, which the next runs use', () => {
    const cli = bareInstall();
    const userCache = join(workspace(), 'cache');
    const first = run(cli, ['scan', template, '--format', 'json'], userCache);
    assert.equal(first.cache, 'none');
    const written = cachesIn(userCache);
    assert.equal(written.length, 1);
    const file = join(userCache, written[0] as string);
    assert.ok(written[0]?.endsWith(suffix));
    assert.equal(statSync(file).mode & 0o777, 0o600, 'readable by the user only');
    assert.equal(statSync(userCache).mode & 0o777, 0o700);
    const before = statSync(file).mtimeMs;
    const second = run(cli, ['scan', template, '--format', 'json'], userCache);
    assert.equal(second.cache, `${file} accepted`);
    assert.equal(statSync(file).mtimeMs, before, 'an accepted cache is not written again');
    assert.equal(second.stdout, first.stdout);
    assert.equal(second.status, first.status);
    const shipped = run(join(DIST, 'cli.js'), ['scan', template, '--format', 'json'], join(workspace(), 'other'));
    assert.equal(shipped.stdout, first.stdout, 'the same report with or without a cache');
  });

  it('keeps an optimization budget given to Node, under which V8 refuses the shipped cache and the report is the same', () => {
    const shipped = readdirSync(DIST).find((name) => name.startsWith('cli-') && name.endsWith(suffix)) as string;
    const userCache = join(workspace(), 'cache');
    const usual = run(join(DIST, 'cli.js'), ['scan', template, '--format', 'json'], userCache);
    const env = neutralEnv({ TOSEI_CACHE_DIR: userCache, TOSEI_CODE_CACHE_DEBUG: '1' });
    const given = spawnSync(process.execPath, ['--interrupt-budget=1000', join(DIST, 'cli.js'), 'scan', template, '--format', 'json'], { env, encoding: 'utf8', timeout: 60_000 });
    // Had the launcher set its own budget over this one, the flags would match the cache's and V8 would accept it.
    assert.match(given.stderr, new RegExp(`tosei: code cache ${join(DIST, shipped).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} rejected`));
    assert.equal(given.stdout, usual.stdout);
    assert.equal(given.status, usual.status);
  });

  it('refuses a damaged cache, runs as usual and replaces it', () => {
    const cli = bareInstall();
    const userCache = join(workspace(), 'cache');
    run(cli, ['scan', template, '--format', 'json'], userCache);
    const file = join(userCache, cachesIn(userCache)[0] as string);
    writeFileSync(file, Buffer.alloc(4096, 7));
    const damaged = run(cli, ['scan', template, '--format', 'json'], userCache);
    assert.equal(damaged.cache, `${file} rejected`);
    assert.equal(damaged.status, 1, damaged.stderr);
    assert.match(damaged.stdout, /"ruleId"/);
    assert.equal(run(cli, ['scan', template, '--format', 'json'], userCache).cache, `${file} accepted`);
  });

  it('does not use a cache folder that others may write to', () => {
    const cli = bareInstall();
    const userCache = join(workspace(), 'shared-cache');
    mkdirSync(userCache, { mode: 0o777 });
    chmodSync(userCache, 0o777);
    const result = run(cli, ['scan', template, '--format', 'json'], userCache);
    assert.equal(result.cache, 'none');
    assert.equal(result.status, 1);
    assert.deepEqual(cachesIn(userCache), [], 'nothing is written there either');
  });

  it('writes nothing when turned off, or for a command that is not a scan', () => {
    const cli = bareInstall();
    const off = run(cli, ['scan', template], 'off');
    assert.equal(off.cache, 'none');
    assert.equal(off.status, 1);
    const userCache = join(workspace(), 'cache');
    assert.match(run(cli, ['--version'], userCache).stdout, /\d+\.\d+\.\d+/);
    assert.deepEqual(cachesIn(userCache), []);
  });
});
