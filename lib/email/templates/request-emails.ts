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
