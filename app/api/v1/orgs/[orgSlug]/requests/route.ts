// POST /api/v1/orgs/{orgSlug}/requests — file a request for a data subject, who then confirms it by email.
import { NextResponse } from "next/server";
import { clientIpFrom } from "@/lib/http/client-ip";
import { readJsonBody } from "@/lib/http/read-json-body";
import { fileRequest } from "@/lib/requests/file-request";

export const dynamic = "force-dynamic";

const MAX_BODY_BYTES = 64 * 1024;

export async function POST(request: Request, { params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const body = await readJsonBody(request, MAX_BODY_BYTES);
  if (!body.ok) return NextResponse.json({ error: body.error }, { status: body.status });
  if (typeof body.value !== "object" || body.value === null || Array.isArray(body.value)) {
    return NextResponse.json({ error: "The body must be a JSON object." }, { status: 400 });
  }

  const result = await fileRequest({
    orgSlug,
    raw: body.value,
    channel: "API",
    ip: clientIpFrom(request.headers),
    now: new Date(),
  });
  switch (result.kind) {
    case "accepted":
      // The same answer whether or not the subject was known: nothing to learn from it.
      return NextResponse.json({ status: "verification_sent" }, { status: 202 });
    case "organization_not_found":
      return NextResponse.json({ error: "No organization with this slug." }, { status: 404 });
    case "invalid":
      return NextResponse.json({ error: "Some fields are missing or invalid.", fieldErrors: result.fieldErrors }, { status: 400 });
    case "rate_limited":
      return NextResponse.json(
        { error: "Too many requests. Try again later." },
        { status: 429, headers: { "Retry-After": String(result.retryAfterSeconds) } },
      );
  }
}
