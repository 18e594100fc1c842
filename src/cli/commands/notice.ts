import type { Command } from 'commander';
import { formatIds, formatsHelp, rendererOf } from '../../render/renderer.js';
import { NOTICE_FORMATS } from '../../web/notice-formats.js';
import type { CliIo } from '../io.js';
import { choice, collect, dateOption } from '../options.js';

interface NoticeFlags {
  workspace?: string;
  audience?: string;
  release?: string[];
  asOf?: string;
  products?: string[];
  format: string;
  baseUrl?: string;
  out?: string;
}

export function registerNotice(program: Command, io: CliIo): void {
  program
    .command('notice')
    .description('write the notice for an audience: what is maintained by whom until when, what to do by when, changed dates')
    .argument('[workspace]', 'workspace folder (holds upkeep.yaml)', '.')
    .option('-w, --workspace <dir>', 'workspace folder (instead of the argument)')
    .option('--audience <audience>', 'internal (everything, with evidence) | operators (what to do by when) | public (the maintenance-promise table)')
    .option('--release <id>', 'only this release (repeat or comma-separate; default: every release not ended on the as-of date)', collect)
    .option('--as-of <date>', 'as known on this date (YYYY-MM-DD; default today): the same date gives the same notice')
    .option('--products <ids>', 'only the components of these products, e.g. ceph,openstack (one calendar for a chosen set)', collect)
    .option('--format <format>', `output: ${formatIds(NOTICE_FORMATS).join(', ')}`, formatIds(NOTICE_FORMATS)[0])
    .option('--base-url <url>', 'where the notices are published: feed entries and the calendar link there')
    .option('--out <file>', 'write to this file (all or nothing) instead of standard output')
    .addHelpText(
      'after',
      `\n${formatsHelp(NOTICE_FORMATS)}\n\nExit codes: 0 written, 2 bad input or usage.\nExamples:\n  upkeep notice examples/scs --audience public --as-of 2023-03-20\n  upkeep notice examples/scs --audience operators --products ceph,openstack --format ics --as-of 2023-03-20`,
    )
    .action(async (positional: string, flags: NoticeFlags) => {
      const format = choice(flags.format, formatIds(NOTICE_FORMATS), '--format');
      const asOf = dateOption(flags.asOf, '--as-of');
      const { UpkeepError } = await import('../../app/index.js');
      if (flags.audience === undefined)
        throw new UpkeepError('UPK_USAGE', '--audience is required', 'say who the notice is for: --audience internal, operators or public');
      if (flags.baseUrl !== undefined && !URL.canParse(flags.baseUrl))
        throw new UpkeepError('UPK_USAGE', `--base-url "${flags.baseUrl}" is not a URL`, 'give an absolute URL, e.g. --base-url https://example.org/upkeep/');
      const { buildNotices } = await import('../../app/notice.js');
      const view = await buildNotices(flags.workspace ?? positional, {
        audience: flags.audience,
        asOf,
        ...(flags.release ? { release: flags.release } : {}),
        ...(flags.products ? { products: flags.products } : {}),
      });
      const text = await rendererOf(NOTICE_FORMATS, format).render(view, flags.baseUrl ? { baseUrl: flags.baseUrl } : {});
      if (!flags.out) return io.out(text);
      const { writeOutput } = await import('../../app/output.js');
      writeOutput(flags.out, text);
      io.out(`wrote ${flags.out}\n`);
    });
}
