// Every email a subject can receive, built in every language: none may carry a sentence of the English
// catalog that the language translates differently (a sign a template skipped the translator).
import { describe, expect, it } from "vitest";
import { flattenMessages, icuParts } from "@/lib/i18n/icu-parts";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { MESSAGES } from "@/lib/i18n/messages";
import { historyWords } from "@/lib/i18n/subject-words";
import { subjectReplyReminderEmail } from "./reminder-emails";
import {
  extensionEmail,
  informationRequestEmail,
  recordedStatusLinkEmail,
  replyEmail,
  requestClosedEmail,
  statusLinkEmail,
  verificationEmail,
} from "./request-emails";

const org = { name: "Acme", legalName: "Acme AS", privacyEmail: "privacy@acme.example" };
const base = { org, subjectName: "Kari Nordmann", reference: "ACME-2026-000001", link: "https://rightsdesk.example/acme/status/abc" };

function everySubjectEmail(locale: Locale) {
  const history = historyWords(locale);
  return {
    verification: verificationEmail({ ...base, locale, type: "ACCESS", expiresInHours: 24, law: { regime: "GDPR", period: { count: 1, unit: "month" } } }),
    verificationOwnRule: verificationEmail({ ...base, locale, type: "ACCESS", expiresInHours: 24, law: { regime: "DEFAULT", period: { count: 30, unit: "day" } } }),
    statusLink: statusLinkEmail({ ...base, locale, type: "CORRECTION", regime: "CCPA", dueAt: "1" }),
    recordedByPhone: recordedStatusLinkEmail({ ...base, locale, type: "DELETION", channel: "PHONE", dueAt: "1" }),
    recordedByEmail: recordedStatusLinkEmail({ ...base, locale, type: "EXPORT", channel: "EMAIL", dueAt: "1" }),
    reply: replyEmail({ ...base, locale, message: "—" }),
    information: informationRequestEmail({ ...base, locale, question: "—", answerBy: "1", waiting: { reason: "IDENTITY", isClockStopped: true } }),
    informationClockRuns: informationRequestEmail({ ...base, locale, question: "—", answerBy: "1", waiting: { reason: "CLARIFICATION", isClockStopped: false } }),
    extension: extensionEmail({ ...base, locale, extendedBy: "2", previousDueDate: "1", newDueDate: "2", reason: "—" }),
    extensionFirst: extensionEmail({ ...base, locale, extendedBy: "2", previousDueDate: null, newDueDate: "2", reason: "—" }),
    closed: requestClosedEmail({ ...base, locale, summary: history("completed", { outcome: "FULFILLED", organization: org.name }), details: "—" }),
    reminder: subjectReplyReminderEmail({ ...base, locale, question: "—", answerBy: "1" }),
    reminderWithoutQuestion: subjectReplyReminderEmail({ ...base, locale, question: null, answerBy: "1" }),
  };
}

/** The English catalog's literal sentences (longer than a few words) that `locale` translates differently. */
function englishSentencesNotIn(locale: Locale): string[] {
  const english = flattenMessages(MESSAGES.en);
  const theirs = flattenMessages(MESSAGES[locale]);
  const sentences = new Set<string>();
  for (const [key, source] of english) {
    if (theirs.get(key) === source) continue;
    for (const literal of icuParts(source).literals) {
      const text = literal.trim();
      // A name the translation keeps as it is ("California Consumer Privacy Act (CCPA)") is not a slip.
      if (theirs.get(key)?.includes(text)) continue;
      if (text.length >= 12 && /\s/.test(text)) sentences.add(text);
    }
  }
  return [...sentences];
}

describe.each(LOCALES.filter((l) => l !== "en"))("subject emails in %s", (locale) => {
  const sentences = englishSentencesNotIn(locale);

  it.each(Object.entries(everySubjectEmail(locale)))("%s has no English sentence", (_name, email) => {
    for (const part of [email.subject, email.text, email.html]) {
      expect(sentences.filter((sentence) => part.includes(sentence))).toEqual([]);
    }
  });
});

describe("subject emails in English", () => {
  it("still read as they always did", () => {
    const email = verificationEmail({ ...base, locale: "en", type: "ACCESS", expiresInHours: 24, law: { regime: "GDPR", period: { count: 1, unit: "month" } } });
    expect(email.subject).toBe("Confirm your privacy request to Acme");
    expect(email.text).toContain('We received a request to Acme: "Access my data".');
    expect(email.text).toContain("expires in 24 hours");
  });

  it("a German email is German, its request type included", () => {
    const email = verificationEmail({ ...base, locale: "de", type: "ACCESS", expiresInHours: 1, law: { regime: "GDPR", period: { count: 1, unit: "month" } } });
    expect(email.subject).toBe("Bestätigen Sie Ihre Datenschutzanfrage an Acme");
    expect(email.text).toContain("„Auskunft über meine Daten“");
    expect(email.text).toContain("in 1 Stunde ab");
    expect(email.html).toContain("Oder kopieren Sie diese Adresse in Ihren Browser:");
  });
});
