// A data subject's name and email as the queue shows them until a member reveals them: enough to
// tell rows apart at a glance, too little to identify anyone ("Aroha Ngata" → "A•••a N•••a").

const HIDDEN = "•••";

function maskWord(word: string): string {
  const chars = Array.from(word);
  // Three letters or fewer would be mostly shown by first-and-last: keep only the first.
  if (chars.length <= 3) return `${chars[0] ?? ""}${HIDDEN}`;
  return `${chars[0]}${HIDDEN}${chars.at(-1)}`;
}

/** "Aroha Ngata" → "A•••a N•••a"; short words keep only their first letter. */
export function maskName(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  return words.length ? words.map(maskWord).join(" ") : HIDDEN;
}

/** "aroha@example.nz" → "a•••@e•••.nz": the first letters and the top-level domain only. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  if (at <= 0) return HIDDEN;
  const local = Array.from(email.slice(0, at));
  const labels = email.slice(at + 1).split(".").filter(Boolean);
  const domain = labels.length >= 2 ? `${Array.from(labels[0]!)[0]}${HIDDEN}.${labels.at(-1)}` : HIDDEN;
  return `${local[0]}${HIDDEN}@${domain}`;
}
