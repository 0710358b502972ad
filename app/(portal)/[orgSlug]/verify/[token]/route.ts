// GET /{orgSlug}/verify/{token} — the link in the verification email. Confirms the request and
// sends the subject on to their private status page, or explains why the link no longer works.
import { NextResponse } from "next/server";
import { getEnv } from "@/lib/env";
import { verifyRequest } from "@/lib/requests/verify-request";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ orgSlug: string; token: string }> }) {
  const { orgSlug, token } = await params;
  const result = await verifyRequest({ orgSlug, token, now: new Date() });
  const base = getEnv().APP_URL;
  const slug = encodeURIComponent(orgSlug);
  const target =
    result.outcome === "verified"
      ? `${base}/${slug}/status/${result.statusToken}?confirmed=1`
      : `${base}/${slug}/verify-result?outcome=${result.outcome}`;
  const response = NextResponse.redirect(target, 303);
  response.headers.set("Cache-Control", "no-store");
  return response;
}
