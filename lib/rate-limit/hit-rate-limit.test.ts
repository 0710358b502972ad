import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { hitRateLimit, pruneRateLimits, refundRateLimit } from "./hit-rate-limit";

const key = () => `test:${Math.random().toString(36).slice(2)}`;

describe("hitRateLimit", () => {
  it("allows up to the limit in a window, then says when to come back", async () => {
    const k = key();
    const now = new Date("2026-11-26T10:00:00Z");
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await hitRateLimit({ key: k, max: 3, windowSeconds: 600, now }));
    expect(results.slice(0, 3)).toEqual([
      { allowed: true, remaining: 2, resetSeconds: 600 },
      { allowed: true, remaining: 1, resetSeconds: 600 },
      { allowed: true, remaining: 0, resetSeconds: 600 },
    ]);
    expect(results[3]).toEqual({ allowed: false, retryAfterSeconds: 600, remaining: 0, resetSeconds: 600 });

    const later = new Date(now.getTime() + 240_000);
    expect(await hitRateLimit({ key: k, max: 3, windowSeconds: 600, now: later })).toEqual({ allowed: false, retryAfterSeconds: 360, remaining: 0, resetSeconds: 360 });
  });

  it("starts a new window once the old one has passed", async () => {
    const k = key();
    const now = new Date("2026-11-26T10:00:00Z");
    await hitRateLimit({ key: k, max: 1, windowSeconds: 60, now });
    expect((await hitRateLimit({ key: k, max: 1, windowSeconds: 60, now })).allowed).toBe(false);
    expect((await hitRateLimit({ key: k, max: 1, windowSeconds: 60, now: new Date(now.getTime() + 60_000) })).allowed).toBe(true);
  });

  it("counts concurrent hits exactly", async () => {
    const k = key();
    const now = new Date();
    const results = await Promise.all(Array.from({ length: 10 }, () => hitRateLimit({ key: k, max: 5, windowSeconds: 60, now })));
    expect(results.filter((r) => r.allowed)).toHaveLength(5);
  });

  it("prunes windows that ended long ago", async () => {
    const k = key();
    await hitRateLimit({ key: k, max: 1, windowSeconds: 60, now: new Date("2026-01-01T00:00:00Z") });
    await pruneRateLimits(new Date("2026-01-03T00:00:00Z"));
    const db = await getDb();
    expect(await db.rateLimitBucket.findUnique({ where: { key: k } })).toBeNull();
  });
});

describe("refundRateLimit", () => {
  it("gives back a hit within the current window only", async () => {
    const k = key();
    const now = new Date("2026-11-26T12:00:00Z");
    await hitRateLimit({ key: k, max: 1, windowSeconds: 60, now });
    await refundRateLimit({ key: k, windowSeconds: 60, now });
    expect(await hitRateLimit({ key: k, max: 1, windowSeconds: 60, now })).toEqual({ allowed: true, remaining: 0, resetSeconds: 60 });
    // A refund for a window that has since ended changes nothing.
    await refundRateLimit({ key: k, windowSeconds: 60, now: new Date(now.getTime() + 120_000) });
    expect((await hitRateLimit({ key: k, max: 1, windowSeconds: 60, now })).allowed).toBe(false);
  });
});
