// The six languages the portal, the subject's emails and the status page speak: their codes, their names
// in themselves, and the tag Intl formats dates and numbers with.
export const LOCALES = ["en", "nb", "de", "fr", "es", "pt-BR"] as const;

export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = "en";

/** Each language named in itself, as the switcher and the settings offer it. */
export const localeLabel: Record<Locale, string> = {
  en: "English",
  nb: "Norsk bokmål",
  de: "Deutsch",
  fr: "Français",
  es: "Español",
  "pt-BR": "Português (Brasil)",
};

/** English dates keep the day-month-year order the portal always used ("26 November 2026"). */
export const intlTag: Record<Locale, string> = {
  en: "en-GB",
  nb: "nb-NO",
  de: "de-DE",
  fr: "fr-FR",
  es: "es-ES",
  "pt-BR": "pt-BR",
};

/** The cookie the language switcher sets: the subject's explicit choice wins over the browser's. */
export const LOCALE_COOKIE = "rightsdesk-locale";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}
