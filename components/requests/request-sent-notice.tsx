// What a subject reads after every accepted request, on the portal and in the embedded form: the same words
// whoever sent it, so the page says nothing about whether the address was known. The law and its period come
// from the jurisdiction and type the form sent (in the address), checked against the organization's offer.
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import type { RequestType } from "@/lib/db/generated/enums";
import type { PortalOrganization } from "@/lib/organizations/get-portal-organization";
import { isJurisdiction } from "@/lib/requests/jurisdictions";
import { promisedLawFor } from "@/lib/requests/promised-law";

type Org = Pick<
  PortalOrganization,
  "name" | "privacyEmail" | "verificationTtlHours" | "regime" | "regimes" | "responseDays" | "responseBusinessDays" | "requestTypes"
>;

export type SentRequest = { jurisdiction?: string | string[]; type?: string | string[] };

export async function RequestSentNotice({ org, formHref, sent }: { org: Org; formHref: string; sent: SentRequest }) {
  const t = await getTranslations("sentPage");
  const labels = await getTranslations("labels");
  const jurisdiction = typeof sent.jurisdiction === "string" && isJurisdiction(sent.jurisdiction) ? sent.jurisdiction : null;
  const type = org.requestTypes.find((offered) => offered === sent.type) as RequestType | undefined;
  const law = jurisdiction && type ? promisedLawFor(org, { jurisdiction, type }) : null;
  return (
    <>
      <Alert tone="success" title={t("alertTitle")}>
        <p>{t("body", { hours: org.verificationTtlHours, organization: org.name })}</p>
        {law ? (
          <p data-testid="law-period">
            {t("lawPeriod", {
              law: labels("law", { regime: law.regime, organization: org.name }),
              organization: org.name,
              period: labels("period", { ...law.period, form: "within" }),
            })}
          </p>
        ) : null}
      </Alert>
      <p>
        {t.rich("noEmail", {
          again: (chunks) => <a href={formHref}>{chunks}</a>,
          contact: () => <a href={`mailto:${org.privacyEmail}`}>{org.privacyEmail}</a>,
        })}
      </p>
    </>
  );
}
