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

export function passwordGuessingEmail(args: { name: string; failures: number; windowMinutes: number; securityLink: string }) {
  return {
    subject: "Someone is trying to guess your Rightsdesk password",
    ...renderEmail(
      [
        { text: `Hello ${args.name},` },
        {
          text: `There have been ${args.failures} failed attempts to sign in to your Rightsdesk account with a password in the last ${args.windowMinutes} minutes. From now on, every further attempt has to wait longer than the one before, except from places where you have signed in before.`,
        },
        {
          text: "If this was not you, someone may be guessing your password. A long password used nowhere else keeps them out; two-factor authentication means a guessed password alone is not enough.",
        },
        { link: args.securityLink, label: "Review your account security" },
      ],
      "We send this at most once a day. You do not need to do anything to keep signing in as usual.",
    ),
  };
}
