// Runs the receiver shown in docs/webhooks.md, as a reader would copy it, and sends it deliveries signed by
// the app's own signer: a correct one is accepted, a wrong secret, a changed body and a stale timestamp are not.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signWebhook } from "./sign-webhook";

const SECRET = "whsec_docs-receiver-test";
let child: ChildProcess;
let url: string;

beforeAll(async () => {
  const markdown = fs.readFileSync(path.join(__dirname, "..", "..", "docs", "webhooks.md"), "utf8");
  const snippet = markdown.match(/```js\n([\s\S]*?)```/)?.[1];
  if (!snippet) throw new Error("docs/webhooks.md has no js receiver");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rightsdesk-receiver-"));
  const file = path.join(dir, "receiver.mjs");
  fs.writeFileSync(file, snippet);
  const port = 20000 + Math.floor(Math.random() * 20000);
  url = `http://127.0.0.1:${port}/`;
  child = spawn(process.execPath, [file], { env: { ...process.env, WEBHOOK_SECRET: SECRET, PORT: String(port) }, stdio: ["ignore", "pipe", "inherit"] });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("listening")) resolve();
    });
    child.once("exit", (code) => reject(new Error(`the receiver exited with ${code}`)));
  });
});
afterAll(() => {
  child?.kill();
});

async function send(body: string, signature: string) {
  const response = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json", "Rightsdesk-Signature": signature }, body });
  return response.status;
}

describe("the receiver in docs/webhooks.md", () => {
  const body = JSON.stringify({ id: randomUUID(), type: "ping", createdAt: new Date().toISOString(), organization: { slug: "t" }, data: {} });

  it("accepts a delivery signed with its secret just now", async () => {
    expect(await send(body, signWebhook(SECRET, body, new Date()))).toBe(204);
  });

  it("refuses a wrong secret, a changed body, a replay older than five minutes and a missing signature", async () => {
    expect(await send(body, signWebhook("whsec_someone-else", body, new Date()))).toBe(401);
    expect(await send(body.replace("ping", "pong"), signWebhook(SECRET, body, new Date()))).toBe(401);
    expect(await send(body, signWebhook(SECRET, body, new Date(Date.now() - 6 * 60_000)))).toBe(401);
    expect(await send(body, "")).toBe(401);
  });
});
