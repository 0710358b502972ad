// The roles that may work on requests, read from the one permission table (lib/auth/roles.ts).
import { can } from "@/lib/auth/roles";
import { Role } from "@/lib/db/generated/enums";

export const WORK_ROLES: readonly Role[] = Object.values(Role).filter((role) => can(role, "work"));
