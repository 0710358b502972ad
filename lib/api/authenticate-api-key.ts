// Finds the organization API key an `Authorization: Bearer rdk_…` header names, by the SHA-256 of the token
// (a unique index: no comparison of secrets happens in our code), and turns it into the context staff actions
// take. A key acts as a privacy officer (WRITE) or a viewer (READ), never as an admin, and as nobody's account.
import "server-only";
import { timingSafeEqual } from "node:crypto";
import { getDb } from "@/lib/db/client";
import type { ApiKeyScope, Role } from "@/lib/db/generated/enums";
import type { StaffContext } from "@/lib/requests/run-staff-action";
import { apiKeyActorLabel, apiKeyLabel } from "@/lib/api-keys/api-key-label";
import { API_KEY_PATTERN, hashApiKeySecret } from "@/lib/api-keys/api-key-token";

/** The roles whose permissions each scope borrows (lib/auth/roles.ts): read only, or read+reveal+work. */
const SCOPE_ROLE: Record<ApiKeyScope, Role> = { READ: "VIEWER", WRITE: "OFFICER" };

/** Last use is written at most this often per key, so a busy client does not write on every call. */
const LAST_USED_EVERY_MS = 60_000;

export type ApiKeyContext = StaffContext & { apiKey: NonNullable<StaffContext["apiKey"]>; scope: ApiKeyScope };

export type AuthenticateResult =
  | { ok: true; context: ApiKeyContext }
  | { ok: false; reason: "missing" | "malformed" | "unknown" | "revoked" };

/** The token of a Bearer Authorization header, or why there is none. */
export function bearerToken(header: string | null): { ok: true; token: string } | { ok: false; reason: "missing" | "malformed" } {
  if (!header) return { ok: false, reason: "missing" };
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(header);
  if (!match || !API_KEY_PATTERN.test(match[1]!)) return { ok: false, reason: "malformed" };
  return { ok: true, token: match[1]! };
}

export async function authenticateApiKey({ authorization, ip, now }: { authorization: string | null; ip: string; now: Date }): Promise<AuthenticateResult> {
  const bearer = bearerToken(authorization);
  if (!bearer.ok) return bearer;
  const secretHash = hashApiKeySecret(bearer.token);
  const db = await getDb();
  const key = await db.apiKey.findUnique({
    where: { secretHash },
    select: {
      id: true,
      name: true,
      prefix: true,
      scope: true,
      secretHash: true,
      revokedAt: true,
      lastUsedAt: true,
      organization: { select: { id: true, slug: true, name: true, timeZone: true } },
    },
  });
  if (!key || !timingSafeEqual(Buffer.from(key.secretHash), Buffer.from(secretHash))) return { ok: false, reason: "unknown" };
  if (key.revokedAt) return { ok: false, reason: "revoked" };

  if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() >= LAST_USED_EVERY_MS) {
    // Guarded by the old value, so two calls at once write once.
    await db.apiKey.updateMany({
      where: { id: key.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lte: new Date(now.getTime() - LAST_USED_EVERY_MS) } }] },
      data: { lastUsedAt: now, lastUsedIp: ip },
    });
  }
  const apiKey = { id: key.id, name: key.name, prefix: key.prefix };
  return {
    ok: true,
    context: {
      user: { id: null, email: "", name: apiKeyLabel(key.name) },
      organization: key.organization,
      role: SCOPE_ROLE[key.scope],
      actor: { userId: null, email: apiKeyActorLabel(key), ip, apiKeyId: key.id },
      apiKey,
      scope: key.scope,
    },
  };
}
