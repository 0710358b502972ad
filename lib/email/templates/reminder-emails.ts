// Reminders: the staff digest (one email per person per sweep, listing every request that reached a
// point) and the subject's reminder that a question waits for their answer.
import { renderEmail } from "./layout";

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

export function subjectReplyReminderEmail(args: { org: Org; subjectName: string; reference: string; question: string; answerBy: string; link: string }) {
  const { org } = args;
  return {
    subject: `Reminder: ${org.name} is waiting for your answer (${args.reference})`,
    ...renderEmail(
      [
        { text: `Hello ${args.subjectName},` },
        { text: `${org.name}'s privacy team still needs this information to go on with your request ${args.reference}:` },
        { text: args.question },
        {
          text: `Please answer by ${args.answerBy} on your request's private status page. If we do not hear from you by then, ${org.name} may close the request. Keep this link to yourself: anyone who has it can see the request.`,
        },
        { link: args.link, label: "Answer on my status page" },
      ],
      `Sent by the privacy portal of ${org.legalName}. Questions: ${org.privacyEmail}.`,
    ),
  };
}
