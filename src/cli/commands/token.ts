import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { UpkeepError } from '../../app/index.js';
import type { CliIo } from '../io.js';
import { choice } from '../options.js';

const ROLES = ['reporter', 'maintainer', 'admin'] as const;

interface StoreFlags {
  workspace: string;
  database?: string;
}

/** Who the audit log names for a token managed on the command line. */
function cliActor(): string {
  try {
    return `cli (${userInfo().username})`;
  } catch {
    return 'cli';
  }
}

async function withStore<T>(flags: StoreFlags, fn: (store: import('../../app/evidence.js').Store) => Promise<T>): Promise<T> {
  const { openEvidenceStore } = await import('../../app/evidence.js');
  const store = await openEvidenceStore({ workspace: flags.workspace, database: flags.database });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

export function registerToken(program: Command, io: CliIo): void {
  const token = program.command('token').description("manage the tokens of `upkeep serve`'s API (who may write, and with which role)");
  const storeOptions = (c: Command) =>
    c
      .option('-w, --workspace <dir>', 'workspace folder (its embedded store is <dir>/.upkeep/db)', '.')
      .option('--database <url>', 'PostgreSQL URL of the store (default: DATABASE_URL, else the embedded one)');

  storeOptions(
    token
      .command('create')
      .description('create a token and print its secret (once: only its hash is stored)')
      .requiredOption(
        '--role <role>',
        `what it may do: ${ROLES.join(', ')} (reporter: submit reports and evidence; maintainer: also reload and delete; admin: also tokens and the audit log)`,
      )
      .option('--name <name>', 'who or what uses it (shown in the audit log)', 'token'),
  )
    .addHelpText('after', '\nExample: upkeep token create --role reporter --name ci-bot --workspace examples/scs')
    .action(async (flags: StoreFlags & { role: string; name: string }) => {
      const role = choice(flags.role, ROLES, '--role');
      if (flags.name.length > 100) throw new UpkeepError('UPK_USAGE', '--name is longer than 100 characters', 'give a shorter name');
      const { createToken } = await import('../../app/access-tokens.js');
      const created = await withStore(flags, (store) => createToken({ store, name: flags.name, role, actor: cliActor() }));
      io.err(`created token ${created.row.id} "${created.row.name}" (${created.row.role}); the secret is shown once:\n`);
      io.out(`${created.token}\n`);
    });

  storeOptions(token.command('list').description('list the tokens (id, name, role, created, revoked)')).action(async (flags: StoreFlags) => {
    const { listTokens } = await import('../../app/access-tokens.js');
    const rows = await withStore(flags, (store) => listTokens({ store }));
    if (!rows.length) return io.out('no tokens: create one with `upkeep token create --role admin`\n');
    io.out(`${['id', 'name', 'role', 'created', 'revoked'].join('\t')}\n`);
    for (const r of rows) io.out(`${[r.id, r.name, r.role, r.createdAt, r.revokedAt ?? '-'].join('\t')}\n`);
  });

  storeOptions(
    token.command('revoke').description('revoke a token: requests with it are refused from now on').argument('<id>', 'the token id (`upkeep token list`)'),
  ).action(async (id: string, flags: StoreFlags) => {
    if (!/^\d{1,9}$/.test(id)) throw new UpkeepError('UPK_USAGE', `"${id}" is not a token id`, '`upkeep token list` shows the ids');
    const { revokeToken } = await import('../../app/access-tokens.js');
    const done = await withStore(flags, (store) => revokeToken({ store, id: Number(id), actor: cliActor() }));
    if (!done) throw new UpkeepError('UPK_USAGE', `no live token ${id}`, '`upkeep token list` shows the tokens and which are revoked');
    io.out(`revoked token ${id}\n`);
  });
}
