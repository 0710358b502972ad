// Delivers pending webhook deliveries, like the email outbox (decision 2): a batch is claimed with FOR UPDATE
// SKIP LOCKED and leased (nextAttemptAt moves past the time the batch can take), so several instances never
// post the same delivery; each result is written only while the lease is still this dispatcher's. A 2xx answer
// delivers; anything else is retried with exponential backoff and jitter (1 min … 12 h, about a day in all)
// and marked FAILED after the last attempt. Every attempt is signed afresh over the stored body.
// No "server-only" import here or in what it uses: the background worker also runs outside Next.js
// (scripts/start.ts, scripts/worker.ts), like the email dispatcher and the reminder sweep.
import { getDb } from "@/lib/db/client";
import { SecretUnreadableError } from "@/lib/crypto/secret-box";
import { openEndpointSecret } from "./endpoint-secret";
import { createPostWebhook, WEBHOOK_TIMEOUT_MS, type PostWebhook } from "./post-webhook";
import { signWebhook } from "./sign-webhook";

/** The wait after attempt n (n = 1 … 7); the 8th failed attempt is the last. */
export const RETRY_DELAYS_MS = [1, 5, 30, 60, 180, 360, 720].map((minutes) => minutes * 60_000);
export const WEBHOOK_MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;
/** ±10 % so that many deliveries failing together do not all come back at the same second. */
export const JITTER = 0.1;
const LEASE_MS = 2 * 60_000;

export function webhookRetryDelayMs(attempts: number, random: () => number = Math.random): number {
  const base = RETRY_DELAYS_MS[Math.min(attempts, RETRY_DELAYS_MS.length) - 1]!;
  return Math.round(base * (1 - JITTER + 2 * JITTER * random()));
}

export const USER_AGENT = "Rightsdesk-Webhooks/1";

export type WebhookDispatchOptions = {
  now: Date;
  limit?: number;
  post?: PostWebhook;
  random?: () => number;
};

export type WebhookDispatchReport = { claimed: number; delivered: number; retrying: number; failed: number };

export async function dispatchWebhooks({ now, limit = 10, post = createPostWebhook(), random = Math.random }: WebhookDispatchOptions): Promise<WebhookDispatchReport> {
  const db = await getDb();
  // Posts run side by side, each bounded by its timeout: the lease outlasts the whole batch.
  const leaseUntil = new Date(now.getTime() + Math.max(LEASE_MS, 3 * WEBHOOK_TIMEOUT_MS));

  const claimed = await db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "WebhookDelivery"
      WHERE status = 'PENDING' AND "nextAttemptAt" <= ${now}
      ORDER BY "nextAttemptAt"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED`;
    const ids = rows.map((r) => r.id);
    if (ids.length === 0) return [];
    await tx.webhookDelivery.updateMany({ where: { id: { in: ids } }, data: { nextAttemptAt: leaseUntil } });
    return tx.webhookDelivery.findMany({
      where: { id: { in: ids } },
      orderBy: { createdAt: "asc" },
      include: { endpoint: { select: { id: true, url: true, enabled: true, secretEncrypted: true } } },
    });
  });

  const report: WebhookDispatchReport = { claimed: claimed.length, delivered: 0, retrying: 0, failed: 0 };
  await Promise.all(
    claimed.map(async (delivery) => {
      const attempts = delivery.attempts + 1;
      const { endpoint } = delivery;
      let outcome: { status?: number; error?: string };
      if (!endpoint.enabled) {
        outcome = { error: "The endpoint was disabled before delivery." };
      } else {
        let secret: string | null = null;
        try {
          secret = openEndpointSecret(endpoint.secretEncrypted, endpoint.id);
        } catch (error) {
          if (!(error instanceof SecretUnreadableError)) throw error;
        }
        if (!secret) outcome = { error: "The signing secret cannot be decrypted (was ENCRYPTION_KEY changed?). Roll the secret." };
        else {
          const result = await post({
            url: endpoint.url,
            body: delivery.payload,
            headers: {
              "Content-Type": "application/json",
              "User-Agent": USER_AGENT,
              "Rightsdesk-Event-Id": delivery.eventId,
              "Rightsdesk-Event-Type": delivery.eventType,
              "Rightsdesk-Signature": signWebhook(secret, delivery.payload, now),
            },
          });
          outcome = result.ok
            ? { status: result.status, ...(result.status >= 200 && result.status < 300 ? {} : { error: `The receiver answered HTTP ${result.status}.` }) }
            : { error: result.error };
        }
      }

      // Only while the lease is ours: a dispatcher that took longer than its lease leaves the row to the next one.
      const mine = { id: delivery.id, status: "PENDING" as const, nextAttemptAt: leaseUntil };
      const common = { attempts, lastAttemptAt: now, lastResponseStatus: outcome.status ?? null };
      if (!outcome.error) {
        await db.webhookDelivery.updateMany({ where: mine, data: { ...common, status: "DELIVERED", deliveredAt: now, lastError: null } });
        report.delivered++;
        return;
      }
      const gaveUp = attempts >= WEBHOOK_MAX_ATTEMPTS || !endpoint.enabled;
      await db.webhookDelivery.updateMany({
        where: mine,
        data: {
          ...common,
          lastError: outcome.error.slice(0, 300),
          status: gaveUp ? "FAILED" : "PENDING",
          nextAttemptAt: gaveUp ? now : new Date(now.getTime() + webhookRetryDelayMs(attempts, random)),
        },
      });
      if (gaveUp) report.failed++;
      else report.retrying++;
    }),
  );
  return report;
}
