// The email that invites someone to join an organization's privacy team.
import { renderEmail } from "./layout";

export function invitationEmail(args: { organizationName: string; inviterName: string; roleLabel: string; link: string; expiresOn: string }) {
  return {
    subject: `Join ${args.organizationName}'s privacy team on Rightsdesk`,
    ...renderEmail(
      [
        { text: "Hello," },
        {
          text: `${args.inviterName} invited you to join ${args.organizationName} on Rightsdesk, where its privacy team answers people's requests about their personal data. Your role: ${args.roleLabel}.`,
        },
        { link: args.link, label: `Join ${args.organizationName}` },
        {
          text: `The link works once, until ${args.expiresOn}. Opening it shows a button: nothing happens until you press it. If you have no Rightsdesk account yet, you create one there.`,
        },
      ],
      "If you did not expect this invitation, you can ignore this email: nobody joins without the link. Keep it to yourself.",
    ),
  };
}
