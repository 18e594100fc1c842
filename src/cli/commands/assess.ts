import type { Command } from 'commander';
import { formatIds, formatsHelp, rendererOf } from '../../render/renderer.js';
import { ASSESS_FORMATS } from '../../web/assess-formats.js';
import type { CliIo, SetExit } from '../io.js';
import { choice, dateOption } from '../options.js';

interface AssessFlags {
  baseline?: string;
  env?: string;
  asOf?: string;
  format: string;
  workspace: string;
  database?: string;
  out?: string;
  long?: boolean;
}

export function registerAssess(program: Command, io: CliIo, setExit: SetExit): void {
  program
    .command('assess')
    .description('is a candidate version stable enough against the version in use? a verdict per criterion of stability.yaml, with its numbers')
    .argument('<product>', 'product id of the workspace (ceph)')
    .argument('<candidate>', 'the version to judge (17.2.5)')
    .option('--baseline <version>', 'the version it would replace (16.2.11); required')
    .option('--env <env>', 'only evidence of this environment (e.g. gx-scs; default: every environment)')
    .option('--as-of <date>', 'judge with what was known on this date (YYYY-MM-DD; default today)')
    .option('--format <format>', `output: ${formatIds(ASSESS_FORMATS).join(', ')}`, formatIds(ASSESS_FORMATS)[0])
    .option('--long', 'table and markdown: list every benchmark metric, not only those that fail or lack data (at most 10)')
    .option('--out <file>', 'write to this file instead of standard output (e.g. assess.html)')
    .option('-w, --workspace <dir>', 'workspace folder (holds upkeep.yaml and stability.yaml)', '.')
    .option('--database <url>', 'PostgreSQL server of the evidence (postgres://…; default DATABASE_URL, else the embedded store in <workspace>/.upkeep/db)')
    .addHelpText(
      'after',
      `\n${formatsHelp(ASSESS_FORMATS)}\n\nExit codes: 0 stable enough, 1 not yet (a required criterion fails) or not enough data (the report says what to collect), 2 bad input or usage.\nCriteria and their statistics: docs/stability.md.\nExample: upkeep assess ceph 17.2.5 --baseline 16.2.11 --env gx-scs --as-of 2023-03-20 -w examples/scs`,
    )
    .action(async (product: string, candidate: string, flags: AssessFlags) => {
      const format = choice(flags.format, formatIds(ASSESS_FORMATS), '--format');
      const asOf = dateOption(flags.asOf, '--as-of');
      const { UpkeepError } = await import('../../app/index.js');
      if (!flags.baseline)
        throw new UpkeepError('UPK_USAGE', '--baseline is required', `name the version in use now: upkeep assess ${product} ${candidate} --baseline VERSION`);
      const [{ assessCandidate }, { fileProgress }] = await Promise.all([import('../../app/assess.js'), import('../progress.js')]);
      const progress = fileProgress(io);
      const { assessment, productName, synced } = await assessCandidate({
        workspace: flags.workspace,
        product,
        candidate,
        baseline: flags.baseline,
        env: flags.env,
        asOf,
        database: flags.database,
        onProgress: progress.update,
      }).finally(() => progress.stop());
      if (synced.added) io.err(`stored ${synced.added} evidence ${synced.added === 1 ? 'file' : 'files'} of evidence.yaml\n`);
      for (const w of synced.warnings) io.err(`warning: ${w}\n`);
      const exitCode = assessment.overall === 'stable-enough' ? 0 : 1;
      const text = await rendererOf(ASSESS_FORMATS, format).render(assessment, { productName, exitCode, ...(flags.long ? { long: true } : {}) });
      if (flags.out) {
        const { writeOutput } = await import('../../app/output.js');
        writeOutput(flags.out, text);
        io.out(`wrote ${flags.out}\n`);
      } else io.out(text);
      setExit(exitCode);
    });
}
