// Whether a client address (as lib/http/client-ip.ts reads it) is this machine: 127.0.0.0/8, ::1, or an
// IPv4-mapped 127.x. Anything unparseable ("unknown", a name, a list) is not.
import { isIP } from "node:net";

export function isLoopbackAddress(address: string): boolean {
  const text = address.trim().toLowerCase();
  if (isIP(text) === 4) return text.startsWith("127.");
  if (isIP(text) !== 6) return false;
  if (text === "::1" || text === "0:0:0:0:0:0:0:1") return true;
  const mapped = /^(?:0{0,4}:){0,4}:?(?:0{0,4}:)?ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(text)?.[1];
  return mapped !== undefined && isIP(mapped) === 4 && mapped.startsWith("127.");
}
