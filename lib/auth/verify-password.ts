// Password checks that take the same time whether or not the account exists.
import { hash, verify } from "@node-rs/argon2";

// A real argon2id hash of a random string: verifying against it costs what a real check costs.
let decoy: Promise<string> | undefined;

export async function verifyPassword(passwordHash: string | null | undefined, password: string): Promise<boolean> {
  if (!passwordHash) {
    decoy ??= hash(crypto.randomUUID());
    await verify(await decoy, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}
