// What a subject reads after every accepted request, on the portal and in the embedded form: the same words
// whoever sent it, so the page says nothing about whether the address was known.
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import type { PortalOrganization } from "@/lib/organizations/get-portal-organization";

type Org = Pick<PortalOrganization, "name" | "privacyEmail" | "verificationTtlHours">;

export function RequestSentNotice({ org, formHref }: { org: Org; formHref: string }) {
  const t = useTranslations("sentPage");
  return (
    <>
      <Alert tone="success" title={t("alertTitle")}>
        <p>{t("body", { hours: org.verificationTtlHours, organization: org.name })}</p>
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
