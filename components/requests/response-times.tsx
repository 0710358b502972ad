// "How long it takes", as the portal and the request form say it: the period of each law the organization
// applies, then its own for everyone else; one sentence when it applies no law.
import { getTranslations } from "next-intl/server";
import type { PortalOrganization } from "@/lib/organizations/get-portal-organization";
import type { Period } from "@/lib/organizations/promised-response-time";
import { promisedLaws } from "@/lib/requests/promised-law";

export async function ResponseTimes({ org, className }: { org: Pick<PortalOrganization, "name" | "regime" | "regimes" | "responseDays" | "responseBusinessDays">; className?: string }) {
  const t = await getTranslations("organizationPage");
  const labels = await getTranslations("labels");
  // "within": some languages (German) decline the period after "within".
  const within = (period: Period) => labels("period", { ...period, form: "within" });
  const lines = promisedLaws(org);
  if (lines.length === 1) return <p className={className}>{t("respondWithin", { period: within(lines[0]!.period) })}</p>;
  return (
    <ul className={className} data-testid="response-times">
      {lines.map(({ regime, period }) => (
        <li key={regime ?? "everyone-else"}>
          {regime
            ? t("respondUnderLaw", { law: labels("law", { regime, organization: org.name }), period: within(period) })
            : t("respondOtherwise", { period: within(period) })}
        </li>
      ))}
    </ul>
  );
}
