// The emails a data subject receives about their request.
import { requestTypeLabel } from "@/lib/requests/labels";
import type { RequestType } from "@/lib/db/generated/enums";
import { renderEmail } from "./layout";

type Org = { name: string; legalName: string; privacyEmail: string };

function footer(org: Org) {
  return `Sent by the privacy portal of ${org.legalName}. Questions: ${org.privacyEmail}. If you did not make this request, you can ignore this email.`;
}

export function verificationEmail(args: { org: Org; subjectName: string; type: RequestType; link: string; expiresInHours: number }) {
  const { org } = args;
  return {
    subject: `Confirm your privacy request to ${org.name}`,
    ...renderEmail(
      [
        { text: `Hello ${args.subjectName},` },
        {
          text: `We received a request to ${org.name}: "${requestTypeLabel[args.type]}". To make sure it really comes from you, please confirm your email address. We only start working on the request once you do.`,
        },
        { link: args.link, label: "Confirm my request" },
        { text: `This link works once and expires in ${args.expiresInHours} hours. If it expires, you can simply send the request again.` },
      ],
      footer(org),
    ),
  };
}

export function statusLinkEmail(args: { org: Org; subjectName: string; reference: string; type: RequestType; dueAt: string; link: string }) {
  const { org } = args;
  return {
    subject: `Your privacy request ${args.reference} to ${org.name} is confirmed`,
    ...renderEmail(
      [
        { text: `Hello ${args.subjectName},` },
        {
          text: `Thank you for confirming your email address. Your request "${requestTypeLabel[args.type]}" is now with ${org.name} under the reference ${args.reference}. They must answer by ${args.dueAt}.`,
        },
        { text: "You can follow your request, and receive the answer, on its private status page. Keep this link to yourself: anyone who has it can see the request." },
        { link: args.link, label: "See my request" },
      ],
      footer(org),
    ),
  };
}

function subjectFooter(org: Org) {
  return `Sent by the privacy portal of ${org.legalName}. Questions: ${org.privacyEmail}.`;
}

const keepPrivate = "Keep this link to yourself: anyone who has it can see the request.";

/** The status link of a request that staff recorded from an email or a phone call. */
export function recordedStatusLinkEmail(args: {
  org: Org;
  subjectName: string;
  reference: string;
  type: RequestType;
  channel: "EMAIL" | "PHONE";
  dueAt: string;
  link: string;
}) {
  const { org } = args;
  const how = args.channel === "PHONE" ? "on the phone" : "by email";
  return {
    subject: `Your privacy request ${args.reference} to ${org.name}`,
    ...renderEmail(
      [
        { text: `Hello ${args.subjectName},` },
        {
          text: `${org.name} received your request "${requestTypeLabel[args.type]}" ${how} and recorded it under the reference ${args.reference}. They must answer by ${args.dueAt}.`,
        },
        { text: `You can follow your request, and receive the answer, on its private status page. ${keepPrivate}` },
        { link: args.link, label: "See my request" },
      ],
      subjectFooter(org),
    ),
  };
}

export function replyEmail(args: { org: Org; subjectName: string; reference: string; message: string; link: string }) {
  const { org } = args;
  return {
    subject: `A message about your privacy request ${args.reference}`,
    ...renderEmail(
      [
        { text: `Hello ${args.subjectName},` },
        { text: `${org.name}'s privacy team wrote about your request ${args.reference}:` },
        { text: args.message },
        { text: `You can also read this on your request's private status page. ${keepPrivate}` },
        { link: args.link, label: "See my request" },
      ],
      subjectFooter(org),
    ),
  };
}

export function informationRequestEmail(args: { org: Org; subjectName: string; reference: string; question: string; answerBy: string; link: string }) {
  const { org } = args;
  return {
    subject: `${org.name} needs more information for your request ${args.reference}`,
    ...renderEmail(
      [
        { text: `Hello ${args.subjectName},` },
        { text: `To go on with your request ${args.reference}, ${org.name}'s privacy team needs more information from you:` },
        { text: args.question },
        {
          text: `Please answer by ${args.answerBy} on your request's private status page. Until you do, the request waits for you, and the time it waits does not count against ${org.name}'s deadline. If we do not hear from you by then, ${org.name} may close the request. ${keepPrivate}`,
        },
        { link: args.link, label: "Answer on my status page" },
      ],
      subjectFooter(org),
    ),
  };
}

/** The deadline was extended: by how much, until when, and why (the law asks for the reason with the notice). */
export function extensionEmail(args: {
  org: Org;
  subjectName: string;
  reference: string;
  /** e.g. "2 months" or "10 working days". */
  extendedBy: string;
  previousDueDate: string | null;
  newDueDate: string;
  reason: string;
  link: string;
}) {
  const { org } = args;
  const previously = args.previousDueDate ? `, instead of ${args.previousDueDate}` : "";
  return {
    subject: `${org.name} needs more time for your request ${args.reference}`,
    ...renderEmail(
      [
        { text: `Hello ${args.subjectName},` },
        {
          text: `${org.name} has extended the time it has to answer your request ${args.reference} by ${args.extendedBy}. They will now answer by ${args.newDueDate}${previously}.`,
        },
        { text: `Their reason:\n${args.reason}` },
        { text: `You can follow your request on its private status page. ${keepPrivate}` },
        { link: args.link, label: "See my request" },
      ],
      subjectFooter(org),
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

/** The request is closed: what happened, in plain words, and where to read it and get any files. */
export function requestClosedEmail(args: { org: Org; subjectName: string; reference: string; summary: string; details?: string | null; link: string }) {
  const { org } = args;
  return {
    subject: `Your privacy request ${args.reference} to ${org.name} is closed`,
    ...renderEmail(
      [
        { text: `Hello ${args.subjectName},` },
        { text: args.summary },
        ...(args.details ? [{ text: args.details }] : []),
        { text: `Your request's private status page has the full history, and any files for you. ${keepPrivate}` },
        { link: args.link, label: "See my request" },
      ],
      subjectFooter(org),
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
