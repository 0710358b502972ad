// The request form's page body — heading, what happens next, the form — on the portal and in the embedded
// form alike; only the action (and so the page shown after sending) differs.
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import type { PortalOrganization } from "@/lib/organizations/get-portal-organization";
import { promisedResponseTime } from "@/lib/organizations/promised-response-time";
import { PortalRequestForm } from "./portal-request-form";
import { ResponseTimes } from "./response-times";
import type { RequestFormProps } from "./request-form";

export async function RequestFormPage({ org, action, className }: { org: PortalOrganization; action: RequestFormProps["action"]; className: string }) {
  const t = await getTranslations("requestPage");
  const labels = await getTranslations("labels");
  return (
    <div className={className}>
      <PageHeader
        eyebrow={org.legalName}
        title={t("title", { organization: org.name })}
        description={
          org.regimes.length === 0 ? (
            <p>{t("intro", { organization: org.name, period: labels("period", { ...promisedResponseTime(org), form: "duration" }) })}</p>
          ) : (
            <>
              <p>{t("introByLaw", { organization: org.name })}</p>
              <ResponseTimes org={org} />
            </>
          )
        }
      />
      <PortalRequestForm org={org} action={action} />
    </div>
  );
}

/** The page title, for generateMetadata. */
export async function requestFormTitle(org: PortalOrganization | null): Promise<string> {
  if (!org) return (await getTranslations("notFound"))("metaTitle");
  return (await getTranslations("requestPage"))("title", { organization: org.name });
}
