// The secret behind session cookies and encrypted TOTP secrets: NEXTAUTH_SECRET, or outside
// production one generated once and kept in .data/ so sessions survive a restart.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { getEnv } from "@/lib/env";

let secret: string | undefined;

export function getAuthSecret(): string {
  if (secret) return secret;
  const env = getEnv();
  if (env.NEXTAUTH_SECRET) return (secret = env.NEXTAUTH_SECRET);
  if (env.APP_ENV === "production") throw new Error("NEXTAUTH_SECRET is required in production");
  const file = path.resolve(".data", "auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    try {
      fs.writeFileSync(file, randomBytes(32).toString("base64url"), { flag: "wx", mode: 0o600 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  return (secret = fs.readFileSync(file, "utf8").trim());
}
