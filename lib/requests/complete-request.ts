// Completes a request with an outcome and a message to the subject. Access and export answers carry
// files (checked by content, stored in the database), which the subject downloads from the status
// page until organization.downloadTtlDays have passed.
import "server-only";
import { checkUploads, type Upload } from "@/lib/files/check-upload";
import { storeRequestFile } from "@/lib/files/store-request-file";
import { formatDate } from "@/lib/format/format-date";
import type { RequestOutcome } from "@/lib/db/generated/enums";
import type { ActionResult } from "./action-result";
import { completeSchema, fieldErrorsFrom, type CompleteInput } from "./action-schemas";
import { emailSubjectClosed } from "./email-subject-closed";
import { EVENT } from "./events";
import { appendRequestEvent, auditRequest, refuse, runStaffAction, type StaffActionArgs, eventActor } from "./run-staff-action";
import { endPause } from "./pauses";

export type CompleteRequestInput = CompleteInput & { files?: readonly Upload[] };

const TYPES_WITH_FILES = new Set(["ACCESS", "EXPORT"]);

function outcomeSentence(orgName: string, outcome: RequestOutcome): string {
  switch (outcome) {
    case "PARTIALLY_FULFILLED":
      return `${orgName} has completed part of your request.`;
    case "NO_DATA_FOUND":
      return `${orgName} has completed your request and found no personal data about you.`;
    default:
      return `${orgName} has completed your request.`;
  }
}

export async function completeRequest({ context, requestId, input, now }: StaffActionArgs<CompleteRequestInput>): Promise<ActionResult<{ files: number }>> {
  return runStaffAction({
    context,
    requestId,
    now,
    action: "complete",
    timeoutMs: 120_000,
    run: async (tx, request) => {
      const parsed = completeSchema.safeParse(input);
      const fieldErrors = parsed.success ? {} : fieldErrorsFrom(parsed.error);
      const uploads = input.files ?? [];
      const takesFiles = TYPES_WITH_FILES.has(request.type);
      const checked = checkUploads(uploads);
      if (uploads.length > 0 && !takesFiles) {
        fieldErrors.files = ["Files can only be attached to access and export requests."];
      } else if (!checked.ok) {
        fieldErrors.files = checked.errors;
      } else if (takesFiles && parsed.success && parsed.data.outcome !== "NO_DATA_FOUND" && uploads.length === 0) {
        fieldErrors.files = ["Attach the files of the answer: this request asks for a copy of the data."];
      }
      if (!parsed.success || fieldErrors.files) refuse("invalid", "Some answers need fixing.", fieldErrors);
      const { outcome, message } = parsed.data;
      const files = checked.ok ? checked.files : [];
      const org = request.organization;
      const availableUntil = new Date(now.getTime() + org.downloadTtlDays * 86_400_000);

      for (const file of files) {
        await storeRequestFile(tx, {
          ...file,
          organizationId: org.id,
          requestId: request.id,
          uploadedById: context.user.id,
          availableUntil,
          now,
        });
      }
      await tx.privacyRequest.update({
        where: { id: request.id, organizationId: request.organizationId },
        data: { status: "COMPLETED", outcome, closingNote: message, closedAt: now },
      });
      await endPause(tx, request, now);

      const summary = outcomeSentence(org.name, outcome);
      const filesLine =
        files.length > 0
          ? `${files.length === 1 ? "A file is" : `${files.length} files are`} ready for you to download from your status page until ${formatDate(availableUntil, org.timeZone)}.`
          : null;
      await appendRequestEvent(tx, request, {
        kind: EVENT.COMPLETED,
        actor: "STAFF",
        ...eventActor(context),
        visibleToSubject: true,
        message: [summary, message, filesLine].filter(Boolean).join("\n"),
        data: { outcome, files: files.length },
        at: now,
      });
      await emailSubjectClosed(tx, request, { summary, details: [message, filesLine].filter(Boolean).join("\n\n") });
      await auditRequest(tx, context.actor, request, {
        action: "request.complete",
        before: { status: request.status },
        after: {
          status: "COMPLETED",
          outcome,
          files: files.map((f) => ({ filename: f.filename, size: f.size, sha256: f.sha256 })),
        },
        reason: message,
      });
      return { files: files.length };
    },
  });
}
