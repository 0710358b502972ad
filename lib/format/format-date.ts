// Dates as a person reads them: in the organization's time zone, with the zone named, in the reader's
// language (staff read English).
import { DEFAULT_LOCALE, intlTag, type Locale } from "@/lib/i18n/locales";

export function formatDate(date: Date, timeZone: string, locale: Locale = DEFAULT_LOCALE): string {
  return new Intl.DateTimeFormat(intlTag[locale], { timeZone, day: "numeric", month: "long", year: "numeric" }).format(date);
}

export function formatDateTime(date: Date, timeZone: string, locale: Locale = DEFAULT_LOCALE): string {
  return new Intl.DateTimeFormat(intlTag[locale], {
    timeZone,
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZoneName: "short",
  }).format(date);
}
