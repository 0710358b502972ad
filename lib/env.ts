// The one place that reads process.env: every setting, parsed and checked once, with its default.
import { z } from "zod";
import { parseTrustProxy, type TrustProxy } from "./http/resolve-client-ip";

const flag = z
  .enum(["true", "false", "1", "0", "yes", "no", ""])
  .optional()
  .transform((v) => v === "true" || v === "1" || v === "yes");

export const envSchema = z
  .object({
    APP_ENV: z.enum(["development", "test", "production"]).default("development"),
    // Set by Next.js itself: "development" under `next dev` (whose React build needs eval), else "production".
    NODE_ENV: z.enum(["development", "test", "production"]).default("production"),
    APP_URL: z.url({ message: "APP_URL must be an absolute URL such as https://privacy.example.com" }).default("http://localhost:3000").transform((url) => url.replace(/\/+$/, "")),
    HOST: z.string().min(1).default("0.0.0.0"),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgresql://")
      .optional()
      .or(z.literal("").transform(() => undefined)),
    PGLITE_DIR: z.string().min(1).default(".data/pglite"),
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, "SMTP_URL must look like smtp://user:pass@host:587 or smtps://…")
      .optional()
      .or(z.literal("").transform(() => undefined)),
    MAIL_FROM: z.string().min(3).default("Rightsdesk <no-reply@rightsdesk.localhost>"),
    // The reverse proxies in front of the app, whose X-Forwarded-For entries are believed (lib/http/resolve-client-ip.ts).
    TRUST_PROXY: z
      .string()
      .optional()
      .transform((value, ctx): TrustProxy => {
        const parsed = parseTrustProxy(value);
        if (parsed.ok) return parsed.trust;
        ctx.addIssue({ code: "custom", message: parsed.message });
        return z.NEVER;
      }),
    RATE_LIMIT_MAX: z.coerce.number().int().min(1).default(10),
    RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).default(600),
    OUTBOX_POLL_SECONDS: z.coerce.number().min(0.1).default(5),
    // How often the reminder sweep runs, and whether the app's own processes run the background worker
    // (outbox and reminders); set WORKER_IN_APP=false when a separate `npm run worker` process does.
    REMINDER_SWEEP_SECONDS: z.coerce.number().min(1).default(60),
    WORKER_IN_APP: z
      .enum(["true", "false", "1", "0", "yes", "no", ""])
      .optional()
      .transform((v) => !(v === "false" || v === "0" || v === "no")),
    // Signs session cookies and encrypts TOTP secrets. Outside production a random one is kept in .data/.
    NEXTAUTH_SECRET: z
      .string()
      .min(32, "NEXTAUTH_SECRET must be at least 32 characters (e.g. `openssl rand -base64 32`)")
      .optional()
      .or(z.literal("").transform(() => undefined)),
    SESSION_MAX_AGE_HOURS: z.coerce.number().min(0.25).max(24 * 30).default(8),
    // Failed sign-in attempts in one window (successes do not count; lib/auth/limit-sign-in.ts): per account from
    // one address and per account from every address, before each further attempt waits longer than the last
    // (the owner is emailed when the per-account one trips); per client address, before it is refused.
    SIGNIN_RATE_LIMIT_ACCOUNT_IP_MAX: z.coerce.number().int().min(1).default(10),
    SIGNIN_RATE_LIMIT_ACCOUNT_MAX: z.coerce.number().int().min(1).default(100),
    SIGNIN_RATE_LIMIT_IP_MAX: z.coerce.number().int().min(1).default(30),
    SIGNIN_RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900),
    // Emailed sign-in links allowed per email address in one window (SIGNIN_RATE_LIMIT_WINDOW_SECONDS).
    SIGNIN_LINK_RATE_LIMIT_MAX: z.coerce.number().int().min(1).default(3),
    // Invitations an organization's admins may send in one window (each is an email to any address).
    INVITATION_RATE_LIMIT_MAX: z.coerce.number().int().min(1).default(20),
    INVITATION_RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).default(3600),
    // REST API calls allowed per organization API key in one window (lib/api).
    API_RATE_LIMIT_MAX: z.coerce.number().int().min(1).default(600),
    API_RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).default(60),
    // Encrypts stored secrets (webhook signing secrets): base64 of 32 random bytes. Unset: derived from the
    // auth secret, so a fresh install works without it; set it to rotate the auth secret independently.
    ENCRYPTION_KEY: z
      .string()
      .refine((v) => /^[A-Za-z0-9+/_-]+={0,2}$/.test(v) && Buffer.from(v, "base64").length === 32, {
        message: "ENCRYPTION_KEY must be the base64 of 32 random bytes (e.g. `openssl rand -base64 32`)",
      })
      .optional()
      .or(z.literal("").transform(() => undefined)),
    // Lets webhooks go to http:// and to private, loopback and link-local addresses: for development, tests
    // and deployments whose receivers live on an internal network. Off, those are refused (SSRF).
    WEBHOOK_ALLOW_PRIVATE_NETWORK: flag,
  })
  .superRefine((env, ctx) => {
    if (env.APP_ENV === "production" && !env.SMTP_URL) {
      ctx.addIssue({ code: "custom", path: ["SMTP_URL"], message: "SMTP_URL is required when APP_ENV=production" });
    }
    if (env.APP_ENV === "production" && !env.NEXTAUTH_SECRET) {
      ctx.addIssue({ code: "custom", path: ["NEXTAUTH_SECRET"], message: "NEXTAUTH_SECRET is required when APP_ENV=production" });
    }
  });

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

/** Parsed settings. Throws one readable error listing every bad variable. */
export function getEnv(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  cached = parsed.data;
  return cached;
}

/** The development mailbox replaces SMTP when no server is configured, and never exists in production. */
export function isDevMailboxEnabled(env: Env = getEnv()): boolean {
  return !env.SMTP_URL && env.APP_ENV !== "production";
}
