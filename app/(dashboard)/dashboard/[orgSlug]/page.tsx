// /dashboard/{orgSlug} — the queue is the organization's start page for now.
import { redirect } from "next/navigation";
import { requireMembership } from "@/lib/auth/require-membership";

export const dynamic = "force-dynamic";

export default async function OrganizationHome({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { organization } = await requireMembership((await params).orgSlug);
  redirect(`/dashboard/${organization.slug}/queue`);
}
