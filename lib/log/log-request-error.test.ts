// Next's request errors reach the structured log: one JSON line with the request id, the route and the
// error's type and digest, and nothing a person typed.
import { afterEach, describe, expect, it, vi } from "vitest";
import { onRequestError } from "@/instrumentation";

afterEach(() => vi.restoreAllMocks());

function captureStderr(): string[] {
  const lines: string[] = [];
  vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  });
  return lines;
}

describe("onRequestError", () => {
  it("writes one JSON error line with the request id, route and digest, without the message, token or query", async () => {
    const lines = captureStderr();
    const token = "q8Zr2mW4xY7vB1nC3kL5pQ9sT0uV6wX8yZ2aB4cD6eF";
    const error = Object.assign(new TypeError("Cannot read properties of Aroha Ngata <aroha@example.com>"), { digest: "2417553910" });
    await onRequestError(
      error,
      {
        path: `/opsiq/status/${token}?search=aroha@example.com`,
        method: "POST",
        headers: { "x-request-id": "3f0c9a5e-1b2c-4d5e-8f90-a1b2c3d4e5f6", cookie: "next-auth.session-token=secret" },
      },
      { routerKind: "App Router", routePath: "/[orgSlug]/status/[token]", routeType: "action", revalidateReason: undefined },
    );

    expect(lines).toHaveLength(1);
    expect(lines[0]!.endsWith("\n")).toBe(true);
    const line = JSON.parse(lines[0]!);
    expect(line).toMatchObject({
      level: "error",
      msg: "Request failed",
      event: "request_error",
      requestId: "3f0c9a5e-1b2c-4d5e-8f90-a1b2c3d4e5f6",
      method: "POST",
      path: "/opsiq/status/[redacted]",
      routePath: "/[orgSlug]/status/[token]",
      routeType: "action",
      digest: "2417553910",
      errorName: "TypeError",
    });
    expect(line.where).toContain("log-request-error.test.ts");
    for (const secret of [token, "aroha", "Aroha", "session-token", "secret"]) expect(lines[0]).not.toContain(secret);
  });

  it("logs without a request id when the proxy gave none (or a forged one)", async () => {
    const lines = captureStderr();
    await onRequestError(
      "thrown string",
      { path: "/", method: "GET", headers: { "x-request-id": 'x"\n{"level":"info"}' } },
      { routerKind: "App Router", routePath: "/", routeType: "render", revalidateReason: undefined },
    );
    const line = JSON.parse(lines[0]!);
    expect(line.requestId).toBeUndefined();
    expect(line).toMatchObject({ event: "request_error", method: "GET", path: "/", routeType: "render", errorName: "string" });
  });
});
