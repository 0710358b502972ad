// The emails a data subject receives about their request, each in the request's language (the catalog's
// "emails" namespace, built with next-intl's createTranslator outside React); staff emails stay English.
import { createTranslator } from "use-intl/core";
import type { Regime, RequestType } from "@/lib/db/generated/enums";
import type { PauseReason } from "@/lib/deadlines";
import type { Period } from "@/lib/organizations/promised-response-time";
import type { Locale } from "@/lib/i18n/locales";
import { MESSAGES } from "@/lib/i18n/messages";
import { requestTypeLabel } from "@/lib/requests/labels";
import { renderEmail, type EmailBlock } from "./layout";

type Org = { name: string; legalName: string; privacyEmail: string };

/** The subject email's words: its catalog namespace, the request type's name, and the rendering in that language. */
export function subjectEmailWords(locale: Locale) {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "emails" });
  const labels = createTranslator({ locale, messages: MESSAGES[locale], namespace: "labels" });
  const statusPage = createTranslator({ locale, messages: MESSAGES[locale], namespace: "statusPage" });
  return {
    t,
    typeName: (type: RequestType) => labels(`requestType.${type}`),
    lawName: (regime: Regime, organization: string) => labels("law", { regime, organization }),
    within: (period: Period) => labels("period", { ...period, form: "within" }),
    /** The status page's sentence on whether the clock stops while the subject is asked something. */
    clockWhileWaiting: (waiting: { reason: PauseReason | null; isClockStopped: boolean }) =>
      waiting.isClockStopped ? statusPage("clockStopped", { reason: waiting.reason ?? "none" }) : statusPage("clockRuns"),
    render: (blocks: EmailBlock[], footer: string) => renderEmail(blocks, footer, { copyLink: t("copyLink") }),
  };
}

export function verificationEmail(args: {
  locale: Locale;
  org: Org;
  subjectName: string;
  type: RequestType;
  link: string;
  expiresInHours: number;
  /** The law the request falls under and the period it gives (no date before verification). */
  law: { regime: Regime; period: Period };
}) {
  const { org } = args;
  const { t, typeName, lawName, within, render } = subjectEmailWords(args.locale);
  return {
    subject: t("verificationSubject", { organization: org.name }),
    ...render(
      [
        { text: t("hello", { name: args.subjectName }) },
        { text: t("verificationBody", { organization: org.name, type: typeName(args.type) }) },
        { link: args.link, label: t("verificationButton") },
        { text: t("verificationExpiry", { hours: args.expiresInHours }) },
        { text: t("verificationLaw", { law: lawName(args.law.regime, org.name), organization: org.name, period: within(args.law.period) }) },
      ],
      t("footerUnsolicited", { legalName: org.legalName, email: org.privacyEmail }),
    ),
  };
}

export function statusLinkEmail(args: {
  locale: Locale;
  org: Org;
  subjectName: string;
  reference: string;
  type: RequestType;
  /** The law the request is held to, which gives `dueAt`. */
  regime: Regime;
  dueAt: string;
  link: string;
}) {
  const { org } = args;
  const { t, typeName, lawName, render } = subjectEmailWords(args.locale);
  return {
    subject: t("confirmedSubject", { reference: args.reference, organization: org.name }),
    ...render(
      [
        { text: t("hello", { name: args.subjectName }) },
        {
          text: t("confirmedBody", {
            type: typeName(args.type),
            organization: org.name,
            reference: args.reference,
            law: lawName(args.regime, org.name),
            date: args.dueAt,
          }),
        },
        { text: `${t("followOnStatusPage")} ${t("keepPrivate")}` },
        { link: args.link, label: t("seeRequest") },
      ],
      t("footerUnsolicited", { legalName: org.legalName, email: org.privacyEmail }),
    ),
  };
}

/** A fresh status link the subject asked for on the page of an expired one; it works `days` days. */
export function freshStatusLinkEmail(args: { locale: Locale; org: Org; subjectName: string; reference: string; days: number; link: string }) {
  const { org } = args;
  const { t, render } = subjectEmailWords(args.locale);
  return {
    subject: t("freshLinkSubject", { reference: args.reference, organization: org.name }),
    ...render(
      [
        { text: t("hello", { name: args.subjectName }) },
        { text: `${t("freshLinkBody", { reference: args.reference, organization: org.name, days: args.days })} ${t("keepPrivate")}` },
        { link: args.link, label: t("seeRequest") },
      ],
      // Anyone can type an address on that page: the owner of this one may not have asked.
      t("freshLinkFooter", { legalName: org.legalName, email: org.privacyEmail }),
    ),
  };
}

/** The status link of a request that staff recorded from an email or a phone call. */
export function recordedStatusLinkEmail(args: {
  locale: Locale;
  org: Org;
  subjectName: string;
  reference: string;
  type: RequestType;
  channel: "EMAIL" | "PHONE";
  dueAt: string;
  link: string;
}) {
  const { org } = args;
  const { t, typeName, render } = subjectEmailWords(args.locale);
  return {
    subject: t("recordedSubject", { reference: args.reference, organization: org.name }),
    ...render(
      [
        { text: t("hello", { name: args.subjectName }) },
        {
          text: t("recordedBody", {
            organization: org.name,
            type: typeName(args.type),
            channel: args.channel,
            reference: args.reference,
            date: args.dueAt,
          }),
        },
        { text: `${t("followOnStatusPage")} ${t("keepPrivate")}` },
        { link: args.link, label: t("seeRequest") },
      ],
      t("footer", { legalName: org.legalName, email: org.privacyEmail }),
    ),
  };
}

export function replyEmail(args: { locale: Locale; org: Org; subjectName: string; reference: string; message: string; link: string }) {
  const { org } = args;
  const { t, render } = subjectEmailWords(args.locale);
  return {
    subject: t("replySubject", { reference: args.reference }),
    ...render(
      [
        { text: t("hello", { name: args.subjectName }) },
        { text: t("replyIntro", { organization: org.name, reference: args.reference }) },
        { text: args.message },
        { text: `${t("alsoOnStatusPage")} ${t("keepPrivate")}` },
        { link: args.link, label: t("seeRequest") },
      ],
      t("footer", { legalName: org.legalName, email: org.privacyEmail }),
    ),
  };
}

export function informationRequestEmail(args: {
  locale: Locale;
  org: Org;
  subjectName: string;
  reference: string;
  question: string;
  answerBy: string;
  /** What they are asked for, and whether the law stops the clock for it. */
  waiting: { reason: PauseReason | null; isClockStopped: boolean };
  link: string;
}) {
  const { org } = args;
  const { t, clockWhileWaiting, render } = subjectEmailWords(args.locale);
  return {
    subject: t("infoSubject", { organization: org.name, reference: args.reference }),
    ...render(
      [
        { text: t("hello", { name: args.subjectName }) },
        { text: t("infoIntro", { reference: args.reference, organization: org.name }) },
        { text: args.question },
        { text: clockWhileWaiting(args.waiting) },
        { text: `${t("infoAnswerBy", { date: args.answerBy, organization: org.name })} ${t("keepPrivate")}` },
        { link: args.link, label: t("answerOnStatusPage") },
      ],
      t("footer", { legalName: org.legalName, email: org.privacyEmail }),
    ),
  };
}

/** The deadline was extended: by how much, until when, and why (the law asks for the reason with the notice). */
export function extensionEmail(args: {
  locale: Locale;
  org: Org;
  subjectName: string;
  reference: string;
  /** e.g. "2 months" or "10 working days", in the request's language. */
  extendedBy: string;
  previousDueDate: string | null;
  newDueDate: string;
  reason: string;
  link: string;
}) {
  const { org } = args;
  const { t, render } = subjectEmailWords(args.locale);
  const values = { organization: org.name, reference: args.reference, period: args.extendedBy, date: args.newDueDate };
  return {
    subject: t("extensionSubject", { organization: org.name, reference: args.reference }),
    ...render(
      [
        { text: t("hello", { name: args.subjectName }) },
        {
          text: args.previousDueDate
            ? t("extensionBodyInstead", { ...values, previousDate: args.previousDueDate })
            : t("extensionBody", values),
        },
        { text: t("theirReason", { reason: args.reason }) },
        { text: `${t("followStatusPage")} ${t("keepPrivate")}` },
        { link: args.link, label: t("seeRequest") },
      ],
      t("footer", { legalName: org.legalName, email: org.privacyEmail }),
    ),
  };
}

/** To the assignee (or the organization's officers): the subject answered a question. */
export function subjectAnsweredEmail(args: { org: Org; reference: string; answer: string; link: string }) {
  return {
    subject: `The subject answered: ${args.reference}`,
    ...renderEmail(
      [
        { text: `The data subject of ${args.reference} answered your question. The request is back in progress.` },
        { text: args.answer },
        { link: args.link, label: "Open the request" },
      ],
      `Sent by Rightsdesk for ${args.org.name}.`,
    ),
  };
}

/** The request is closed: what happened, in plain words (already in the request's language), and where to read it. */
export function requestClosedEmail(args: {
  locale: Locale;
  org: Org;
  subjectName: string;
  reference: string;
  summary: string;
  details?: string | null;
  link: string;
}) {
  const { org } = args;
  const { t, render } = subjectEmailWords(args.locale);
  return {
    subject: t("closedSubject", { reference: args.reference, organization: org.name }),
    ...render(
      [
        { text: t("hello", { name: args.subjectName }) },
        { text: args.summary },
        ...(args.details ? [{ text: args.details }] : []),
        { text: `${t("closedStatusPage")} ${t("keepPrivate")}` },
        { link: args.link, label: t("seeRequest") },
      ],
      t("footer", { legalName: org.legalName, email: org.privacyEmail }),
    ),
  };
}

/** To a customer's privacy contact: a request about data they control, passed on by the processor. */
export function forwardToControllerEmail(args: {
  org: Org;
  customerName: string;
  reference: string;
  type: RequestType;
  subjectName: string;
  subjectEmail: string;
  jurisdiction: string;
  receivedAt: string;
  details: string | null;
  correctionWrong: string | null;
  correctionRight: string | null;
  controllerNameGiven: string | null;
  note: string | null;
}) {
  const { org } = args;
  const asked = [
    `What they asked: ${requestTypeLabel[args.type]}`,
    ...(args.correctionWrong ? [`What is wrong: ${args.correctionWrong}`] : []),
    ...(args.correctionRight ? [`What it should say: ${args.correctionRight}`] : []),
    ...(args.details ? [`In their words: ${args.details}`] : []),
  ].join("\n");
  return {
    subject: `Privacy request ${args.reference} for ${args.customerName}, forwarded by ${org.name}`,
    ...renderEmail(
      [
        { text: `Hello ${args.customerName} privacy team,` },
        {
          text: `A person made a privacy request to ${org.name}, which processes their personal data on your behalf. As the controller, you decide about this data, so the request is yours to answer. We have told the person that we passed it to you and that you will answer them directly.`,
        },
        {
          text: [
            `Reference: ${args.reference}`,
            `Received: ${args.receivedAt} (email address confirmed by the person)`,
            `Name: ${args.subjectName}`,
            `Email: ${args.subjectEmail}`,
            `Where they live: ${args.jurisdiction}`,
            ...(args.controllerNameGiven ? [`Service they named: ${args.controllerNameGiven}`] : []),
          ].join("\n"),
        },
        { text: asked },
        ...(args.note ? [{ text: `Note from ${org.name}: ${args.note}` }] : []),
        { text: `If we can help with the data we process for you, reply to ${org.privacyEmail}.` },
      ],
      `Sent by the privacy portal of ${org.legalName}.`,
    ),
  };
}
