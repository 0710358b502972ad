// The organization's API keys for its admins: names, scopes, who made them and when they were last used.
// Never the secret (only its hash exists) and never another organization's keys.
import "server-only";
import { getDb } from "@/lib/db/client";
import type { ApiKeyScope } from "@/lib/db/generated/enums";

export type ApiKeyRow = {
  id: string;
  name: string;
  scope: ApiKeyScope;
  prefix: string;
  createdAt: Date;
  createdBy: string | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

export async function listApiKeys(organizationId: string): Promise<ApiKeyRow[]> {
  const db = await getDb();
  const keys = await db.apiKey.findMany({
    where: { organizationId },
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    select: {
      id: true,
      name: true,
      scope: true,
      prefix: true,
      createdAt: true,
      lastUsedAt: true,
      revokedAt: true,
      createdBy: { select: { name: true, email: true } },
    },
  });
  return keys.map(({ createdBy, ...key }) => ({ ...key, createdBy: createdBy ? createdBy.name || createdBy.email : null }));
}
