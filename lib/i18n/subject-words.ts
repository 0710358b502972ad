// next-intl translators for code outside React (emails, history entries), in a stored language.
import { createTranslator } from "use-intl/core";
import { DEFAULT_LOCALE, isLocale, type Locale } from "./locales";
import { MESSAGES } from "./messages";

/** A request's stored language as one of the six (a value from before languages existed reads as English). */
export function localeOf(value: string | null | undefined): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

export function historyWords(locale: Locale) {
  return createTranslator({ locale, messages: MESSAGES[locale], namespace: "history" });
}

export function emailWords(locale: Locale) {
  return createTranslator({ locale, messages: MESSAGES[locale], namespace: "emails" });
}

export function labelWords(locale: Locale) {
  return createTranslator({ locale, messages: MESSAGES[locale], namespace: "labels" });
}
