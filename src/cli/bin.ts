#!/usr/bin/env node
import { runCli } from './main.js';

/**
 * Commands that open the evidence store for a few seconds and end (`site`, `assess`): their
 * WebAssembly (PGlite's 9 MB, the solver's) runs on V8's baseline compiler only. Optimising it in
 * the background costs more CPU than such a short run gets back (measured: `upkeep site` of the
 * SCS example with its evidence used 1.5 s less CPU, 2.9 → 2.3 s wall on 2 cores). Set here, at
 * the process's start before any module is compiled, never for in-process runs (tests) or
 * long-lived ones (`serve`).
 */
const SHORT_WASM_COMMANDS = new Set(['site', 'assess']);
if (SHORT_WASM_COMMANDS.has(process.argv[2] ?? '') && !process.env.UPKEEP_WASM_TIER_UP) (await import('node:v8')).setFlagsFromString('--liftoff-only');

// `upkeep check --format json | head`: a reader that stops early is not an error
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });

process.exitCode = await runCli(process.argv.slice(2));
