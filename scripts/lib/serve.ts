// Our HTTP server around Next.js: it records the client's address in a header nobody else can set,
// since Next.js route handlers and server actions cannot see the socket.
import http from "node:http";
import type { AddressInfo } from "node:net";
import next from "next";
import { CLIENT_IP_HEADER } from "../../lib/http/client-ip";
import { resolveClientIp, type TrustProxy } from "../../lib/http/resolve-client-ip";
import { refuseUndecodablePath } from "./refuse-undecodable-path";

export type ServeOptions = { dev: boolean; host: string; port: number; trustProxy: TrustProxy };

export async function serve(options: ServeOptions): Promise<http.Server> {
  const app = next({ dev: options.dev, hostname: options.host, port: options.port, dir: process.cwd() });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = http.createServer((req, res) => {
    if (refuseUndecodablePath(req, res)) return;
    delete req.headers[CLIENT_IP_HEADER];
    req.headers[CLIENT_IP_HEADER] = resolveClientIp({ remoteAddress: req.socket.remoteAddress, forwardedFor: req.headers["x-forwarded-for"], trust: options.trustProxy });
    void handle(req, res);
  });
  // Requests Node's parser refuses before any handler runs (headers or address over 16 KB, bytes that are not
  // HTTP) would otherwise get an empty answer: say what was wrong, in the API's error shape.
  server.on("clientError", (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) return socket.destroy();
    const tooLarge = error.code === "HPE_HEADER_OVERFLOW";
    const [status, code, message] = tooLarge
      ? ["431 Request Header Fields Too Large", "request_too_large", "The request's address and headers must stay under 16 KB."]
      : ["400 Bad Request", "invalid_request", "The request is not valid HTTP."];
    const body = JSON.stringify({ error: { code, message } });
    socket.end(`HTTP/1.1 ${status}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
  });
  if (options.dev) {
    const upgrade = app.getUpgradeHandler();
    server.on("upgrade", (req, socket, head) => void upgrade(req, socket, head));
  }
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  console.log(`Rightsdesk is ready on http://localhost:${port}`);
  return server;
}
