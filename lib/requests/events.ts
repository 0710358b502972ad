// The kinds of entries in a request's history, and what the subject reads for the ones they see.

export const EVENT = {
  SUBMITTED: "request.submitted",
  VERIFIED: "request.verified",
} as const;

export function submittedMessage(channel: "WEB" | "API"): string {
  return channel === "API"
    ? "Request received through the organization's systems. We emailed you a link to confirm it is you."
    : "Request received. We emailed you a link to confirm it is you.";
}

export function verifiedMessage(orgName: string, controllerName: string | null): string {
  if (!controllerName) return `Email address confirmed. Your request is now with the privacy team of ${orgName}.`;
  return (
    `Email address confirmed. ${orgName} handles this data on behalf of ${controllerName}, who decides what happens to it. ` +
    `${orgName}'s privacy team will check your request and pass it on to ${controllerName}, and tell you here when they do.`
  );
}
