import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../../test/cli-io.js';
import { scsCopy } from '../../../test/served-app.js';
import { openStore } from '../../store/index.js';

describe('upkeep token', () => {
  const ws = scsCopy();
  // the embedded store of the workspace, not the shared server DATABASE_URL may name
  const databaseUrl = process.env.DATABASE_URL;
  beforeAll(() => {
    process.env.DATABASE_URL = '';
  });
  afterAll(() => {
    if (databaseUrl === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = databaseUrl;
    ws.remove();
  });

  it('creates a token, prints its secret once on stdout, lists it without the secret, and revokes it', async () => {
    const created = await run('token', 'create', '--role', 'maintainer', '--name', 'ops', '-w', ws.dir);
    expect(created.code).toBe(0);
    const secret = created.out.trim();
    expect(secret).toMatch(/^\S{20,}$/);
    expect(created.err).toContain('created token 1 "ops" (maintainer)');
    const listed = await run('token', 'list', '--workspace', ws.dir);
    expect(listed.out).toMatch(/^1\tops\tmaintainer\t\S+\t-$/m);
    expect(listed.out).not.toContain(secret);

    const store = await openStore({ workspaceDir: ws.dir });
    try {
      expect(await store.verifyToken(secret)).toMatchObject({ id: 1, name: 'ops', role: 'maintainer' });
    } finally {
      await store.close();
    }
    expect((await run('token', 'revoke', '1', '-w', ws.dir)).out).toBe('revoked token 1\n');
    const again = await openStore({ workspaceDir: ws.dir });
    try {
      expect(await again.verifyToken(secret)).toBeNull();
      expect((await again.listAudit()).map((a) => a.action)).toEqual(['token.revoke', 'token.create']);
    } finally {
      await again.close();
    }
  }, 120_000);

  it.each([
    [['token', 'create', '--role', 'root'], 'error UPK_USAGE: --role "root" is not one of reporter, maintainer, admin'],
    [['token', 'create'], "error UPK_USAGE: required option '--role <role>' not specified"],
    [['token', 'revoke', 'abc'], 'error UPK_USAGE: "abc" is not a token id'],
    [['serve', '--port', 'http'], 'error UPK_USAGE: --port "http" is not a port number'],
    [['serve', '--port', '70000'], 'error UPK_USAGE: --port "70000" is not a port number'],
  ])('refuses %j with exit 2', async (argv, message) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
  });

  it('refuses to revoke a token that is not there', async () => {
    const r = await run('token', 'revoke', '99', '-w', ws.dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('error UPK_USAGE: no live token 99');
  }, 60_000);
});
