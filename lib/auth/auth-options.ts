// next-auth configuration: who may sign in and what a session carries. Sessions are signed JWT
// cookies that expire (SESSION_MAX_AGE_HOURS); each carries the user's sessionVersion, so "sign out
// everywhere" (bumping the version) ends them all (see get-session-user.ts).
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { getAuthSecret } from "./auth-secret";
import { verifyPassword } from "./verify-password";

export const SIGN_IN_FAILED = "Email or password is not right.";

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
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials) {
          const email = String(credentials?.email ?? "").trim().toLowerCase();
          const password = String(credentials?.password ?? "");
          const db = await getDb();
          const user = email ? await db.user.findUnique({ where: { email } }) : null;
          const isValid = await verifyPassword(user?.passwordHash, password);
          if (!user || !isValid) throw new Error(SIGN_IN_FAILED);
          await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
          return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
          token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
        }
        return token;
      },
      async session({ session, token }) {
        return { ...session, userId: token.sub, sessionVersion: token.sv ?? 0 };
      },
    },
  };
}
