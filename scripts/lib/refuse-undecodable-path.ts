// A request whose path is not valid percent-encoding (/%ff, /%zz) makes Next.js answer 500 in plain text:
// the server answers 400 for it, in the API's error shape, before Next.js sees the request.
import type http from "node:http";

/** True when `url`'s path (the part before any query) decodes as UTF-8 percent-encoding. */
export function isDecodablePath(url: string): boolean {
  const end = url.search(/[?#]/);
  try {
    decodeURIComponent(end === -1 ? url : url.slice(0, end));
    return true;
  } catch {
    return false;
  }
}

/** Answers 400 and returns true when the request's path cannot be decoded; otherwise leaves it alone. */
export function refuseUndecodablePath(req: http.IncomingMessage, res: http.ServerResponse): boolean {
  if (isDecodablePath(req.url ?? "/")) return false;
  const body = JSON.stringify({ error: { code: "invalid_request", message: "The address has a % that is not followed by a valid encoded character." } });
  res.writeHead(400, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body), "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" });
  res.end(body);
  return true;
}
