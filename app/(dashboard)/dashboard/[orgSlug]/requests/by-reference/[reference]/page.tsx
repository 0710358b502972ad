// /dashboard/{orgSlug}/requests/by-reference/{reference} — opens a request by its reference
// (e.g. from an email or a phone call), within the staff member's organization only.
import { notFound, redirect } from "next/navigation";
import { requireMembership } from "@/lib/auth/require-membership";
import { findRequestByReference } from "@/lib/requests/find-request-by-reference";

export const dynamic = "force-dynamic";

export default async function RequestByReferencePage({ params }: { params: Promise<{ orgSlug: string; reference: string }> }) {
  const { orgSlug, reference } = await params;
  const context = await requireMembership(orgSlug);
  const id = await findRequestByReference({ organizationId: context.organization.id, reference });
  if (!id) notFound();
  redirect(`/dashboard/${context.organization.slug}/requests/${id}`);
}
