// An audit record as a member who has not revealed its request's subject reads it: the subject's name and
// email masked wherever they appear (before → after, why, and as the actor when the subject answered).
import { maskSubjectInJson, maskSubjectText, type SubjectIdentifiers } from "@/lib/requests/queue/mask-subject";

type Readable = { actorEmail: string | null; before: unknown; after: unknown; reason: string | null };

export function maskAuditEntry<E extends Readable>(entry: E, subject: SubjectIdentifiers): E {
  return {
    ...entry,
    actorEmail: entry.actorEmail === null ? null : maskSubjectText(entry.actorEmail, subject),
    before: maskSubjectInJson(entry.before, subject),
    after: maskSubjectInJson(entry.after, subject),
    reason: entry.reason === null ? null : maskSubjectText(entry.reason, subject),
  };
}
