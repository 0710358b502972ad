// The sections of an organization's workspace and the permission each needs. The layout works out, on the
// server, which ones each of the member's organizations shows; every page still checks for itself.
import { can, type Permission } from "@/lib/auth/roles";
import type { Role } from "@/lib/db/generated/enums";

export type WorkspaceSection = {
  label: string;
  /** Below /dashboard/{orgSlug}; "" is the organization's overview. */
  path: string;
  /** Deeper paths that belong to this section (the request pages belong to the queue). */
  alsoFor: readonly string[];
};

const SECTIONS: readonly (WorkspaceSection & { permission: Permission })[] = [
  { label: "Overview", path: "", alsoFor: [], permission: "read" },
  { label: "Queue", path: "queue", alsoFor: ["requests"], permission: "read" },
  { label: "Members", path: "members", alsoFor: [], permission: "admin" },
  { label: "Settings", path: "settings", alsoFor: [], permission: "admin" },
  { label: "Audit log", path: "audit", alsoFor: [], permission: "admin" },
  { label: "API keys", path: "api-keys", alsoFor: [], permission: "admin" },
  { label: "Webhooks", path: "webhooks", alsoFor: [], permission: "admin" },
];

export function sectionsFor(role: Role): WorkspaceSection[] {
  return SECTIONS.filter((s) => can(role, s.permission)).map(({ label, path, alsoFor }) => ({ label, path, alsoFor }));
}
