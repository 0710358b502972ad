// What each role may do. The one table the server consults for every page and action.
import type { Role } from "@/lib/db/generated/enums";

export type Permission = "read" | "reveal" | "work" | "admin";

const GRANTS: Record<Role, readonly Permission[]> = {
  OWNER: ["read", "reveal", "work", "admin"],
  ADMIN: ["read", "reveal", "work", "admin"],
  OFFICER: ["read", "reveal", "work"],
  VIEWER: ["read", "reveal"],
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
  VIEWER: "Sees the requests and their history but changes nothing. Revealing a person's details is recorded.",
};
