// next-auth configuration: who may sign in and what a session carries. Two ways in, both credentials
// providers so that every session is a signed JWT cookie we control: "password" (email + password,
// then the two-factor code where the account has one) and "email-link" (the token of an emailed link,
// then the code). A session ends SESSION_MAX_AGE_HOURS after signing in, or when the user signs out
// everywhere (the token's sessionVersion no longer matches; see session-token.ts).
import type { NextAuthOptions, RequestInternal } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getEnv } from "@/lib/env";
import { clientIpFrom } from "@/lib/http/client-ip";
import { errorFields, log } from "@/lib/log/log";
import { getAuthSecret } from "./auth-secret";
import { authenticatePassword, type SignInResult } from "./authenticate-password";
import { redeemSignInLink } from "./redeem-sign-in-link";
import { assertSessionCurrent, SESSION_ENDED } from "./session-token";
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

export function authOptions(): NextAuthOptions {
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
          token.sub = user.id;
          token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
          token.signedInAt = Math.floor(Date.now() / 1000);
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
