// The subject's request form as an organization offers it, on its portal and embedded in its own website:
// the same fields, words and server-side checks in both places, in the page's language.
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { getPageLanguage } from "@/lib/i18n/get-page-locale";
import { intlTag } from "@/lib/i18n/locales";
import type { PortalOrganization } from "@/lib/organizations/get-portal-organization";
import { jurisdictionsFor } from "@/lib/requests/jurisdictions";
import { suggestJurisdiction } from "@/lib/requests/suggest-jurisdiction";
import { RequestForm, type RequestFormProps } from "./request-form";

export async function PortalRequestForm({ org, action }: { org: PortalOrganization; action: RequestFormProps["action"] }) {
  const labels = await getTranslations("labels");
  const { locale } = await getPageLanguage();
  // Never the organization's guess: empty, or the region of the subject's own browser language.
  const suggested = suggestJurisdiction((await headers()).get("accept-language"));
  return (
    <RequestForm
      action={action}
      organizationName={org.name}
      locale={locale}
      requestTypes={org.requestTypes.map((type) => ({
        type,
        label: labels(`requestType.${type}`),
        description: labels(`requestTypeDescription.${type}`),
      }))}
      // Only what the form needs: no database ids reach the browser.
      relationships={org.relationships.map(({ key, label, description, queue, controllerPrompt }) => ({
        key,
        label,
        description,
        queue,
        controllerPrompt,
      }))}
      jurisdictions={jurisdictionsFor(intlTag[locale], (state) => labels("unitedStates", { state }))}
      defaultJurisdiction={suggested ?? ""}
    />
  );
}
