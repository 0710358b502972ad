// What the request page says after an action succeeded (`?done=<key>`): what happened, and to whom.
export const DONE_MESSAGES = {
  claim: "You have claimed this request.",
  assign: "Assignment saved.",
  start: "The request is in progress.",
  resume: "The request is in progress again.",
  note: "Note added.",
  reply: "Reply sent to the subject: it is emailed and on their status page.",
  extend: "Deadline extended. The subject is emailed the new due date and your reason.",
  requestInfo: "Question sent. The request now waits on the subject; the deadline clock stops meanwhile, except under CCPA.",
  markDuplicate: "Closed as a duplicate.",
  deny: "The request is denied. The subject is told why.",
  complete: "The request is completed. The subject is told, and can download any files from their status page.",
  forward: "Forwarded to the customer. The subject is told who has their request now.",
  withdraw: "The withdrawal is recorded, and the subject is told.",
  recorded: "Request recorded. We emailed the subject their private status link.",
} as const;

export type DoneKey = keyof typeof DONE_MESSAGES;

export function doneMessage(key: string | undefined): string | null {
  return key && key in DONE_MESSAGES ? DONE_MESSAGES[key as DoneKey] : null;
}
