// The email a new organization's owner receives when an operator creates it (npm run org:create).
import { renderEmail } from "./layout";

export function organizationOwnerEmail(args: { name: string; organizationName: string; link: string; expiresInMinutes: number; newLinkUrl: string }) {
  return {
    subject: `You are the owner of ${args.organizationName} on Rightsdesk`,
    ...renderEmail(
      [
        { text: `Hello ${args.name},` },
        {
          text: `${args.organizationName} now has a privacy request portal on Rightsdesk, and you are its owner: you can change its settings and invite your team.`,
        },
        { link: args.link, label: "Sign in to Rightsdesk" },
        {
          text: `The link works once and expires in ${args.expiresInMinutes} minutes; when it has, ask for a new one at ${args.newLinkUrl}. As an owner you will set up two-factor authentication when you first sign in: have an authenticator app ready.`,
        },
      ],
      "If you did not expect this email, you can ignore it: nobody can sign in without the link.",
    ),
  };
}
