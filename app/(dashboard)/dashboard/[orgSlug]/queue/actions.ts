"use server";
// Reveals one subject in the queue: checked against the member's role (revealSubject refuses a role without
// "reveal", and records nothing), recorded in the audit log once a day, then back to the same view, where
// that row now shows the subject (see find-revealed-request-ids).
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireMembership } from "@/lib/auth/require-membership";
import { revealSubject } from "@/lib/requests/queue/reveal-subject";
import { parseQueueFilters, queueHref } from "@/lib/requests/queue/schemas";
import { postedForm } from "@/lib/http/posted-form";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export async function revealSubjectAction(orgSlug: string, formData: FormData): Promise<void> {
  const { organization, actor, role } = await requireMembership(orgSlug);
  const form = postedForm(formData);
  const requestId = String(form.get("requestId") ?? "").toLowerCase();
  // The way back is rebuilt from parsed filters, never taken as given: no redirect elsewhere.
  const filters = parseQueueFilters(new URLSearchParams(String(form.get("returnTo") ?? "")));
  const back = queueHref(organization.slug, filters, { after: filters.after, before: filters.before });

  const result = UUID.test(requestId) ? await revealSubject({ organizationId: organization.id, requestId, role, actor, now: new Date(), reason: "Revealed in the staff queue" }) : null;
  // The way back differs from the current address only by its #fragment, which the client router would
  // otherwise treat as a scroll on the page it already has.
  if (result?.ok) revalidatePath(`/dashboard/${organization.slug}/queue`);
  redirect(result?.ok ? `${back}#request-${requestId}` : back);
}
