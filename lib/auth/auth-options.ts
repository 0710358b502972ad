// next-auth configuration: who may sign in and what a session carries. Two ways in, both credentials
// providers so that every session is a signed JWT cookie we control: "password" (email + password,
// then the two-factor code where the account has one) and "email-link" (the token of an emailed link,
// then the code). Each session has a row on the server (its id is in the token): it ends
// SESSION_MAX_AGE_HOURS after signing in, when the user signs out of it (the row is deleted, so a copied
// cookie stops working too), or when the user signs out everywhere (see session-token.ts).
import type { NextAuthOptions, RequestInternal } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getEnv } from "@/lib/env";
import { clientIpFrom } from "@/lib/http/client-ip";
import { errorFields, log } from "@/lib/log/log";
import { getAuthSecret } from "./auth-secret";
import { authenticatePassword, type SignInResult } from "./authenticate-password";
import { redeemSignInLink } from "./redeem-sign-in-link";
import { endSession } from "./end-session";
import { assertSessionCurrent, SESSION_ENDED, startSession } from "./session-token";
import { encodeSignInFailure, INVALID_CREDENTIALS_MESSAGE } from "./sign-in-errors";

/** @deprecated The message for a wrong email or password; see sign-in-errors.ts. */
export const SIGN_IN_FAILED = INVALID_CREDENTIALS_MESSAGE;

/** The client address our server put in the request headers (a plain object in next-auth's authorize). */
function ipOf(req: Pick<RequestInternal, "headers"> | undefined): string {
  const headers = req?.headers ?? {};
  return clientIpFrom({ get: (name: string) => {
    const value = (headers as Record<string, unknown>)[name.toLowerCase()];
    return typeof value === "string" ? value : Array.isArray(value) && typeof value[0] === "string" ? value[0] : null;
  } });
}

/** next-auth carries the message of an error thrown by authorize back to the browser: our short codes. */
async function authorizeWith(signIn: Promise<SignInResult>) {
  let result: SignInResult;
  try {
    result = await signIn;
  } catch (error) {
    // Nothing internal reaches the browser, nor the log: the type and place of the error only.
    log.error("Sign-in failed unexpectedly", errorFields(error));
    throw new Error(encodeSignInFailure({ code: "UNAVAILABLE" }));
  }
  if (!result.ok) throw new Error(encodeSignInFailure(result.failure));
  return result.user;
}

/** `ip`: the client address of the request next-auth's own routes handle, for the audit of a sign-out. */
export function authOptions({ ip = "unknown" }: { ip?: string } = {}): NextAuthOptions {
  const maxAge = Math.round(getEnv().SESSION_MAX_AGE_HOURS * 3600);
  return {
    secret: getAuthSecret(),
    session: { strategy: "jwt", maxAge, updateAge: 0 },
    jwt: { maxAge },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        id: "password",
        name: "Email and password",
        credentials: { email: { type: "email" }, password: { type: "password" }, code: { type: "text" } },
        authorize: (credentials, req) =>
          authorizeWith(
            authenticatePassword({
              raw: { email: credentials?.email, password: credentials?.password, code: credentials?.code },
              ip: ipOf(req),
              now: new Date(),
            }),
          ),
      }),
      CredentialsProvider({
        id: "email-link",
        name: "Emailed sign-in link",
        credentials: { token: { type: "text" }, code: { type: "text" } },
        authorize: (credentials, req) =>
          authorizeWith(
            redeemSignInLink({ raw: { token: credentials?.token, code: credentials?.code }, ip: ipOf(req), now: new Date() }),
          ),
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          const now = new Date();
          token.sub = user.id;
          token.sid = await startSession({ userId: user.id, now, maxAgeSeconds: maxAge });
          token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
          token.signedInAt = Math.floor(now.getTime() / 1000);
          return token;
        }
        // Every read of the session checks it is still current; a SessionEndedError clears the cookie.
        await assertSessionCurrent(token, { now: new Date(), maxAgeSeconds: maxAge });
        return token;
      },
      async session({ session, token }) {
        return { ...session, userId: token.sub, sessionVersion: token.sv ?? 0 };
      },
    },
    events: {
      // next-auth clears the cookie; this ends the session on the server, so a copy of the cookie is refused.
      async signOut({ token }) {
        await endSession({ claims: token, ip });
      },
    },
    logger: {
      error(code, metadata) {
        // An ended session is routine, not an error worth a stack trace.
        const cause = metadata instanceof Error ? metadata : (metadata as { error?: unknown } | undefined)?.error;
        if (cause instanceof Error && cause.name === SESSION_ENDED) return;
        // next-auth's metadata can hold the submitted credentials: only the code and the error's type and place.
        log.error("next-auth error", { code, ...(cause ? errorFields(cause) : {}) });
      },
      warn(code) {
        log.warn("next-auth warning", { code });
      },
      debug() {},
    },
  };
}
