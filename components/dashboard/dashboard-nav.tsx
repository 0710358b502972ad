"use client";
// The sections of the organization being worked on, as the member's role allows (workspace-sections.ts).
import Link from "next/link";
import { useParams, usePathname } from "next/navigation";
import styles from "./dashboard-nav.module.css";
import type { WorkspaceSection } from "./workspace-sections";

export function DashboardNav({ sectionsByOrg }: { sectionsByOrg: Record<string, WorkspaceSection[]> }) {
  const { orgSlug } = useParams<{ orgSlug?: string }>();
  const pathname = usePathname();
  const sections = orgSlug ? sectionsByOrg[orgSlug] : undefined;
  if (!orgSlug || !sections) return null;
  const base = `/dashboard/${orgSlug}`;
  const href = (path: string) => (path ? `${base}/${path}` : base);
  return (
    <nav aria-label="Workspace" className={styles.nav}>
      <ul className={styles.list}>
        {sections.map((section) => {
          const isPage = pathname === href(section.path);
          const isWithin = section.alsoFor.some((p) => pathname.startsWith(`${base}/${p}/`)) || (section.path !== "" && pathname.startsWith(`${href(section.path)}/`));
          return (
            <li key={section.path}>
              <Link href={href(section.path)} className={styles.link} aria-current={isPage ? "page" : isWithin ? "true" : undefined}>
                {section.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
