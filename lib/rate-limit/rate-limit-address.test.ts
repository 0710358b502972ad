import { describe, expect, it } from "vitest";
import { rateLimitAddress } from "./rate-limit-address";

describe("rateLimitAddress", () => {
  it("counts an IPv4 client by its address", () => {
    expect(rateLimitAddress("203.0.113.7")).toBe("203.0.113.7");
    expect(rateLimitAddress("203.0.113.8")).not.toBe(rateLimitAddress("203.0.113.7"));
  });

  it("counts every address of one IPv6 /64 as one client, and another /64 apart", () => {
    expect(rateLimitAddress("2001:db8:1:2::1")).toBe("2001:db8:1:2::/64");
    expect(rateLimitAddress("2001:db8:1:2:ffff:ffff:ffff:ffff")).toBe("2001:db8:1:2::/64");
    expect(rateLimitAddress("2001:db8:1:3::1")).toBe("2001:db8:1:3::/64");
    expect(rateLimitAddress("::1")).toBe("::/64");
    expect(rateLimitAddress("fe80::1")).toBe("fe80::/64");
  });

  it("leaves an unknown address as it is", () => {
    expect(rateLimitAddress("unknown")).toBe("unknown");
  });
});
