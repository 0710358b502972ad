// The five demo organizations, one file each, taken from their published privacy policies in
// shared/seeds. Fields a policy leaves blank stay undefined; the files say where a value had to be chosen.
import type { SeedOrganization } from "@/lib/organizations/seed-types";
import { opscotch } from "./opscotch";
import { opsduty } from "./opsduty";
import { opsentry } from "./opsentry";
import { opsient } from "./opsient";
import { opsiq } from "./opsiq";

export const demoOrganizations: SeedOrganization[] = [opscotch, opsduty, opsient, opsentry, opsiq];
