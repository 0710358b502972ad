// Data the browser tests need but cannot make through the app in real time, written into the e2e database
// before the app starts (scripts/e2e-server.ts runs this): a request of Opscotch filed 140 days ago, closed
// 100 days ago, so its status link has expired (90 days after closing). The link goes to a file beside the
// mail (e2e/support/aged-request.ts reads it). Migrates and seeds first, as `npm start` would.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

// lib/ modules import "server-only": run this file again under the "react-server" condition (as org-create does).
if (!process.execArgv.includes("--conditions=react-server")) {
  const self = fileURLToPath(import.meta.url);
  const child = spawnSync(process.execPath, ["--conditions=react-server", ...process.execArgv, self, ...process.argv.slice(2)], { stdio: "inherit" });
  process.exit(child.status ?? 1);
}

const { getEnv } = await import("../lib/env");
const { closeDb, getConnection, getDb } = await import("../lib/db/client");
const { migrate } = await import("../lib/db/migrate");
const { seedDemo } = await import("../prisma/seed");
const { fileRequest } = await import("../lib/requests/file-request");
const { verifyRequest } = await import("../lib/requests/verify-request");
const { AGED_REQUEST, agedRequestFile } = await import("../e2e/support/aged-request");

const DAY = 86_400_000;

async function main() {
  const env = getEnv();
  await migrate(await getConnection());
  const db = await getDb();
  await seedDemo(db, { withDevUsers: env.APP_ENV !== "production" });

  const filedAt = new Date(Date.now() - 140 * DAY);
  const filed = await fileRequest({
    orgSlug: AGED_REQUEST.orgSlug,
    raw: { type: "ACCESS", relationship: AGED_REQUEST.relationship, name: "Tane Aged", email: AGED_REQUEST.email, jurisdiction: "NZ" },
    channel: "WEB",
    ip: "192.0.2.10",
    now: filedAt,
  });
  if (filed.kind !== "accepted") throw new Error(`Filing the aged request failed: ${JSON.stringify(filed)}`);
  const [email] = await db.outboxEmail.findMany({ where: { toAddress: AGED_REQUEST.email }, orderBy: { createdAt: "desc" }, take: 1 });
  const verifyToken = email?.textBody.match(/\/verify\/([A-Za-z0-9_-]{43})/)?.[1];
  if (!verifyToken) throw new Error("No verification link for the aged request");
  const verified = await verifyRequest({ orgSlug: AGED_REQUEST.orgSlug, token: verifyToken, now: new Date(filedAt.getTime() + 60_000) });
  if (verified.outcome !== "verified") throw new Error(`Verifying the aged request failed: ${verified.outcome}`);
  // Closed as a denial would close it, 100 days ago (the domain's own actions take a staff member and today).
  const closedAt = new Date(Date.now() - 100 * DAY);
  await db.privacyRequest.updateMany({
    where: { reference: verified.reference, organization: { slug: AGED_REQUEST.orgSlug } },
    data: { status: "DENIED", denialReason: "We hold no personal data about you.", closedAt },
  });
  // Its emails went out long ago: the sink should not receive them now.
  await db.outboxEmail.updateMany({ where: { toAddress: AGED_REQUEST.email }, data: { status: "SENT", sentAt: filedAt } });
  fs.mkdirSync(path.dirname(agedRequestFile()), { recursive: true });
  fs.writeFileSync(agedRequestFile(), JSON.stringify({ reference: verified.reference, statusToken: verified.statusToken }));
  console.log(`[e2e-arrange] ${verified.reference}: closed 100 days ago`);
}

try {
  await main();
} finally {
  await closeDb();
}
