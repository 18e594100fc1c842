import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { EVIDENCE_KIND_DESCRIPTIONS, EVIDENCE_KINDS } from '../../app/evidence-kinds.js';
import { EVIDENCE_LIST_FORMATS } from '../../render/evidence-list-formats.js';
import { formatIds, formatsHelp, rendererOf } from '../../render/renderer.js';
import type { CliIo, SetExit } from '../io.js';
import { choice } from '../options.js';
import { fileProgress } from '../progress.js';

interface PlaceFlags {
  workspace: string;
  database?: string;
}

const DATABASE_HELP = 'PostgreSQL URL (postgres://user@host/db); default: DATABASE_URL, else the embedded database in <workspace>/.upkeep/db';

function place(flags: PlaceFlags) {
  return { workspace: flags.workspace, ...(flags.database !== undefined ? { database: flags.database } : {}) };
}

/** Who adds: the user name of the process (recorded with each file and in the audit log). */
function who(): string {
  try {
    return userInfo().username;
  } catch {
    return 'cli';
  }
}

function kindsHelp(): string {
  const width = Math.max(...EVIDENCE_KINDS.map((k) => k.length));
  return `\nKinds:\n${EVIDENCE_KINDS.map((k) => `  ${k.padEnd(width)}  ${EVIDENCE_KIND_DESCRIPTIONS[k]}`).join('\n')}\n\nThe version must be in a cycle of the product's lifecycle; docs/evidence.md describes every kind's fields.\nA file that cannot be read is refused whole (exit 2): nothing of it is stored.\nExample: upkeep evidence add fio results/ceph-17.2.5-fio.json --product ceph --version 17.2.5 --env gx-scs`;
}

export function registerEvidence(program: Command, io: CliIo, setExit: SetExit): void {
  const evidence = program
    .command('evidence')
    .description('collect evidence per product version (test runs, benchmarks, monitoring, trials, reports, bugs) in the evidence store');

  const add = evidence
    .command('add')
    .description('store an evidence file tagged with product, version (and its cycle) and environment; the same file twice is stored once')
    .argument('<kind>', 'what the file is (see below)')
    .argument('<file>', 'the file')
    .requiredOption('--product <id>', 'product of the workspace (products/<id>.yaml), e.g. ceph')
    .requiredOption('--version <version>', 'the version the evidence is about, e.g. 17.2.5')
    .option('--env <name>', 'environment, e.g. gx-scs', 'default')
    .option('-w, --workspace <dir>', 'workspace folder', '.')
    .option('--database <url>', DATABASE_HELP);
  add.addHelpText('after', kindsHelp());
  add.action(async (kind: string, file: string, flags: PlaceFlags & { product: string; version: string; env: string }) => {
    const { addEvidence } = await import('../../app/evidence.js');
    const progress = fileProgress(io);
    try {
      const r = await addEvidence({
        ...place(flags),
        kind,
        file,
        product: flags.product,
        version: flags.version,
        env: flags.env,
        addedBy: who(),
        onProgress: progress.update,
      });
      progress.stop();
      for (const w of r.warnings) io.err(`warning: ${w}\n`);
      const t = r.row.tag;
      io.out(
        r.duplicate
          ? `${file} is stored already (evidence ${r.row.id}, ${r.row.records.toLocaleString('en')} records of ${t.product} ${t.version}, env ${t.env}): nothing added.\n`
          : `Stored ${file} as evidence ${r.row.id}: ${r.row.records.toLocaleString('en')} ${r.row.kind} records of ${t.product} ${t.version} (cycle ${t.cycle ?? '-'}), env ${t.env}.\n`,
      );
    } finally {
      progress.stop();
    }
  });

  evidence
    .command('list')
    .description('the stored evidence files, oldest first')
    .option('--product <id>', 'only this product')
    .option('--version <version>', 'only this version')
    .option('--env <name>', 'only this environment')
    .option('--kind <kind>', 'only this kind')
    .option('--format <format>', `output: ${formatIds(EVIDENCE_LIST_FORMATS).join(', ')}`, 'table')
    .option('-w, --workspace <dir>', 'workspace folder', '.')
    .option('--database <url>', DATABASE_HELP)
    .addHelpText('after', `\n${formatsHelp(EVIDENCE_LIST_FORMATS)}`)
    .action(async (flags: PlaceFlags & { product?: string; version?: string; env?: string; kind?: string; format: string }) => {
      const format = choice(flags.format, formatIds(EVIDENCE_LIST_FORMATS), '--format');
      const { listEvidence } = await import('../../app/evidence.js');
      const { files, backend } = await listEvidence({ ...place(flags), product: flags.product, version: flags.version, env: flags.env, kind: flags.kind });
      io.out(await rendererOf(EVIDENCE_LIST_FORMATS, format).render(files, { backend }));
    });

  evidence
    .command('remove')
    .description('remove a stored evidence file and all its records (its id from `upkeep evidence list`)')
    .argument('<id>', 'the evidence id')
    .option('-w, --workspace <dir>', 'workspace folder', '.')
    .option('--database <url>', DATABASE_HELP)
    .action(async (idText: string, flags: PlaceFlags) => {
      const { removeEvidence } = await import('../../app/evidence.js');
      const { UpkeepError } = await import('../../app/index.js');
      const id = Number(idText);
      if (!Number.isInteger(id) || id <= 0)
        throw new UpkeepError('UPK_USAGE', `"${idText}" is not an evidence id`, 'give the number in the id column of `upkeep evidence list`');
      if (await removeEvidence({ ...place(flags), id, by: who() })) io.out(`Removed evidence ${id} and its records.\n`);
      else {
        io.err(`No evidence ${id} is stored (\`upkeep evidence list\` shows the ids).\n`);
        setExit(1);
      }
    });

  evidence
    .command('sync')
    .description('store every file the workspace manifest evidence.yaml lists that is not stored yet (by content)')
    .option('-w, --workspace <dir>', 'workspace folder', '.')
    .option('--database <url>', DATABASE_HELP)
    .addHelpText('after', '\nevidence.yaml lists files with kind, product, version and env (docs/evidence.md). `upkeep assess` syncs by itself.')
    .action(async (flags: PlaceFlags) => {
      const { syncEvidence } = await import('../../app/evidence.js');
      const progress = fileProgress(io);
      try {
        const r = await syncEvidence({ ...place(flags), addedBy: who(), onProgress: progress.update });
        progress.stop();
        for (const w of r.warnings) io.err(`warning: ${w}\n`);
        io.out(
          `${r.added.length} file${r.added.length === 1 ? '' : 's'} stored${r.added.length ? ` (${r.added.map((f) => f.sourceName).join(', ')})` : ''}; ${r.unchanged} stored before.\n`,
        );
      } finally {
        progress.stop();
      }
    });
}
