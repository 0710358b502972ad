// The one rule for the language a data subject reads: their explicit choice, else the best match of their
// browser's Accept-Language among the six, else the organization's language.
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from "./locales";

/** One Accept-Language tag as one of ours: exact, then by language (nb for Norwegian, pt-BR for Portuguese). */
function matchTag(tag: string): Locale | null {
  const lower = tag.trim().toLowerCase();
  const exact = LOCALES.find((l) => l.toLowerCase() === lower);
  if (exact) return exact;
  const language = lower.split("-")[0];
  switch (language) {
    case "nb":
    case "no":
    case "nn":
      return "nb";
    case "pt":
      return "pt-BR";
    case "en":
    case "de":
    case "fr":
    case "es":
      return language;
    default:
      return null;
  }
}

/** The header's languages in order of preference (q, then position); q=0 means "not this one". */
export function preferredTags(acceptLanguage: string): string[] {
  return acceptLanguage
    .split(",")
    .slice(0, 32)
    .map((part, index) => {
      const [tag = "", ...params] = part.split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.tag !== "" && entry.tag !== "*" && entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .map((entry) => entry.tag);
}

export function resolveSubjectLocale(args: {
  chosen?: string | null;
  acceptLanguage?: string | null;
  organizationLocale?: string | null;
}): Locale {
  if (isLocale(args.chosen)) return args.chosen;
  for (const tag of preferredTags(args.acceptLanguage ?? "")) {
    const match = matchTag(tag);
    if (match) return match;
  }
  return isLocale(args.organizationLocale) ? args.organizationLocale : DEFAULT_LOCALE;
}
