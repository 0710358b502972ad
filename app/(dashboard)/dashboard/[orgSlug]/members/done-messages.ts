// What the members page says after a change that took a row away (`?done=<key>`).
export const MEMBERS_DONE_MESSAGES = {
  removed: "The member was removed. They can no longer open anything of this organization.",
  removedUnassigned:
    "The member was removed. Their open requests are unassigned now: the queue's privacy officers are reminded of them.",
  revoked: "The invitation was revoked: its link no longer works.",
} as const;

export type MembersDoneKey = keyof typeof MEMBERS_DONE_MESSAGES;

export function membersDoneMessage(key: string | string[] | undefined): string | null {
  return typeof key === "string" && key in MEMBERS_DONE_MESSAGES ? MEMBERS_DONE_MESSAGES[key as MembersDoneKey] : null;
}
