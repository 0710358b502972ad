// Dates as a person reads them: in the organization's time zone, with the zone named.

// A formatter is costly to build and the zones in use are few: one per zone and style, built once. The reminder
// sweep formats a date for every reminder it sends (see docs/benchmarks.md).
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(style: "date" | "dateTime", timeZone: string): Intl.DateTimeFormat {
  const key = `${style} ${timeZone}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(
      "en-GB",
      style === "date"
        ? { timeZone, day: "numeric", month: "long", year: "numeric" }
        : { timeZone, day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", timeZoneName: "short" },
    );
    formatters.set(key, f);
  }
  return f;
}

export function formatDate(date: Date, timeZone: string): string {
  return formatter("date", timeZone).format(date);
}

export function formatDateTime(date: Date, timeZone: string): string {
  return formatter("dateTime", timeZone).format(date);
}
