// The proxy's CSRF check: cookie-carrying writes from another site are refused; our own pages and
// cookieless API clients pass.
import { describe, expect, it } from "vitest";
import { crossSiteWriteRefusal, type WriteRequest } from "./cross-site-write";

const base: WriteRequest = {
  method: "POST",
  pathname: "/opsiq/request",
  origin: "https://privacy.example.com",
  secFetchSite: "same-origin",
  host: "privacy.example.com",
  appHost: "privacy.example.com",
};

describe("crossSiteWriteRefusal", () => {
  it("lets our own pages post", () => {
    expect(crossSiteWriteRefusal(base)).toBeNull();
  });

  it("accepts APP_URL's host when a proxy forwards another Host", () => {
    expect(crossSiteWriteRefusal({ ...base, host: "10.0.0.5:3000" })).toBeNull();
  });

  it.each([
    ["another site's Origin", { origin: "https://evil.example", secFetchSite: null }],
    ["a browser saying cross-site", { origin: null, secFetchSite: "cross-site" }],
    ["a sibling subdomain", { origin: "https://evil.example.com", secFetchSite: "same-site" }],
    ["an Origin of 'null' (sandboxed frame, data: URL)", { origin: "null", secFetchSite: null }],
    ["a look-alike host", { origin: "https://privacy.example.com.evil.example", secFetchSite: null }],
  ])("refuses %s", (_label, change) => {
    expect(crossSiteWriteRefusal({ ...base, ...change })).toMatch(/Cross-site request refused/);
  });

  it.each(["DELETE", "PUT", "PATCH"])("checks %s like POST", (method) => {
    expect(crossSiteWriteRefusal({ ...base, method, origin: "https://evil.example" })).not.toBeNull();
  });

  it("leaves reads alone", () => {
    expect(crossSiteWriteRefusal({ ...base, method: "GET", origin: "https://evil.example", secFetchSite: "cross-site" })).toBeNull();
  });

  it("leaves the bearer-key REST API to its keys: it reads no cookies", () => {
    expect(crossSiteWriteRefusal({ ...base, pathname: "/api/v1/orgs/opsiq/requests", origin: "https://crm.example", secFetchSite: "cross-site" })).toBeNull();
  });

  it("lets clients that are not browsers (no Origin, no Sec-Fetch-Site) through to the route's own checks", () => {
    expect(crossSiteWriteRefusal({ ...base, origin: null, secFetchSite: null })).toBeNull();
  });
});
