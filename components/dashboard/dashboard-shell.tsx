// The frame of every staff page: the organization being worked on (and a switch to the member's
// others), the workspace navigation, and who is signed in, with Security and Sign out.
import Link from "next/link";
import type { ReactNode } from "react";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { DashboardNav } from "./dashboard-nav";
import { OrganizationSwitcher, type SwitcherOrganization } from "./organization-switcher";
import type { WorkspaceSection } from "./workspace-sections";
import styles from "./dashboard-shell.module.css";

export type DashboardShellProps = {
  user: { email: string };
  organizations: SwitcherOrganization[];
  /** The workspace sections each organization shows this member, by slug. */
  sectionsByOrg: Record<string, WorkspaceSection[]>;
  children: ReactNode;
};

export function DashboardShell({ user, organizations, sectionsByOrg, children }: DashboardShellProps) {
  return (
    <div className={styles.shell}>
      <div className={styles.bar}>
        <div className={styles.workspace}>
          <Link href="/dashboard" className={styles.home}>
            Staff workspace
          </Link>
          <OrganizationSwitcher organizations={organizations} />
        </div>
        <div className={styles.account}>
          <span className={styles.email} title="Signed in as">
            <span className="visually-hidden">Signed in as </span>
            {user.email}
          </span>
          <Link href="/account/security">Security</Link>
          <SignOutButton />
        </div>
      </div>
      <DashboardNav sectionsByOrg={sectionsByOrg} />
      <div className={styles.content}>{children}</div>
    </div>
  );
}
