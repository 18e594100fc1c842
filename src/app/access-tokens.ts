import type { Role, Store, TokenRow } from '../store/types.js';

export type { AuditRow, Role, Store, TokenRow } from '../store/types.js';

/** The roles, each allowed what the one before it is and more. */
export const ROLES = ['reporter', 'maintainer', 'admin'] as const satisfies readonly Role[];

/** Whether `role` may do what `needed` may (an admin may do what a reporter may). */
export function roleAtLeast(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}

/** A new token: its secret is returned once (only its hash is stored); the creation is audited. */
export async function createToken(input: { readonly store: Store; readonly name: string; readonly role: Role; readonly actor: string }) {
  return input.store.transaction(async (store) => {
    const created = await store.createToken({ name: input.name, role: input.role });
    await store.audit({ actor: input.actor, action: 'token.create', target: `token/${created.row.id} ${created.row.name} (${created.row.role})` });
    return created;
  });
}

export function listTokens(input: { readonly store: Store }): Promise<TokenRow[]> {
  return input.store.listTokens();
}

/** Revokes a token (false: no live token has that id); audited when it revoked one. */
export async function revokeToken(input: { readonly store: Store; readonly id: number; readonly actor: string }): Promise<boolean> {
  return input.store.transaction(async (store) => {
    const done = await store.revokeToken(input.id);
    if (done) await store.audit({ actor: input.actor, action: 'token.revoke', target: `token/${input.id}` });
    return done;
  });
}

/** The live token with this secret, or null (unknown or revoked). */
export function verifyToken(input: { readonly store: Store; readonly secret: string }): Promise<TokenRow | null> {
  return input.store.verifyToken(input.secret);
}

export function listAudit(input: { readonly store: Store; readonly limit?: number }) {
  return input.store.listAudit(input.limit);
}
