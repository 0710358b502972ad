// What a client developer does with openapi.json: generate types with openapi-typescript, call the API with
// openapi-fetch, and read the answers' fields with no cast, type-checked by tsc --strict. An answer documented
// as a bare object, or a filter documented as any string, fails here.
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";

const dir = mkdtempSync(path.join(tmpdir(), "rightsdesk-client-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Written as a client would: every field read straight off the answer, no `as`.
const CLIENT = `
import createClient from "openapi-fetch";
import type { paths } from "./api";

const client = createClient<paths>({ baseUrl: "https://rightsdesk.example" });
const path = { orgSlug: "acme" };

export async function describeFirst(): Promise<string> {
  const list = await client.GET("/api/v1/orgs/{orgSlug}/requests", {
    params: { path, query: { status: "in-progress", type: "access", assignee: "unassigned", due: "7", sort: "received" } },
  });
  if (list.error) return list.error.error.code;
  const first = list.data.data[0];
  if (!first) return list.data.nextCursor ?? "no requests";
  // @ts-expect-error: a list row's status is one of the queue's statuses, never "OPEN"
  if (first.status === "OPEN") return "impossible";

  const read = await client.GET("/api/v1/orgs/{orgSlug}/requests/{requestId}", {
    params: { path: { ...path, requestId: first.id }, query: { reveal: "true" } },
  });
  if (read.error) return read.error.error.message;
  const request = read.data.data;
  const size: number = request.files.reduce((sum, file) => sum + file.size, 0);
  return [
    first.reference?.toUpperCase(),
    first.subject.email.toLowerCase(),
    first.assignee?.name,
    request.history.map((h) => h.message.trim()).join(),
    request.dueAt ?? "no due date",
    request.actions.join(),
    size.toFixed(0),
  ].join(" ");
}

export async function typo(): Promise<void> {
  // @ts-expect-error: "opne" is not a status filter
  await client.GET("/api/v1/orgs/{orgSlug}/requests", { params: { path, query: { status: "opne" } } });
}
`;

describe("a client generated from openapi.json", () => {
  it("compiles under tsc --strict, reading the list's and the request's fields without casts", async () => {
    const response = await getOpenApi(new Request("http://localhost/api/v1/openapi.json"), { params: Promise.resolve({}) });
    expect(response.status).toBe(200);
    const documentFile = path.join(dir, "openapi.json");
    writeFileSync(documentFile, await response.text());

    writeFileSync(path.join(dir, "api.ts"), astToString(await openapiTS(pathToFileURL(documentFile))));
    writeFileSync(path.join(dir, "client.ts"), CLIENT);
    // The project's own openapi-fetch, as a client project would have installed it.
    symlinkSync(path.join(process.cwd(), "node_modules"), path.join(dir, "node_modules"), "dir");

    const program = ts.createProgram([path.join(dir, "client.ts")], {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
      types: [],
      skipLibCheck: true,
    });
    const problems = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    expect(problems).toEqual([]);
  });
});
