// What every limit on a client address counts against (intake, sign-in, sign-in links). An IPv6 client
// gets a whole /64 from its provider and can change address within it at will, so IPv6 is counted per /64;
// IPv4 per address. The audit log keeps the full address: this is for counting only.
import { isIP } from "node:net";
import { formatIpv6, ipv6Hextets } from "@/lib/http/normalize-ip";

/** `ip` is an address from resolveClientIp (normalised) or "unknown". */
export function rateLimitAddress(ip: string): string {
  if (isIP(ip) !== 6) return ip;
  const network = [...ipv6Hextets(ip).slice(0, 4), 0, 0, 0, 0];
  return `${formatIpv6(network)}/64`;
}
