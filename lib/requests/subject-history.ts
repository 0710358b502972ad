// A history entry as the subject reads it, in the page's language, from its kind and data. Entries are
// stored with an English message (what staff read); an entry whose data lacks what its sentence needs
// (written before languages existed, or with identifiers removed) shows that stored message.
import type { Locale } from "@/lib/i18n/locales";
import { historyWords, labelWords } from "@/lib/i18n/subject-words";
import { formatDate } from "@/lib/format/format-date";
import type { PeriodUnit } from "@/lib/deadlines";
import { EVENT } from "./events";

export type SubjectHistoryContext = {
  organizationName: string;
  timeZone: string;
  reference: string;
  controllerName: string | null;
  channel: string;
};

export type SubjectHistoryEvent = { kind: string; actor: string; message: string; data: unknown; at: Date };

const PERIOD_UNITS = new Set<PeriodUnit>(["month", "day", "businessDay", "workingDay", "calendarDay"]);

function text(data: Record<string, unknown>, key: string): string | null {
  const value = data[key];
  return typeof value === "string" ? value : null;
}

export function describeSubjectEvent(locale: Locale, event: SubjectHistoryEvent, context: SubjectHistoryContext): string {
  const t = historyWords(locale);
  const data = (event.data && typeof event.data === "object" ? event.data : {}) as Record<string, unknown>;
  const organization = context.organizationName;
  const date = (value: Date) => formatDate(value, context.timeZone, locale);
  const sentence = ((): string | null => {
    switch (event.kind) {
      case EVENT.SUBMITTED:
        if (data.channel === "API") return t("submittedApi");
        return data.channel === "WEB" ? t("submittedWeb") : null;
      case EVENT.VERIFIED:
        if (event.actor === "STAFF") return t("recorded", { organization, channel: context.channel });
        return context.controllerName
          ? t("verifiedProcessor", { organization, controller: context.controllerName })
          : t("verified", { organization });
      case EVENT.STARTED:
        return t("started", { organization });
      case EVENT.RESUMED:
        return t("resumed", { organization });
      case EVENT.REPLY: {
        const message = text(data, "message");
        return message === null ? null : t("reply", { organization, message });
      }
      case EVENT.INFO_REQUESTED: {
        const question = text(data, "question");
        return question === null ? null : t("infoRequested", { organization, question });
      }
      case EVENT.SUBJECT_ANSWERED: {
        const answer = text(data, "answer");
        return answer === null ? null : t("answered", { answer });
      }
      case EVENT.EXTENDED: {
        const reason = text(data, "reason");
        const dueAt = text(data, "dueAt");
        const unit = text(data, "periodUnit") as PeriodUnit | null;
        const count = typeof data.months === "number" ? data.months : typeof data.days === "number" ? data.days : null;
        if (reason === null || dueAt === null || unit === null || !PERIOD_UNITS.has(unit) || count === null) return null;
        const period = labelWords(locale)("period", { count, unit, form: "duration" });
        return t("extended", { organization, period, date: date(new Date(dueAt)), reason });
      }
      case EVENT.DENIED: {
        const reason = text(data, "reason");
        return reason === null ? null : t("denied", { organization, reference: context.reference, reason });
      }
      case EVENT.WITHDRAWN:
        return data.reason === undefined ? null : t("withdrawn", { organization, reference: context.reference });
      case EVENT.FORWARDED: {
        const customer = text(data, "customer");
        const email = text(data, "contactEmail");
        return customer === null || email === null ? null : t("forwarded", { organization, customer, email, date: date(event.at) });
      }
      case EVENT.COMPLETED:
        return completedSentence(locale, data, context);
      default:
        return null;
    }
  })();
  return sentence ?? event.message;
}

function completedSentence(locale: Locale, data: Record<string, unknown>, context: SubjectHistoryContext): string | null {
  const t = historyWords(locale);
  if (data.outcome === "DUPLICATE") {
    if (!("duplicateOfYours" in data)) return null;
    const reference = text(data, "duplicateOfYours");
    return reference ? t("duplicateOfYours", { reference }) : t("duplicate");
  }
  if (typeof data.outcome !== "string" || !("message" in data)) return null;
  const summary = t("completed", { outcome: data.outcome, organization: context.organizationName });
  const files = typeof data.files === "number" ? data.files : 0;
  const availableUntil = text(data, "availableUntil");
  const filesLine =
    files > 0 && availableUntil
      ? t("filesReady", { count: files, date: formatDate(new Date(availableUntil), context.timeZone, locale) })
      : null;
  return [summary, text(data, "message"), filesLine].filter(Boolean).join("\n");
}
