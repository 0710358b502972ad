"use server";
// Server actions of the sign-in pages: asking for an emailed link, and where to go once signed in.
import { headers } from "next/headers";
import type { SignInLinkRequestState } from "@/components/auth/form-states";
import { getSessionUser } from "@/lib/auth/get-session-user";
import { requestSignInLink } from "@/lib/auth/request-sign-in-link";
import { signInDestination } from "@/lib/auth/sign-in-destination";
import { minutesFrom } from "@/lib/auth/sign-in-errors";
import { clientIpFrom } from "@/lib/http/client-ip";
import { postedForm } from "@/lib/http/posted-form";

// Every answer takes at least this long, so timing does not tell whether an address has an account.
const MINIMUM_ANSWER_MS = 700;

export async function requestSignInLinkAction(_previous: SignInLinkRequestState, formData: FormData): Promise<SignInLinkRequestState> {
  const started = Date.now();
  // A crafted call can send anything in place of the form: that reads as an empty one.
  const email = String(postedForm(formData).get("email") ?? "");
  const result = await requestSignInLink({ raw: { email }, ip: clientIpFrom(await headers()), now: new Date() });
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, MINIMUM_ANSWER_MS - (Date.now() - started))));
  switch (result.kind) {
    case "sent":
      return { status: "sent", email: email.trim() };
    case "invalid":
      return { status: "error", fieldErrors: result.fieldErrors, email };
    case "rate_limited": {
      const minutes = minutesFrom(result.retryAfterSeconds);
      return {
        status: "error",
        fieldErrors: {},
        formError: `You asked for several links in a short time. Check your inbox (and spam folder) for the ones we sent, or try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
        email,
      };
    }
  }
}

/** Called by the sign-in forms once next-auth has set the session cookie. */
export async function signInDestinationAction(callbackUrl: string): Promise<string> {
  const user = await getSessionUser();
  if (!user || typeof callbackUrl !== "string") return "/sign-in";
  return signInDestination(user, callbackUrl);
}
