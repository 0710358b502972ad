// What the webhooks page says after a change that reloaded it (`?done=<key>`).
export const WEBHOOKS_DONE_MESSAGES = {
  enabled: "The endpoint is enabled: it receives the events that happen from now on.",
  disabled: "The endpoint is disabled: nothing is sent to it until it is enabled again.",
  disabledCancelled: "The endpoint is disabled. Its deliveries still waiting are marked failed; retry them once it is enabled again.",
  tested: "A test event (ping) is on its way. Its delivery appears in the log below.",
  deleted: "The endpoint and its delivery log were deleted. Nothing more is sent to it.",
  retried: "The delivery is on its way again, with its retries started over.",
} as const;

export type WebhooksDoneKey = keyof typeof WEBHOOKS_DONE_MESSAGES;

export function webhooksDoneMessage(key: string | string[] | undefined): string | null {
  return typeof key === "string" && key in WEBHOOKS_DONE_MESSAGES ? WEBHOOKS_DONE_MESSAGES[key as WebhooksDoneKey] : null;
}
