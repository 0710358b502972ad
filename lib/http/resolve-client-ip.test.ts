import { describe, expect, it } from "vitest";
import { normalizeIp } from "./normalize-ip";
import { parseTrustProxy, resolveClientIp, type TrustProxy } from "./resolve-client-ip";

function trust(raw: string | undefined): TrustProxy {
  const parsed = parseTrustProxy(raw);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.trust;
}

const resolve = (setting: string | undefined, remoteAddress: string | undefined, forwardedFor?: string | string[]) =>
  resolveClientIp({ remoteAddress, forwardedFor, trust: trust(setting) });

describe("normalizeIp", () => {
  it("writes each address one way", () => {
    expect(normalizeIp("192.0.2.1")).toBe("192.0.2.1");
    expect(normalizeIp(" 192.0.2.1 ")).toBe("192.0.2.1");
    expect(normalizeIp("::ffff:192.0.2.1")).toBe("192.0.2.1");
    expect(normalizeIp("::FFFF:c000:0201")).toBe("192.0.2.1");
    expect(normalizeIp("2001:DB8:0:0:0:0:0:1")).toBe("2001:db8::1");
    expect(normalizeIp("2001:0db8:0000:0001:0000:0000:0000:0001")).toBe("2001:db8:0:1::1");
    expect(normalizeIp("[2001:db8::1]")).toBe("2001:db8::1");
    expect(normalizeIp("fe80::1%eth0")).toBe("fe80::1");
    expect(normalizeIp("::")).toBe("::");
    expect(normalizeIp("::1")).toBe("::1");
    expect(normalizeIp("1:0:0:2:0:0:0:3")).toBe("1:0:0:2::3");
    expect(normalizeIp("1:0:2:3:4:5:6:7")).toBe("1:0:2:3:4:5:6:7");
    expect(normalizeIp("64:ff9b::192.0.2.33")).toBe("64:ff9b::c000:221");
  });

  it("refuses what is not an address", () => {
    for (const junk of ["", "unknown", "<script>alert(1)</script>", "192.0.2.1:443", "01.2.3.4", "256.0.0.1", "example.com", "::1%<b>", "1".repeat(6000)]) {
      expect(normalizeIp(junk), junk.slice(0, 40)).toBeNull();
    }
  });
});

describe("parseTrustProxy", () => {
  it("reads false, true, a hop count, and lists of addresses, ranges and names", () => {
    for (const off of [undefined, "", "false", "no", "0"]) expect(trust(off)).toEqual({ kind: "none" });
    expect(trust("true")).toEqual({ kind: "hops", hops: 1 });
    expect(trust("1")).toEqual({ kind: "hops", hops: 1 });
    expect(trust("2")).toEqual({ kind: "hops", hops: 2 });
    expect(trust("loopback, 10.0.0.0/8, 2001:db8::/32, 192.0.2.7").kind).toBe("addresses");
  });

  it("refuses anything else with a message that says what would do", () => {
    for (const bad of ["maybe", "10.0.0.0/33", "10.0.0.0/8/8", "::1/129", "10.0.0.0/-1", "10.0.0.0/255.0.0.0", "loopback,localhost", "101"]) {
      const parsed = parseTrustProxy(bad);
      expect(parsed.ok, bad).toBe(false);
      if (!parsed.ok) expect(parsed.message).toMatch(/^TRUST_PROXY must be false, true \(one proxy\), the number of proxies/);
    }
  });
});

describe("resolveClientIp", () => {
  it("uses the socket's address and ignores X-Forwarded-For when no proxy is trusted", () => {
    expect(resolve("false", "198.51.100.4", "203.0.113.9")).toBe("198.51.100.4");
    expect(resolve(undefined, "::ffff:198.51.100.4")).toBe("198.51.100.4");
    expect(resolve("false", undefined)).toBe("unknown");
  });

  it("behind one proxy, takes the entry that proxy appended: the right-most, whatever the client wrote before it", () => {
    // nginx's $proxy_add_x_forwarded_for appends the peer it saw to what the client sent.
    expect(resolve("1", "127.0.0.1", "6.6.6.6, 198.51.100.4")).toBe("198.51.100.4");
    expect(resolve("true", "127.0.0.1", "198.51.100.4")).toBe("198.51.100.4");
    expect(resolve("1", "127.0.0.1", ["6.6.6.6", "198.51.100.4"])).toBe("198.51.100.4");
    expect(resolve("1", "127.0.0.1", "2001:DB8::0:1")).toBe("2001:db8::1");
    // A direct request, with no header: the socket is the client.
    expect(resolve("1", "198.51.100.4")).toBe("198.51.100.4");
  });

  it("behind two proxies, walks two entries from the right", () => {
    expect(resolve("2", "10.0.0.2", "6.6.6.6, 198.51.100.4, 10.0.0.1")).toBe("198.51.100.4");
    // Fewer entries than hops: the left-most there is.
    expect(resolve("2", "10.0.0.2", "198.51.100.4")).toBe("198.51.100.4");
  });

  it("with a list, skips trusted proxies from the right and stops at the first address that is not one", () => {
    const setting = "loopback, 10.0.0.0/8, fd00::/8";
    expect(resolve(setting, "127.0.0.1", "6.6.6.6, 198.51.100.4, 10.1.2.3")).toBe("198.51.100.4");
    expect(resolve(setting, "::1", "6.6.6.6, 2001:db8::5, fd00::1")).toBe("2001:db8::5");
    expect(resolve(setting, "::ffff:10.0.0.2", "198.51.100.4")).toBe("198.51.100.4");
    // Every hop trusted: the left-most address is as far as anyone can tell.
    expect(resolve(setting, "127.0.0.1", "10.0.0.5, 10.0.0.6")).toBe("10.0.0.5");
    // A peer that is not a trusted proxy is the client, whatever header it sends.
    expect(resolve(setting, "198.51.100.4", "10.0.0.5")).toBe("198.51.100.4");
    expect(resolve("192.0.2.7", "192.0.2.7", "198.51.100.4")).toBe("198.51.100.4");
    expect(resolve("192.0.2.7", "192.0.2.8", "198.51.100.4")).toBe("192.0.2.8");
    expect(resolve("::ffff:10.0.0.0/104", "10.9.9.9", "198.51.100.4")).toBe("198.51.100.4");
  });

  it("never returns an entry that is not an address, and believes nothing left of it", () => {
    const markup = "<img src=x onerror=alert(1)>";
    expect(resolve("1", "127.0.0.1", markup)).toBe("127.0.0.1");
    expect(resolve("2", "10.0.0.2", `198.51.100.4, ${markup}`)).toBe("10.0.0.2");
    expect(resolve("loopback", "127.0.0.1", "198.51.100.4, unknown, 127.0.0.2")).toBe("127.0.0.2");
    expect(resolve("1", "127.0.0.1", "198.51.100.4,")).toBe("127.0.0.1");
    // ~6,000 characters (what made the rate limiter's key overflow its index): a short address comes out.
    expect(resolve("1", "127.0.0.1", `${"9".repeat(6000)}, 198.51.100.4`)).toBe("198.51.100.4");
    expect(resolve("1", "127.0.0.1", "9".repeat(6000))).toBe("127.0.0.1");
  });
});
