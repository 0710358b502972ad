// Where a webhook may go. https only, no credentials in the address, and every address the host name
// resolves to must be public: never loopback, private, link-local (cloud metadata at 169.254.169.254),
// carrier-grade NAT, documentation, multicast or reserved ranges, in IPv4 or IPv6, and never an IPv6 address
// that carries an IPv4 one (mapped, compatible, translated, NAT64, 6to4, Teredo), whatever the IPv4 address:
// such forms reach the IPv4 network by another road — otherwise an admin could make the server call its own
// network (SSRF). Checked when an endpoint is saved and again before
// every delivery, whose connection then goes to the address that was checked (no DNS rebinding in between).
// WEBHOOK_ALLOW_PRIVATE_NETWORK=true lifts the address and https rules for development and internal networks.
import { lookup as dnsLookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";
import { getEnv } from "@/lib/env";

// Two lists: node's BlockList matches an IPv4 address against IPv4-mapped IPv6 rules too (::ffff:0:0/96 would
// block every IPv4 address).
const BLOCKED_V4 = new BlockList();
const BLOCKED_V6 = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.88.99.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const) {
  BLOCKED_V4.addSubnet(network, prefix, "ipv4");
}
for (const [network, prefix] of [
  // ::/96 holds ::, ::1 and the IPv4-compatible form (::127.0.0.1, written ::7f00:1).
  ["::", 96],
  // IPv4-mapped (::ffff:10.0.0.1) and IPv4-translated (::ffff:0:10.0.0.1).
  ["::ffff:0:0", 96],
  ["::ffff:0:0:0", 96],
  // NAT64, well-known and local-use prefixes.
  ["64:ff9b::", 96],
  ["64:ff9b:1::", 48],
  ["100::", 64],
  // IETF protocol assignments, Teredo (2001::/32) among them.
  ["2001::", 23],
  ["2001:db8::", 32],
  // 6to4.
  ["2002::", 16],
  ["fc00::", 7],
  ["fe80::", 10],
  ["fec0::", 10],
  ["ff00::", 8],
] as const) {
  BLOCKED_V6.addSubnet(network, prefix, "ipv6");
}

/** Whether a webhook may be sent to this IP address with the private network closed. */
export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return !BLOCKED_V4.check(address, "ipv4");
  if (family !== 6) return false;
  return !BLOCKED_V6.check(address, "ipv6");
}

export type WebhookTarget = { ok: true; url: URL; address: string; family: 4 | 6 } | { ok: false; error: string };

export type Lookup = (hostname: string) => Promise<{ address: string; family: number }[]>;

const systemLookup: Lookup = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

/** The rules that need no network: the form's schema checks the syntax, this adds https and credentials. */
export function webhookUrlProblem(raw: string, allowPrivateNetwork = getEnv().WEBHOOK_ALLOW_PRIVATE_NETWORK): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "Enter a full address such as https://hooks.example.com/rightsdesk.";
  }
  if (url.protocol !== "https:" && !(allowPrivateNetwork && url.protocol === "http:")) return "The address must start with https://.";
  if (url.username || url.password) return "Leave user names and passwords out of the address: every delivery is signed instead.";
  if (!url.hostname) return "The address needs a host name.";
  return null;
}

/**
 * Resolves the URL's host and checks every address it has. Returns the first address to connect to, so the
 * caller connects where the check looked — a name that resolves elsewhere a moment later changes nothing.
 */
export async function resolveWebhookTarget(
  raw: string,
  options: { allowPrivateNetwork?: boolean; lookup?: Lookup } = {},
): Promise<WebhookTarget> {
  const allowPrivateNetwork = options.allowPrivateNetwork ?? getEnv().WEBHOOK_ALLOW_PRIVATE_NETWORK;
  const problem = webhookUrlProblem(raw, allowPrivateNetwork);
  if (problem) return { ok: false, error: problem };
  const url = new URL(raw);
  const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
  let addresses: { address: string; family: number }[];
  if (isIP(host)) addresses = [{ address: host, family: isIP(host) }];
  else {
    try {
      addresses = await (options.lookup ?? systemLookup)(host);
    } catch {
      return { ok: false, error: `The host name ${host} could not be resolved.` };
    }
  }
  if (addresses.length === 0) return { ok: false, error: `The host name ${host} could not be resolved.` };
  if (!allowPrivateNetwork && addresses.some((a) => !isPublicAddress(a.address))) {
    return { ok: false, error: `${host} points to a private, loopback or link-local address; webhooks go to public addresses only.` };
  }
  const first = addresses[0]!;
  return { ok: true, url, address: first.address, family: first.family === 6 ? 6 : 4 };
}
