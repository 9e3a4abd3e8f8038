#!/usr/bin/env node
// Bundles each AWS Lambda handler on its own (esbuild): dist/lambda/<name>/index.mjs, ESM for nodejs20.x,
// minified, with its source map beside it, and the files it reads at run time (`assets`: the run task's wasm).
// Zip the folder's index.mjs and *.wasm and deploy it with Handler `index.handler`.
//
// The AWS SDK v3 (`@aws-sdk/*`) stays external: the Lambda Node.js 20 runtime ships it, and the handlers import
// it only when they need it (the hook: only when its config object is in SSM or S3), so a bundled copy would add
// hundreds of kilobytes to every cold start that never uses it. Everything else (yaml, the engine, the rules) is
// bundled: a Lambda has no node_modules.
//
//   npm run bundle              (node scripts/bundle.mjs)
//   node scripts/bundle.mjs [--out DIR] [--json]   (another output folder; the built bundles and sizes as JSON)
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// ---- The Lambda handlers: one line each. A handler whose file does not exist yet is skipped. ----
// `event` (optional): a sample invocation event, for the cold-start bench (scripts/bench/lambda.mjs).
export const LAMBDAS = [
  { name: 'cfn-hook', entry: 'src/gates/cfn-hook/lambda.ts', event: 'test/fixtures/cfn-hook/resource-create.json' },
  // pre_plan parses HCL: tree-sitter's runtime and the HCL grammar ship beside index.mjs.
  { name: 'run-task', entry: 'src/gates/run-task/lambda.ts', assets: ['node_modules/web-tree-sitter/tree-sitter.wasm', 'node_modules/@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-hcl.wasm'] },
  { name: 'config-rule', entry: 'src/gates/config-rule/lambda.ts' },
];
// ------------------------------------------------------------------------------------------------

// yaml is CommonJS and requires node built-ins; an ES module bundle needs a `require` for that.
const REQUIRE_BANNER = "import { createRequire as __toseiCreateRequire } from 'node:module'; const require = __toseiCreateRequire(import.meta.url);";

/** Builds every handler whose entry exists; returns [{ name, entry, outfile, bytes }]. */
export async function bundleLambdas({ outDir = join(root, 'dist/lambda'), only } = {}) {
  const built = [];
  for (const lambda of LAMBDAS) {
    if (only && !only.includes(lambda.name)) continue;
    const entry = join(root, lambda.entry);
    if (!existsSync(entry)) continue;
    const outfile = join(outDir, lambda.name, 'index.mjs');
    mkdirSync(dirname(outfile), { recursive: true });
    await build({
      entryPoints: [entry],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      minify: true,
      sourcemap: 'external',
      legalComments: 'none',
      external: ['@aws-sdk/*'],
      banner: { js: REQUIRE_BANNER },
      logLevel: 'warning',
    });
    const assets = (lambda.assets ?? []).map((asset) => {
      const target = join(dirname(outfile), basename(asset));
      copyFileSync(join(root, asset), target);
      return target;
    });
    built.push({ name: lambda.name, entry: lambda.entry, outfile, assets, bytes: statSync(outfile).size, ...(lambda.event ? { event: join(root, lambda.event) } : {}) });
  }
  return built;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outIndex = process.argv.indexOf('--out');
  const built = await bundleLambdas(outIndex > 0 ? { outDir: resolve(process.argv[outIndex + 1] ?? '') } : {});
  if (process.argv.includes('--json')) console.log(JSON.stringify(built, null, 2));
  else {
    for (const lambda of built) console.log(`built ${lambda.name.padEnd(12)} ${(lambda.bytes / 1024).toFixed(1).padStart(7)} KiB  ${lambda.outfile.slice(root.length + 1)}  (from ${lambda.entry})`);
    const skipped = LAMBDAS.filter((lambda) => !built.some((b) => b.name === lambda.name));
    for (const lambda of skipped) console.log(`skipped ${lambda.name}: ${lambda.entry} does not exist`);
  }
}
