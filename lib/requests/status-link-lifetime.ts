// When a private status link stops working. It works while its request is open and for the organization's
// `statusLinkDaysAfterClose` days after the request closes; a link issued after the closing (the fresh one a
// subject asks for from the "expired" page) works that many days after it was issued. A link with its own
// `expiresAt` also stops then, whichever comes first.
const DAY_MS = 86_400_000;

type Link = { createdAt: Date; expiresAt: Date | null };

/** The instant the link stops working, or null while nothing ends it (the request is open). */
export function statusLinkEndsAt(link: Link, request: { closedAt: Date | null }, daysAfterClose: number): Date | null {
  const ends = [link.expiresAt];
  if (request.closedAt) {
    const from = Math.max(request.closedAt.getTime(), link.createdAt.getTime());
    ends.push(new Date(from + daysAfterClose * DAY_MS));
  }
  const known = ends.filter((end): end is Date => end !== null);
  return known.length === 0 ? null : new Date(Math.min(...known.map((end) => end.getTime())));
}

export function isStatusLinkExpired(link: Link, request: { closedAt: Date | null }, daysAfterClose: number, now: Date): boolean {
  const endsAt = statusLinkEndsAt(link, request, daysAfterClose);
  return endsAt !== null && endsAt <= now;
}
