// The request id of the request being handled, for route handlers and server actions (proxy.ts sets it).
import "server-only";
import { headers } from "next/headers";
import { requestIdFrom } from "./request-id";

/** Outside a request (build, scripts) there is none. */
export async function currentRequestId(): Promise<string | undefined> {
  try {
    return requestIdFrom(await headers());
  } catch {
    return undefined;
  }
}
