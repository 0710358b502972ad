// Files go into the database as bytes and come back byte for byte, on PGlite and PostgreSQL alike.
import { createHash } from "node:crypto";
import { expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createTestOrganization } from "@/lib/testing/test-organization";
import { storeRequestFile } from "./store-request-file";

it("stores a file's bytes inside a transaction and reads them back unchanged", async () => {
  const db = await getDb();
  const org = await createTestOrganization(db);
  const request = await db.privacyRequest.create({
    data: {
      organizationId: org.id,
      type: "ACCESS",
      queue: "CONTROLLER",
      relationshipId: org.relationships[0]!.id,
      subjectName: "Aroha Ngata",
      subjectEmail: "aroha@example.nz",
      jurisdiction: "NZ",
      receivedAt: new Date(),
    },
  });
  // Every byte value, including NUL and bytes that are not valid UTF-8.
  const data = new Uint8Array(Array.from({ length: 512 }, (_, i) => i % 256));
  const now = new Date();
  const id = await db.$transaction((tx) =>
    storeRequestFile(tx, {
      filename: "all-bytes.bin",
      contentType: "application/zip",
      size: data.byteLength,
      sha256: createHash("sha256").update(data).digest("hex"),
      data,
      organizationId: org.id,
      requestId: request.id,
      uploadedById: null,
      availableUntil: new Date(now.getTime() + 86_400_000),
      now,
    }),
  );
  const stored = await db.requestFile.findUniqueOrThrow({ where: { id } });
  expect(Buffer.from(stored.data).equals(Buffer.from(data))).toBe(true);
  expect(stored).toMatchObject({ organizationId: org.id, requestId: request.id, size: 512 });
});
