// The subject's file download: right headers and bytes, recorded; refused for a wrong token or
// organization; a friendly page once the download period is over.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, type PrismaClient } from "@/lib/db/client";
import { CLIENT_IP_HEADER } from "@/lib/http/client-ip";
import { completeRequest } from "@/lib/requests/complete-request";
import { createStaff, createVerifiedRequest, type FiledRequest } from "@/lib/requests/test-fixtures";
import { createTestOrganization, type TestOrganization } from "@/lib/testing/test-organization";
import { GET } from "./route";

let db: PrismaClient;
let org: TestOrganization;
let other: TestOrganization;
let filed: FiledRequest;
let fileId: string;
const content = new TextEncoder().encode('{"name":"Aroha Ngata","orders":[1,2]}');
const completedAt = new Date();

beforeAll(async () => {
  db = await getDb();
  org = await createTestOrganization(db, { downloadTtlDays: 7 });
  other = await createTestOrganization(db);
  const officer = await createStaff(db, org);
  filed = await createVerifiedRequest(db, org, { type: "EXPORT" });
  const result = await completeRequest({
    context: officer,
    requestId: filed.id,
    input: { outcome: "FULFILLED", message: "Attached.", files: [{ name: "Mes données ünïcode.json", bytes: content }] },
    now: completedAt,
  });
  if (!result.ok) throw new Error(result.error);
  fileId = (await db.requestFile.findFirstOrThrow({ where: { requestId: filed.id } })).id;
});

function get(slug: string, token: string, id: string) {
  const request = new Request(`http://localhost/${slug}/status/${token}/files/${id}`, {
    headers: { [CLIENT_IP_HEADER]: "203.0.113.9", "user-agent": "TestBrowser/1.0" },
  });
  return GET(request, { params: Promise.resolve({ orgSlug: slug, token, fileId: id }) });
}

describe("GET /{orgSlug}/status/{token}/files/{fileId}", () => {
  it("sends the bytes as a private attachment and records the download", async () => {
    const response = await get(org.slug, filed.statusToken, fileId);
    expect(response.status).toBe(200);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(content);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="Mes donn_es _n_code.json"; filename*=UTF-8''Mes%20donn%C3%A9es%20%C3%BCn%C3%AFcode.json`,
    );
    const downloads = await db.fileDownload.findMany({ where: { fileId } });
    expect(downloads).toEqual([expect.objectContaining({ ip: "203.0.113.9", userAgent: "TestBrowser/1.0", organizationId: org.id })]);
  });

  it("answers 404 for a wrong token, another organization's address, or a file of another request", async () => {
    const before = await db.fileDownload.count({ where: { fileId } });
    const otherRequest = await createVerifiedRequest(db, org);
    for (const response of [
      await get(org.slug, "A".repeat(43), fileId),
      await get(other.slug, filed.statusToken, fileId),
      await get(org.slug, otherRequest.statusToken, fileId),
      await get(org.slug, filed.statusToken, "not-a-uuid"),
    ]) {
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).toMatch(/text\/html/);
      expect(await response.text()).toMatch(/We can(&#39;|')t find this file/);
    }
    expect(await db.fileDownload.count({ where: { fileId } })).toBe(before);
  });

  it("explains an expired download and what to do, without sending the file", async () => {
    const db2 = db;
    // The file's period ends 7 days after completion; move it into the past instead of waiting.
    await db2.requestFile.update({ where: { id: fileId }, data: { availableUntil: new Date(Date.now() - 1000) } });
    const before = await db.fileDownload.count({ where: { fileId } });
    const response = await get(org.slug, filed.statusToken, fileId);
    expect(response.status).toBe(410);
    const html = await response.text();
    expect(html).toContain("This download has expired");
    expect(html).toContain(org.privacyEmail);
    expect(html).toContain(filed.reference);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await db.fileDownload.count({ where: { fileId } })).toBe(before);
  });
});
