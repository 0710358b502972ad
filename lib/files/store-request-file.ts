// Stores one checked file of an answer in the database, inside the caller's transaction.
import type { Tx } from "@/lib/db/client";
import type { CheckedUpload } from "./check-upload";

export async function storeRequestFile(
  tx: Tx,
  file: CheckedUpload & { organizationId: string; requestId: string; uploadedById: string | null; availableUntil: Date; now: Date },
): Promise<string> {
  const row = await tx.requestFile.create({
    data: {
      organizationId: file.organizationId,
      requestId: file.requestId,
      filename: file.filename,
      contentType: file.contentType,
      size: file.size,
      sha256: file.sha256,
      data: Buffer.from(file.data.buffer, file.data.byteOffset, file.data.byteLength),
      uploadedById: file.uploadedById,
      availableUntil: file.availableUntil,
      createdAt: file.now,
    },
    select: { id: true },
  });
  return row.id;
}
