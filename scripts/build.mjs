// Bundles the CLI and the library with esbuild: one file each, so start-up reads little.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { devNull } from 'node:os';
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import { isAscii } from 'node:buffer';
import { build, transform } from 'esbuild';



/**
 * The CLI also bundles these pure-JavaScript dependencies: node then resolves and compiles one
 * file instead of yaml's ~80 CommonJS modules (about 30 ms of every run's start). Every other
 * package stays external (the tree-sitter packages load .wasm files from their own folders).
 */
const BUNDLED_IN_CLI = new Set(['yaml', 'js-yaml', 'picocolors']);
/**
 * The CLI bundle is kept to ASCII: V8 then holds its source at one byte a character and the
 * launcher reads it without decoding UTF-8 (together about 8 ms of every start). esbuild writes
 * non-ASCII text in code as escapes but keeps some comments as they are; js-yaml's quote YAML's
 * grammar with typographic quotes, so its source is bundled with its comments left out.
 */
const withoutComments = (filter) => ({
  name: 'without-comments',
  setup(b) {
    // Printed without white space: esbuild keeps a comment inside an expression unless it minifies.
    b.onLoad({ filter }, async (args) => ({ contents: (await transform(await readFile(args.path, 'utf8'), { loader: 'js', minifyWhitespace: true })).code, loader: 'js' }));
  },
});
const externalExcept = (bundled) => ({
  name: 'external-except',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('node:')) return { path: args.path, external: true };
      const name = args.path.startsWith('@') ? args.path.split('/').slice(0, 2).join('/') : args.path.split('/')[0];
      return bundled.has(name) ? undefined : { path: args.path, external: true };
    });
  },
});
/**
 * A JSON module becomes `JSON.parse("...")`, not an object literal: V8 reads a large JSON text
 * several times faster that way (the awscc name table, 150 KB, cost every start about 10 ms).
 */
const jsonByParse = {
  name: 'json-by-parse',
  setup(b) {
    b.onLoad({ filter: /\.json$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      JSON.parse(text); // a broken file fails the build here, as esbuild's own JSON loader would
      return { contents: `export default JSON.parse(${JSON.stringify(text)});`, loader: 'js' };
    });
  },
};

const common = { bundle: true, platform: 'node', format: 'esm', target: 'node20', sourcemap: true, logLevel: 'warning', plugins: [jsonByParse] };

// yaml is CommonJS and requires node built-ins ('process'); an ES module bundle needs a require for that.
const requireBanner = "import { createRequire as __toseiCreateRequire } from 'node:module'; const require = __toseiCreateRequire(import.meta.url);";

/**
 * The code cache shipped beside the CLI bundle (see src/cli/launcher.ts): made by one scan of
 * examples/ with every rule, so it holds the code a scan runs. Without it Tosei works the same, only
 * slower to start; so a failed training run is a warning, not a failed build.
 */
function trainCodeCache() {
  for (const name of readdirSync('dist')) if (/^cli-.*\.v8cache$/.test(name)) rmSync(join('dist', name));
  const run = spawnSync(process.execPath, ['dist/cli.js', 'scan', 'examples', '--rules-set', 'all', '--format', 'json', '--output', devNull], {
    env: { ...process.env, TOSEI_BUILD_CODE_CACHE: 'dist', NO_COLOR: '1' },
    encoding: 'utf8',
  });
  if (!readdirSync('dist').some((name) => name.endsWith('.v8cache'))) console.warn(`build: no code cache was made (the training scan exited ${run.status}): ${run.stderr}`);
}

// Chunk names carry a content hash: clear the old ones.
rmSync('dist/chunks', { recursive: true, force: true });

await Promise.all([
  // The CLI is one CommonJS bundle, run by dist/cli.js (src/cli/launcher.ts) with a V8 code cache:
  // Node 20 caches no compiled code of its own, and a short scan spends much of its time compiling.
  // Packages are loaded when a command needs them (the AWS SDK of `scan aws`, the database drivers).
  build({
    ...common,
    format: 'cjs',
    entryPoints: { cli: 'src/cli/bin.ts' },
    outExtension: { '.js': '.cjs' },
    outdir: 'dist',
    plugins: [jsonByParse, withoutComments(/[\\/]node_modules[\\/]js-yaml[\\/].*\.m?js$/), externalExcept(BUNDLED_IN_CLI)],
    // The bundle's own location, where its code asks for import.meta.url (the run task's thread entries beside it).
    define: { 'import.meta.url': '__toseiBundleUrl' },
    banner: { js: "const __toseiBundleUrl = require('node:url').pathToFileURL(__filename).href;" },
    // import.meta.resolve is used only when running from the TypeScript sources (tests), never from the bundle.
    logOverride: { 'empty-import-meta': 'silent' },
    // A package loaded on demand is required: a script compiled with a code cache has no module loader for import().
    supported: { 'dynamic-import': false },
  }).then(async () => {
    const bundle = readFileSync('dist/cli.cjs');
    if (!isAscii(bundle)) console.warn(`build: dist/cli.cjs is not ASCII (first at byte ${bundle.findIndex((byte) => byte > 0x7f)}): the CLI starts slower; write that text as an escape`);
    const hash = createHash('sha256').update(bundle).digest('hex');
    await build({ ...common, packages: 'external', entryPoints: { cli: 'src/cli/launcher.ts' }, outdir: 'dist', define: { __TOSEI_CLI_HASH__: JSON.stringify(hash) } });
    trainCodeCache();
  }),
  // The run task's thread entries, split at dynamic imports into chunks they share.
  build({
    ...common,
    entryPoints: { 'run-task-worker': 'src/gates/run-task/worker-thread-main.ts', 'run-task-sandbox': 'src/gates/run-task/sandbox-main.ts' },
    outdir: 'dist',
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    plugins: [jsonByParse, externalExcept(BUNDLED_IN_CLI)],
    banner: { js: requireBanner },
  }),
  build({ ...common, packages: 'external', entryPoints: ['src/index.ts'], outfile: 'dist/index.js' }),
  build({ ...common, packages: 'external', entryPoints: ['src/testing.ts'], outfile: 'dist/testing.js' }),
  build({ ...common, packages: 'external', entryPoints: ['src/live/index.ts'], outfile: 'dist/live.js' }),
  build({ ...common, packages: 'external', entryPoints: ['src/cdk/index.ts'], outfile: 'dist/cdk.js' }),
]);
