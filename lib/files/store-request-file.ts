// Stores one checked file of an answer in the database, inside the caller's transaction.
// Written with SQL: the PGlite driver adapter (pglite-prisma-adapter 0.6) cannot pass Prisma's
// Bytes parameters (it receives base64 text and refuses it), so the bytes travel as base64 and the
// database decodes them. Reading through Prisma works on both databases.
import type { Tx } from "@/lib/db/client";
import type { CheckedUpload } from "./check-upload";

export async function storeRequestFile(
  tx: Tx,
  file: CheckedUpload & { organizationId: string; requestId: string; uploadedById: string | null; availableUntil: Date; now: Date },
): Promise<string> {
  const base64 = Buffer.from(file.data.buffer, file.data.byteOffset, file.data.byteLength).toString("base64");
  const [row] = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "RequestFile" (id, "organizationId", "requestId", filename, "contentType", size, sha256, data, "uploadedById", "availableUntil", "createdAt")
    VALUES (gen_random_uuid(), ${file.organizationId}::uuid, ${file.requestId}::uuid, ${file.filename}, ${file.contentType}, ${file.size},
            ${file.sha256}, decode(${base64}, 'base64'), ${file.uploadedById}::uuid, ${file.availableUntil}, ${file.now})
    RETURNING id`;
  return row!.id;
}
