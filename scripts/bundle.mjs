#!/usr/bin/env node
// Bundles the CLI into dist/bundle/ (one file per lazily loaded command group): a cold `upkeep`
// process then loads a few files instead of hundreds of modules. Type-checking and the per-file
// build (dist/, used by tests and the bench) are tsc's.
// Also builds the flavor core for the browser (dist/web/flavor-core.js), which `upkeep flavor page`
// inlines into its page; that page runs under a Content-Security-Policy without 'unsafe-eval', so the
// build fails when the browser build would evaluate strings (`new Function`, `eval`).
import { readFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

rmSync('dist/bundle', { recursive: true, force: true });

/**
 * commander requires node:child_process at load time, for executable subcommands (`spawn`), which
 * upkeep does not use; loading it (with net, dgram and streams) costs every run about 6 ms. Within
 * commander it is replaced by a module that loads node:child_process on first use.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents: "let cp; const load = () => (cp ??= require('node:child_process')); module.exports = { spawn: (...a) => load().spawn(...a) };",
      loader: 'js',
    }));
  },
};

await build({
  // the worker threads beside bin.js: src/formats/evidence/threaded.ts and src/app/site-stability-thread.ts find them there
  entryPoints: {
    bin: 'src/cli/bin.ts',
    'parse-worker': 'src/formats/evidence/parse-worker.ts',
    'site-stability-worker': 'src/app/site-stability-worker.ts',
  },
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // loaded only on some paths and not bundle-safe (jsdom reads its own files, highs its .wasm, PGlite its
  // .wasm/.data): kept external; drizzle-orm and pg load with the evidence store only
  external: ['yaml', 'jsdom', 'highs', '@electric-sql/pglite', 'pg', 'drizzle-orm'],
  plugins: [lazyChildProcess],
  banner: { js: "import { createRequire as __upkeepRequire } from 'node:module'; const require = __upkeepRequire(import.meta.url);" },
  logLevel: 'warning',
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
});

await build({
  entryPoints: ['src/web/flavor-core.ts'],
  outfile: 'dist/web/flavor-core.js',
  bundle: true,
  format: 'iife',
  globalName: 'UpkeepFlavor',
  platform: 'browser',
  target: 'es2020',
  logLevel: 'warning',
  minify: true,
  legalComments: 'none',
});

const browserCore = readFileSync('dist/web/flavor-core.js', 'utf8');
const evaluates = /\bnew Function\b|\beval\s*\(|\bFunction\s*\(/.exec(browserCore);
if (evaluates) throw new Error(`dist/web/flavor-core.js evaluates strings ('${evaluates[0]}'): the flavor page's CSP forbids it`);
