// Next.js's own request errors (a page, route handler, server action or the proxy threw) as one line of the
// structured log with the request's id, instead of Next's free-text "⨯ …" line that can quote the input.
import type { Instrumentation } from "next";
import { errorFields, log } from "./log";
import { requestIdFrom } from "./request-id";

type Args = Parameters<Instrumentation.onRequestError>;

export function logRequestError(error: Args[0], request: Args[1], context: Args[2]): void {
  const header = (name: string) => {
    const value = request.headers[name];
    return (Array.isArray(value) ? value[0] : value) ?? null;
  };
  // The digest is the id Next shows the browser on its error page, so a user's report can be matched to this line.
  const digest = typeof error === "object" && error !== null && "digest" in error && typeof error.digest === "string" ? error.digest : undefined;
  log.error("Request failed", {
    event: "request_error",
    requestId: requestIdFrom({ get: header }),
    method: request.method,
    // The query string can hold what a person typed (a search, an email): only the path is kept, and its
    // secrets (a status link's token) are cut by the logger like any other token-shaped text.
    path: request.path.split("?")[0],
    routePath: context.routePath,
    routeType: context.routeType,
    digest,
    ...errorFields(error),
  });
}
