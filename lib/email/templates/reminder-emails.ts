// Reminders: the staff digest (one email per person per sweep, listing every request that reached a
// point) and the subject's reminder that a question waits for their answer.
import type { Locale } from "@/lib/i18n/locales";
import { renderEmail } from "./layout";
import { subjectEmailWords } from "./request-emails";

export type DigestItem = {
  organizationName: string;
  reference: string;
  /** e.g. "Access · due in 3 days (10 December 2026) · assigned to you". */
  detail: string;
  link: string;
  overdue: boolean;
};

export function staffDigestEmail(args: { name: string; items: DigestItem[] }) {
  const { items } = args;
  const overdue = items.filter((i) => i.overdue).length;
  const count = items.length === 1 ? "1 privacy request needs" : `${items.length} privacy requests need`;
  const orgs = [...new Set(items.map((i) => i.organizationName))];
  return {
    subject: `${count} attention${overdue > 0 ? ` (${overdue} overdue)` : ""}`,
    ...renderEmail(
      [
        { text: `Hello ${args.name},` },
        { text: `These requests reached a reminder point today:` },
        ...orgs.map((org) => ({
          list: items
            .filter((i) => i.organizationName === org)
            .map((i) => ({ label: orgs.length > 1 ? `${org} ${i.reference}` : i.reference, link: i.link, detail: i.detail })),
        })),
        { text: "Each link opens the request in Rightsdesk. Reminders follow your organization's reminder points; an overdue request is reminded every day until it is closed." },
      ],
      `Rightsdesk reminders for ${orgs.join(", ")}.`,
    ),
  };
}

type Org = { name: string; legalName: string; privacyEmail: string };

/** To the subject, in the request's language: a question still waits for their answer. */
export function subjectReplyReminderEmail(args: {
  locale: Locale;
  org: Org;
  subjectName: string;
  reference: string;
  /** null when the question could not be found: the email points to the status page instead. */
  question: string | null;
  answerBy: string;
  link: string;
}) {
  const { org } = args;
  const { t, render } = subjectEmailWords(args.locale);
  return {
    subject: t("reminderSubject", { organization: org.name, reference: args.reference }),
    ...render(
      [
        { text: t("hello", { name: args.subjectName }) },
        { text: t("reminderIntro", { organization: org.name, reference: args.reference }) },
        { text: args.question ?? t("reminderNoQuestion") },
        { text: `${t("reminderAnswerBy", { date: args.answerBy, organization: org.name })} ${t("keepPrivate")}` },
        { link: args.link, label: t("answerOnStatusPage") },
      ],
      t("footer", { legalName: org.legalName, email: org.privacyEmail }),
    ),
  };
}
