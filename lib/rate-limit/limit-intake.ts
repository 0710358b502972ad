// The limit on new requests from one address to one organization, shared by the form and the API.
import { getEnv } from "@/lib/env";
import { hitRateLimit, type RateLimitResult } from "./hit-rate-limit";
import { rateLimitAddress } from "./rate-limit-address";

export function limitIntake({ ip, organizationId, now }: { ip: string; organizationId: string; now: Date }): Promise<RateLimitResult> {
  const env = getEnv();
  return hitRateLimit({
    key: `intake:${organizationId}:${rateLimitAddress(ip)}`,
    max: env.RATE_LIMIT_MAX,
    windowSeconds: env.RATE_LIMIT_WINDOW_SECONDS,
    now,
  });
}

export function retryAfterMessage(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  return `Too many requests from your network in a short time. Please try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}
