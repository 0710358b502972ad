// The emails staff receive about signing in.
import { renderEmail } from "./layout";

export function signInLinkEmail(args: { name: string; link: string; expiresInMinutes: number }) {
  return {
    subject: "Your Rightsdesk sign-in link",
    ...renderEmail(
      [
        { text: `Hello ${args.name},` },
        { text: "Someone (we hope you) asked for a link to sign in to Rightsdesk with this email address." },
        { link: args.link, label: "Sign in to Rightsdesk" },
        {
          text: `The link works once and expires in ${args.expiresInMinutes} minutes. Opening it shows a "Continue" button: nothing happens until you press it.`,
        },
      ],
      "If you did not ask for this link, you can ignore this email: nobody can sign in without the link. Keep it to yourself.",
    ),
  };
}
