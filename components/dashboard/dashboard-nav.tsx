"use client";
// The sections of an organization's workspace. Only the queue for now; later sections join the list.
import Link from "next/link";
import { useParams, usePathname } from "next/navigation";
import styles from "./dashboard-nav.module.css";

const SECTIONS = [{ label: "Queue", path: "queue", alsoFor: ["requests"] }] as const;

export function DashboardNav() {
  const { orgSlug } = useParams<{ orgSlug?: string }>();
  const pathname = usePathname();
  if (!orgSlug) return null;
  const base = `/dashboard/${orgSlug}`;
  return (
    <nav aria-label="Workspace" className={styles.nav}>
      <ul className={styles.list}>
        {SECTIONS.map((section) => {
          const isCurrent = [section.path, ...section.alsoFor].some((p) => pathname === `${base}/${p}` || pathname.startsWith(`${base}/${p}/`));
          return (
            <li key={section.path}>
              <Link
                href={`${base}/${section.path}`}
                className={styles.link}
                aria-current={isCurrent ? (pathname === `${base}/${section.path}` ? "page" : "true") : undefined}
              >
                {section.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
