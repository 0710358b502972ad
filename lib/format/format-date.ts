// Dates as a person reads them: in the organization's time zone, with the zone named, in the reader's
// language (staff read English).
import { DEFAULT_LOCALE, intlTag, type Locale } from "@/lib/i18n/locales";

// A formatter is costly to build and the zones and languages in use are few: one per style, zone and language,
// built once. The reminder sweep formats a date for every reminder it sends (see docs/benchmarks.md).
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(style: "date" | "dateTime", timeZone: string, locale: Locale): Intl.DateTimeFormat {
  const key = `${style} ${timeZone} ${locale}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(
      intlTag[locale],
      style === "date"
        ? { timeZone, day: "numeric", month: "long", year: "numeric" }
        : { timeZone, day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", timeZoneName: "short" },
    );
    formatters.set(key, f);
  }
  return f;
}

export function formatDate(date: Date, timeZone: string, locale: Locale = DEFAULT_LOCALE): string {
  return formatter("date", timeZone, locale).format(date);
}

export function formatDateTime(date: Date, timeZone: string, locale: Locale = DEFAULT_LOCALE): string {
  return formatter("dateTime", timeZone, locale).format(date);
}
