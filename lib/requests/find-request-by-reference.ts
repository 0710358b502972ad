// The id of the request with this reference in the staff member's organization, or null.
import "server-only";
import { getDb } from "@/lib/db/client";
import { REFERENCE_PATTERN } from "./reference";

export async function findRequestByReference({ organizationId, reference }: { organizationId: string; reference: string }): Promise<string | null> {
  const normalized = reference.trim().toUpperCase();
  if (!REFERENCE_PATTERN.test(normalized)) return null;
  const db = await getDb();
  const request = await db.privacyRequest.findFirst({ where: { organizationId, reference: normalized }, select: { id: true } });
  return request?.id ?? null;
}
