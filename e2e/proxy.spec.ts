// The client's address behind a real reverse proxy: Debian's nginx, configured with the README's "Behind
// nginx" block (read from README.md), in front of the production build, which runs with the setting the
// README pairs with it (TRUST_PROXY=1, scripts/e2e-server.ts). Each client connects to nginx from an address
// of its own on 127.0.0.0/8 and forges X-Forwarded-For; the limits and the audit log must count the address
// nginx saw. Without nginx the spec is skipped on a developer's machine and fails in CI (.ci/run installs it).
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes, randomInt } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { decodeSignInFailure } from "../lib/auth/sign-in-errors";
import { fileAndConfirm, officerOf, signIn } from "./support/staff";

const NGINX = "/usr/sbin/nginx";
const ORG = "opsiq";
// scripts/e2e-server.ts sets RATE_LIMIT_MAX=50 and leaves SIGNIN_RATE_LIMIT_IP_MAX at its default, 30.
const INTAKE_MAX = 50;
const SIGN_IN_IP_MAX = 30;
// nginx reaches the app from this address, as a proxy on a machine of its own would: the app can then tell
// "the address nginx saw" (a client's) from "nginx's own address".
const NGINX_OUTBOUND = "127.0.0.3";
const runId = Date.now().toString(36);

const hasNginx = fs.existsSync(NGINX);
const NO_NGINX = `e2e/proxy.spec.ts skipped: ${NGINX} is not installed. These tests need Debian's nginx (sudo apt-get install -y nginx); CI installs it and fails without it.`;
if (!hasNginx && !process.env.CI) console.warn(NO_NGINX);
test.skip(!hasNginx && !process.env.CI, NO_NGINX);
// One nginx for the file.
test.describe.configure({ mode: "serial" });

let nginx: ChildProcess | undefined;
let prefix = "";
let proxyPort = 0;

/** The `location / { … }` of the README's nginx block, pointed at the test's app. */
function documentedLocation(appPort: number): string {
  const readme = fs.readFileSync(path.resolve("README.md"), "utf8");
  const block = /```nginx\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
  const location = /^( *)location \/ \{\n[\s\S]*?^\1\}/m.exec(block)?.[0];
  if (!location?.includes("proxy_pass http://127.0.0.1:3000;")) {
    throw new Error("README.md's ```nginx block must hold a `location / { … }` that passes to http://127.0.0.1:3000");
  }
  return location.replace("http://127.0.0.1:3000", `http://127.0.0.1:${appPort}`);
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function waitForPort(port: number, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    const isOpen = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, "127.0.0.1", () => {
        socket.end();
        resolve(true);
      });
      socket.once("error", () => resolve(false));
    });
    if (isOpen) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const log = fs.existsSync(path.join(prefix, "error.log")) ? fs.readFileSync(path.join(prefix, "error.log"), "utf8") : "";
  throw new Error(`nginx did not start on 127.0.0.1:${port}:\n${log}`);
}

test.beforeAll(async ({}, testInfo) => {
  if (!hasNginx) throw new Error(`${NGINX} is missing: CI must install Debian's nginx (.ci/run does when it is absent).`);
  const appPort = new URL(testInfo.project.use.baseURL!).port;
  proxyPort = Number(process.env.E2E_PROXY_PORT) || (await freePort());
  prefix = fs.mkdtempSync(path.join(os.tmpdir(), "rightsdesk-nginx-"));
  // Run as root, nginx's workers drop to "nobody", who must reach the temporary directories in here.
  fs.chmodSync(prefix, 0o755);
  const conf = path.join(prefix, "nginx.conf");
  fs.writeFileSync(
    conf,
    `worker_processes 1;
error_log ${prefix}/error.log warn;
events { worker_connections 256; }
http {
  access_log ${prefix}/access.log;
  client_body_temp_path ${prefix}/client_body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  server {
    listen 127.0.0.1:${proxyPort};
    server_name _;
    proxy_bind ${NGINX_OUTBOUND};
${documentedLocation(Number(appPort))}
  }
}
`,
  );
  nginx = spawn(NGINX, ["-e", path.join(prefix, "error.log"), "-p", prefix, "-c", conf, "-g", `daemon off; pid ${prefix}/nginx.pid;`], { stdio: "inherit" });
  await waitForPort(proxyPort, nginx);
});

test.afterAll(async () => {
  if (nginx && nginx.exitCode === null) {
    const exited = new Promise((resolve) => nginx!.once("exit", resolve));
    nginx.kill("SIGQUIT");
    await exited;
  }
  if (prefix) fs.rmSync(prefix, { recursive: true, force: true });
});

/** A client address of its own on loopback (never 127.0.0.1, the browser tests', nor nginx's). */
function loopbackClient(): string {
  return `127.${randomInt(100, 250)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;
}

function forgedAddress(i: number): string {
  return [`203.0.113.${i % 250}`, `2001:db8:${i.toString(16)}::1`, "<script>alert(1)</script>", "unknown", `198.51.100.${i % 250}, 192.0.2.${i % 250}`][i % 5]!;
}

type Reply = { status: number; headers: http.IncomingHttpHeaders; body: string };

/** One request through nginx, sent from the local address `from`. */
function viaNginx(from: string, method: string, pathname: string, headers: Record<string, string>, body?: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: "127.0.0.1", port: proxyPort, localAddress: from, method, path: pathname, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString("utf8") }));
    });
    request.once("error", reject);
    request.end(body);
  });
}

async function file(from: string, forged: string | undefined, n: number): Promise<number> {
  const body = JSON.stringify({ type: "ACCESS", relationship: "account-holder", name: "Rua Proxy", email: `proxy-${runId}-${n}@example.com`, jurisdiction: "NZ" });
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (forged !== undefined) headers["x-forwarded-for"] = forged;
  return (await viaNginx(from, "POST", `/api/v1/orgs/${ORG}/requests`, headers, body)).status;
}

test("a client cannot file past the intake limit by forging X-Forwarded-For, nor break it with an oversized one", async () => {
  test.setTimeout(120_000);
  const client = loopbackClient();
  const statuses: number[] = [];
  // ~6,000 characters (that do not compress) once became the limiter's key, too long for its index: a 500.
  statuses.push(await file(client, randomBytes(3000).toString("hex"), 0));
  for (let i = 1; i < INTAKE_MAX + 5; i++) statuses.push(await file(client, forgedAddress(i), i));
  expect(statuses).toEqual([...Array<number>(INTAKE_MAX).fill(202), ...Array<number>(5).fill(429)]);

  // Another client is counted apart, even one that forges the first one's address.
  expect(await file(loopbackClient(), client, 1000)).toBe(202);
});

/** Failed password sign-ins through nginx from `from`: the code each ends with (INVALID_CREDENTIALS, RATE_LIMITED…). */
async function signInAttempts(from: string, attempts: Array<{ email: string; forged?: string }>): Promise<string[]> {
  const csrf = await viaNginx(from, "GET", "/api/auth/csrf", {});
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const cookie = (csrf.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]).join("; ");
  const codes: string[] = [];
  for (const { email, forged } of attempts) {
    const headers: Record<string, string> = { "content-type": "application/x-www-form-urlencoded", cookie };
    if (forged !== undefined) headers["x-forwarded-for"] = forged;
    const form = new URLSearchParams({ csrfToken, email, password: "not the password", json: "true" }).toString();
    const reply = await viaNginx(from, "POST", "/api/auth/callback/password", headers, form);
    const { url } = JSON.parse(reply.body) as { url: string };
    codes.push(decodeSignInFailure(new URL(url).searchParams.get("error")).code);
  }
  return codes;
}

test("a client cannot sign in past the address limit by forging X-Forwarded-For, nor lock another address out", async () => {
  test.setTimeout(120_000);
  const attacker = loopbackClient();
  const victim = loopbackClient();
  // Each attempt names another account, so only the per-address limit can stop them.
  const spray = (i: number) => `spray-${runId}-${i}@example.com`;
  const attempts = [
    ...Array.from({ length: SIGN_IN_IP_MAX }, (_, i) => ({ email: spray(i), forged: victim })),
    { email: spray(SIGN_IN_IP_MAX), forged: forgedAddress(SIGN_IN_IP_MAX) },
  ];
  expect(await signInAttempts(attacker, attempts)).toEqual([...Array<string>(SIGN_IN_IP_MAX).fill("INVALID_CREDENTIALS"), "RATE_LIMITED"]);
  // The address the attacker named is not the one that used up the allowance.
  expect(await signInAttempts(victim, [{ email: spray(1000) }])).toEqual(["INVALID_CREDENTIALS"]);
});

test("the audit log records the address nginx saw, not the forged header", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const { reference } = await fileAndConfirm(page, { org: ORG, email: `proxy-audit-${runId}@example.com`, relationship: /^I have an OpsIQ account/ });

  // The officer's browser goes through nginx from 127.0.0.1 and sends a forged header with every request.
  const forged = "<b>203.0.113.66</b>";
  const context = await browser.newContext({ baseURL: `http://127.0.0.1:${proxyPort}`, extraHTTPHeaders: { "X-Forwarded-For": forged } });
  await signIn(context, officerOf(ORG));
  const staff = await context.newPage();
  await staff.goto(`/dashboard/${ORG}/requests/by-reference/${reference}`);
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText(`Request ${reference}`);
  await staff.getByRole("button", { name: "Claim this request" }).click();
  await expect(staff.getByText("You have claimed this request.")).toBeVisible();

  const trail = staff.getByRole("table", { name: "Audit trail, oldest first" });
  const claimed = trail.getByRole("row").filter({ hasText: officerOf(ORG).email }).last();
  await expect(claimed).toContainText("IP 127.0.0.1");
  await expect(trail).not.toContainText("203.0.113.66");
  await expect(trail).not.toContainText(NGINX_OUTBOUND);
  await context.close();
});
