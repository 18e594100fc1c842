import type { Command } from 'commander';
import type { CliIo, SetExit } from '../io.js';
import { registerAssess } from './assess.js';
import { registerBundle } from './bundle.js';
import { registerCheck } from './check.js';
import { registerEvidence } from './evidence.js';
import { registerFlavor } from './flavor.js';
import { registerImport } from './import.js';
import { registerInit } from './init.js';
import { registerNotice } from './notice.js';
import { registerPaths } from './paths.js';
import { registerPlan } from './plan.js';
import { registerServe } from './serve.js';
import { registerSimulate } from './simulate.js';
import { registerSite } from './site.js';
import { registerSync } from './sync.js';
import { registerToken } from './token.js';

/**
 * One line per command group. Each module registers its options and imports its
 * implementation lazily inside the action, so `upkeep --help` and `upkeep check` stay fast.
 */
export function registerCommands(program: Command, io: CliIo, setExit: SetExit): void {
  registerCheck(program, io, setExit);
  registerImport(program, io);
  registerInit(program, io);
  registerFlavor(program, io, setExit);
  registerPlan(program, io, setExit);
  registerPaths(program, io, setExit);
  registerSimulate(program, io, setExit);
  registerServe(program, io);
  registerToken(program, io);
  registerEvidence(program, io, setExit);
  registerAssess(program, io, setExit);
  registerNotice(program, io);
  registerSync(program, io, setExit);
  registerBundle(program, io);
  registerSite(program, io);
}
