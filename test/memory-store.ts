import { createHash, randomBytes } from 'node:crypto';
import type { AuditRow, EvidenceFileRow, Role, Store, StoredReport, TokenRow } from '../src/store/types.js';

/**
 * The Store contract in memory, for the server's tests before (and beside) the real store: the
 * same behaviour the routes rely on (secrets returned once and kept hashed, revoked tokens refused,
 * reload listeners told), none of the persistence.
 */
export class MemoryStore implements Store {
  readonly backend = 'pglite' as const;
  readonly reports: StoredReport[] = [];
  readonly tokens: (TokenRow & { hash: string })[] = [];
  readonly auditRows: AuditRow[] = [];
  readonly evidence: EvidenceFileRow[] = [];
  private readonly listeners = new Set<() => void>();
  closed = false;

  async close() {
    this.closed = true;
  }
  async listEvidence() {
    return [...this.evidence];
  }
  async readEvidence(query: { product: string; version: string; env?: string }) {
    return {
      product: query.product,
      version: query.version,
      env: query.env ?? null,
      tests: [],
      samples: new Map(),
      series: [],
      alerts: [],
      trials: [],
      reports: [],
      bugs: [],
    };
  }
  async deleteEvidence(id: number) {
    const i = this.evidence.findIndex((e) => e.id === id);
    if (i < 0) return false;
    this.evidence.splice(i, 1);
    return true;
  }
  async addReport(report: Parameters<Store['addReport']>[0]) {
    const stored: StoredReport = { ...report, id: this.reports.length + 1, addedAt: new Date().toISOString() };
    this.reports.push(stored);
    return stored;
  }
  async listReports(filter: { product?: string; version?: string } = {}) {
    return this.reports.filter((r) => (!filter.product || r.product === filter.product) && (!filter.version || r.version === filter.version));
  }
  async createToken(input: { name: string; role: Role }) {
    const token = `upk_${randomBytes(24).toString('base64url')}`;
    const row = { id: this.tokens.length + 1, name: input.name, role: input.role, createdAt: new Date().toISOString(), revokedAt: null };
    this.tokens.push({ ...row, hash: hash(token) });
    return { token, row };
  }
  async verifyToken(secret: string) {
    const t = this.tokens.find((x) => x.hash === hash(secret) && x.revokedAt === null);
    return t ? strip(t) : null;
  }
  async listTokens() {
    return this.tokens.map(strip);
  }
  async revokeToken(id: number) {
    const t = this.tokens.find((x) => x.id === id && x.revokedAt === null);
    if (!t) return false;
    (t as { revokedAt: string | null }).revokedAt = new Date().toISOString();
    return true;
  }
  async audit(entry: { actor: string; action: string; target: string }) {
    this.auditRows.push({ id: this.auditRows.length + 1, at: new Date().toISOString(), ...entry });
  }
  async listAudit(limit = 100) {
    return [...this.auditRows].reverse().slice(0, limit);
  }
  async notifyReload() {
    for (const l of this.listeners) l();
  }
  onReload(listener: () => void) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

const hash = (s: string) => createHash('sha256').update(s).digest('hex');
const strip = ({ hash: _h, ...row }: TokenRow & { hash: string }): TokenRow => row;
