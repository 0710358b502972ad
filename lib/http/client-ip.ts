// The client's IP address as our own server saw it (scripts/lib/serve.ts). Browsers can send any
// X-Forwarded-For they like, so only the header our server sets, after dropping the client's, counts.
export const CLIENT_IP_HEADER = "x-rightsdesk-client-ip";

export function clientIpFrom(headers: Pick<Headers, "get">): string {
  return headers.get(CLIENT_IP_HEADER) || "unknown";
}
