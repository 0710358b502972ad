"use server";
// The language switcher's action: remembers the subject's choice in a cookie and returns them to the page
// they were on. The path travels in the form's body to this same site, never in a query string.
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getEnv } from "@/lib/env";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/locales";
import { safeReturnPath } from "@/lib/i18n/page-path";
import { postedForm } from "@/lib/http/posted-form";

const ONE_YEAR_SECONDS = 365 * 24 * 3600;

export async function chooseLanguageAction(formData: FormData): Promise<void> {
  const form = postedForm(formData);
  const locale = form.get("locale");
  const returnTo = safeReturnPath(form.get("returnTo"));
  if (isLocale(locale)) {
    (await cookies()).set(LOCALE_COOKIE, locale, {
      path: "/",
      maxAge: ONE_YEAR_SECONDS,
      sameSite: "lax",
      httpOnly: true,
      secure: getEnv().APP_URL.startsWith("https:"),
    });
  }
  redirect(returnTo);
}
