// A real HTTP receiver for webhook tests (integration and e2e): listens on 127.0.0.1, keeps every delivery's
// raw body and headers, and answers with the status the test asks for next.
import http from "node:http";
import type { AddressInfo } from "node:net";

export type ReceivedWebhook = { headers: http.IncomingHttpHeaders; body: string; receivedAt: Date };

export type WebhookReceiver = {
  url: string;
  received: ReceivedWebhook[];
  /** Statuses to answer with, in order; 200 once they run out. */
  answerWith(...statuses: number[]): void;
  close(): Promise<void>;
};

export async function startWebhookReceiver(path = "/hooks"): Promise<WebhookReceiver> {
  const received: ReceivedWebhook[] = [];
  let queued: number[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString("utf8"), receivedAt: new Date() });
      res.statusCode = queued.shift() ?? 200;
      res.end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${path}`,
    received,
    answerWith(...statuses) {
      queued = statuses;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
