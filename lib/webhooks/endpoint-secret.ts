// An endpoint's signing secret: 32 random bytes, shown to the admin once ("whsec_" + base64url), stored only
// sealed in the secret box with the endpoint's id as associated data.
import { randomBytes } from "node:crypto";
import { openSecret, sealSecret } from "@/lib/crypto/secret-box";

export const SECRET_PREFIX = "whsec_";

export function createEndpointSecret(): string {
  return `${SECRET_PREFIX}${randomBytes(32).toString("base64url")}`;
}

const owner = (endpointId: string) => `webhook-endpoint:${endpointId}`;

export function sealEndpointSecret(secret: string, endpointId: string): string {
  return sealSecret(secret, owner(endpointId));
}

/** Throws SecretUnreadableError when the stored value was altered or the key changed. */
export function openEndpointSecret(sealed: string, endpointId: string): string {
  return openSecret(sealed, owner(endpointId));
}
