// What each role may do. The one table the server consults for every page and action.
import type { Role } from "@/lib/db/generated/enums";

/**
 * "read": see requests, masked; "reveal": see a data subject's name and email (each reveal audited, in the
 * queue, on the request page, in exports with identifiers and through the API's ?reveal=true); "work": act on
 * requests; "admin": settings, members, records.
 */
export type Permission = "read" | "reveal" | "work" | "admin";

const GRANTS: Record<Role, readonly Permission[]> = {
  OWNER: ["read", "reveal", "work", "admin"],
  ADMIN: ["read", "reveal", "work", "admin"],
  OFFICER: ["read", "reveal", "work"],
  // Read-only members follow the work without learning who asked.
  VIEWER: ["read"],
};

export function can(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}

/** OWNER and ADMIN must use two-factor authentication; officers may. */
export function requiresTwoFactor(role: Role): boolean {
  return role === "OWNER" || role === "ADMIN";
}

export const roleLabel: Record<Role, string> = {
  OWNER: "Owner",
  ADMIN: "Admin",
  OFFICER: "Privacy officer",
  VIEWER: "Viewer (read-only)",
};

/** What each role may do, in the words of the members page and the invitation. */
export const roleDescription: Record<Role, string> = {
  OWNER: "Everything an admin can do, and decides who else is an owner. Signs in with two-factor authentication.",
  ADMIN: "Works on requests, and manages the organization's settings, members and records. Signs in with two-factor authentication.",
  OFFICER: "Works on requests: claims, answers, forwards, completes or denies them.",
  VIEWER: "Sees the requests and their history but changes nothing, and never the name or email address of the person who asked.",
};
