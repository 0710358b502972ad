// One HTTP POST of a webhook: to the address resolveWebhookTarget checked (the connection is pinned to it),
// redirects not followed, ten seconds for everything, and only the status code kept — the response body is
// the receiver's business and may contain anything.
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { resolveWebhookTarget, type Lookup } from "./check-webhook-url";

export const WEBHOOK_TIMEOUT_MS = 10_000;

export type PostResult = { ok: true; status: number } | { ok: false; error: string };

export type PostWebhook = (args: { url: string; headers: Record<string, string>; body: string }) => Promise<PostResult>;

export function createPostWebhook(
  options: { allowPrivateNetwork?: boolean; timeoutMs?: number; lookup?: Lookup } = {},
): PostWebhook {
  const timeoutMs = options.timeoutMs ?? WEBHOOK_TIMEOUT_MS;
  return async ({ url, headers, body }) => {
    const signal = AbortSignal.timeout(timeoutMs);
    const target = await Promise.race([
      resolveWebhookTarget(url, { allowPrivateNetwork: options.allowPrivateNetwork, lookup: options.lookup }),
      new Promise<{ ok: false; error: string }>((resolve) => signal.addEventListener("abort", () => resolve({ ok: false, error: "Timed out resolving the host name." }))),
    ]);
    if (!target.ok) return target;
    const { address, family } = target;
    const pinned: LookupFunction = (_hostname, lookupOptions, callback) => {
      if (lookupOptions.all) (callback as (e: null, a: { address: string; family: number }[]) => void)(null, [{ address, family }]);
      else callback(null, address, family);
    };
    const client = target.url.protocol === "https:" ? https : http;
    return new Promise<PostResult>((resolve) => {
      const request = client.request(
        target.url,
        {
          method: "POST",
          headers: { ...headers, "Content-Length": String(Buffer.byteLength(body)) },
          lookup: pinned,
          agent: false,
          signal,
        },
        (response) => {
          response.resume(); // drain and discard
          response.on("error", () => undefined);
          resolve({ ok: true, status: response.statusCode ?? 0 });
        },
      );
      request.on("error", (error: NodeJS.ErrnoException) => {
        const reason = signal.aborted ? `No answer within ${Math.round(timeoutMs / 1000)} s.` : describe(error);
        resolve({ ok: false, error: reason });
      });
      request.end(body);
    });
  };
}

/** A short reason without anything from the receiver's answer. */
function describe(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case "ECONNREFUSED":
      return "Connection refused.";
    case "ECONNRESET":
      return "The connection was reset.";
    case "ETIMEDOUT":
      return "The connection timed out.";
    case "EHOSTUNREACH":
    case "ENETUNREACH":
      return "The host cannot be reached.";
    default:
      if (error.code?.startsWith("ERR_TLS") || /certificate/i.test(error.message)) return `TLS failed: ${error.message}`.slice(0, 200);
      return (error.code ? `${error.code}: ${error.message}` : error.message).slice(0, 200);
  }
}
