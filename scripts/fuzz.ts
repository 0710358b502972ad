// `npm run test:fuzz [-- --cases N --seed S --base-url URL]`: sends hostile input (scripts/lib/fuzz-inputs.ts)
// to every public endpoint and form of the built app, started on a free port with a fresh database and an SMTP
// sink (scripts/e2e-server.ts), signed out and, on that server, as one demo organization's officer and admin;
// fails on any 5xx, any refusal without a clear message and any request left without an answer. Prints a summary
// by endpoint. `npm test` runs 1,000 cases with seed 1; the default is 10,000 with a seed printed to replay.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { Secret, TOTP } from "otpauth";
import {
  absurdCursor,
  BAD_PERCENT_ENCODINGS,
  hostileString,
  hostileValue,
  junkHeaders,
  malformedJson,
  mutateObject,
  rawHeaderJunk,
  seededRng,
  withControlCharacter,
  withOneControlCharacter,
  type Rng,
} from "./lib/fuzz-inputs";

/** `raw`: sent byte for byte over a socket, for what fetch refuses to send (control characters in headers). */
type Case = { method: string; path: string; headers?: Record<string, string>; body?: string | FormData | Uint8Array; raw?: boolean };
type Target = { name: string; kind: "api" | "page" | "action" | "auth"; make(rng: Rng): Case };
type Outcome = { target: string; status: number; problem?: string; sample: string };

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const CASES = Number(argValue("--cases") ?? 10_000);
const SEED = Number(argValue("--seed") ?? Math.floor(Math.random() * 2 ** 31));
const CONCURRENCY = 6;
const ORGS = ["opsiq", "opsentry", "opsient", "opsduty", "opscotch"];

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.once("error", reject);
  });
}

async function startServer(): Promise<{ baseUrl: string; child?: ChildProcess }> {
  const given = argValue("--base-url");
  if (given) return { baseUrl: given.replace(/\/+$/, "") };
  if (!fs.existsSync(path.join(".next", "BUILD_ID"))) throw new Error("No build: run `npm run build` first.");
  const port = await freePort();
  const mailDir = fs.mkdtempSync(path.join(os.tmpdir(), "rightsdesk-fuzz-mail-"));
  // The e2e server: a fresh database, an SMTP sink, the built app. Its output is the operator's, not ours.
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/e2e-server.ts"], {
    env: { ...process.env, E2E_PORT: String(port), E2E_MAIL_DIR: mailDir },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error("The app did not start (scripts/e2e-server.ts exited).");
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return { baseUrl, child };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill("SIGTERM");
  throw new Error("The app did not answer /api/health within 3 minutes.");
}

/** Server action ids by exported name, from the build (as the browser learns them from the page). */
function actionIds(): Record<string, string> {
  const manifest = JSON.parse(fs.readFileSync(path.join(".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string }>;
  };
  const ids: Record<string, string> = {};
  for (const [id, entry] of Object.entries(manifest.node)) if (entry.exportedName) ids[entry.exportedName] = id;
  return ids;
}

const validRequest = {
  type: "ACCESS",
  relationship: "account-holder",
  name: "Aroha Ngata",
  email: "aroha@example.com",
  details: "Please send my data.",
  jurisdiction: "NZ",
};

/** URL-encodes text; a lone surrogate cannot be in a URL, so it becomes U+FFFD (bodies still carry them raw). */
function enc(text: string): string {
  return encodeURIComponent(text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD"));
}

function junkToken(rng: Rng): string {
  return enc(rng.chance(0.5) ? hostileString(rng).slice(0, 300) : "A".repeat(43)) || "x";
}

/**
 * The JavaScript call's body, as React 19 encodes it: field "0" holds the arguments, where "$K1" stands for
 * the FormData whose entries follow as "_1_<name>".
 */
function actionForm(args: unknown[], fields: Record<string, string | Blob>): FormData {
  const form = new FormData();
  // The entries come first: the server reads the arguments as they stream in, and finds "$K1" empty otherwise.
  for (const [name, value] of Object.entries(fields)) form.set(`_1_${name}`, value);
  form.set("0", JSON.stringify([...args, "$K1"]));
  return form;
}

/** A relationship each demo organization offers (prisma/seed-data), so a filing can get past that check. */
const RELATIONSHIP_OF: Record<string, string> = { opscotch: "product-user" };
const validRequestFor = (org: string) => ({ ...validRequest, relationship: RELATIONSHIP_OF[org] ?? "account-holder" });

/** A server action called as the browser calls it: POST to the page with Next-Action, args as React encodes them. */
function actionCall(rng: Rng, id: string, pagePath: string, boundArgs: unknown[], fields: Record<string, unknown>): Case {
  const headers = { "Next-Action": id, Accept: "text/x-component", ...junkHeaders(rng) };
  const style = rng.int(4);
  if (style === 0) {
    // JSON args of the wrong shape entirely.
    return { method: "POST", path: pagePath, headers: { ...headers, "Content-Type": "text/plain;charset=UTF-8" }, body: rng.chance(0.5) ? malformedJson(rng, fields) : JSON.stringify([...boundArgs.map(() => hostileValue(rng)), hostileValue(rng), hostileValue(rng)]) };
  }
  const form = new FormData();
  if (style === 1) {
    // The no-JavaScript form post: React's $ACTION fields with the action id and its bound arguments.
    form.set("$ACTION_REF_1", "");
    form.set("$ACTION_1:0", JSON.stringify({ id, bound: "$@1" }));
    form.set("$ACTION_1:1", rng.chance(0.7) ? JSON.stringify([...boundArgs, null]) : hostileString(rng));
    for (const [name, value] of Object.entries(mutateObject(rng, fields))) form.set(name, typeof value === "string" ? value : JSON.stringify(value) ?? "");
    return { method: "POST", path: pagePath, headers: junkHeaders(rng), body: form };
  }
  // The JavaScript call (actionForm), its arguments sometimes not even JSON.
  const args = rng.chance(0.85) ? JSON.stringify([...boundArgs, null, "$K1"]) : hostileString(rng);
  for (const [name, value] of Object.entries(mutateObject(rng, fields))) form.set(`_1_${name}`, typeof value === "string" ? value : JSON.stringify(value) ?? "");
  if (style === 3) form.set("_1_file", new Blob([hostileString(rng)], { type: rng.pick(["image/png", "text/html", "application/x-msdownload"]) }), "../../evil<svg>.png");
  form.set("0", args);
  return { method: "POST", path: pagePath, headers, body: form };
}

// ---------- Signed-in staff ----------

/** Cookies by name, as a browser keeps them between requests. */
type CookieJar = Map<string, string>;

function keepCookies(jar: CookieJar, response: Response): void {
  for (const line of response.headers.getSetCookie()) {
    const pair = line.split(";")[0]!;
    const at = pair.indexOf("=");
    if (at > 0) jar.set(pair.slice(0, at).trim(), pair.slice(at + 1));
  }
}

const cookieHeader = (jar: CookieJar) => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");

/** A demo member's session (the e2e server seeds them), or null when this server has none. */
async function signIn(baseUrl: string, email: string, password: string): Promise<CookieJar | null> {
  const jar: CookieJar = new Map();
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  keepCookies(jar, csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/auth/callback/password`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookieHeader(jar) },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
    redirect: "manual",
  });
  keepCookies(jar, response);
  return [...jar.keys()].some((name) => name.endsWith("session-token")) ? jar : null;
}

/** An admin's session: admins must turn on two-factor authentication first, as a person does on the security page. */
async function signInAdmin(baseUrl: string, ids: Record<string, string>, email: string, password: string): Promise<CookieJar | null> {
  const jar = await signIn(baseUrl, email, password);
  const actionId = ids.enableTwoFactorAction;
  if (!jar || !actionId) return null;
  const page = await (await fetch(`${baseUrl}/account/security?required=1`, { headers: { Cookie: cookieHeader(jar) } })).text();
  const secret = /data-testid="totp-secret"[^>]*>([\s\S]*?)<\/code>/.exec(page)?.[1]?.replace(/<!--.*?-->|[^A-Z2-7]/g, "");
  if (!secret) return null;
  const code = new TOTP({ algorithm: "SHA1", digits: 6, period: 30, secret: Secret.fromBase32(secret) }).generate();
  const enabled = await fetch(`${baseUrl}/account/security`, {
    method: "POST",
    headers: { Cookie: cookieHeader(jar), "Next-Action": actionId, Accept: "text/x-component" },
    body: actionForm([null], { code }),
    redirect: "manual",
  });
  keepCookies(jar, enabled);
  const audit = await fetch(`${baseUrl}/dashboard/${ORGS[0]}/audit`, { headers: { Cookie: cookieHeader(jar) }, redirect: "manual" });
  return audit.status === 200 ? jar : null;
}

type Sessions = { officer: CookieJar | null; admin: CookieJar | null };

/** `c` sent as the member of `jar` (junk cookies dropped), or as nobody when this server gave no session. */
function asMember(jar: CookieJar | null, c: Case): Case {
  if (!jar) return c;
  const headers = Object.fromEntries(Object.entries(c.headers ?? {}).filter(([name]) => name.toLowerCase() !== "cookie"));
  return { ...c, headers: { ...headers, Cookie: cookieHeader(jar) } };
}

/** A GET query string of the app's own filters, with control characters, absurd cursors and broken encoding. */
function hostileQuery(rng: Rng, names: readonly string[]): string {
  const params: string[] = [];
  // One or two filters at a time: a hostile value in one must not be hidden by another that empties the page.
  const chosen = new Set(Array.from({ length: 1 + rng.int(2) }, () => rng.pick(names)));
  for (const name of chosen) {
    const isCursor = name === "after" || name === "before";
    const roll = rng.next();
    const value =
      roll < 0.6
        ? isCursor
          ? absurdCursor(rng)
          : enc(withControlCharacter(rng, rng.pick(["admin", "request.note", "OPSIQ-2026-000001", "2026-01-01", "csv", "a@b.example"])))
        : roll < 0.75
          ? rng.pick(BAD_PERCENT_ENCODINGS)
          : enc(hostileString(rng).slice(0, 300));
    params.push(`${name}=${value}`);
  }
  return params.length ? `?${params.join("&")}` : "";
}

const TEXT_FIELDS = ["name", "details"] as const;

function targets(ids: Record<string, string>, sessions: Sessions): Target[] {
  const id = (name: string) => {
    const found = ids[name];
    if (!found) throw new Error(`Server action ${name} is not in the build`);
    return found;
  };
  return [
    {
      name: "POST /api/v1/orgs/{org}/requests",
      kind: "api",
      make: (rng) => {
        const org = rng.chance(0.85) ? rng.pick(ORGS) : junkToken(rng);
        return {
          method: "POST",
          path: `/api/v1/orgs/${org}/requests`,
          headers: { "Content-Type": rng.pick(["application/json", "application/json", "text/plain", "application/json; charset=latin1", "multipart/form-data"]), ...junkHeaders(rng) },
          body: malformedJson(rng, validRequestFor(org)),
        };
      },
    },
    {
      name: "REST API with junk keys",
      kind: "api",
      make: (rng) => {
        const org = rng.pick(ORGS);
        const requestId = rng.chance(0.5) ? crypto.randomUUID() : junkToken(rng);
        const [method, suffix] = rng.pick([
          ["GET", `requests?${new URLSearchParams({ status: hostileString(rng).slice(0, 200), limit: String(hostileValue(rng)), cursor: hostileString(rng).slice(0, 200) })}`],
          ["GET", `requests/${requestId}`],
          ["POST", `requests/${requestId}/actions`],
          ["POST", `requests/${requestId}/replies`],
          ["POST", `requests/${requestId}/files`],
          ["GET", `exports/requests?from=${enc(hostileString(rng).slice(0, 100))}`],
        ] as const);
        const auth = rng.pick(["", "Bearer ", `Bearer rdk_${"A".repeat(43)}`, `Bearer ${hostileString(rng).replace(/[^\x20-\x7e]/g, "").slice(0, 500)}`, "Basic YTpi", `Bearer rdk_${hostileString(rng).replace(/[^\x20-\x7e]/g, "x").slice(0, 60)}`]);
        return {
          method,
          path: `/api/v1/orgs/${org}/${suffix}`,
          headers: { ...(auth ? { Authorization: auth } : {}), "Content-Type": "application/json", ...junkHeaders(rng) },
          body: method === "POST" ? malformedJson(rng, { action: "claim", message: "hello" }) : undefined,
        };
      },
    },
    {
      name: "GET /api/v1/openapi.json, /api/health",
      kind: "api",
      make: (rng) => ({ method: rng.pick(["GET", "HEAD"]), path: `${rng.pick(["/api/v1/openapi.json", "/api/health"])}?${enc(hostileString(rng).slice(0, 500))}`, headers: junkHeaders(rng) }),
    },
    {
      name: "portal request form (action)",
      kind: "action",
      make: (rng) => {
        const org = rng.pick(ORGS);
        return actionCall(rng, id("submitRequestAction"), `/${org}/request`, [org], validRequestFor(org));
      },
    },
    {
      name: "embedded form (action)",
      kind: "action",
      make: (rng) => {
        const org = rng.pick(ORGS);
        return actionCall(rng, id("submitEmbeddedRequestAction"), `/embed/${org}`, [org], validRequestFor(org));
      },
    },
    {
      name: "status page answer (action)",
      kind: "action",
      make: (rng) => {
        const org = rng.pick(ORGS);
        const token = "A".repeat(43);
        return actionCall(rng, id("answerAction"), `/${org}/status/${token}`, [org, rng.chance(0.7) ? token : hostileValue(rng)], { answer: "my answer" });
      },
    },
    {
      name: "sign-in link (action)",
      kind: "action",
      make: (rng) => actionCall(rng, id("requestSignInLinkAction"), "/sign-in", [], { email: "nobody@example.com" }),
    },
    {
      name: "sign-in destination (action)",
      kind: "action",
      make: (rng) => actionCall(rng, id("signInDestinationAction"), "/sign-in", [hostileString(rng).slice(0, 2000)], {}),
    },
    {
      name: "invitation: create account (action)",
      kind: "action",
      make: (rng) => {
        const token = junkToken(rng);
        return actionCall(rng, id(rng.chance(0.5) ? "createAccountAction" : "joinAction"), `/invitations/${token}`, [token], { name: "Ana", password: "correct horse battery", confirm: "correct horse battery" });
      },
    },
    {
      name: "staff actions without a session",
      kind: "action",
      make: (rng) => {
        const org = rng.pick(ORGS);
        const name = rng.pick(["replyAction", "claimAction", "denyAction", "revealSubjectAction", "inviteAction", "saveProfileAction", "createApiKeyAction", "createEndpointAction", "createOrganizationAction", "enableTwoFactorAction"]);
        return actionCall(rng, id(name), `/dashboard/${org}/queue`, [org, crypto.randomUUID()], { message: "hi", email: "a@b.example" });
      },
    },
    {
      name: "portal pages, verify, status, file, logo",
      kind: "page",
      make: (rng) => {
        const org = rng.chance(0.8) ? rng.pick(ORGS) : junkToken(rng);
        const token = junkToken(rng);
        const query = rng.chance(0.5) ? `?${enc(hostileString(rng).slice(0, 300))}=${enc(hostileString(rng).slice(0, 300))}` : "";
        const page = rng.pick([`/${org}`, `/${org}/request`, `/${org}/request/sent`, `/${org}/verify/${token}`, `/${org}/verify-result`, `/${org}/status/${token}`, `/${org}/status/${token}/files/${junkToken(rng)}`, `/${org}/logo`, `/embed/${org}`, `/embed/${org}/sent`, `/${junkToken(rng)}`]);
        return { method: rng.pick(["GET", "GET", "HEAD"]), path: `${page}${query}`, headers: junkHeaders(rng) };
      },
    },
    {
      name: "sign-in and invitation pages",
      kind: "page",
      make: (rng) => ({
        method: "GET",
        path: rng.pick([
          `/sign-in?callbackUrl=${enc(hostileString(rng).slice(0, 1000))}&error=${enc(hostileString(rng).slice(0, 200))}`,
          `/sign-in/link/${junkToken(rng)}`,
          `/invitations/${junkToken(rng)}`,
          `/dashboard/${junkToken(rng)}/requests/${junkToken(rng)}`,
        ]),
        headers: junkHeaders(rng),
      }),
    },
    {
      name: "next-auth (/api/auth/*)",
      kind: "auth",
      make: (rng) => {
        const [method, endpoint] = rng.pick([
          ["POST", "callback/password"],
          ["POST", "callback/email-link"],
          ["POST", "signin/password"],
          ["POST", "signout"],
          ["GET", "csrf"],
          ["GET", "session"],
          ["GET", "providers"],
          ["GET", `signin?callbackUrl=${enc(hostileString(rng).slice(0, 500))}`],
          ["GET", `error?error=${enc(hostileString(rng).slice(0, 500))}`],
          ["GET", junkToken(rng)],
        ] as const);
        const fields = mutateObject(rng, { csrfToken: "x".repeat(64), email: "officer@opsiq.example", password: "wrong", code: "123456", token: "A".repeat(43), json: "true", callbackUrl: "/dashboard" });
        const body = new URLSearchParams(Object.entries(fields).map(([k, v]) => [k, typeof v === "string" ? v : JSON.stringify(v) ?? ""]));
        return {
          method,
          path: `/api/auth/${endpoint}`,
          headers: method === "POST" ? { "Content-Type": rng.pick(["application/x-www-form-urlencoded", "application/json", "text/plain"]), ...junkHeaders(rng) } : junkHeaders(rng),
          body: method === "POST" ? (rng.chance(0.8) ? body.toString() : malformedJson(rng, fields)) : undefined,
        };
      },
    },
    {
      // Every other field right, so the text reaches the database unless the schema refuses it.
      name: "one control character in valid free text",
      kind: "api",
      make: (rng): Case => {
        const org = rng.pick(ORGS);
        const tainted = withOneControlCharacter(rng, validRequestFor(org), TEXT_FIELDS);
        const channel = rng.int(3);
        if (channel === 0) {
          return { method: "POST", path: `/api/v1/orgs/${org}/requests`, headers: { "Content-Type": "application/json" }, body: JSON.stringify({ ...tainted, email: `fuzz-${rng.int(1e9)}@example.com` }) };
        }
        // The portal and the embedded form, called as the browser's JavaScript calls them.
        const form = actionForm([org, null], tainted);
        const [action, page] = channel === 1 ? ["submitRequestAction", `/${org}/request`] : ["submitEmbeddedRequestAction", `/embed/${org}`];
        return { method: "POST", path: page, headers: { "Next-Action": ids[action]!, Accept: "text/x-component" }, body: form };
      },
    },
    {
      name: "broken percent-encoding in the path",
      kind: "api",
      make: (rng) => {
        const bad = rng.pick(BAD_PERCENT_ENCODINGS);
        const org = rng.pick(ORGS);
        const path = rng.pick([`/${bad}`, `/dashboard/${bad}`, `/api/v1/orgs/${bad}/requests`, `/${org}/status/${bad}`, `/dashboard/${org}/requests/${bad}`, `/api/v1/orgs/${org}/requests/${bad}`, `/embed/${bad}`]);
        return { method: rng.pick(["GET", "GET", "HEAD", "POST"]), path, headers: { "Content-Type": "application/json", ...junkHeaders(rng) }, body: undefined };
      },
    },
    {
      name: "header values with control characters (raw socket)",
      kind: "api",
      make: (rng) => {
        const header = rng.pick(["X-Request-Id", "Accept-Language", "Idempotency-Key", "Authorization", "User-Agent", "Cookie"]);
        const [method, path] = rng.pick([
          ["POST", `/api/v1/orgs/${rng.pick(ORGS)}/requests`],
          ["GET", `/api/v1/orgs/${rng.pick(ORGS)}/requests`],
          ["GET", "/api/health"],
          ["GET", "/api/v1/openapi.json"],
        ] as const);
        return { method, path, raw: true, headers: { [header]: rawHeaderJunk(rng), "Content-Type": "application/json" }, body: method === "POST" ? JSON.stringify(validRequest) : undefined };
      },
    },
    {
      name: "signed-in officer: queue query strings and recorded requests",
      kind: "page",
      make: (rng) => {
        const org = ORGS[0]!;
        if (rng.chance(0.3)) {
          const fields = withOneControlCharacter(rng, { ...validRequestFor(org), channel: "EMAIL", identityNote: "Called from the number on file." }, [...TEXT_FIELDS, "identityNote"]);
          const form = actionForm([org, null], fields);
          return asMember(sessions.officer, { method: "POST", path: `/dashboard/${org}/requests/new`, headers: { "Next-Action": ids.recordRequestAction!, Accept: "text/x-component" }, body: form });
        }
        const sort = rng.pick(["", "sort=received&", "sort=due&"]);
        const query = hostileQuery(rng, ["after", "before", "q", "status", "assignee", "due", "type", "queue"]);
        return asMember(sessions.officer, { method: "GET", path: `/dashboard/${org}/queue${query ? `${query}&${sort}` : `?${sort}`}`, headers: junkHeaders(rng) });
      },
    },
    {
      name: "signed-in admin: audit log and export query strings",
      kind: "page",
      make: (rng) => {
        const org = ORGS[0]!;
        const [page, names] = rng.pick([
          ["audit", ["actor", "action", "request", "from", "to", "after", "before"]],
          ["export/audit", ["format", "actor", "action", "request", "from", "to"]],
          ["export/requests", ["format", "q", "status", "after", "view", "from", "to", "identifiers"]],
          ["export", ["view", "from", "to", "format"]],
        ] as const);
        const query = hostileQuery(rng, names);
        // Exports need a format to start: give one most of the time, so the filters are what is tried.
        const format = page.startsWith("export/") && rng.chance(0.8) ? `${query ? "&" : "?"}format=csv` : "";
        return asMember(sessions.admin, { method: "GET", path: `/dashboard/${org}/${page}${query}${format}`, headers: junkHeaders(rng) });
      },
    },
  ];
}

/** What is wrong with the answer, if anything: a 5xx, or a refusal that does not say why. */
function problemWith(target: Target, status: number, contentType: string, body: string | null): string | undefined {
  if (status >= 500) return `answered ${status}`;
  // An answer to HEAD has no body to say why: its status is all there is to judge.
  if (status < 400 || body === null) return undefined;
  if (target.kind === "api") {
    try {
      const message = (JSON.parse(body) as { error?: { message?: unknown } }).error?.message;
      return typeof message === "string" && message.length > 0 ? undefined : "refusal without error.message";
    } catch {
      return `refusal is not JSON (${contentType || "no content type"})`;
    }
  }
  // Pages, actions and next-auth: a human-readable page or message, not an empty answer.
  return body.trim().length > 0 || target.kind === "auth" ? undefined : "empty refusal";
}

/** `c` written to a socket as it is, for header values fetch will not send; the answer read back. */
async function sendRaw(baseUrl: string, c: Case): Promise<{ status: number; contentType: string; body: string }> {
  const { hostname, port } = new URL(baseUrl);
  const body = typeof c.body === "string" ? Buffer.from(c.body) : Buffer.alloc(0);
  const head = [`${c.method} ${c.path} HTTP/1.1`, `Host: ${hostname}:${port}`, "Connection: close", `Content-Length: ${body.length}`];
  for (const [name, value] of Object.entries(c.headers ?? {})) head.push(`${name}: ${value}`);
  const answer = await new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = net.connect(Number(port), hostname, () => socket.end(Buffer.concat([Buffer.from(`${head.join("\r\n")}\r\n\r\n`, "latin1"), body])));
    socket.setTimeout(60_000, () => socket.destroy(new Error("timed out")));
    socket.on("data", (chunk: Buffer) => chunks.push(chunk));
    socket.on("end", () => resolve(Buffer.concat(chunks)));
    socket.on("error", reject);
  });
  const text = answer.toString("latin1");
  const split = text.indexOf("\r\n\r\n");
  const headers = text.slice(0, split);
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(headers)?.[1] ?? 0);
  let rest = answer.subarray(split + 4);
  if (/^transfer-encoding:\s*chunked/im.test(headers)) {
    const parts: Buffer[] = [];
    for (;;) {
      const lineEnd = rest.indexOf("\r\n");
      const size = parseInt(rest.subarray(0, lineEnd).toString("latin1"), 16);
      if (!size) break;
      parts.push(rest.subarray(lineEnd + 2, lineEnd + 2 + size));
      rest = rest.subarray(lineEnd + 2 + size + 2);
    }
    rest = Buffer.concat(parts);
  }
  return { status, contentType: /^content-type:\s*(.*)$/im.exec(headers)?.[1]?.trim() ?? "", body: rest.toString("utf8") };
}

/** fetch says only "fetch failed": the cause (a reset, a closed socket, a timeout) is what helps. */
function whyNoAnswer(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return [(error as Error).message, cause?.code ?? cause?.message].filter(Boolean).join(": ");
}

async function send(baseUrl: string, target: Target, c: Case): Promise<Outcome> {
  const sample = `${c.method} ${c.path.slice(0, 120)}`;
  if (c.raw) {
    try {
      const answer = await sendRaw(baseUrl, c);
      const headerSample = JSON.stringify(c.headers ?? {}).slice(0, 120);
      return { target: target.name, status: answer.status, problem: problemWith(target, answer.status, answer.contentType, c.method === "HEAD" ? null : answer.body), sample: `${sample} ${headerSample}` };
    } catch (error) {
      return { target: target.name, status: 0, problem: `no answer: ${whyNoAnswer(error)}`, sample };
    }
  }
  try {
    const response = await fetch(`${baseUrl}${c.path}`, {
      method: c.method,
      headers: c.headers,
      body: c.body as BodyInit | undefined,
      redirect: "manual",
      signal: AbortSignal.timeout(60_000),
    });
    const body = c.method === "HEAD" ? null : await response.text();
    return { target: target.name, status: response.status, problem: problemWith(target, response.status, response.headers.get("content-type") ?? "", body), sample };
  } catch (error) {
    return { target: target.name, status: 0, problem: `no answer: ${whyNoAnswer(error)}`, sample };
  }
}

async function main(): Promise<number> {
  const started = Date.now();
  const ids = actionIds();
  const { baseUrl, child } = await startServer();
  // The demo organizations' seeded members, on our own throwaway server only: signing the admin in turns on their
  // two-factor authentication, which must not happen to a database someone uses (--base-url is fuzzed signed out).
  const sessions: Sessions = child
    ? {
        officer: await signIn(baseUrl, `officer@${ORGS[0]}.example`, "rightsdesk-officer"),
        admin: await signInAdmin(baseUrl, ids, `admin@${ORGS[0]}.example`, "rightsdesk-admin"),
      }
    : { officer: null, admin: null };
  console.log(`Signed in: officer ${sessions.officer ? "yes" : "no"}, admin ${sessions.admin ? "yes" : "no"}.`);
  const all = targets(ids, sessions);
  console.log(`Fuzzing ${baseUrl}: ${CASES.toLocaleString("en")} cases, seed ${SEED} (replay: --cases ${CASES} --seed ${SEED})`);
  const rng = seededRng(SEED);
  // Cases are generated up front, in order, so a seed always means the same cases whatever the timing.
  const cases = Array.from({ length: CASES }, (_, i) => {
    const target = all[i % all.length]!;
    return { target, c: target.make(rng) };
  });
  const outcomes: Outcome[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < cases.length) {
        const { target, c } = cases[next++]!;
        outcomes.push(await send(baseUrl, target, c));
      }
    }),
  );
  if (child) {
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
  }

  const rows = all.map((t) => {
    const mine = outcomes.filter((o) => o.target === t.name);
    const count = (test: (s: number) => boolean) => mine.filter((o) => test(o.status)).length;
    return [t.name, String(mine.length), String(count((s) => s >= 200 && s < 400)), String(count((s) => s >= 400 && s < 500)), String(count((s) => s >= 500 || s === 0)), String(mine.filter((o) => o.problem).length)];
  });
  const header = ["endpoint", "cases", "2xx/3xx", "4xx", "5xx", "problems"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  for (const row of [header, widths.map((w) => "-".repeat(w)), ...rows]) console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  "));
  const problems = outcomes.filter((o) => o.problem);
  // A few of each endpoint's problems, one per method and path, so one noisy address does not hide the others.
  for (const t of all) {
    const seen = new Set<string>();
    const distinct = problems.filter((o) => o.target === t.name && !seen.has(o.sample.split("?")[0]!) && seen.add(o.sample.split("?")[0]!));
    for (const p of distinct.slice(0, 4)) console.log(`  ✗ ${p.target}: ${p.problem} — ${p.sample}`);
  }
  console.log(`${problems.length === 0 ? "Fuzz passed" : "Fuzz FAILED"}: ${outcomes.length} cases, ${problems.length} problems, ${Math.round((Date.now() - started) / 1000)} s (seed ${SEED}).`);
  return problems.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`fuzz: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
