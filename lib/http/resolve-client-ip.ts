// Who the client is: the socket's peer, or — behind reverse proxies the operator named in TRUST_PROXY — the
// address the last trusted proxy saw. Express's convention (proxy-addr): X-Forwarded-For is read from the
// right, where each proxy appends the peer it saw; an entry is believed only when the hop that wrote it is
// trusted. Everything left of that was written by the client and can say anything.
import { BlockList, isIP } from "node:net";
import { normalizeIp } from "./normalize-ip";

/** TRUST_PROXY parsed: trust nobody, the nearest `hops` proxies, or proxies at these addresses. */
export type TrustProxy =
  | { kind: "none" }
  | { kind: "hops"; hops: number }
  | { kind: "addresses"; addresses: BlockList };

/** proxy-addr's names for the ranges where a proxy of one's own usually lives. */
const NAMED_RANGES: Record<string, string[]> = {
  loopback: ["127.0.0.0/8", "::1/128"],
  linklocal: ["169.254.0.0/16", "fe80::/10"],
  uniquelocal: ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7"],
};

export const TRUST_PROXY_HELP =
  "TRUST_PROXY must be false, true (one proxy), the number of proxies in front of the app (1, 2, …), or a comma-separated list of the proxies' addresses and CIDR ranges (e.g. loopback, 10.0.0.0/8, 2001:db8::/32)";

export type TrustProxyParse = { ok: true; trust: TrustProxy } | { ok: false; message: string };

export function parseTrustProxy(raw: string | undefined): TrustProxyParse {
  const value = (raw ?? "").trim().toLowerCase();
  if (["", "false", "no"].includes(value)) return { ok: true, trust: { kind: "none" } };
  // `true` was the only way to say "behind a proxy" before hop counts: it keeps meaning one proxy.
  if (["true", "yes"].includes(value)) return { ok: true, trust: { kind: "hops", hops: 1 } };
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops > 100) return { ok: false, message: `${TRUST_PROXY_HELP}; ${hops} proxies is not a plausible chain` };
    return { ok: true, trust: hops === 0 ? { kind: "none" } : { kind: "hops", hops } };
  }
  const addresses = new BlockList();
  for (const item of value.split(",").map((s) => s.trim()).filter(Boolean)) {
    for (const range of NAMED_RANGES[item] ?? [item]) {
      if (!addRange(addresses, range)) {
        return { ok: false, message: `${TRUST_PROXY_HELP}; "${item}" is none of these` };
      }
    }
  }
  return { ok: true, trust: { kind: "addresses", addresses } };
}

/** Adds "address" or "address/prefix" to the list; false when it is neither. */
function addRange(list: BlockList, range: string): boolean {
  const [address = "", prefixText, ...extra] = range.split("/");
  if (extra.length > 0 || (prefixText !== undefined && !/^\d{1,3}$/.test(prefixText))) return false;
  const normalized = normalizeIp(address);
  if (!normalized || address.includes("[")) return false;
  const family = isIP(normalized) === 4 ? "ipv4" : "ipv6";
  const bits = family === "ipv4" ? 32 : 128;
  let prefix = prefixText === undefined ? bits : Number(prefixText);
  // An IPv4-mapped range (::ffff:10.0.0.0/104) is an IPv4 range: addresses are compared in that form.
  if (family === "ipv4" && isIP(address) === 6 && prefixText !== undefined) prefix -= 96;
  if (prefix < 0 || prefix > bits) return false;
  list.addSubnet(normalized, prefix, family);
  return true;
}

function isTrusted(trust: TrustProxy, address: string, hop: number): boolean {
  switch (trust.kind) {
    case "none":
      return false;
    case "hops":
      return hop < trust.hops;
    case "addresses":
      return trust.addresses.check(address, isIP(address) === 4 ? "ipv4" : "ipv6");
  }
}

/**
 * The client's normalised address, or "unknown" when the socket has none. Hop 0 is the socket's peer; each
 * trusted hop vouches for the X-Forwarded-For entry on its left. An entry that is not an IP address ends the
 * walk at the last address vouched for: it is never returned, and nothing further left is believed.
 */
export function resolveClientIp({
  remoteAddress,
  forwardedFor,
  trust,
}: {
  remoteAddress: string | undefined;
  forwardedFor: string | string[] | undefined;
  trust: TrustProxy;
}): string {
  let client = normalizeIp(remoteAddress ?? "");
  if (client === null) return "unknown";
  if (trust.kind === "none" || forwardedFor === undefined) return client;
  const entries = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor).split(",");
  for (let hop = 0; isTrusted(trust, client, hop); hop++) {
    const entry = entries.pop();
    if (entry === undefined) return client;
    const next = normalizeIp(entry);
    if (next === null) return client;
    client = next;
  }
  return client;
}
