// The language of the page being rendered: English for staff pages, the subject's language (their choice,
// their browser, their organization's) for the portal. Cached per request.
import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { getPortalOrganization } from "@/lib/organizations/get-portal-organization";
import { DEFAULT_LOCALE, LOCALE_COOKIE, type Locale } from "./locales";
import { PAGE_PATH_HEADER, portalOfPath } from "./page-path";
import { resolveSubjectLocale } from "./resolve-subject-locale";

export type PageLanguage = { locale: Locale; isPortal: boolean; path: string };

export const getPageLanguage = cache(async (): Promise<PageLanguage> => {
  const requestHeaders = await headers();
  const path = requestHeaders.get(PAGE_PATH_HEADER) ?? "/";
  const portal = portalOfPath(path);
  if (!portal.isPortal) return { locale: DEFAULT_LOCALE, isPortal: false, path };
  const org = portal.orgSlug ? await getPortalOrganization(portal.orgSlug) : null;
  const locale = resolveSubjectLocale({
    chosen: (await cookies()).get(LOCALE_COOKIE)?.value,
    acceptLanguage: requestHeaders.get("accept-language"),
    organizationLocale: org?.locale,
  });
  return { locale, isPortal: true, path };
});
