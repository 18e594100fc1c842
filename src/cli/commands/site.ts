/**
 * `upkeep site [WORKSPACE] OUTDIR`: the dashboard as a static site (every page of
 * src/web/site/pages.ts, and the matrix on each release's date and end), built in a temporary
 * folder and renamed into OUTDIR, which must be new or empty.
 */
import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import { dateOption, today } from '../options.js';

interface SiteFlags {
  asOf?: string;
  database?: string;
  internal?: boolean;
}

export function registerSite(program: Command, io: CliIo): void {
  program
    .command('site')
    .description('export the dashboard (timeline, matrix, plan, paths, stability, notices, report form, flavor tools) as a static site')
    .argument('[workspace]', 'workspace folder (holds upkeep.yaml); default the current folder')
    .argument('[outdir]', 'a new or empty folder to write the site into (required; one argument alone is OUTDIR)')
    .option('--as-of <date>', 'as known on this date (YYYY-MM-DD; default today)')
    .option(
      '--database <url>',
      'PostgreSQL server of the evidence for the stability page (postgres://…; default DATABASE_URL, else the embedded store in <workspace>/.upkeep/db; opened only when the workspace has an evidence.yaml)',
    )
    .option('--internal', 'also write the internal notice (notices-internal.html, its feed and calendar): a site for your team, not to publish')
    .addHelpText(
      'after',
      "\nWrites index.html, timeline.html, matrix.html (and matrix-DATE.html for each release date and end), plan.html, paths.html,\nstability.html, notices.html (and notices-operators.html; notices-internal.html with --internal), report.html and flavors.html: self-contained\npages that work without JavaScript (the flavor tools excepted); and the notices' Atom feeds and calendars (notices.atom,\nnotices.ics, notices-operators.atom …). The stability page assesses the evidence of evidence.yaml (docs/dashboard.md says\nwhich pairs); without evidence.yaml the store is not opened. OUTDIR must not exist or be empty (exit 2 otherwise); nothing\nis written on failure.\nExit codes: 0 written, 2 bad input or usage.\nExample: upkeep site examples/scs public --as-of 2023-03-20",
    )
    .action(async (first: string | undefined, second: string | undefined, flags: SiteFlags) => {
      const { UpkeepError } = await import('../../app/index.js');
      if (first === undefined)
        throw new UpkeepError('UPK_USAGE', 'OUTDIR is required', 'name the folder to write the site into: upkeep site examples/scs public');
      // One argument is OUTDIR (commander fills the first slot): the workspace is then the current folder.
      const [workspace, outdir] = second === undefined ? ['.', first] : [first, second];
      const asOf = dateOption(flags.asOf, '--as-of');
      const { assertSiteFolder, writeSiteFolder } = await import('../../app/site-export.js');
      assertSiteFolder(outdir);
      // the stability section (the evidence store: most of a second to open) starts on a worker thread before anything else
      const [{ startStabilityThread }, { fileProgress }] = await Promise.all([import('../../app/site-stability-thread.js'), import('../progress.js')]);
      const progress = fileProgress(io);
      const thread = startStabilityThread({ workspace, asOf, database: flags.database }, progress.update);
      try {
        await writeSite();
      } finally {
        progress.stop();
        await thread?.stop();
      }

      async function writeSite() {
        const [{ siteData, SITE_AUDIENCES, PUBLISHED_AUDIENCES }, { flavorCoreScript }, { renderStaticSite }, { chartDocument }, { SITE_PAGES }] =
          await Promise.all([
            import('../../app/site.js'),
            import('../../app/flavor-page.js'),
            import('../../web/site/export.js'),
            import('../../web/charts/dom.js'),
            import('../../web/site/pages.js'),
          ]);
        // and the matrix on each date of the as-of control, computed while the worker thread still assesses
        const parts = [...new Set([...SITE_PAGES.flatMap((p) => p.needs), 'matrices' as const])];
        const data = await siteData(
          {
            workspace,
            asOf,
            today: today(),
            database: flags.database,
            onProgress: progress.update,
            stability: thread?.stability,
            onWorkspace: thread?.giveWorkspace,
            audiences: flags.internal ? SITE_AUDIENCES : PUBLISHED_AUDIENCES,
          },
          parts,
        ).finally(() => progress.stop());
        const matrices = data.matrices ?? new Map();
        let flavorCore: string | undefined;
        try {
          flavorCore = flavorCoreScript();
        } catch {
          flavorCore = undefined; // the flavor page then says how to build it
        }
        const files = renderStaticSite({ data, document: await chartDocument(), matrices, flavorCore });
        writeSiteFolder(outdir, files);
        const count = (ext: string) => files.filter((f) => f.path.endsWith(ext)).length;
        const feeds = count('.atom');
        const calendars = count('.ics');
        io.out(
          `wrote ${count('.html')} pages${feeds ? `, ${feeds} Atom ${feeds === 1 ? 'feed' : 'feeds'} and ${calendars} ${calendars === 1 ? 'calendar' : 'calendars'}` : ''} to ${outdir}\n`,
        );
      }
    });
}
