/**
 * One process at a time uses an embedded database: two PGlite instances on the same folder would
 * corrupt it. `<dir>.lock` holds the pid of the process using it; a lock whose process is gone
 * (killed) is taken over.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { UpkeepError } from '../core/errors.js';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the lock of the database folder `dataDir`; returns its release. */
export function lockEmbedded(dataDir: string): () => void {
  const file = `${dataDir}.lock`;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
      return () => rmSync(file, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const pid = Number.parseInt(readFileSync(file, 'utf8'), 10);
      if (Number.isInteger(pid) && pid > 0 && alive(pid))
        throw new UpkeepError(
          'UPK_DATABASE',
          `the embedded database ${dataDir} is in use by process ${pid}${pid === process.pid ? ' (this one)' : ''}`,
          `one process at a time uses it: wait for that one to finish, or share a PostgreSQL server with --database; if no upkeep runs, remove ${file}`,
          { file: dataDir },
        );
      rmSync(file, { force: true }); // its process is gone: a stale lock
    }
  }
  throw new UpkeepError('UPK_DATABASE', `cannot lock the embedded database ${dataDir}`, `remove ${file} if no upkeep runs`, { file: dataDir });
}
