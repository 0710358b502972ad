import { describe, expect, it } from "vitest";
import { backoffDelaySeconds, hitBackoffLimit } from "./hit-backoff-limit";

const key = () => `test-backoff:${Math.random().toString(36).slice(2)}`;
const at = (base: Date, seconds: number) => new Date(base.getTime() + seconds * 1000);

describe("backoffDelaySeconds", () => {
  it("is nothing below the limit, then doubles with each hit over it, up to the window", () => {
    const delays = [0, 1, 2, 3, 4, 5, 20].map((over) => backoffDelaySeconds({ count: 3 + over - 1, max: 3, windowSeconds: 600 }));
    expect(delays).toEqual([0, 2, 4, 8, 16, 32, 600]);
    expect(backoffDelaySeconds({ count: 10_000, max: 3, windowSeconds: 600 })).toBe(600);
  });
});

describe("hitBackoffLimit", () => {
  it("lets `max` hits through at once, then refuses until a delay that grows, without counting refusals", async () => {
    const k = key();
    const now = new Date("2026-12-04T10:00:00Z");
    const hit = (t: Date) => hitBackoffLimit({ key: k, max: 3, windowSeconds: 600, now: t });
    for (let i = 1; i <= 3; i++) expect(await hit(now)).toEqual({ allowed: true, count: i });
    expect(await hit(now)).toEqual({ allowed: false, retryAfterSeconds: 2 });
    // Hammering while refused changes nothing.
    expect(await hit(at(now, 1))).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(await hit(at(now, 2))).toEqual({ allowed: true, count: 4 });
    expect(await hit(at(now, 2))).toEqual({ allowed: false, retryAfterSeconds: 4 });
    expect(await hit(at(now, 6))).toEqual({ allowed: true, count: 5 });
    expect(await hit(at(now, 6))).toEqual({ allowed: false, retryAfterSeconds: 8 });
  });

  it("never makes anyone wait past the end of the window, and starts afresh after it", async () => {
    const k = key();
    const now = new Date("2026-12-04T11:00:00Z");
    const hit = (t: Date) => hitBackoffLimit({ key: k, max: 1, windowSeconds: 10, now: t });
    expect(await hit(now)).toEqual({ allowed: true, count: 1 });
    expect(await hit(at(now, 2))).toEqual({ allowed: true, count: 2 });
    expect(await hit(at(now, 6))).toEqual({ allowed: true, count: 3 });
    // 8 s after the last hit would be 14 s; the window ends at 10 s.
    expect(await hit(at(now, 7))).toEqual({ allowed: false, retryAfterSeconds: 3 });
    expect(await hit(at(now, 10))).toEqual({ allowed: true, count: 1 });
  });

  it("lets exactly `max` of many parallel hits through", async () => {
    const k = key();
    const now = new Date();
    const results = await Promise.all(Array.from({ length: 8 }, () => hitBackoffLimit({ key: k, max: 5, windowSeconds: 60, now })));
    expect(results.filter((r) => r.allowed)).toHaveLength(5);
    expect(results.filter((r) => !r.allowed)).toEqual(Array(3).fill({ allowed: false, retryAfterSeconds: 2 }));
  });
});
