// Wraps every /api/v1 handler: an unexpected failure answers 500 "internal" with a request id to quote,
// never a stack trace, and the log gets the id and the error's type and place, never the request's data. The
// database being down or restarting answers 503 with Retry-After instead: the client should simply try again.
import { randomUUID } from "node:crypto";
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from "@/lib/db/is-database-unavailable";
import { apiError } from "./api-error";

type Handler<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;

export function apiRoute<P>(handler: Handler<P>): Handler<P> {
  return async (request, context) => {
    try {
      return await handler(request, context);
    } catch (error) {
      if (isDatabaseUnavailable(error)) {
        return apiError("service_unavailable", "The service is briefly unavailable. Try again in a few seconds.", {
          headers: { "Retry-After": String(DATABASE_RETRY_AFTER_SECONDS) },
        });
      }
      const requestId = randomUUID();
      // The stack without its first line: the message of a database error can quote the values it was given.
      const where = error instanceof Error ? (error.stack ?? "").split("\n").slice(1, 6).join("\n") : "";
      console.error(`[api] ${requestId} ${error instanceof Error ? error.name : typeof error}\n${where}`);
      return apiError("internal", "Something went wrong on our side. Quote the request id if you contact us.", { requestId });
    }
  };
}
