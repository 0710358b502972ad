import { describe, expect, it } from "vitest";
import { isStatusLinkExpired, statusLinkEndsAt } from "./status-link-lifetime";

const issued = new Date("2027-01-10T09:00:00Z");
const closed = new Date("2027-02-01T12:00:00Z");
const link = { createdAt: issued, expiresAt: null };

describe("statusLinkEndsAt", () => {
  it("never ends while the request is open", () => {
    expect(statusLinkEndsAt(link, { closedAt: null }, 90)).toBeNull();
    expect(isStatusLinkExpired(link, { closedAt: null }, 90, new Date("2030-01-01T00:00:00Z"))).toBe(false);
  });

  it("ends the given number of days after the request closed", () => {
    expect(statusLinkEndsAt(link, { closedAt: closed }, 90)).toEqual(new Date("2027-05-02T12:00:00Z"));
    expect(isStatusLinkExpired(link, { closedAt: closed }, 90, new Date("2027-05-02T11:59:59Z"))).toBe(false);
    expect(isStatusLinkExpired(link, { closedAt: closed }, 90, new Date("2027-05-02T12:00:00Z"))).toBe(true);
  });

  it("gives a link issued after the closing its own days from its issue", () => {
    const fresh = { createdAt: new Date("2027-06-01T08:00:00Z"), expiresAt: null };
    expect(statusLinkEndsAt(fresh, { closedAt: closed }, 7)).toEqual(new Date("2027-06-08T08:00:00Z"));
  });

  it("ends at the link's own expiry when that comes first", () => {
    const short = { createdAt: issued, expiresAt: new Date("2027-01-11T09:00:00Z") };
    expect(statusLinkEndsAt(short, { closedAt: null }, 90)).toEqual(short.expiresAt);
    expect(statusLinkEndsAt(short, { closedAt: closed }, 90)).toEqual(short.expiresAt);
  });
});
