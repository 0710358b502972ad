// next-intl's request configuration: the locale is not in the URL (status links are already out in
// emails), so every page's language comes from getPageLanguage.
import { getRequestConfig } from "next-intl/server";
import { getPageLanguage } from "./get-page-locale";
import { MESSAGES } from "./messages";

export default getRequestConfig(async () => {
  const { locale } = await getPageLanguage();
  // Dates are formatted by lib/format in the organization's zone; this only silences next-intl's default.
  return { locale, messages: MESSAGES[locale], timeZone: "UTC" };
});
