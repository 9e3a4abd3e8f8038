// Bundles the CLI and the library with esbuild: one file each, so start-up reads little.
import { rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { build } from 'esbuild';



/**
 * The CLI also bundles these pure-JavaScript dependencies: node then resolves and compiles one
 * file instead of yaml's ~80 CommonJS modules (about 30 ms of every run's start). Every other
 * package stays external (the tree-sitter packages load .wasm files from their own folders).
 */
const BUNDLED_IN_CLI = new Set(['yaml', 'js-yaml', 'picocolors']);
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

// Chunk names carry a content hash: clear the old ones.
rmSync('dist/chunks', { recursive: true, force: true });

await Promise.all([
  // Split at dynamic imports: what only one command needs (the AWS SDK of `scan aws`, the store's
  // database drivers) is a chunk loaded when that command runs, not at every start.
  build({
    ...common,
    entryPoints: { cli: 'src/cli/bin.ts', 'run-task-worker': 'src/gates/run-task/worker-thread-main.ts', 'run-task-sandbox': 'src/gates/run-task/sandbox-main.ts' },
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
