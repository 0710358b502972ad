// An SMTP server for the load test that counts what it receives per recipient (and keeps the text of mail to
// chosen recipients), light enough for tens of thousands of messages. It can be stopped and started again on
// the same port to play an SMTP provider that goes away; the counts survive.
import { SMTPServer } from "smtp-server";

export type CountingSink = {
  port: number;
  url: string;
  /** Messages received per envelope recipient, lowercased, over every start. */
  counts: Map<string, number>;
  /** The raw text of messages to recipients `keepTextOf` accepted. */
  texts: Map<string, string[]>;
  total(): number;
  start(): Promise<void>;
  stop(): Promise<void>;
};

export function createCountingSink(port: number, keepTextOf: (to: string) => boolean = () => false): CountingSink {
  const counts = new Map<string, number>();
  const texts = new Map<string, string[]>();
  let total = 0;
  let server: SMTPServer | undefined;

  const make = () =>
    new SMTPServer({
      disabledCommands: ["STARTTLS", "AUTH"],
      authOptional: true,
      logger: false,
      closeTimeout: 1000,
      size: 1024 * 1024,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on("data", (chunk: Buffer) => chunks.push(chunk));
        stream.on("error", callback);
        stream.on("end", () => {
          // Counted only when the whole message arrived, just before the 250 that tells the sender so.
          total++;
          for (const rcpt of session.envelope.rcptTo) {
            const to = rcpt.address.toLowerCase();
            counts.set(to, (counts.get(to) ?? 0) + 1);
            if (keepTextOf(to)) texts.set(to, [...(texts.get(to) ?? []), Buffer.concat(chunks).toString("utf8")]);
          }
          callback();
        });
      },
    });

  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    counts,
    texts,
    total: () => total,
    async start() {
      server = make();
      server.on("error", () => {}); // a client dropping mid-message is not the sink's failure
      await new Promise<void>((resolve, reject) => {
        server!.server.once("error", reject);
        server!.listen(port, "127.0.0.1", () => resolve());
      });
    },
    async stop() {
      const closing = server;
      server = undefined;
      if (closing) await new Promise<void>((resolve) => closing.close(() => resolve()));
    },
  };
}
