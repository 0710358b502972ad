// Wraps every /api/v1 handler: an unexpected failure answers 500 "internal" with a request id to quote,
// never a stack trace, and the log gets the id and the error's type and place, never the request's data.
// The id is the request's own (proxy.ts): the same as the X-Request-Id response header and the log line.
// The database being down or restarting answers 503 with Retry-After instead: the client should simply try again.
import { randomUUID } from "node:crypto";
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from "@/lib/db/is-database-unavailable";
import { errorFields, log } from "@/lib/log/log";
import { requestIdFrom } from "@/lib/log/request-id";
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
      const requestId = requestIdFrom(request.headers) ?? randomUUID();
      // errorFields keeps the type and the stack without its message: a database error quotes the values it was given.
      log.error("API request failed", { requestId, method: request.method, ...errorFields(error) });
      return apiError("internal", "Something went wrong on our side. Quote the request id if you contact us.", { requestId });
    }
  };
}
