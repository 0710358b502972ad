import { afterEach, describe, expect, it, vi } from "vitest";

async function envWith(trustProxy: string) {
  process.env.TRUST_PROXY = trustProxy;
  vi.resetModules();
  return (await import("./env")).getEnv;
}

afterEach(() => {
  delete process.env.TRUST_PROXY;
  vi.resetModules();
});

describe("TRUST_PROXY", () => {
  it("keeps `true` working as one proxy, and reads hop counts and address lists", async () => {
    expect((await envWith("true"))().TRUST_PROXY).toEqual({ kind: "hops", hops: 1 });
    expect((await envWith("2"))().TRUST_PROXY).toEqual({ kind: "hops", hops: 2 });
    expect((await envWith("false"))().TRUST_PROXY).toEqual({ kind: "none" });
    expect((await envWith("loopback, 10.0.0.0/8"))().TRUST_PROXY.kind).toBe("addresses");
  });

  it("stops the app with a message naming the setting and what it accepts", async () => {
    const getEnv = await envWith("10.0.0.0/33");
    expect(() => getEnv()).toThrow(/TRUST_PROXY: TRUST_PROXY must be false, true \(one proxy\), the number of proxies .*"10\.0\.0\.0\/33" is none of these/);
  });
});
