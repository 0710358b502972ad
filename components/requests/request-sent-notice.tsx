// What a subject reads after every accepted request, on the portal and in the embedded form: the same words
// whoever sent it, so the page says nothing about whether the address was known.
import { Alert } from "@/components/ui/alert";
import type { PortalOrganization } from "@/lib/organizations/get-portal-organization";

type Org = Pick<PortalOrganization, "name" | "privacyEmail" | "verificationTtlHours">;

export function RequestSentNotice({ org, formHref }: { org: Org; formHref: string }) {
  return (
    <>
      <Alert tone="success" title="Your request has been sent">
        <p>
          We have sent an email with a confirmation link to the address you gave. Open it within {org.verificationTtlHours} hours to
          confirm the request is yours. {org.name} starts working on it once you do.
        </p>
      </Alert>
      <p>
        No email after a few minutes? Check your spam folder. If it is not there, you can <a href={formHref}>send the request again</a>{" "}
        or write to <a href={`mailto:${org.privacyEmail}`}>{org.privacyEmail}</a>.
      </p>
    </>
  );
}
