// The id of one HTTP request, set by proxy.ts on the request (for route handlers, server actions and the
// log) and on the response (for the client to quote). A caller's own X-Request-Id is kept when it is sane.
export const REQUEST_ID_HEADER = "x-request-id";

// Up to 64 letters, digits and . _ - : a UUID, ULID or a load balancer's id; nothing that could forge a log
// line or a header (newlines, quotes, spaces) and nothing long enough to smuggle data.
const SANE_REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** The caller's id when it is sane, otherwise a fresh UUID. */
export function acceptRequestId(incoming: string | null | undefined): string {
  return incoming && SANE_REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID();
}

/** The id proxy.ts gave this request; `undefined` outside a request (a script, the background worker). */
export function requestIdFrom(headers: Pick<Headers, "get">): string | undefined {
  const id = headers.get(REQUEST_ID_HEADER);
  return id && SANE_REQUEST_ID.test(id) ? id : undefined;
}
