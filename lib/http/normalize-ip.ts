// One spelling per IP address, so that a limit or an audit record never tells the same client apart by how
// it was written: IPv4 as is, IPv4-mapped IPv6 (::ffff:192.0.2.1) as IPv4, other IPv6 in RFC 5952's form.
import { isIP } from "node:net";

/** The normalised address, or null when `text` is not an IP address (a port, markup, a name, junk). */
export function normalizeIp(text: string): string | null {
  let value = text.trim();
  // The longest address is 45 characters, or a little more with a zone: nothing longer is worth reading.
  if (value.length > 64) return null;
  if (value.startsWith("[") && value.endsWith("]")) value = value.slice(1, -1);
  const family = isIP(value);
  if (family === 4) return value;
  if (family !== 6) return null;
  // A zone (fe80::1%eth0) names an interface of the machine that wrote it; it says nothing about the client.
  const zone = value.indexOf("%");
  const hextets = ipv6Hextets(zone === -1 ? value : value.slice(0, zone));
  if (hextets.slice(0, 5).every((h) => h === 0) && hextets[5] === 0xffff) {
    const [high, low] = [hextets[6]!, hextets[7]!];
    return `${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`;
  }
  return formatIpv6(hextets);
}

/** The eight 16-bit groups of an IPv6 address that `isIP` accepted (without a zone). */
export function ipv6Hextets(address: string): number[] {
  let text = address;
  const tail: number[] = [];
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    tail.push((a << 8) | b, (c << 8) | d);
    text = text.slice(0, -dotted[0].length);
    if (!text.endsWith("::")) text = text.slice(0, -1);
  }
  const groups = (part: string) => (part === "" ? [] : part.split(":").map((h) => parseInt(h, 16)));
  const [head = "", rest] = text.split("::");
  const left = groups(head);
  const right = rest === undefined ? [] : groups(rest);
  const zeros = rest === undefined ? 0 : 8 - tail.length - left.length - right.length;
  return [...left, ...new Array<number>(zeros).fill(0), ...right, ...tail];
}

/** RFC 5952: lower case, no leading zeros, the longest run of two or more zero groups as "::". */
export function formatIpv6(hextets: number[]): string {
  let bestStart = -1;
  let bestLength = 0;
  for (let i = 0; i < hextets.length; ) {
    if (hextets[i] !== 0) {
      i++;
      continue;
    }
    let end = i;
    while (end < hextets.length && hextets[end] === 0) end++;
    if (end - i > bestLength) [bestStart, bestLength] = [i, end - i];
    i = end;
  }
  const hex = hextets.map((h) => h.toString(16));
  if (bestLength < 2) return hex.join(":");
  return `${hex.slice(0, bestStart).join(":")}::${hex.slice(bestStart + bestLength).join(":")}`;
}
