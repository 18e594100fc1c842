import type { z } from 'zod';

/**
 * zod, handed to the rules' schema builders by whoever reads a policy file. Rules import zod's types
 * only, so a check from the parse cache never loads zod (about a third of a warm check's start-up).
 */
export type Zod = typeof z;
