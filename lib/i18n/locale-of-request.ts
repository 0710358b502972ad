// The subject's language for a route handler, read from the request itself (cookie, Accept-Language) and
// the organization's language: the same rule as pages (resolveSubjectLocale).
import { LOCALE_COOKIE, type Locale } from "./locales";
import { resolveSubjectLocale } from "./resolve-subject-locale";

export function localeOfRequest(request: Request, organizationLocale: string | null | undefined): Locale {
  const prefix = `${LOCALE_COOKIE}=`;
  const chosen = (request.headers.get("cookie") ?? "")
    .split(";")
    .map((part) => part.trim())
    .find((part) => part.startsWith(prefix))
    ?.slice(prefix.length);
  return resolveSubjectLocale({ chosen, acceptLanguage: request.headers.get("accept-language"), organizationLocale });
}
