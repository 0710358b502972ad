// next-auth's endpoints (sign-in, sign-out, session, CSRF) under /api/auth/*, behind a screen for the input
// next-auth itself would answer with a 500 (lib/auth/screen-auth-request.ts).
import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { authOptions } from "@/lib/auth/auth-options";
import { screenAuthRequest } from "@/lib/auth/screen-auth-request";
import { clientIpFrom } from "@/lib/http/client-ip";

export const dynamic = "force-dynamic";

async function handler(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  const screened = await screenAuthRequest(request);
  if (!screened.ok) {
    const code = screened.status === 415 ? "unsupported_media_type" : "invalid_request";
    const response = NextResponse.json({ error: { code, message: screened.message } }, { status: screened.status });
    for (const name of screened.clearCookies ?? []) response.cookies.set(name, "", { maxAge: 0, path: "/" });
    return response;
  }
  return NextAuth(authOptions({ ip: clientIpFrom(request.headers) }))(screened.request, context);
}

export { handler as GET, handler as POST };
