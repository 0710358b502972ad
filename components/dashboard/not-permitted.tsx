// What a member sees on a page their role does not open (the navigation does not offer it, but an address
// can be typed or shared): the reason, and where to go instead.
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";

export function NotPermitted({ message, orgSlug }: { message: string; orgSlug: string }) {
  return (
    <PageHeader
      title="This page is for admins"
      description={<p>{message}</p>}
      actions={<ButtonLink href={`/dashboard/${orgSlug}/queue`}>Go to the queue</ButtonLink>}
    />
  );
}
