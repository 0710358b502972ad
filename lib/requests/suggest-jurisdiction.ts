// Where the request form may suggest the subject lives: the region of their browser's first language
// (Accept-Language "de-DE" → Germany), never the organization's guess. A language without a region ("de"),
// a region we do not list on its own ("US", whose law is decided state by state; "419", Latin America) or no
// header gives no suggestion, and the subject chooses from an empty field.
import { preferredTags } from "@/lib/i18n/resolve-subject-locale";
import { isJurisdiction } from "./jurisdictions";

export function suggestJurisdiction(acceptLanguage: string | null | undefined): string | null {
  const [first] = preferredTags(acceptLanguage ?? "");
  if (!first) return null;
  let region: string | undefined;
  try {
    region = new Intl.Locale(first).region;
  } catch {
    return null; // not a language tag
  }
  return region && isJurisdiction(region) ? region : null;
}
